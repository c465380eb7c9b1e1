"""Questionnaire answers (PEI, service barriers): the items and their scales are data
(``ref.instrument(id)``), so the unit can change a questionnaire without a new program.

A visitor answers after a visit: opened from quick log or the encounter form
(:func:`open_questionnaire_for`) the answers are linked to that visit; see ``form_help_form``."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from ..records.inputs import InstrumentAnswerInput
from .context import AppContext
from .form_help_form import LinkedRecordForm, visit_time
from .widgets import SPECIAL_ANSWERS, DateTimeField

DEFAULT_INSTRUMENT = "pei"
_SKIP = "__skip__"  # item left unanswered: not stored at all


def open_questionnaire_for(ctx: AppContext, encounter: dict[str, Any]) -> None:
    """Open the questionnaire page for ``encounter``: linked, at its site, answered at the end
    of the visit (or now, if the visit has not ended yet)."""
    ended = visit_time(encounter) + timedelta(minutes=encounter.get("minutes") or 0)
    now = datetime.now(timezone.utc)
    ctx.prefill_requested.emit("instrument_answer", InstrumentAnswerInput(
        site_id=encounter.get("site_id") or ctx.site_id, instrument_id=DEFAULT_INSTRUMENT,
        answered_at=min(ended, now), encounter_id=encounter["id"]))


class InstrumentForm(LinkedRecordForm):
    kind = "instrument_answer"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("instrumentForm")
        self.add_link_field()
        self.answered_at = DateTimeField()
        self.instrument = QComboBox()
        self.instrument_ids = [i.id for i in ctx.ref.instruments]
        for _ in self.instrument_ids:
            self.instrument.addItem("")
        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        self.prompt.setStyleSheet("font-size: 12pt; font-style: italic;")
        self.add_field("instrument_id", lambda: QCoreApplication.translate("InstrumentForm", "&Questionnaire:"), self.instrument)
        self.add_field("answered_at", lambda: QCoreApplication.translate("InstrumentForm", "&Time:"), self.answered_at)
        # "Answers" heads the items; the prompt begins every item's sentence, so it comes last
        self.add_heading("answers", lambda: QCoreApplication.translate("InstrumentForm", "Answers"))
        self.form.addRow(self.prompt)
        self.item_combos: dict[str, QComboBox] = {}
        self.item_rows: list[str] = []
        self.instrument.currentIndexChanged.connect(self._instrument_changed)
        self.fill_blank()
        self.retranslate()

    def title(self) -> str:
        return self.tr("Questionnaire")

    def current_instrument(self) -> str:
        i = self.instrument.currentIndex()
        return self.instrument_ids[i] if 0 <= i < len(self.instrument_ids) else DEFAULT_INSTRUMENT

    def _instrument_changed(self) -> None:
        for name in self.item_rows:
            row = self.rows.pop(name)
            self.form.removeRow(row.label)
        self.item_rows = []
        self.item_combos = {}
        inst = self.ctx.ref.instrument(self.current_instrument())
        for item in inst.items:
            combo = QComboBox()
            combo.setObjectName(f"item:{item.id}")
            combo.addItem("", _SKIP)
            for opt in item.scale:
                combo.addItem("", opt.id)
            for special in SPECIAL_ANSWERS:
                combo.addItem("", special)
            name = f"answers.{item.id}"
            self.add_field(name, lambda item=item: item.label(self.ctx.lang), combo)
            self.item_combos[item.id] = combo
            self.item_rows.append(name)
        self.retranslate()

    def retranslate(self) -> None:
        ref = self.ctx.ref
        for i, inst_id in enumerate(self.instrument_ids):
            self.instrument.setItemText(i, ref.instrument(inst_id).label(self.ctx.lang))
        inst = ref.instrument(self.current_instrument())
        self.prompt.setText(inst.prompt(self.ctx.lang))
        for item in inst.items:
            combo = self.item_combos.get(item.id)
            if combo is None:
                continue
            combo.setItemText(0, self.tr("— not answered"))
            for j, opt in enumerate(item.scale, start=1):
                combo.setItemText(j, opt.label(self.ctx.lang))
            for j, special in enumerate(SPECIAL_ANSWERS, start=1 + len(item.scale)):
                combo.setItemText(j, ref.special_label(special, self.ctx.lang))
        super().retranslate()

    def blank(self) -> InstrumentAnswerInput:
        return InstrumentAnswerInput(site_id=self.ctx.site_id, instrument_id=self.current_instrument()
                                     if hasattr(self, "instrument_ids") else DEFAULT_INSTRUMENT,
                                     answered_at=datetime.now(timezone.utc))

    def collect(self) -> InstrumentAnswerInput:
        inst = self.ctx.ref.instrument(self.current_instrument())
        answers: dict[str, Any] = {}
        for item in inst.items:
            choice = self.item_combos[item.id].currentData()
            if choice == _SKIP or choice is None:
                continue
            answers[item.id] = choice if choice in SPECIAL_ANSWERS else item.option(choice).value
        return InstrumentAnswerInput(site_id=self.site_for_record, instrument_id=inst.id,
                                     answered_at=self.answered_at.value(), answers=answers,
                                     encounter_id=self.link.value())

    def fill(self, data: InstrumentAnswerInput) -> None:
        self.link.set_value(data.encounter_id)
        if data.instrument_id in self.instrument_ids:
            self.instrument.setCurrentIndex(self.instrument_ids.index(data.instrument_id))
        self._instrument_changed()
        self.answered_at.set_value(data.answered_at)
        inst = self.ctx.ref.instrument(self.current_instrument())
        for item in inst.items:
            combo = self.item_combos[item.id]
            combo.setCurrentIndex(0)
            if item.id not in data.answers:
                continue
            value = data.answers[item.id]
            wanted = value if value in SPECIAL_ANSWERS else next(
                (o.id for o in item.scale if o.value == value), None)
            index = combo.findData(wanted)
            combo.setCurrentIndex(max(index, 0))
