"""A realistic generated dataset for trying the program (and for benchmarks).

Desk sessions follow the sites' weekly schedules; each session gets a plausible number of
encounters with topics, kinds of help, forms, referrals and barriers; groups, house meetings
and observations are sprinkled in. Deterministic for a given seed.
"""
from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, datetime, time, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import insert

from ..core.workspace import Workspace, new_device_id, next_change_seq
from ..records.reference import ReferenceData, Site
from ..store.models import (
    DeskSession,
    Encounter,
    FormHelp,
    GroupSession,
    InstrumentAnswer,
    Observation,
)

HELSINKI = ZoneInfo("Europe/Helsinki")
OBSERVATIONS = [
    ("identification", "Kelan uusi verkkolomake vaatii pankkitunnukset; moni kävijä jää ilman."),
    ("reachability", "Puhelinpalveluun ei pääse läpi, jonotus katkeaa puolen tunnin jälkeen."),
    ("benefits_process", "Toimeentulotuen liitepyynnöt tulevat kirjeellä viikon viiveellä."),
    ("language", "Päätöksiä ei ole saatavilla selkokielellä eikä kävijän omalla kielellä."),
    ("eservices", "Asiointipalvelu aikakatkaisee lomakkeen kesken, tiedot katoavat."),
    ("housing", "Vuokravakuuden maksusitoumus viivästyy ja asunto menee ohi."),
]
GROUP_TITLES = {
    "group": ["Digitreffit", "Kahvila ja vertaistuki", "Suomen kielen keskusteluryhmä"],
    "info": ["Kela-info", "Verokortti-info", "Työllisyyspalvelujen info"],
    "house_meeting": ["Talokokous"],
    "community_council": ["Yhteisöraati"],
}


def _pick(rng: random.Random, items: list[str], k_max: int, weights: list[float] | None = None) -> list[str]:
    k = rng.randint(1, k_max)
    chosen: list[str] = []
    for _ in range(k * 2):
        value = rng.choices(items, weights=weights)[0]
        if value not in chosen:
            chosen.append(value)
        if len(chosen) == k:
            break
    return chosen


def _ids(ref: ReferenceData, taxonomy: str) -> list[str]:
    return [t.id for t in ref.terms(taxonomy)]


DEMO_ADVISER_CODE = "DEMO1"


def ensure_demo_setup(ws: Workspace) -> bool:
    """Set up a fresh data folder as a demo adviser, so ``demo`` works as a first command.

    Returns True when it did set one up; a folder that is already set up is left alone."""
    from . import setup

    if setup.is_set_up(ws):
        return False
    setup.ensure_reference(ws)
    ref = ws.reference()
    sites = [s.id for s in ref.sites if s.active and s.schedule][:3]
    setup.setup_adviser(ws, DEMO_ADVISER_CODE, sites, "fi")
    return True


def fill(ws: Workspace, weeks: int = 4, seed: int = 1, devices: int = 1,
         end: date | None = None, sites_per_device: int = 3,
         progress: Callable[[int, int], None] | None = None) -> dict[str, int]:
    """Generate ``weeks`` of work ending this week. On an adviser installation all records are
    this device's own; ``devices`` > 1 simulates several advisers (coordinator or benchmarks)."""
    own = ws.setting("device_id")
    rng = random.Random(seed)  # the same seed gives the same activity on every machine
    # Ids also depend on the device: two advisers running the same demo must not make records
    # with the same ids (the coordinator would refuse the second as another device's).
    ids = random.Random(f"{seed}:{own}")
    ref = ws.reference()
    scheduled = [s for s in ref.sites if s.active and s.schedule]
    home = ws.setting("home_sites") or []
    end = end or datetime.now(HELSINKI).date()
    monday = end - timedelta(days=end.weekday()) - timedelta(weeks=weeks - 1)
    device_ids = [own] if devices <= 1 else [new_device_id() for _ in range(devices)]
    totals = {"desk_sessions": 0, "encounters": 0, "form_helps": 0, "group_sessions": 0,
              "observations": 0, "instrument_answers": 0}
    for n, device in enumerate(device_ids):
        if device == own and home:
            sites = [ref.site(s) for s in home if ref.site(s).schedule] or scheduled[:sites_per_device]
        else:
            sites = rng.sample(scheduled, min(sites_per_device, len(scheduled)))
        code = ws.setting("adviser_code") if device == own else f"N{n + 1}"
        rows = _device_rows(rng, ids, ref, device, code or f"N{n + 1}", sites, monday, weeks, end)
        with ws.store.session() as s:
            for model, batch in rows.items():
                for row in batch:
                    row["change_seq"] = next_change_seq(s) if device == own else 0
                if batch:
                    s.execute(insert(model), batch)
                totals[model.__tablename__] += len(batch)
        if progress:
            progress(n + 1, len(device_ids))
    return totals


def _when(day: date, hhmm: str, minutes: int = 0) -> datetime:
    h, m = (int(x) for x in hhmm.split(":"))
    local = datetime.combine(day, time(h, m), tzinfo=HELSINKI) + timedelta(minutes=minutes)
    return local.astimezone(timezone.utc)


