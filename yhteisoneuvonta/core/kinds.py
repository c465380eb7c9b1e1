"""The record kinds: how each is validated, stored and ordered in time."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..records import inputs as I
from ..records import validation as V
from ..store.models import (
    DeskSession,
    Encounter,
    FormHelp,
    GroupSession,
    InstrumentAnswer,
    Observation,
    Synced,
)

# The order records are written to and applied from a bundle: parents before children.
KIND_ORDER = ("desk_session", "encounter", "form_help", "instrument_answer", "group_session", "observation")


@dataclass(frozen=True)
class Kind:
    """How one record type is validated and stored."""

    name: str
    model: type[Synced]
    input_type: type
    validate: Callable[..., Any]  # (ref, input, *, confirmed=False) -> probable findings
    time_field: str


KINDS: dict[str, Kind] = {
    k.name: k
    for k in (
        Kind("desk_session", DeskSession, I.SessionInput, V.validate_session, "starts_at"),
        Kind("encounter", Encounter, I.EncounterInput, V.validate_encounter, "occurred_at"),
        Kind("form_help", FormHelp, I.FormHelpInput, V.validate_form_help, "occurred_at"),
        Kind("group_session", GroupSession, I.GroupSessionInput, V.validate_group, "starts_at"),
        Kind("observation", Observation, I.ObservationInput, V.validate_observation, "observed_at"),
        Kind("instrument_answer", InstrumentAnswer, I.InstrumentAnswerInput,
             V.validate_instrument_answer, "answered_at"),
    )
}
KIND_OF_MODEL = {k.model: k for k in KINDS.values()}


def kind_of(data: Any) -> Kind:
    for k in KINDS.values():
        if isinstance(data, k.input_type):
            return k
    raise TypeError(f"not a record input: {type(data).__name__}")
