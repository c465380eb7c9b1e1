"""Who the adviser is, the same in the first-run setup and in Settings: the interface
language, the adviser code and the home sites, each refusal shown beside its field."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..languages import NATIVE_NAMES
from ..records.reference import ReferenceData
from .site_picker import SitePicker
from .widgets import ErrorLabel, Retranslating

# Each language is named in itself, so a user finds theirs whatever is showing.
LANGUAGE_NAMES = NATIVE_NAMES
CODE_MAX = 20


class LanguageCombo(Retranslating, QComboBox):
    """The interface languages, each in its own words; ``value()`` is the code."""

    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for code, name in LANGUAGE_NAMES.items():
            self.addItem(name, code)
        self.setCurrentIndex(max(self.findData(current), 0))
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Language"))

    def value(self) -> str:
        return self.currentData()


class AdviserFields(Retranslating, QGroupBox):
    """The adviser code (with an optional hint under it) and the home sites."""

    def __init__(self, ref: ReferenceData, *, code_name: str, with_hint: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = QLineEdit()
        self.code.setObjectName(code_name)
        self.code.setMaxLength(CODE_MAX)
        self.code_label = QLabel()
        self.code_label.setBuddy(self.code)
        self.code_hint = QLabel()
        self.code_hint.setWordWrap(True)
        self.code_hint.setVisible(with_hint)
        self.code_error = ErrorLabel()
        self.code_error.setObjectName("error:adviser_code")
        self.sites = SitePicker(ref)
        self.sites_label = QLabel()
        self.sites_label.setBuddy(self.sites.search)
        self.sites_error = ErrorLabel()
        self.sites_error.setObjectName("error:sites")
        self.form = QFormLayout(self)
        self.form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        code_col = QVBoxLayout()
        for w in (self.code, self.code_hint, self.code_error):
            code_col.addWidget(w)
        self.form.addRow(self.code_label, code_col)
        sites_col = QVBoxLayout()
        sites_col.addWidget(self.sites, 1)
        sites_col.addWidget(self.sites_error)
        self.form.addRow(self.sites_label, sites_col)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Adviser"))
        self.code_label.setText(self.tr("Adviser &code:"))
        self.code.setAccessibleName(self.tr("Adviser code"))
        self.code_hint.setText(self.tr("A pseudonym your coordinator gave you, e.g. N7. Never your name."))
        self.sites_label.setText(self.tr("&Home sites:"))

    def value(self) -> tuple[str, list[str]]:
        return self.code.text().strip(), self.sites.value()

    def set_value(self, code: str, sites: list[str]) -> None:
        self.code.setText(code)
        self.sites.set_value(sites)

    def clear_errors(self) -> None:
        self.code_error.show_message("")
        self.sites_error.show_message("")

    def show_errors(self, errors: dict[str, str]) -> dict[str, str]:
        """Put each message (already in the interface language) beside its field; returns those
        that belong to no field here."""
        others: dict[str, str] = {}
        for key, message in errors.items():
            target = {"adviser_code": self.code_error, "sites": self.sites_error}.get(key)
            if target is None:
                others[key] = message
            else:
                target.show_message(message)
        return others