def _device_rows(rng: random.Random, ids: random.Random, ref: ReferenceData, device: str, code: str,
                 sites: list[Site], monday: date, weeks: int,
                 last_day: date) -> dict[type, list[dict[str, Any]]]:
    topics, helps = _ids(ref, "topics"), _ids(ref, "help_kinds")
    topic_w = [5 if t.extra.get("common") else 1 for t in ref.terms("topics")]
    forms = [f.id for f in ref.forms]
    out: dict[type, list[dict[str, Any]]] = {m: [] for m in (
        DeskSession, Encounter, FormHelp, GroupSession, Observation, InstrumentAnswer)}
    pei = ref.instrument("pei")

    def base(site: Site, at: datetime) -> dict[str, Any]:
        return {"id": _uuid(ids), "device_id": device, "created_at": at, "updated_at": at,
                "version": 1, "deleted": False, "site_id": site.id}

    for week in range(weeks):
        for site in sites:
            for slot in site.schedule:
                day = monday + timedelta(weeks=week, days=slot.weekday)
                if day > last_day or rng.random() < 0.05:  # the odd cancelled shift
                    continue
                start, stop = _when(day, slot.start), _when(day, slot.end)
                session = base(site, start) | {
                    "starts_at": start, "ends_at": stop, "advisers": [code],
                    "partners": list(site.organisations[1:2]),
                    "professionals": ["social_worker"] if rng.random() < 0.3 else [], "note": None}
                out[DeskSession].append(session)
                span = int((stop - start).total_seconds() // 60)
                for _ in range(rng.randint(1, max(2, span // 30))):
                    at = start + timedelta(minutes=rng.randrange(max(1, span - 10)))
                    inv = rng.choices(["none", "consulted", "pair_work"], [7, 2, 1])[0]
                    enc = base(site, at) | {
                        "session_id": session["id"], "occurred_at": at,
                        "minutes": rng.choice([5, 10, 15, 15, 20, 30, 45]),
                        "channel": rng.choices(["walk_in", "appointment", "phone", "outreach"], [8, 2, 1, 1])[0],
                        "language": rng.choices(["fi", "en", "ru", "ar", "so", "uk"], [10, 2, 1, 1, 1, 1])[0],
                        "topics": _pick(rng, topics, 2, topic_w), "help_kinds": _pick(rng, helps, 2),
                        "involvement": inv,
                        "professional_roles": [] if inv == "none" else [rng.choice(["social_worker", "kela"])],
                        "referrals": _pick(rng, _ids(ref, "referral_targets"), 1) if rng.random() < 0.3 else [],
                        "barriers": _pick(rng, _ids(ref, "barrier_categories"), 2) if rng.random() < 0.25 else [],
                        "outcome": rng.choice(_ids(ref, "outcomes")),
                        "age_band": rng.choice(_ids(ref, "age_bands") + ["not_asked", "declined"]),
                        "visit_kind": rng.choice(["first", "returning", "not_asked"]), "note": None}
                    out[Encounter].append(enc)
                    if rng.random() < 0.3:
                        out[FormHelp].append(base(site, at) | {
                            "encounter_id": enc["id"], "occurred_at": at, "form_id": rng.choice(forms),
                            "medium": rng.choice(["online", "online", "paper"]),
                            "status": rng.choices(_ids(ref, "form_statuses"), [6, 2, 2, 1])[0], "note": None})
                    if pei and rng.random() < 0.1:
                        out[InstrumentAnswer].append(base(site, at) | {
                            "instrument_id": "pei", "encounter_id": enc["id"], "answered_at": at,
                            "answers": {i.id: rng.choice([o.value for o in i.scale]) for i in pei.items}})
                if rng.random() < 0.15:
                    kind = rng.choices(list(GROUP_TITLES), [5, 3, 1, 1])[0]
                    total = rng.randint(3, 25)
                    proposals = ([{"text": "Pihavalaistus kuntoon", "decision": "Viedään isännöitsijälle"}]
                                 if kind in ("house_meeting", "community_council") else [])
                    out[GroupSession].append(base(site, start) | {
                        "kind": kind, "title": rng.choice(GROUP_TITLES[kind]), "starts_at": start,
                        "ends_at": start + timedelta(minutes=60), "organisers": list(site.organisations[:1]),
                        "facilitators": [code], "headcount_total": total,
                        "headcount_split": {"children": rng.randint(0, total // 4)},
                        "topics": _pick(rng, topics, 2), "summary": "Keskusteltiin ajankohtaisista asioista.",
                        "proposals": proposals})
                if rng.random() < 0.08:
                    theme, text = rng.choice(OBSERVATIONS)
                    out[Observation].append(base(site, stop) | {
                        "observed_at": stop, "theme": theme, "text": text,
                        "barriers": _pick(rng, _ids(ref, "barrier_categories"), 1),
                        "times_seen": rng.randint(1, 6)})
    return out


def _uuid(rng: random.Random) -> str:
    import uuid

    return str(uuid.UUID(int=rng.getrandbits(128), version=4))
