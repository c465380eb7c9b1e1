"""A structural observation: a problem an adviser keeps seeing, for the social report."""
from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPlainTextEdit, QSpinBox, QWidget

from ..records.inputs import ObservationInput
from .context import AppContext
from .forms_base import RecordForm
from .widgets import DateTimeField, TermChecklist, TermCombo


class ObservationForm(RecordForm):
    kind = "observation"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("observationForm")
        self.observed_at = DateTimeField()
        self.theme = TermCombo(ctx, "observation_themes")
        self.barriers = TermChecklist(ctx, "barrier_categories", columns=2)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(140)
        self.times_seen = QSpinBox()
        self.times_seen.setRange(0, 1000)
        self.add_field("observed_at", lambda: QCoreApplication.translate("ObservationForm", "&Time:"), self.observed_at)
        self.add_field("theme", lambda: QCoreApplication.translate("ObservationForm", "T&heme:"), self.theme)
        self.add_field("text", lambda: QCoreApplication.translate("ObservationForm", "&What keeps happening (no names):"), self.text)
        self.add_field("barriers", lambda: QCoreApplication.translate("ObservationForm", "Service barriers:"), self.barriers)
        self.add_field("times_seen", lambda: QCoreApplication.translate("ObservationForm", "Times &seen:"), self.times_seen)
        self.fill_blank()
        self.retranslate()

    def title(self) -> str:
        return self.tr("Observation")

    def blank(self) -> ObservationInput:
        return ObservationInput(site_id=self.ctx.site_id, observed_at=datetime.now(timezone.utc),
                                theme="", text="")

    def collect(self) -> ObservationInput:
        return ObservationInput(site_id=self.site_for_record, observed_at=self.observed_at.value(),
                                theme=self.theme.value() or "", text=self.text.toPlainText().strip(),
                                barriers=self.barriers.value(), times_seen=self.times_seen.value())

    def fill(self, data: ObservationInput) -> None:
        self.observed_at.set_value(data.observed_at)
        self.theme.set_value(data.theme or None)
        self.text.setPlainText(data.text or "")
        self.barriers.set_value(data.barriers)
        self.times_seen.setValue(data.times_seen)
