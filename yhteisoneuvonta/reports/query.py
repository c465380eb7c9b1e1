"""Filters and the SQL plumbing of the statistics: where-clauses, week buckets, raw rows.

Times are stored as naive UTC text ``YYYY-MM-DD HH:MM:SS.ffffff`` (see store/types.py),
so a bound in the same format compares correctly as text and uses the time indexes.
Weeks are Helsinki weeks: their UTC bounds are computed here and joined as a small
VALUES table, because SQLite knows no time zones. For the same reason a Helsinki
wall-clock time is computed in SQL from the period's UTC offsets and their DST changes,
passed in as a CASE (``Query.local``): desk-session slots are grouped by local weekday
and time without parsing each row in Python.

A report over many municipalities shares one ``SiteCache``: each statistics query then
runs once over every site, grouped by site as well, and each municipality takes its
sites' rows from it, instead of one run of every query per municipality.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import Any

from ..core.workspace import Workspace
from ..errors import NotFoundError, ValidationError
from ..records.reference import ReferenceData
from .periods import HELSINKI, Period, Week, parse_period

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


def split_columns(select: str) -> list[str]:
    """The result columns of a SELECT list (commas inside parentheses do not split)."""
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(select):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "," and depth == 0:
            parts.append(select[start:i].strip())
            start = i + 1
    parts.append(select[start:].strip())
    return [p for p in parts if p]


def sql_order(value: Any) -> tuple[int, Any]:
    """A sort key that orders values as SQLite does: NULL, numbers, text, blobs."""
    if value is None:
        return (0, 0)
    if isinstance(value, (int, float)):
        return (1, value)
    return (2, value) if isinstance(value, str) else (3, value)


def add_up(rows: list[tuple[Any, ...]], keys: int, width: int) -> list[tuple[Any, ...]]:
    """Rows summed by their first ``keys`` columns (the rest are counts or sums), in key order.
    With no key columns there is always one row, as SQL gives for an aggregate with no GROUP BY."""
    sums: dict[tuple[Any, ...], list[Any]] = {}
    for row in rows:
        acc = sums.get(row[:keys])
        if acc is None:
            sums[row[:keys]] = [v or 0 for v in row[keys:]]
        else:
            for i, v in enumerate(row[keys:]):
                acc[i] += v or 0
    if not keys and not sums:
        return [(0,) * width]
    return [k + tuple(v) for k, v in sorted(sums.items(), key=lambda kv: [sql_order(x) for x in kv[0]])]


@dataclass
class SiteCache:
    """Results of statistics queries run over every site and grouped by site, shared by the
    pages of one report (see the module docstring). Keyed by the SQL and its parameters."""

    results: dict[tuple[str, tuple[Any, ...]], list[tuple[Any, ...]]] = field(default_factory=dict)


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
                raise ValidationError("site", f"site {self.site} is not in {self.municipality}",
                                      rule="site_not_in_municipality", site=self.site, municipality=self.municipality)
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

    def __init__(self, ws: Workspace, filters: Filters, shared: SiteCache | None = None) -> None:
        self.ws = ws
        self.filters = filters
        self.ref = ws.reference()
        self.sites = filters.site_ids(self.ref)
        self.period = filters.period or self._data_period()
        # Only a site filter makes sharing worth it: without one the query is the shared one.
        self.shared = shared if self.sites is not None else None
        self._memo: dict[str, Any] = {}
        self._offsets: tuple[list[tuple[str, str]], str] | None = None

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

    def memo(self, key: str, compute: Callable[[], Any]) -> Any:
        """``compute()`` once per Query (a report asks for some tables twice)."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]

    def where(self, table: str, alias: str, *, timed: bool = True,
              all_sites: bool = False) -> tuple[str, list[Any]]:
        """``alias.deleted = 0 AND ...`` for the filters (time bounds unless ``timed`` is False;
        no site clause when ``all_sites``)."""
        clauses = [f"{alias}.deleted = 0"]
        params: list[Any] = []
        if timed:
            col = TIME_COLUMNS[table]
            clauses.append(f"{alias}.{col} >= ? AND {alias}.{col} < ?")
            params += [db_time(self.period.start), db_time(self.period.end)]
        if self.sites is not None and not all_sites:
            if not self.sites:
                clauses.append("0")
            else:
                clauses.append(f"{alias}.site_id IN ({','.join('?' * len(self.sites))})")
                params += self.sites
        if self.filters.device:
            clauses.append(f"{alias}.device_id = ?")
            params.append(self.filters.device)
        return " AND ".join(clauses), params

    def local(self, expr: str, fmt: str = "%Y-%m-%d %H:%M:%S") -> tuple[str, list[Any]]:
        """SQL for ``strftime(fmt)`` of the stored UTC time ``expr`` in Helsinki time.

        The offset for each row comes from a CASE over the UTC instants where the offset
        changes (DST) near the period. Fractions of a second are cut off first, so a time
        just before midnight is never rounded into the next day."""
        if self._offsets is None:
            self._offsets = utc_offsets(self.period.first - timedelta(days=7), self.period.last + timedelta(days=7))
        changes, last = self._offsets
        if not changes:
            return f"strftime(?, substr({expr}, 1, 19), ?)", [fmt, last]
        whens = " ".join(f"WHEN {expr} < ? THEN ?" for _ in changes)
        params: list[Any] = [fmt]
        for at, modifier in changes:
            params += [at, modifier]
        return f"strftime(?, substr({expr}, 1, 19), CASE {whens} ELSE ? END)", params + [last]

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
        """``SELECT weeks.label, <select> ... GROUP BY weeks.label[, extra_group]``.

        The period's weeks are joined as a VALUES table: SQLite reads each week's rows through
        a time index, once for all weeks."""
        cte, p1 = self.weeks_cte()
        col = TIME_COLUMNS[table]
        return self._aggregate(
            table, f"w.label, {select}", f"FROM weeks w JOIN {table} {alias} "
            f"ON {alias}.{col} >= w.ws AND {alias}.{col} < w.we",
            "w.label" + (f", {extra_group}" if extra_group else ""), extra_where, alias,
            prefix=f"WITH {cte} ", params=p1, timed=False)

    def grouped(self, table: str, select: str, group: str = "", extra_where: str = "",
                alias: str = "x", joins: str = "", select_params: list[Any] | None = None) -> list[tuple[Any, ...]]:
        """``SELECT <select> FROM table alias <joins> WHERE filters [GROUP BY group]``."""
        whole = " NOT INDEXED" if self._reads_most_of(table) else ""
        return self._aggregate(table, select, f"FROM {table} {alias}{whole}{' ' + joins if joins else ''}", group,
                               extra_where, alias, params=select_params or [])

    def _reads_most_of(self, table: str) -> bool:
        """Whether this query, over every site, reads most of ``table``: then one pass over the
        table is faster than a walk down its time index that looks up each row (SQLite cannot
        tell without statistics, and would take the index)."""
        if self.sites is not None and self.shared is None:
            return False  # a site filter: the (site, time) index is the way in
        col = TIME_COLUMNS[table]
        # Two subqueries, so that each is one step down the time index.
        sql = f"SELECT (SELECT MIN({col}) FROM {table}), (SELECT MAX({col}) FROM {table})"
        if self.shared is not None:
            if (sql, ()) not in self.shared.results:
                self.shared.results[(sql, ())] = self.rows(sql, [])
            low, high = self.shared.results[(sql, ())][0]
        else:
            low, high = self.memo(sql, lambda: self.rows(sql, [])[0])
        if not low or not high or low >= high:
            return False
        first, last = from_db_time(low), from_db_time(high)
        covered = min(last, self.period.end) - max(first, self.period.start)
        return covered > (last - first) / 2

    def _aggregate(self, table: str, select: str, source: str, group: str, extra_where: str, alias: str, *,
                   prefix: str = "", params: list[Any], timed: bool = True) -> list[tuple[Any, ...]]:
        """``<prefix>SELECT <select> <source> WHERE filters [AND extra] [GROUP BY group]``; ``params``
        are those of the prefix and the select, before the filters'.

        With a ``SiteCache``, ``select`` must list the ``group`` columns first, then counts or
        sums only: the query runs once over every site (grouped by site too) and the rows of
        this query's sites are added up here."""
        extra = f" AND {extra_where}" if extra_where else ""
        if self.shared is None:
            where, p2 = self.where(table, alias, timed=timed)
            return self.rows(f"{prefix}SELECT {select} {source} WHERE {where}{extra}"
                             f"{' GROUP BY ' + group if group else ''}", params + p2)
        where, p2 = self.where(table, alias, timed=timed, all_sites=True)
        sql = (f"{prefix}SELECT {alias}.site_id, {select} {source} WHERE {where}{extra} "
               f"GROUP BY {alias}.site_id{', ' + group if group else ''}")
        key = (sql, tuple(params + p2))
        every = self.shared.results.get(key)
        if every is None:
            every = self.shared.results[key] = self.rows(sql, list(key[1]))
        mine = set(self.sites or ())
        keys = len(split_columns(group))
        return add_up([r[1:] for r in every if r[0] in mine], keys, len(split_columns(select)) - keys)

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


def utc_offsets(first: date, last: date) -> tuple[list[tuple[str, str]], str]:
    """Helsinki's UTC offset from ``first`` to ``last`` as SQLite modifiers: the changes as
    ``(UTC instant in store format, modifier in force before it)``, and the modifier after the
    last change (the first's and last day's offsets hold before and after the range)."""
    def offset(at: datetime) -> str:
        minutes = int(at.astimezone(HELSINKI).utcoffset().total_seconds() // 60)  # type: ignore[union-attr]
        return f"{minutes:+d} minutes"

    changes: list[tuple[str, str]] = []
    day = datetime.combine(first, datetime.min.time(), tzinfo=timezone.utc)
    current = offset(day)
    while day.date() <= last:
        nxt = day + timedelta(days=1)
        if offset(nxt) != current:
            for hour in range(1, 25):  # Helsinki changes its offset on the hour (UTC)
                at = day + timedelta(hours=hour)
                if offset(at) != current:
                    changes.append((db_time(at), current))
                    current = offset(at)
                    break
        day = nxt
    return changes, current
