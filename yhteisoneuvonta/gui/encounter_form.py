"""The full encounter form: every field of an encounter, for the visits quick log cannot say."""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPlainTextEdit, QSpinBox, QWidget

from ..records.inputs import NOT_ASKED, EncounterInput
from ..services import desk
from . import registry
from .context import AppContext
from .forms_base import RecordForm
from .widgets import DateTimeField, TermChecklist, TermCombo


class EncounterForm(RecordForm):
    kind = "encounter"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("encounterForm")
        self.occurred_at = DateTimeField()
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 480)
        self.minutes.setSingleStep(5)
        self.minutes.setSuffix(" min")
        self.topics = TermChecklist(ctx, "topics", columns=3)
        self.help_kinds = TermChecklist(ctx, "help_kinds", columns=2)
        self.channel = TermCombo(ctx, "channels")
        self.language = TermCombo(ctx, "languages")
        self.involvement = TermCombo(ctx, "involvement")
        self.professional_roles = TermChecklist(ctx, "professional_roles", columns=3)
        self.referrals = TermChecklist(ctx, "referral_targets", columns=3)
        self.barriers = TermChecklist(ctx, "barrier_categories", columns=2)
        self.outcome = TermCombo(ctx, "outcomes", optional=True)
        self.age_band = TermCombo(ctx, "age_bands", special=True)
        self.visit_kind = TermCombo(ctx, "visit_kinds", special=True)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(90)
        self.add_field("occurred_at", lambda: QCoreApplication.translate("EncounterForm", "&Time:"), self.occurred_at)
        self.add_field("minutes", lambda: QCoreApplication.translate("EncounterForm", "&Duration:"), self.minutes)
        self.add_field("topics", lambda: QCoreApplication.translate("EncounterForm", "Topics:"), self.topics)
        self.add_field("help_kinds", lambda: QCoreApplication.translate("EncounterForm", "Kinds of help:"), self.help_kinds)
        self.add_field("channel", lambda: QCoreApplication.translate("EncounterForm", "C&hannel:"), self.channel)
        self.add_field("language", lambda: QCoreApplication.translate("EncounterForm", "&Language used:"), self.language)
        self.add_field("involvement", lambda: QCoreApplication.translate("EncounterForm", "&Professional involved:"), self.involvement)
        self.add_field("professional_roles", lambda: QCoreApplication.translate("EncounterForm", "Which professionals:"), self.professional_roles)
        self.add_field("referrals", lambda: QCoreApplication.translate("EncounterForm", "Referred to:"), self.referrals)
        self.add_field("barriers", lambda: QCoreApplication.translate("EncounterForm", "Service barriers seen:"), self.barriers)
        self.add_field("outcome", lambda: QCoreApplication.translate("EncounterForm", "&Outcome:"), self.outcome)
        self.add_field("age_band", lambda: QCoreApplication.translate("EncounterForm", "&Age band:"), self.age_band)
        self.add_field("visit_kind", lambda: QCoreApplication.translate("EncounterForm", "First &visit?"), self.visit_kind)
        self.add_field("note", lambda: QCoreApplication.translate("EncounterForm", "&Note (no names or identity details):"), self.note)
        self.involvement.currentIndexChanged.connect(self._involvement_changed)
        self.fill_blank()
        self.retranslate()

    def title(self) -> str:
        return self.tr("Encounter")

    def _involvement_changed(self) -> None:
        self.professional_roles.setEnabled(self.involvement.value() not in (None, "none"))

    def blank(self) -> EncounterInput:
        return EncounterInput(site_id=self.ctx.site_id, occurred_at=datetime.now(timezone.utc), minutes=15)

    def collect(self) -> EncounterInput:
        involvement = self.involvement.value() or "none"
        return EncounterInput(
            site_id=self.site_for_record,
            occurred_at=self.occurred_at.value(),
            minutes=self.minutes.value(),
            topics=self.topics.value(),
            help_kinds=self.help_kinds.value(),
            channel=self.channel.value() or "walk_in",
            language=self.language.value() or "fi",
            involvement=involvement,
            professional_roles=self.professional_roles.value() if involvement != "none" else [],
            referrals=self.referrals.value(),
            barriers=self.barriers.value(),
            outcome=self.outcome.value(),
            age_band=self.age_band.value() or NOT_ASKED,
            visit_kind=self.visit_kind.value() or NOT_ASKED,
            note=self.note.toPlainText().strip() or None,
        )

    def fill(self, data: EncounterInput) -> None:
        self.occurred_at.set_value(data.occurred_at)
        self.minutes.setValue(data.minutes)
        self.topics.set_value(data.topics)
        self.help_kinds.set_value(data.help_kinds)
        self.channel.set_value(data.channel)
        self.language.set_value(data.language)
        self.involvement.set_value(data.involvement)
        self.professional_roles.set_value(data.professional_roles)
        self.referrals.set_value(data.referrals)
        self.barriers.set_value(data.barriers)
        self.outcome.set_value(data.outcome)
        self.age_band.set_value(data.age_band)
        self.visit_kind.set_value(data.visit_kind)
        self.note.setPlainText(data.note or "")
        self._involvement_changed()

    def create(self, data: Any) -> dict[str, Any]:
        return desk.log_encounter(self.ctx.ws, data)  # joins the open desk session


registry.register_page(registry.PageSpec(
    key="encounter",
    title=lambda: QCoreApplication.translate("Pages", "Encounter"),
    factory=EncounterForm,
    order=20,
    edits=("encounter",),
))
