"""Filters and the SQL plumbing of the statistics: where-clauses, week buckets, raw rows.

Times are stored as naive UTC text ``YYYY-MM-DD HH:MM:SS.ffffff`` (see store/types.py),
so a bound in the same format compares correctly as text and uses the time indexes.
Weeks are Helsinki weeks: their UTC bounds are computed here and joined as a small
VALUES table, because SQLite knows no time zones.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from ..errors import NotFoundError, ValidationError
from ..records.reference import ReferenceData
from ..services.workspace import Workspace
from .periods import Period, Week, parse_period

TIME_FORMAT = "%Y-%m-%d %H:%M:%S.%f"

# table -> its time column
TIME_COLUMNS = {
    "encounters": "occurred_at", "form_helps": "occurred_at", "desk_sessions": "starts_at",
    "group_sessions": "starts_at", "observations": "observed_at", "instrument_answers": "answered_at",
}


def db_time(value: datetime) -> str:
    return value.astimezone(timezone.utc).replace(tzinfo=None).strftime(TIME_FORMAT)


def from_db_time(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=timezone.utc)


@dataclass(frozen=True)
class Filters:
    """What the statistics look at. ``period`` None means all the data there is."""

    period: Period | None = None
    municipality: str | None = None
    site: str | None = None
    site_kind: str | None = None
    device: str | None = None

    def site_ids(self, ref: ReferenceData) -> list[str] | None:
        """The sites to include, or None for every site (including unknown ones)."""
        if not (self.municipality or self.site or self.site_kind):
            return None
        if self.site:
            site = ref.site(self.site)
            if self.municipality and site.municipality != self.municipality:
                raise ValidationError("site", f"site {self.site} is not in {self.municipality}")
            sites = [site]
        elif self.municipality:
            ref.municipality(self.municipality)
            sites = list(ref.sites_in(self.municipality, active_only=False))
        else:
            sites = list(ref.sites)
        if self.site_kind:
            sites = [s for s in sites if s.kind == self.site_kind]
        return [s.id for s in sites]


class Query:
    """Runs statistics SQL for one set of filters on one workspace."""

    def __init__(self, ws: Workspace, filters: Filters) -> None:
        self.ws = ws
        self.filters = filters
        self.ref = ws.reference()
        self.sites = filters.site_ids(self.ref)
        self.period = filters.period or self._data_period()

    # -- period ---------------------------------------------------------------------------
    def _data_period(self) -> Period:
        """All the data: from the first to the last record (this week when there is none)."""
        parts = [f"SELECT MIN({c}), MAX({c}) FROM {t} WHERE deleted = 0"
                 for t, c in TIME_COLUMNS.items()]
        rows = self.rows(" UNION ALL ".join(parts), [])
        lows = [r[0] for r in rows if r[0]]
        highs = [r[1] for r in rows if r[1]]
        if not lows:
            from .periods import current_week

            return current_week()
        from .periods import HELSINKI

        first = from_db_time(min(lows)).astimezone(HELSINKI).date()
        last = from_db_time(max(highs)).astimezone(HELSINKI).date()
        return parse_period(f"{first.isoformat()}..{last.isoformat()}")

    def weeks(self) -> list[Week]:
        return self.period.weeks()

    # -- SQL ------------------------------------------------------------------------------
    def rows(self, sql: str, params: list[Any]) -> list[tuple[Any, ...]]:
        with self.ws.store.session() as s:
            return [tuple(r) for r in s.connection().exec_driver_sql(sql, tuple(params)).fetchall()]

    def where(self, table: str, alias: str, *, timed: bool = True) -> tuple[str, list[Any]]:
        """``alias.deleted = 0 AND ...`` for the filters (time bounds unless ``timed`` is False)."""
        clauses = [f"{alias}.deleted = 0"]
        params: list[Any] = []
        if timed:
            col = TIME_COLUMNS[table]
            clauses.append(f"{alias}.{col} >= ? AND {alias}.{col} < ?")
            params += [db_time(self.period.start), db_time(self.period.end)]
        if self.sites is not None:
            if not self.sites:
                clauses.append("0")
            else:
                clauses.append(f"{alias}.site_id IN ({','.join('?' * len(self.sites))})")
                params += self.sites
        if self.filters.device:
            clauses.append(f"{alias}.device_id = ?")
            params.append(self.filters.device)
        return " AND ".join(clauses), params

    def weeks_cte(self) -> tuple[str, list[Any]]:
        """``weeks(label, ws, we)`` as a VALUES table of the period's Helsinki weeks."""
        weeks = self.weeks()
        values = ",".join("(?,?,?)" for _ in weeks)
        params: list[Any] = []
        for w in weeks:
            params += [w.label, db_time(w.start), db_time(w.end)]
        return f"weeks(label, ws, we) AS (VALUES {values})", params

    def by_week(self, table: str, select: str, extra_group: str = "", extra_where: str = "",
                alias: str = "x") -> list[tuple[Any, ...]]:
        """``SELECT weeks.label, <select> ... GROUP BY weeks.label[, extra_group]``."""
        cte, p1 = self.weeks_cte()
        where, p2 = self.where(table, alias, timed=False)
        col = TIME_COLUMNS[table]
        group = "w.label" + (f", {extra_group}" if extra_group else "")
        sql = (f"WITH {cte} SELECT w.label, {select} FROM weeks w JOIN {table} {alias} "
               f"ON {alias}.{col} >= w.ws AND {alias}.{col} < w.we "
               f"WHERE {where}{' AND ' + extra_where if extra_where else ''} GROUP BY {group}")
        return self.rows(sql, p1 + p2)

    def grouped(self, table: str, select: str, group: str = "", extra_where: str = "",
                alias: str = "x", joins: str = "") -> list[tuple[Any, ...]]:
        """``SELECT <select> FROM table alias <joins> WHERE filters [GROUP BY group]``."""
        where, params = self.where(table, alias)
        sql = (f"SELECT {select} FROM {table} {alias}{' ' + joins if joins else ''} WHERE {where}"
               f"{' AND ' + extra_where if extra_where else ''}{' GROUP BY ' + group if group else ''}")
        return self.rows(sql, params)

    # -- reference helpers ------------------------------------------------------------------
    def site_name(self, site_id: str) -> str:
        try:
            return self.ref.site(site_id).name
        except NotFoundError:
            return site_id

    def site_municipality(self, site_id: str) -> str:
        try:
            return self.ref.site(site_id).municipality
        except NotFoundError:
            return ""

    def site_kind(self, site_id: str) -> str:
        try:
            return self.ref.site(site_id).kind
        except NotFoundError:
            return ""

    def municipality_name(self, municipality_id: str) -> str:
        try:
            return self.ref.municipality(municipality_id).name
        except NotFoundError:
            return municipality_id
