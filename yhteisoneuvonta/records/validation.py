"""Rules every record obeys before it is stored, on every path (GUI, CLI, import).

Each check adds ``field -> message`` to one dict so a form can show every problem at once.
Free-text fields always pass the PII guard.
"""
from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Any

from ..errors import PiiError, ProbablePersonalError, ValidationError
from . import pii, probable
from .inputs import (
    DECLINED,
    MAX_PII_CONFIRMATIONS,
    NOT_ASKED,
    UNKNOWN,
    EncounterInput,
    FormHelpInput,
    GroupSessionInput,
    InstrumentAnswerInput,
    ObservationInput,
    Proposal,
    SessionInput,
)
from .reference import ReferenceData

SPECIAL = (NOT_ASKED, UNKNOWN, DECLINED)
# Field name -> probable names/addresses found there (what a validate_* function returns).
Probable = dict[str, list[probable.ProbableFinding]]
MAX_ENCOUNTER_MINUTES = 8 * 60
MAX_HEADCOUNT = 2000
MAX_TEXT = 4000
ADVISER_CODE_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{1,19}$")
ISO_CLOCK_SLACK = timedelta(days=2)


class Checker:
    def __init__(self, ref: ReferenceData, *, confirmed: bool = False) -> None:
        self.ref = ref
        self.confirmed = confirmed  # the user confirmed the texts name no one
        self.errors: dict[str, str] = {}
        self.rules: dict[str, tuple[str, dict[str, Any]]] = {}
        self.texts: dict[str, str | None] = {}

    def add(self, name: str, message: str, *, rule: str, **params: Any) -> None:
        """Refuse ``name``: ``message`` in English, ``rule`` and ``params`` for other languages."""
        if name not in self.errors:
            self.errors[name] = message
            self.rules[name] = (rule, params)

    def site(self, name: str, site_id: str | None) -> None:
        if not site_id:
            self.add(name, "choose a site", rule="choose_site")
            return
        try:
            self.ref.site(site_id)
        except Exception:
            self.add(name, f"unknown site '{site_id}'", rule="unknown_site", site=site_id)

    def term(self, name: str, taxonomy: str, value: str | None, *, required: bool = True,
             special: bool = False) -> None:
        if value is None or value == "":
            if required:
                self.add(name, "required", rule="required")
            return
        if special and value in SPECIAL:
            return
        if not self.ref.has_term(taxonomy, value):
            self.add(name, f"unknown value '{value}'", rule="not_in_list", value=value)

    def terms(self, name: str, taxonomy: str, values: list[str], *, at_least_one: bool = False) -> None:
        if at_least_one and not values:
            self.add(name, "choose at least one", rule="choose_one")
        for v in values:
            if not self.ref.has_term(taxonomy, v):
                self.add(name, f"unknown value '{v}'", rule="not_in_list", value=v)
                return
        if len(set(values)) != len(values):
            self.add(name, "the same value is chosen twice", rule="duplicate")

    def count(self, name: str, value: Any, *, minimum: int = 0, maximum: int) -> None:
        if not isinstance(value, int) or isinstance(value, bool):
            self.add(name, "must be a whole number", rule="not_whole_number")
        elif value < minimum:
            self.add(name, f"must be at least {minimum}", rule="too_small", min=minimum)
        elif value > maximum:
            self.add(name, f"must be at most {maximum}", rule="too_large", max=maximum)

    def when(self, name: str, value: datetime | None) -> None:
        if value is None:
            self.add(name, "required", rule="required")
        elif value.tzinfo is None:
            self.add(name, "time has no time zone", rule="no_time_zone")

    def order(self, start_name: str, start: datetime | None, end_name: str, end: datetime | None) -> None:
        if start and end and start.tzinfo and end.tzinfo and end <= start:
            self.add(end_name, "must be after the start", rule="end_before_start")

    def text(self, name: str, value: str | None, *, required: bool = False, max_len: int = MAX_TEXT) -> None:
        if value is None or not value.strip():
            if required:
                self.add(name, "required", rule="required")
            return
        if len(value) > max_len:
            self.add(name, f"too long ({len(value)} characters, at most {max_len})", rule="too_long",
                     length=len(value), max=max_len)
        self.texts[name] = value

    def names(self, name: str, values: list[str]) -> None:
        """Organisation or role names typed by hand are free text too."""
        for i, v in enumerate(values):
            self.text(f"{name}[{i}]" if len(values) > 1 else name, v, max_len=200)

    def confirmations(self, value: Any) -> None:
        self.count("pii_confirmations", value, minimum=0, maximum=MAX_PII_CONFIRMATIONS)

    def done(self) -> Probable:
        """Raise for refused fields and certain identifiers; then for probable names and
        addresses unless confirmed. Returns the probable findings (to count or list them)."""
        if self.texts:
            try:
                pii.check_fields(self.texts)
            except PiiError as exc:
                for f, m in exc.errors.items():
                    if f not in self.errors:
                        self.errors[f] = m
                        if exc.rule(f):
                            self.rules[f] = exc.rules[f]
                if self.errors.keys() == exc.errors.keys():
                    raise
        if self.errors:
            raise ValidationError.from_errors(self.errors, self.rules)
        found = probable.check_fields(self.texts)
        if found and not self.confirmed:
            raise ProbablePersonalError({f: [x.as_dict() for x in items] for f, items in found.items()})
        return found


