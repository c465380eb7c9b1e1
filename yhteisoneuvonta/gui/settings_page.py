"""Settings: the interface language (switched at once), the adviser code and home sites."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..errors import ValidationError, YnError
from ..services import setup
from . import registry
from .context import AppContext
from .errors import show_error
from .messages import translate_message
from .setup_dialog import LANGUAGE_NAMES
from .site_picker import SitePicker
from .widgets import ErrorLabel, Retranslating


class SettingsPage(Retranslating, QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsPage")
        self.ctx = ctx
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.language = QComboBox()
        self.language.setObjectName("settingsLanguage")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(ctx.lang), 0))
        self.language.currentIndexChanged.connect(self.language_chosen)
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        top = QFormLayout()
        top.addRow(self.language_label, self.language)

        self.adviser_box = QGroupBox()
        self.code = QLineEdit(ctx.ws.setting("adviser_code") or "")
        self.code.setObjectName("settingsCode")
        self.code.setMaxLength(20)
        self.code_label = QLabel()
        self.code_label.setBuddy(self.code)
        self.code_error = ErrorLabel()
        self.sites = SitePicker(ctx.ref)
        self.sites.set_value(ctx.home_sites())
        self.sites_label = QLabel()
        self.sites_label.setBuddy(self.sites.search)
        self.sites_error = ErrorLabel()
        self.save_button = QPushButton()
        self.save_button.setObjectName("settingsSave")
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        form = QFormLayout(self.adviser_box)
        code_col = QVBoxLayout()
        code_col.addWidget(self.code)
        code_col.addWidget(self.code_error)
        form.addRow(self.code_label, code_col)
        sites_col = QVBoxLayout()
        sites_col.addWidget(self.sites, 1)
        sites_col.addWidget(self.sites_error)
        form.addRow(self.sites_label, sites_col)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.status, 1)
        form.addRow(buttons)
        self.adviser_box.setVisible(ctx.role == registry.ADVISER)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addWidget(self.adviser_box, 1)
        if ctx.role != registry.ADVISER:
            layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Settings"))
        self.language_label.setText(self.tr("&Language:"))
        self.language.setAccessibleName(self.tr("Language"))
        self.adviser_box.setTitle(self.tr("Adviser"))
        self.code_label.setText(self.tr("Adviser &code:"))
        self.code.setAccessibleName(self.tr("Adviser code"))
        self.sites_label.setText(self.tr("&Home sites:"))
        self.save_button.setText(self.tr("Save code and sites"))
        self.save_button.setAccessibleName(self.save_button.text())

    def language_chosen(self) -> None:
        lang = self.language.currentData()
        try:
            setup.update_settings(self.ctx.ws, language=lang)
        except YnError as exc:
            show_error(self, exc)
            return
        self.ctx.i18n.set_language(lang)  # every widget retranslates itself

    def save(self) -> None:
        self.code_error.show_message("")
        self.sites_error.show_message("")
        try:
            setup.update_settings(self.ctx.ws, adviser_code=self.code.text().strip(), sites=self.sites.value())
        except ValidationError as exc:
            for key, message in exc.errors.items():
                target = self.sites_error if key == "sites" else self.code_error
                target.show_message(translate_message(message))
            return
        except YnError as exc:
            show_error(self, exc)
            return
        self.status.setText(self.tr("Saved."))
        self.ctx.settings_changed.emit()


registry.register_page(registry.PageSpec(
    key="settings",
    title=lambda: QCoreApplication.translate("Pages", "Settings"),
    factory=SettingsPage,
    roles=registry.BOTH,
    order=90,
    needs_site=False,
))
