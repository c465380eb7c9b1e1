"""Form-filling help: which form, on paper or online, and how far it got.

Form-filling help is usually part of a visit, and a questionnaire is answered after one:
both forms carry a line saying which visit (encounter) the record belongs to, with a way to
unlink it. Quick log and the encounter form open them already linked
(:func:`open_form_help_for` / ``instrument_form.open_questionnaire_for``); opened from the page
list they are not linked, and save as such.
"""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from ..errors import YnError
from ..records.inputs import FormHelpInput
from ..services import logbook
from .context import AppContext
from .forms_base import RecordForm
from .widgets import DateTimeField, Retranslating, TermCombo, to_local

LINK_FIELD = "encounter_id"
FORM_HELP_KEY = "Ctrl+L"  # "form help for this visit", in quick log and the encounter form
QUESTIONNAIRE_KEY = "Ctrl+K"  # "questionnaire for this visit"


class EncounterLink(Retranslating, QWidget):
    """"Linked to the visit at 10:15 (Housing, Kela)" and Unlink; after unlinking, Link again."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("encounterLink")
        self.ctx = ctx
        self.encounter_id: str | None = None
        self._last: str | None = None  # the visit "Link again" links back to
        self._record: dict[str, Any] | None = None  # the linked (or last) visit, for the text
        self.text = QLabel()
        self.text.setObjectName("linkText")
        self.text.setWordWrap(True)
        self.text.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        self.unlink_button = QPushButton()
        self.unlink_button.setObjectName("unlinkVisit")
        self.unlink_button.clicked.connect(self.unlink)
        self.relink_button = QPushButton()
        self.relink_button.setObjectName("relinkVisit")
        self.relink_button.clicked.connect(self.relink)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.text, 1)
        row.addWidget(self.unlink_button)
        row.addWidget(self.relink_button)
        ctx.records_changed.connect(self._records_changed)
        self.retranslate()

    # -- value ---------------------------------------------------------------------------
    def value(self) -> str | None:
        return self.encounter_id

    def set_value(self, encounter_id: str | None) -> None:
        """Link to ``encounter_id`` (None: not linked, and nothing to link back to)."""
        self.encounter_id = self._last = encounter_id
        self._load()
        self.retranslate()

    @property
    def site_id(self) -> str | None:
        """The linked visit's site: a linked record is kept at the visit's site."""
        if self.encounter_id and self._record is not None:
            return self._record.get("site_id")
        return None

    def unlink(self) -> None:
        if self.encounter_id is not None:
            self.encounter_id = None
            self.retranslate()
            self.changed.emit()

    def relink(self) -> None:
        if self._last is not None and self.encounter_id is None:
            self.encounter_id = self._last
            self.retranslate()
            self.changed.emit()

    def _load(self) -> None:
        self._record = None
        if self._last:
            try:
                self._record = logbook.get(self.ctx.ws, "encounter", self._last)
            except YnError:  # gone altogether: shown as deleted
                self._record = None

    def _records_changed(self, kind: str) -> None:
        if kind == "encounter" and self._last:  # the visit may have been deleted or restored
            self._load()
            self.retranslate()

    def gone(self) -> bool:
        return self._record is None or bool(self._record.get("deleted"))

    # -- texts ---------------------------------------------------------------------------
    def describe(self) -> str:
        if self.encounter_id is None:
            if self._last is None:
                return self.tr("Not linked to a visit. To link one, choose the visit in today's list on the Quick log page.")
            return self.tr("Not linked to a visit.")
        if self.gone():
            return self.tr("Linked to a visit that has been deleted: unlink it before saving.")
        rec = self._record or {}
        when = to_local(rec.get("occurred_at"))
        topics = ", ".join(self.ctx.label("topics", t) for t in rec.get("topics") or ())
        clock = when.strftime("%H:%M") if when else ""
        if when is not None and when.date() != datetime.now(when.tzinfo).date():
            return (self.tr("Linked to the visit on %1 at %2 (%3).")
                    .replace("%1", f"{when.day}.{when.month}.").replace("%2", clock).replace("%3", topics))
        return self.tr("Linked to the visit at %1 (%2).").replace("%1", clock).replace("%2", topics)

    def refused_text(self) -> str:
        return self.tr("This visit is no longer saved (it was deleted). Unlink it, or link another visit.")

    def retranslate(self) -> None:
        self.text.setText(self.describe())
        self.text.setAccessibleName(self.text.text())
        self.unlink_button.setText(self.tr("Unlink"))
        self.unlink_button.setAccessibleName(self.tr("Unlink from the visit"))
        self.relink_button.setText(self.tr("Link again"))
        self.relink_button.setAccessibleName(self.tr("Link to the visit again"))
        self.unlink_button.setVisible(self.encounter_id is not None)
        self.relink_button.setVisible(self.encounter_id is None and self._last is not None)


class LinkedRecordForm(RecordForm):
    """A record form with the visit it belongs to as its first row (``encounter_id``)."""

    def add_link_field(self) -> EncounterLink:
        self.link = EncounterLink(self.ctx)
        self.add_field(LINK_FIELD, lambda: QCoreApplication.translate("EncounterLink", "Visit:"), self.link)
        self.link.changed.connect(self._changed)  # marks the form dirty, keeps the draft
        return self.link

    @property
    def site_for_record(self) -> str:
        return self.record_site or self.link.site_id or self.ctx.site_id

    def _update_mode(self) -> None:
        super()._update_mode()
        site = self.link.site_id if hasattr(self, "link") else None
        if not self.record_id and site and site != self.ctx.site_id:
            self.mode_label.setText(QCoreApplication.translate("RecordForm", "New record at %1.")
                                    .replace("%1", self.ctx.site_name(site)))

    def show_errors(self, errors: dict[str, str]) -> None:
        if LINK_FIELD in errors:  # the core names the id; say what happened instead
            errors = {**errors, LINK_FIELD: self.link.refused_text()}
        super().show_errors(errors)


def visit_time(encounter: dict[str, Any]) -> datetime:
    return to_local(encounter.get("occurred_at")) or datetime.now(timezone.utc)


def open_form_help_for(ctx: AppContext, encounter: dict[str, Any]) -> None:
    """Open the form-filling help page for ``encounter``: linked, at its site and time."""
    ctx.prefill_requested.emit("form_help", FormHelpInput(
        site_id=encounter.get("site_id") or ctx.site_id, occurred_at=visit_time(encounter),
        form_id="", status="", medium="online", encounter_id=encounter["id"]))


class FormHelpForm(LinkedRecordForm):
    kind = "form_help"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("formHelpForm")
        self.add_link_field()
        self.occurred_at = DateTimeField()
        self.form_id = TermCombo(ctx, "forms", placeholder=lambda: self.tr("Choose the form"))
        self.form_id.setMaxVisibleItems(20)
        self.medium = TermCombo(ctx, "form_media")
        self.status_combo = TermCombo(ctx, "form_statuses", placeholder=lambda: self.tr("Choose how far it got"))
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(90)
        self.add_field("occurred_at", lambda: QCoreApplication.translate("FormHelpForm", "&Time:"), self.occurred_at)
        self.add_field("form_id", lambda: QCoreApplication.translate("FormHelpForm", "&Form:"), self.form_id)
        self.add_field("medium", lambda: QCoreApplication.translate("FormHelpForm", "&Paper or online:"), self.medium)
        self.add_field("status", lambda: QCoreApplication.translate("FormHelpForm", "&Where it got to:"), self.status_combo)
        self.add_field("note", lambda: QCoreApplication.translate("FormHelpForm", "&Note (no names or identity details):"), self.note)
        self.fill_blank()
        self.retranslate()

    def title(self) -> str:
        return self.tr("Form-filling help")

    def blank(self) -> FormHelpInput:
        return FormHelpInput(site_id=self.ctx.site_id, occurred_at=datetime.now(timezone.utc),
                             form_id="", status="", medium="online")

    def collect(self) -> FormHelpInput:
        return FormHelpInput(site_id=self.site_for_record, occurred_at=self.occurred_at.value(),
                             form_id=self.form_id.value() or "", status=self.status_combo.value() or "",
                             medium=self.medium.value() or "online",
                             note=self.note.toPlainText().strip() or None,
                             encounter_id=self.link.value())

    def fill(self, data: FormHelpInput) -> None:
        self.link.set_value(data.encounter_id)
        self.occurred_at.set_value(data.occurred_at)
        self.form_id.set_value(data.form_id or None)
        self.medium.set_value(data.medium)
        self.status_combo.set_value(data.status or None)
        self.note.setPlainText(data.note or "")