def validate_session(ref: ReferenceData, d: SessionInput, *, confirmed: bool = False) -> Probable:
    c = Checker(ref, confirmed=confirmed)
    c.site("site_id", d.site_id)
    c.when("starts_at", d.starts_at)
    c.order("starts_at", d.starts_at, "ends_at", d.ends_at)
    c.terms("professionals", "professional_roles", d.professionals)
    c.names("partners", d.partners)
    c.names("advisers", d.advisers)
    for code in d.advisers:
        if not ADVISER_CODE_RE.match(code):
            c.add("advisers", f"'{code}' is not an adviser code (2–20 letters, digits, - or _)",
                  rule="not_adviser_code", value=code)
    c.text("note", d.note)
    c.confirmations(d.pii_confirmations)
    return c.done()


def validate_encounter(ref: ReferenceData, d: EncounterInput, *, confirmed: bool = False) -> Probable:
    c = Checker(ref, confirmed=confirmed)
    c.site("site_id", d.site_id)
    c.when("occurred_at", d.occurred_at)
    c.count("minutes", d.minutes, minimum=1, maximum=MAX_ENCOUNTER_MINUTES)
    c.terms("topics", "topics", d.topics, at_least_one=True)
    c.terms("help_kinds", "help_kinds", d.help_kinds)
    c.term("channel", "channels", d.channel)
    c.term("language", "languages", d.language)
    c.term("involvement", "involvement", d.involvement)
    c.terms("professional_roles", "professional_roles", d.professional_roles)
    if d.involvement != "none" and not d.professional_roles:
        c.add("professional_roles", "say which professional was consulted or worked in pair",
              rule="professional_missing")
    c.terms("referrals", "referral_targets", d.referrals)
    c.terms("barriers", "barrier_categories", d.barriers)
    c.term("outcome", "outcomes", d.outcome, required=False)
    c.term("age_band", "age_bands", d.age_band, special=True)
    c.term("visit_kind", "visit_kinds", d.visit_kind, special=True)
    c.text("note", d.note)
    c.confirmations(d.pii_confirmations)
    return c.done()


def validate_form_help(ref: ReferenceData, d: FormHelpInput, *, confirmed: bool = False) -> Probable:
    c = Checker(ref, confirmed=confirmed)
    c.site("site_id", d.site_id)
    c.when("occurred_at", d.occurred_at)
    c.term("form_id", "forms", d.form_id)
    c.term("medium", "form_media", d.medium)
    c.term("status", "form_statuses", d.status)
    c.text("note", d.note)
    c.confirmations(d.pii_confirmations)
    return c.done()


