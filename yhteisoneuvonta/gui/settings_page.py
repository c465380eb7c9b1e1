"""Settings: the interface language (switched at once), the adviser code and home sites."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..errors import ValidationError, YnError
from ..services import setup
from . import registry
from .adviser_fields import AdviserFields, LanguageCombo
from .context import AppContext
from .errors import show_error
from .messages import field_texts
from .widgets import Retranslating


class SettingsPage(Retranslating, QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsPage")
        self.ctx = ctx
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.language = LanguageCombo(ctx.lang)
        self.language.setObjectName("settingsLanguage")
        self.language.currentIndexChanged.connect(self.language_chosen)
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        top = QFormLayout()
        top.addRow(self.language_label, self.language)

        self.adviser_box = AdviserFields(ctx.ref, code_name="settingsCode")
        self.adviser_box.set_value(ctx.ws.setting("adviser_code") or "", ctx.home_sites())
        self.code, self.sites = self.adviser_box.code, self.adviser_box.sites
        self.save_button = QPushButton()
        self.save_button.setObjectName("settingsSave")
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.status, 1)
        self.adviser_box.form.addRow(buttons)
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
        self.save_button.setText(self.tr("Save code and sites"))
        self.save_button.setAccessibleName(self.save_button.text())

    def language_chosen(self) -> None:
        lang = self.language.value()
        try:
            setup.update_settings(self.ctx.ws, language=lang)
        except YnError as exc:
            show_error(self, exc)
            return
        self.ctx.i18n.set_language(lang)  # every widget retranslates itself

    def save(self) -> None:
        self.adviser_box.clear_errors()
        code, sites = self.adviser_box.value()
        try:
            setup.update_settings(self.ctx.ws, adviser_code=code, sites=sites)
        except ValidationError as exc:
            others = self.adviser_box.show_errors(field_texts(exc))
            self.status.setText("\n".join(others.values()))
            return
        except YnError as exc:
            show_error(self, exc)
            return
        self.status.setText(self.tr("Saved."))
        self.ctx.settings_changed.emit()
