"""Form-filling help: which form, on paper or online, and how far it got."""
from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from ..records.inputs import FormHelpInput
from . import registry
from .context import AppContext
from .forms_base import RecordForm
from .widgets import DateTimeField, TermCombo


class FormHelpForm(RecordForm):
    kind = "form_help"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("formHelpForm")
        self.occurred_at = DateTimeField()
        self.form_id = TermCombo(ctx, "forms", optional=True)
        self.form_id.setMaxVisibleItems(20)
        self.medium = TermCombo(ctx, "form_media")
        self.status_combo = TermCombo(ctx, "form_statuses", optional=True)
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
                             note=self.note.toPlainText().strip() or None)

    def fill(self, data: FormHelpInput) -> None:
        self.occurred_at.set_value(data.occurred_at)
        self.form_id.set_value(data.form_id or None)
        self.medium.set_value(data.medium)
        self.status_combo.set_value(data.status or None)
        self.note.setPlainText(data.note or "")


registry.register_page(registry.PageSpec(
    key="form_help",
    title=lambda: QCoreApplication.translate("Pages", "Form-filling help"),
    factory=FormHelpForm,
    order=30,
    edits=("form_help",),
))
