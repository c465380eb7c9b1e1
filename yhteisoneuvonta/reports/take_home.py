"""A one-page take-home sheet for a visitor: what was done, next steps, where to turn,
and when the desk is open, in the visitor's language (fi, sv or en).

Nothing on it identifies the visitor: no note, no profile, no record id, and no time more
exact than the day (the header and the PDF's own metadata carry the date only). Every
word comes from the reference data's labels or the texts below.
"""
from __future__ import annotations

from sqlalchemy import select

from ..core.timefmt import day_text
from ..core.workspace import Workspace
from ..errors import NotFoundError, UsageError
from ..store.models import Encounter, FormHelp
from .document import Document, Facts, Heading, Para
from .i18n import LANGS, WEEKDAYS, available, t
from .periods import HELSINKI


def language_of(ws: Workspace, encounter_id: str) -> str | None:
    """The encounter's language when a sheet can be printed in it (fi, sv, en), else None."""
    with ws.store.session() as s:
        enc = s.get(Encounter, encounter_id)
        if enc is None or enc.deleted:
            raise NotFoundError(f"No encounter with id {encounter_id}.", id=encounter_id)
        return enc.language if enc.language in LANGS else None


def _opening_times(site: object, lang: str) -> list[str]:
    days = WEEKDAYS.get(lang, WEEKDAYS["fi"])
    slots = sorted(getattr(site, "schedule", ()), key=lambda slot: (slot.weekday, slot.start))
    def clock(hhmm: str) -> str:  # "09:00" -> "9.00", as on a notice board
        return hhmm.replace(":", ".").removeprefix("0")

    return [f"{days[slot.weekday]} {clock(slot.start)}–{clock(slot.end)}" for slot in slots]


def build_take_home(ws: Workspace, encounter_id: str, *, lang: str) -> Document:
    if not available(lang):
        raise UsageError(f"language '{lang}' is not available: use {', '.join(LANGS)}", reason="unknown_language",
                         lang=lang, choices=", ".join(LANGS))
    ref = ws.reference()
    with ws.store.session() as s:
        enc = s.get(Encounter, encounter_id)
        if enc is None or enc.deleted:
            raise NotFoundError(f"No encounter with id {encounter_id}.", id=encounter_id)
        site_id, day = enc.site_id, enc.occurred_at.astimezone(HELSINKI).date()
        topics, helps = list(enc.topics), list(enc.help_kinds)
        referrals, outcome = list(enc.referrals), enc.outcome
        forms = [(f.form_id, f.status) for f in s.scalars(
            select(FormHelp).where(FormHelp.encounter_id == encounter_id, FormHelp.deleted.is_(False))
            .order_by(FormHelp.occurred_at))]
    try:
        site = ref.site(site_id)
        place = site.name
    except NotFoundError:
        site, place = None, site_id

    def labels(taxonomy: str, ids: list[str]) -> str:
        return ", ".join(ref.label(taxonomy, i, lang) for i in ids) or "–"

    date_text = day_text(day)
    doc = Document("take_home", t("th_title", lang), date_text, lang, period_label="th_date", date_only=True)
    doc.add(Heading(t("th_title", lang)), Facts([(t("th_date", lang), date_text), (t("th_place", lang), place)]))
    done = [(t("th_topics", lang), labels("topics", topics)), (t("th_help", lang), labels("help_kinds", helps))]
    if forms:
        done.append((t("th_forms", lang), "\n".join(
            f"{ref.label('forms', f, lang)}: {ref.label('form_statuses', st, lang)}" for f, st in forms)))
    doc.add(Heading(t("th_done", lang), 2), Facts(done))

    steps: list[str] = []
    if outcome:
        key = f"th_out_{outcome}"
        steps.append(t(key, lang) if t(key, lang) != key else ref.label("outcomes", outcome, lang))
    for form_id, status in forms:
        key = f"th_form_{status}"
        if t(key, lang) != key:
            steps.append(t(key, lang, form=ref.label("forms", form_id, lang)))
    steps.append(t("th_welcome", lang))
    doc.add(Heading(t("th_next", lang), 2), *(Para(f"• {line}") for line in steps))

    if referrals:
        doc.add(Heading(t("th_where", lang), 2),
                *(Para(f"• {ref.label('referral_targets', r, lang)}") for r in referrals))
    times = (_opening_times(site, lang) if site is not None else []) or [t("th_no_schedule", lang)]
    doc.add(Heading(t("th_open", lang), 2), Para(place), *(Para(line) for line in times))
    doc.add(Para(t("th_no_names", lang), small=True))
    return doc