def validate_group(ref: ReferenceData, d: GroupSessionInput, *, confirmed: bool = False) -> Probable:
    c = Checker(ref, confirmed=confirmed)
    c.site("site_id", d.site_id)
    c.term("kind", "group_kinds", d.kind)
    c.text("title", d.title, required=True, max_len=200)
    c.when("starts_at", d.starts_at)
    c.when("ends_at", d.ends_at)
    c.order("starts_at", d.starts_at, "ends_at", d.ends_at)
    c.count("headcount_total", d.headcount_total, minimum=0, maximum=MAX_HEADCOUNT)
    split_sum = 0
    for part, n in d.headcount_split.items():
        c.count(f"headcount_split.{part}", n, minimum=0, maximum=MAX_HEADCOUNT)
        split_sum += n if isinstance(n, int) else 0
    if isinstance(d.headcount_total, int) and split_sum > d.headcount_total:
        c.add("headcount_split", f"the parts add up to {split_sum}, more than the total {d.headcount_total}",
              rule="split_over_total", sum=split_sum, total=d.headcount_total)
    c.names("organisers", d.organisers)
    c.names("facilitators", d.facilitators)
    c.terms("topics", "topics", d.topics)
    c.text("summary", d.summary)
    if d.proposals and d.kind not in ("house_meeting", "community_council"):
        c.add("proposals", "proposals are recorded for house meetings and community councils only",
              rule="proposals_not_allowed")
    for i, p in enumerate(d.proposals):
        prop = p if isinstance(p, Proposal) else Proposal(**p)
        c.text(f"proposals[{i}].text", prop.text, required=True, max_len=1000)
        c.text(f"proposals[{i}].decision", prop.decision, max_len=1000)
    c.confirmations(d.pii_confirmations)
    return c.done()


def validate_observation(ref: ReferenceData, d: ObservationInput, *, confirmed: bool = False) -> Probable:
    c = Checker(ref, confirmed=confirmed)
    c.site("site_id", d.site_id)
    c.when("observed_at", d.observed_at)
    c.term("theme", "observation_themes", d.theme)
    c.terms("barriers", "barrier_categories", d.barriers)
    c.text("text", d.text, required=True)
    c.count("times_seen", d.times_seen, minimum=1, maximum=1000)
    c.confirmations(d.pii_confirmations)
    return c.done()


def validate_instrument_answer(ref: ReferenceData, d: InstrumentAnswerInput, *, confirmed: bool = False) -> Probable:
    c = Checker(ref, confirmed=confirmed)
    c.site("site_id", d.site_id)
    c.when("answered_at", d.answered_at)
    inst = next((i for i in ref.instruments if i.id == d.instrument_id), None)
    if inst is None:
        c.add("instrument_id", f"unknown instrument '{d.instrument_id}'", rule="not_in_list", value=d.instrument_id)
        return c.done()
    items = {item.id: item for item in inst.items}
    if not d.answers:
        c.add("answers", "answer at least one item", rule="answer_one")
    for item_id, value in d.answers.items():
        item = items.get(item_id)
        if item is None:
            c.add(f"answers.{item_id}", "unknown item", rule="not_in_list", value=item_id)
            continue
        allowed = [s["value"] if isinstance(s, dict) else s.value for s in item.scale]
        if value not in allowed and value not in SPECIAL:
            c.add(f"answers.{item_id}", f"'{value}' is not on the scale", rule="not_on_scale", value=value)
    return c.done()


def validate_adviser_code(code: str) -> None:
    if not ADVISER_CODE_RE.match(code or ""):
        raise ValidationError(
            "adviser_code",
            "use a pseudonym of 2–20 letters, digits, - or _ (never your name)",
            rule="adviser_code_pseudonym",
        )
    pii.check_text("adviser_code", code)
