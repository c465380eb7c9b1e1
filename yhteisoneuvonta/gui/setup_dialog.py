"""First run: language, role, and for an adviser a code and home sites (or, for the
coordinator, the passphrase that protects the keys)."""
from __future__ import annotations

import inspect

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..core.workspace import Workspace
from ..errors import ValidationError, YnError
from ..services import identity, setup
from ..services import sync as sync_svc
from . import a11y, coordinator_file
from .adviser_fields import AdviserFields, LanguageCombo
from .coordinator.dialogs import dialogs
from .errors import show_error
from .i18n import I18n
from .messages import field_texts
from .widgets import ErrorLabel, Retranslating, scroll_area

MIN_PASSPHRASE = 8


class SetupDialog(Retranslating, QDialog):
    def __init__(self, ws: Workspace, i18n: I18n, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupDialog")
        self.ws = ws
        self.i18n = i18n
        setup.ensure_reference(ws)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setStyleSheet("font-size: 12pt;")

        self.language = LanguageCombo(i18n.language)
        self.language.setObjectName("language")
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)

        self.role_box = QGroupBox()
        self.adviser_radio = QRadioButton()
        self.adviser_radio.setObjectName("roleAdviser")
        self.coordinator_radio = QRadioButton()
        self.coordinator_radio.setObjectName("roleCoordinator")
        self.adviser_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.adviser_radio)
        group.addButton(self.coordinator_radio)
        rl = QHBoxLayout(self.role_box)
        rl.addWidget(self.adviser_radio)
        rl.addWidget(self.coordinator_radio)
        self.adviser_radio.toggled.connect(self._role_chosen)

        # adviser
        self.adviser_box = AdviserFields(ws.reference(), code_name="adviserCode", with_hint=True)
        self.adviser_box.sites.setMinimumHeight(200)
        self.code, self.sites = self.adviser_box.code, self.adviser_box.sites
        self.code_error, self.sites_error = self.adviser_box.code_error, self.adviser_box.sites_error

        # The coordinator's card (or first file), optional: taken once the adviser is set up.
        self.card_path: str | None = None
        self.card_trust: tuple[bool, bool] = (False, False)
        self.card_button = QPushButton()
        self.card_button.setObjectName("takeCoordinatorCard")
        self.card_button.clicked.connect(self._choose_card)
        self.card_label = QLabel()
        self.card_label.setObjectName("coordinatorCardChosen")
        self.card_label.setWordWrap(True)
        self.card_row = QWidget()
        card_layout = QHBoxLayout(self.card_row)
        card_layout.setContentsMargins(0, 0, 0, 0)
        card_layout.addWidget(self.card_button)
        card_layout.addWidget(self.card_label, 1)

        # coordinator
        self.coordinator_box = QGroupBox()
        self.pass1 = QLineEdit()
        self.pass1.setObjectName("passphrase")
        self.pass1.setEchoMode(QLineEdit.Password)
        self.pass2 = QLineEdit()
        self.pass2.setObjectName("passphraseAgain")
        self.pass2.setEchoMode(QLineEdit.Password)
        self.pass1_label = QLabel()
        self.pass1_label.setBuddy(self.pass1)
        self.pass2_label = QLabel()
        self.pass2_label.setBuddy(self.pass2)
        self.pass_help = QLabel()
        self.pass_help.setWordWrap(True)
        self.pass_error = ErrorLabel()
        self.pass_error.setObjectName("error:passphrase")
        cl = QFormLayout(self.coordinator_box)
        cl.addRow(self.pass_help)
        cl.addRow(self.pass1_label, self.pass1)
        cl.addRow(self.pass2_label, self.pass2)
        cl.addRow(self.pass_error)

        self.form_error = ErrorLabel()
        # Own buttons, not standard ones: a button box re-labels its standard buttons on a
        # language change, after our retranslate() has run.
        self.start_button = QPushButton()
        self.start_button.setObjectName("start")
        self.start_button.setDefault(True)
        self.cancel_button = QPushButton()
        self.buttons = QDialogButtonBox()
        self.buttons.addButton(self.start_button, QDialogButtonBox.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.RejectRole)
        self.buttons.accepted.connect(self.finish)
        self.buttons.rejected.connect(self.reject)

        top = QFormLayout()
        top.addRow(self.language_label, self.language)
        # The fields scroll, the buttons stay: at 200 % text the dialog is taller than the screen.
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addLayout(top)
        layout.addWidget(self.role_box)
        layout.addWidget(self.adviser_box, 1)
        layout.addWidget(self.card_row)
        layout.addWidget(self.coordinator_box)
        # Takes the adviser fields' room when they are hidden, so that the coordinator's few
        # fields stay together instead of spreading over the dialog.
        self.filler = QWidget()
        layout.addWidget(self.filler, 1)
        scroll = scroll_area(body)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addWidget(self.form_error)
        outer.addWidget(self.buttons)
        self.setTabOrder(self.language, self.adviser_radio)
        self.setTabOrder(self.adviser_radio, self.coordinator_radio)
        self.setTabOrder(self.coordinator_radio, self.code)
        self.setTabOrder(self.code, self.sites.search)
        self.setTabOrder(self.sites.search, self.sites.tree)
        self._role_chosen()
        self.retranslate()
        a11y.keyboard_fixes(self)
        a11y.fit_to_screen(self, 720, 660)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome to Yhteisöneuvonta"))
        self.intro.setText(self.tr("Before you start, tell the program who uses it. You can change the "
                                   "language, your code and your sites later in Settings."))
        self.language_label.setText(self.tr("&Language:"))
        self.role_box.setTitle(self.tr("Who uses this computer?"))
        self.adviser_radio.setText(self.tr("&Adviser at a desk"))
        self.coordinator_radio.setText(self.tr("C&oordinator"))
        self.coordinator_box.setTitle(self.tr("Coordinator"))
        self.pass_help.setText(self.tr("Choose a passphrase that protects the unit's keys. It cannot be "
                                       "recovered: write it down somewhere safe."))
        self.pass1_label.setText(self.tr("&Passphrase:"))
        self.pass2_label.setText(self.tr("Passphrase &again:"))
        self.pass1.setAccessibleName(self.tr("Passphrase"))
        self.pass2.setAccessibleName(self.tr("Passphrase again"))
        self.start_button.setText(self.tr("Start"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.card_button.setText(self.tr("Coordinator's &card (optional)…"))
        self._show_card()
        a11y.describe(self.pass1, self.pass_help.text())  # the help is read with the field
        a11y.name_from_labels(self)

    def _show_card(self) -> None:
        if not self.card_path:
            self.card_label.setText(self.tr("You can also take it later on the Send the week page."))
            return
        self.card_label.setText(self.tr("Trusted after setup: %1").replace("%1", self.card_info["fingerprint"]))

    def _choose_card(self) -> None:
        path = dialogs().open_file(self, self.tr("Choose the coordinator's card or file"),
                                   coordinator_file.FILE_FILTER_TEXT)
        if not path:
            return
        try:
            info = sync_svc.coordinator_file_info(path)
        except YnError as exc:
            show_error(self, exc)
            return
        answer = coordinator_file.ask_trust(self, self.ws, info)
        if answer is None:
            return
        self.card_path, self.card_info, self.card_trust = path, info, answer
        self._show_card()

    def _language_chosen(self) -> None:
        self.i18n.set_language(self.language.value())  # LanguageChange retranslates

    def _role_chosen(self) -> None:
        adviser = self.adviser_radio.isChecked()
        self.adviser_box.setVisible(adviser)
        self.coordinator_box.setVisible(not adviser)
        self.card_row.setVisible(adviser)
        self.filler.setVisible(not adviser)

    def _clear_errors(self) -> None:
        self.adviser_box.clear_errors()
        for label in (self.pass_error, self.form_error):
            label.show_message("")
        a11y.set_field_error(self.pass1, "")

    def finish(self) -> None:
        self._clear_errors()
        lang = self.language.value()
        try:
            if self.adviser_radio.isChecked():
                self._finish_adviser(lang)
            elif not self._finish_coordinator(lang):
                return
        except ValidationError as exc:
            others = self.adviser_box.show_errors(field_texts(exc))
            self.form_error.show_message("\n".join(others.values()))
            shown = (self.adviser_box.code_error.text(), self.adviser_box.sites_error.text(), self.form_error.text())
            a11y.announce(self, " ".join(t for t in shown if t), assertive=True)
            return
        except YnError as exc:
            show_error(self, exc)
            return
        self.accept()

    def _finish_adviser(self, lang: str) -> None:
        code, sites = self.adviser_box.value()
        setup.check_setup(self.ws, code, sites, lang)  # every problem at once, not one after the other
        setup.setup_adviser(self.ws, code, sites, lang)
        identity.after_setup(self.ws)
        if self.card_path:
            pin, replace = self.card_trust
            try:  # a small file: the card or a reference file of a few kilobytes
                sync_svc.take_coordinator_file(self.ws, self.card_path, pin=pin, replace=replace)
            except YnError as exc:  # the adviser is set up; the card can be taken again later
                show_error(self, exc)

    def _pass_refused(self, text: str) -> None:
        self.pass_error.show_message(text)
        a11y.set_field_error(self.pass1, text)
        a11y.announce(self, text, assertive=True)
        self.pass1.setFocus()

    def _finish_coordinator(self, lang: str) -> bool:
        p1, p2 = self.pass1.text(), self.pass2.text()
        if len(p1) < MIN_PASSPHRASE:
            self._pass_refused(self.tr("Use at least %1 characters.").replace("%1", str(MIN_PASSPHRASE)))
            return False
        if p1 != p2:
            self._pass_refused(self.tr("The two passphrases differ. Type them again."))
            self.pass2.clear()
            return False
        setup.setup_coordinator(self.ws, lang)
        # The key service takes the passphrase directly once the sync layer lands.
        if "passphrase" in inspect.signature(identity.after_setup).parameters:
            identity.after_setup(self.ws, passphrase=p1)
        else:
            identity.after_setup(self.ws)
        return True
