"""Settings: the interface language (switched at once), the adviser code and home sites."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..errors import ValidationError, YnError
from ..services import setup
from . import a11y, registry
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
        self.contrast = QCheckBox()
        self.contrast.setObjectName("settingsContrast")
        self.contrast.setChecked(bool(ctx.ws.setting("high_contrast")))
        self.contrast.toggled.connect(self.contrast_chosen)
        top.addRow(self.contrast)

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
        # hide() only: setVisible(True) on a widget not yet in a layout shows it as a window
        # of its own for a moment, which takes the keyboard focus away from the main window
        if ctx.role != registry.ADVISER:
            self.adviser_box.hide()

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
        self.contrast.setText(self.tr("Hi&gh contrast (black text on white)"))
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

    def contrast_chosen(self, on: bool) -> None:
        try:
            setup.update_settings(self.ctx.ws, high_contrast=on)
        except YnError as exc:
            show_error(self, exc)
            return
        a11y.apply_contrast(on)  # at once, for every window

    def save(self) -> None:
        self.adviser_box.clear_errors()
        code, sites = self.adviser_box.value()
        try:
            setup.update_settings(self.ctx.ws, adviser_code=code, sites=sites)
        except ValidationError as exc:
            others = self.adviser_box.show_errors(field_texts(exc))
            self.status.setText("\n".join(others.values()))
            shown = [self.adviser_box.code_error.text(), self.adviser_box.sites_error.text(), self.status.text()]
            a11y.announce(self.status, " ".join(t for t in shown if t), assertive=True)
            return
        except YnError as exc:
            show_error(self, exc)
            return
        self.status.setText(self.tr("Saved."))
        a11y.announce(self.status, self.status.text())
        self.ctx.settings_changed.emit()
