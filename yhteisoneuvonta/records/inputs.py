"""What a user (GUI form, CLI flags, demo generator) hands to the services to save a record.

Plain dataclasses: the GUI fills them from widgets, the CLI from flags. Validation is in
``validation.py``; storing is in ``services``. Times are timezone-aware.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from datetime import datetime
from typing import Any

# ``pii_confirmations`` (every input with free text): how many probable names or addresses in
# the free text the adviser confirmed are not personal data (set by the name guard).
MAX_PII_CONFIRMATIONS = 1000

# Answers for optional profile fields, kept apart on purpose (domain.md).
NOT_ASKED = "not_asked"
UNKNOWN = "unknown"
DECLINED = "declined"


@dataclass
class SessionInput:
    site_id: str
    starts_at: datetime
    ends_at: datetime | None = None
    advisers: list[str] = field(default_factory=list)
    partners: list[str] = field(default_factory=list)
    professionals: list[str] = field(default_factory=list)
    note: str | None = None
    pii_confirmations: int = 0


@dataclass
class EncounterInput:
    site_id: str
    occurred_at: datetime
    minutes: int
    topics: list[str] = field(default_factory=list)
    help_kinds: list[str] = field(default_factory=list)
    channel: str = "walk_in"
    language: str = "fi"
    involvement: str = "none"
    professional_roles: list[str] = field(default_factory=list)
    referrals: list[str] = field(default_factory=list)
    barriers: list[str] = field(default_factory=list)
    outcome: str | None = None
    age_band: str = NOT_ASKED
    visit_kind: str = NOT_ASKED
    note: str | None = None
    session_id: str | None = None
    pii_confirmations: int = 0


@dataclass
class FormHelpInput:
    site_id: str
    occurred_at: datetime
    form_id: str
    status: str
    medium: str = "online"
    note: str | None = None
    encounter_id: str | None = None
    pii_confirmations: int = 0


@dataclass
class Proposal:
    text: str
    decision: str | None = None


@dataclass
class GroupSessionInput:
    site_id: str
    kind: str
    title: str
    starts_at: datetime
    ends_at: datetime
    headcount_total: int
    headcount_split: dict[str, int] = field(default_factory=dict)
    organisers: list[str] = field(default_factory=list)
    facilitators: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    summary: str | None = None
    proposals: list[Proposal] = field(default_factory=list)
    pii_confirmations: int = 0


@dataclass
class ObservationInput:
    site_id: str
    observed_at: datetime
    theme: str
    text: str
    barriers: list[str] = field(default_factory=list)
    times_seen: int = 1
    pii_confirmations: int = 0


@dataclass
class InstrumentAnswerInput:
    site_id: str
    instrument_id: str
    answered_at: datetime
    answers: dict[str, Any] = field(default_factory=dict)
    encounter_id: str | None = None


def to_columns(data: Any) -> dict[str, Any]:
    """Column values for the ORM (proposals become plain dicts)."""
    values = {f.name: getattr(data, f.name) for f in fields(data)}
    if "proposals" in values:
        values["proposals"] = [asdict(p) if isinstance(p, Proposal) else dict(p) for p in values["proposals"]]
    return values
