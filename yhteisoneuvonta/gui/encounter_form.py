"""The full encounter form: every field of an encounter, for the visits quick log cannot say.

After a save it offers form-filling help and a questionnaire linked to the visit just saved
(Ctrl+L, Ctrl+K), until the next visit is begun."""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from ..errors import YnError
from ..records.inputs import NOT_ASKED, EncounterInput
from ..services import desk, logbook
from .context import AppContext
from .form_help_form import FORM_HELP_KEY, QUESTIONNAIRE_KEY, open_form_help_for
from .forms_base import RecordForm
from .instrument_form import open_questionnaire_for
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
        self._build_follow_up()
        self.fill_blank()
        self.retranslate()

    def _build_follow_up(self) -> None:
        """"For the visit just saved: form help / questionnaire", shown after a save."""
        self.last_saved: dict[str, Any] | None = None
        self.follow_up = QWidget()
        self.follow_up.setObjectName("visitFollowUp")
        self.follow_up_label = QLabel()
        self.form_help_button = QPushButton()
        self.form_help_button.setObjectName("formHelpForVisit")
        self.form_help_button.clicked.connect(self.form_help_for_visit)
        self.questionnaire_button = QPushButton()
        self.questionnaire_button.setObjectName("questionnaireForVisit")
        self.questionnaire_button.clicked.connect(self.questionnaire_for_visit)
        row = QHBoxLayout(self.follow_up)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.follow_up_label)
        for b in (self.form_help_button, self.questionnaire_button):
            b.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Fixed)
            row.addWidget(b, 1)
        self.layout().addWidget(self.follow_up)
        self.follow_up.hide()
        QShortcut(QKeySequence(FORM_HELP_KEY), self, activated=self.form_help_for_visit)
        QShortcut(QKeySequence(QUESTIONNAIRE_KEY), self, activated=self.questionnaire_for_visit)
        self.saved.connect(self._offer_follow_up)
        self.ctx.records_changed.connect(self._records_changed)

    def _offer_follow_up(self, rec: dict[str, Any]) -> None:
        self.last_saved = rec
        self.follow_up.show()

    def _forget_follow_up(self) -> None:
        self.last_saved = None
        self.follow_up.hide()

    def _records_changed(self, kind: str) -> None:
        if kind != "encounter" or self.last_saved is None:
            return
        try:  # the save undone, or the visit deleted from a list: nothing left to link to
            gone = logbook.get(self.ctx.ws, "encounter", self.last_saved["id"]).get("deleted")
        except YnError:
            gone = True
        if gone:
            self._forget_follow_up()

    def _changed(self, *args: Any) -> None:
        if not self._filling:  # the next visit is begun: the offer was for the one before
            self._forget_follow_up()
        super()._changed(*args)

    def load_record(self, record: dict[str, Any]) -> None:
        self._forget_follow_up()
        super().load_record(record)

    def prefill(self, data: Any) -> None:
        self._forget_follow_up()
        super().prefill(data)

    def form_help_for_visit(self) -> None:
        if self.last_saved is not None:
            open_form_help_for(self.ctx, self.last_saved)

    def questionnaire_for_visit(self) -> None:
        if self.last_saved is not None:
            open_questionnaire_for(self.ctx, self.last_saved)

    def title(self) -> str:
        return self.tr("Encounter")

    def retranslate(self) -> None:
        self.follow_up_label.setText(self.tr("For the visit just saved:"))
        native = {k: QKeySequence(k).toString(QKeySequence.NativeText) for k in (FORM_HELP_KEY, QUESTIONNAIRE_KEY)}
        self.form_help_button.setText(self.tr("Form help for this visit (%1)").replace("%1", native[FORM_HELP_KEY]))
        self.form_help_button.setAccessibleName(self.tr("Record form-filling help for the visit just saved"))
        self.questionnaire_button.setText(
            self.tr("Questionnaire for this visit (%1)").replace("%1", native[QUESTIONNAIRE_KEY]))
        self.questionnaire_button.setAccessibleName(self.tr("Record questionnaire answers for the visit just saved"))
        super().retranslate()

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
        # joins the open desk session
        return desk.log_encounter(self.ctx.ws, data, confirm_not_personal=self._confirmed)
