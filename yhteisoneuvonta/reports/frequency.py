"""How often a site is open, derived from the desk sessions actually held (not the plan).

Sessions are grouped by site, weekday and local opening hours; the number held divided
by the weeks of the period says whether a slot is weekly, every other week, monthly or
occasional. "Tue 9–11, weekly (12 times)" is what the per-municipality page prints.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from .i18n import WEEKDAYS, t
from .query import Query
from .tables import Column, Table


@dataclass(frozen=True)
class Slot:
    site_id: str
    weekday: int
    start: str  # "9" or "9.30" (Finnish style, local time)
    end: str
    held: int
    per_week: float


def _hhmm(minutes: int) -> str:
    h, m = divmod(minutes, 60)
    return f"{h}" if m == 0 else f"{h}.{m:02d}"


def _quarter(hh_mm: str) -> int:
    """Minutes after midnight rounded to the quarter hour: a shift opened at 9.03 is the
    9 o'clock shift (minutes % 15 is never 7.5, so there are no ties to round)."""
    return round((int(hh_mm[:2]) * 60 + int(hh_mm[3:5])) / 15) * 15


def slots(q: Query) -> list[Slot]:
    return q.memo("frequency.slots", lambda: _slots(q))


def _slots(q: Query) -> list[Slot]:
    # SQLite groups the sessions by their local weekday and times ("%w %H:%M", Sunday = 0), so
    # Python reads one row per distinct start and end, not one per session.
    start, p1 = q.local("x.starts_at", "%w %H:%M")
    end, p2 = q.local("x.ends_at", "%H:%M")
    rows = q.grouped("desk_sessions", f"x.site_id AS site_, {start} AS start_, {end} AS end_, COUNT(*)",
                     "site_, start_, end_", select_params=p1 + p2)
    counts: Counter[tuple[str, int, str, str]] = Counter()
    for site, local_start, local_end, n in rows:
        weekday = (int(local_start[0]) + 6) % 7  # Monday = 0, as date.weekday()
        ends = _hhmm(_quarter(local_end)) if local_end is not None else "?"
        counts[(site, weekday, _hhmm(_quarter(local_start[2:])), ends)] += n
    weeks = max(1.0, ((q.period.last - q.period.first).days + 1) / 7)
    out = [Slot(site, wd, a, b, n, round(n / weeks, 2)) for (site, wd, a, b), n in counts.items()]
    out.sort(key=lambda s: (q.site_name(s.site_id), s.weekday, s.start, s.end, s.site_id))
    return out


def word(per_week: float, lang: str) -> str:
    if per_week >= 0.7:
        return t("f_weekly", lang)
    if per_week >= 0.35:
        return t("f_fortnightly", lang)
    if per_week >= 0.18:
        return t("f_monthly", lang)
    return t("f_occasional", lang)


def table(q: Query, lang: str) -> Table:
    cols = [Column("site_id", t("site_id", lang)), Column("site", t("site", lang)),
            Column("weekday", t("weekday", lang)), Column("times", t("times", lang)),
            Column("sessions", t("desk_sessions", lang), "int"),
            Column("per_week", t("per_week", lang), "number", decimals=1),
            Column("frequency", t("frequency", lang))]
    rows = [[s.site_id, q.site_name(s.site_id), WEEKDAYS.get(lang, WEEKDAYS["fi"])[s.weekday],
             f"{s.start}–{s.end}", s.held, s.per_week, word(s.per_week, lang)] for s in slots(q)]
    return Table("frequency", t("t_frequency", lang), cols, rows)


def summary(q: Query, lang: str) -> str:
    """One line per site, e.g. "Annala: viikoittain ti 9–11 (12 kertaa)"."""
    by_site: dict[str, list[Slot]] = defaultdict(list)
    for s in slots(q):
        by_site[s.site_id].append(s)
    if not by_site:
        return t("f_none", lang)
    days = WEEKDAYS.get(lang, WEEKDAYS["fi"])
    lines = []
    for site, site_slots in by_site.items():
        regular = [s for s in site_slots if s.per_week >= 0.18]
        rare = [s for s in site_slots if s.per_week < 0.18]
        weekly_days = {s.weekday for s in regular if s.per_week >= 0.7}
        parts = []
        if {0, 1, 2, 3, 4} <= weekly_days:
            parts.append(t("f_daily", lang))
        for s in regular:
            parts.append(f"{word(s.per_week, lang)} {days[s.weekday]} {s.start}–{s.end} "
                         f"({t('f_times', lang, n=s.held)})")
        if rare:
            parts.append(f"{t('f_occasional', lang)} ({t('f_times', lang, n=sum(s.held for s in rare))})")
        lines.append(f"{q.site_name(site)}: " + "; ".join(parts))
    return "\n".join(lines)
