"""Desk sessions (one opening of one site) and logging at the desk."""
from __future__ import annotations

from collections import Counter as Tally
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select

from ..core.clock import utcnow
from ..core.workspace import Workspace
from ..errors import ValidationError
from ..records.inputs import EncounterInput, SessionInput
from ..store.models import DeskSession, Encounter
from . import logbook

# Encounters logged at a site without an open session still join a session that was open
# this long ago, so a forgotten "close" does not scatter a shift.
QUICK_LOG_MINUTES = 15


def open_session(ws: Workspace, site_id: str, *, starts_at: datetime | None = None,
                 partners: list[str] | None = None, professionals: list[str] | None = None,
                 advisers: list[str] | None = None, confirm_not_personal: bool = False) -> dict[str, Any]:
    if current_session(ws, site_id) is not None:
        raise ValidationError("site_id", "a desk session is already open at this site; close it first",
                              rule="session_already_open")
    code = ws.setting("adviser_code")
    data = SessionInput(
        site_id=site_id,
        starts_at=starts_at or utcnow(),
        advisers=advisers if advisers is not None else ([code] if code else []),
        partners=partners or [],
        professionals=professionals or [],
    )
    return logbook.create(ws, data, confirm_not_personal=confirm_not_personal)


def close_session(ws: Workspace, session_id: str, *, ends_at: datetime | None = None,
                  note: str | None = None, confirm_not_personal: bool = False) -> dict[str, Any]:
    rec = logbook.get(ws, "desk_session", session_id)
    data = logbook.to_input("desk_session", rec)
    if data.ends_at is not None:
        raise ValidationError("ends_at", "this desk session is already closed", rule="session_already_closed")
    data.ends_at = ends_at or utcnow()
    if note is not None:
        data.note = note
    return logbook.update(ws, session_id, data, confirm_not_personal=confirm_not_personal)


def current_session(ws: Workspace, site_id: str | None = None) -> dict[str, Any] | None:
    """The open desk session of this device (at a site, if given)."""
    with ws.store.session() as s:
        q = select(DeskSession).where(
            DeskSession.ends_at.is_(None), DeskSession.deleted.is_(False),
            DeskSession.device_id == ws.device_id,
        )
        if site_id:
            q = q.where(DeskSession.site_id == site_id)
        row = s.scalars(q.order_by(DeskSession.starts_at.desc()).limit(1)).first()
        return logbook.to_dict(row) if row else None


def log_encounter(ws: Workspace, data: EncounterInput, *, confirm_not_personal: bool = False) -> dict[str, Any]:
    """Store an encounter, attaching it to the open desk session at its site."""
    if data.session_id is None:
        open_ = current_session(ws, data.site_id)
        if open_ is not None:
            data.session_id = open_["id"]
    return logbook.create(ws, data, confirm_not_personal=confirm_not_personal)


def quick_log(ws: Workspace, site_id: str, topics: list[str], help_kinds: list[str],
              minutes: int = QUICK_LOG_MINUTES, **extra: Any) -> dict[str, Any]:
    """The common encounter: chosen with buttons, no typing."""
    data = EncounterInput(site_id=site_id, occurred_at=utcnow(), minutes=minutes,
                          topics=list(topics), help_kinds=list(help_kinds), **extra)
    return log_encounter(ws, data)


def common_terms(ws: Workspace, site_id: str, field: str, taxonomy: str, limit: int = 6,
                 since_days: int = 90) -> list[str]:
    """The site's most used topics or kinds of help, topped up from the reference's 'common' ones."""
    since = utcnow() - timedelta(days=since_days)
    column = getattr(Encounter, field)
    with ws.store.session() as s:
        rows = s.execute(
            select(column).where(Encounter.site_id == site_id, Encounter.deleted.is_(False),
                                 Encounter.occurred_at >= since)
            .order_by(Encounter.occurred_at.desc()).limit(500)
        ).scalars()
        tally = Tally(t for values in rows for t in values)
    ref = ws.reference()
    ranked = [t for t, _ in tally.most_common() if ref.has_term(taxonomy, t)]
    for term in ref.terms(taxonomy):
        if term.extra.get("common") and term.id not in ranked:
            ranked.append(term.id)
    for term in ref.terms(taxonomy):
        if term.id not in ranked:
            ranked.append(term.id)
    return ranked[:limit]


def session_encounter_count(ws: Workspace, session_id: str) -> int:
    with ws.store.session() as s:
        return s.scalar(select(func.count()).select_from(Encounter).where(
            Encounter.session_id == session_id, Encounter.deleted.is_(False))) or 0


QUICK_BUTTONS_SETTING = "quick_log_buttons"


def quick_buttons(ws: Workspace, site_id: str, taxonomy: str, limit: int = 6) -> list[str]:
    """The terms on the quick-log buttons of ``site_id``, in a fixed order.

    The first time a site is seen its most used terms are chosen and stored; from then on a
    button (and so its key) keeps its term until the adviser pins another or reorders. A term
    the reference data no longer has leaves a gap that is filled in place, moving no other."""
    stored = (ws.setting(QUICK_BUTTONS_SETTING) or {}).get(site_id, {}).get(taxonomy)
    ref = ws.reference()
    if stored is None:
        chosen = common_terms(ws, site_id, taxonomy, taxonomy, limit)
        set_quick_buttons(ws, site_id, taxonomy, chosen)
        return chosen
    kept = [t if t and ref.has_term(taxonomy, t) else None for t in stored[:limit]]
    spare = [t for t in common_terms(ws, site_id, taxonomy, taxonomy, limit * 2) if t not in kept]
    kept += [None] * (limit - len(kept))
    filled = [t if t is not None else (spare.pop(0) if spare else None) for t in kept]
    return [t for t in filled if t is not None]


def set_quick_buttons(ws: Workspace, site_id: str, taxonomy: str, term_ids: list[str]) -> None:
    """Pin the quick-log buttons of one site (the adviser chose or reordered them)."""
    ref = ws.reference()
    for term in term_ids:
        if not ref.has_term(taxonomy, term):
            raise ValidationError(taxonomy, f"unknown term '{term}'")
    if len(set(term_ids)) != len(term_ids):
        raise ValidationError(taxonomy, "a term can be on one button only")
    all_sites = dict(ws.setting(QUICK_BUTTONS_SETTING) or {})
    per_site = dict(all_sites.get(site_id) or {})
    per_site[taxonomy] = list(term_ids)
    all_sites[site_id] = per_site
    ws.set_settings(**{QUICK_BUTTONS_SETTING: all_sites})
