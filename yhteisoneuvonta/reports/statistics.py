"""The statistics: one method per table, every figure computed in SQL.

Use::

    stats = Statistics(ws, Filters(period=parse_period("2026-11"), municipality="tampere"))
    table = stats.topics()          # a Table of raw counts; chart it or suppress it

Visitors are anonymous, so visitors are counted as encounters (a returning visitor counts
again); group attendance is its own figure and is never added to them.
List columns (topics, help kinds, referrals, barriers) are JSON arrays read with json_each:
an encounter with two topics counts once under each, so those columns do not add up to
the number of encounters.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Any, Literal

from ..core.workspace import Workspace
from .cellkey import ensure_keys
from .disclosure import attendance, counted
from .i18n import t
from .query import Filters, Query, SiteCache, sql_order
from .tables import Column, Table, add_total_row

Dimension = Literal["site", "municipality", "site_kind"]


def _share(part: int, whole: int) -> float | None:
    return round(100.0 * part / whole, 1) if whole else None


class Statistics(Query):
    def __init__(self, ws: Workspace, filters: Filters | None = None, lang: str = "fi",
                 shared: SiteCache | None = None) -> None:
        super().__init__(ws, filters or Filters(), shared)
        self.lang = lang
        ensure_keys(ws)  # every count carries its cell key (reports/disclosure.py)

    def _c(self, key: str, kind: str = "count", label: str | None = None, **kw: Any) -> Column:
        return Column(key, label or t(key, self.lang), kind, **kw)  # type: ignore[arg-type]

    def label(self, taxonomy: str, term: str) -> str:
        return self.ref.label(taxonomy, term, self.lang)

    # -- per week ---------------------------------------------------------------------------
    def _weekly_counts(self) -> dict[tuple[str, str], dict[str, Any]]:
        # Several tables are views of these counts: compute them once per Statistics.
        return self.memo("weekly_counts", self._compute_weekly_counts)

    def _compute_weekly_counts(self) -> dict[tuple[str, str], dict[str, Any]]:
        cells: dict[tuple[str, str], dict[str, Any]] = defaultdict(lambda: defaultdict(int))
        for week, site, n, k in self.by_week("encounters", "x.site_id, COUNT(*), SUM(x.cell_key)", "x.site_id"):
            cells[(week, site)]["encounters"] = counted(n, k)
        self._add_weekly_activity(cells)
        return cells

    def _add_weekly_activity(self, cells: dict[tuple[str, str], dict[str, Any]]) -> None:
        """Group sessions, forms and desk sessions per (week, site) into ``cells``."""
        for week, site, n, heads, k in self.by_week(
                "group_sessions", "x.site_id, COUNT(*), COALESCE(SUM(x.headcount_total), 0), SUM(x.cell_key)",
                "x.site_id"):
            cells[(week, site)]["group_sessions"] = counted(n, k)
            cells[(week, site)]["group_attendance"] = attendance(heads, k)
        for week, site, n, k in self.by_week("form_helps", "x.site_id, COUNT(*), SUM(x.cell_key)", "x.site_id"):
            cells[(week, site)]["forms"] = counted(n, k)
        for week, site, n, hours in self.by_week(
                "desk_sessions", "x.site_id, COUNT(*), "
                "COALESCE(SUM((julianday(x.ends_at) - julianday(x.starts_at)) * 24), 0)", "x.site_id"):
            cells[(week, site)]["desk_sessions"] = n
            cells[(week, site)]["desk_hours"] = round(hours, 2)  # per week, as the weekly tables show it

    def _encounters_by_site(self) -> list[tuple[Any, ...]]:
        """``(site, involvement, encounters)``: one scan of the encounters gives their count, the
        involvement table and the encounters per site."""
        return self.memo("encounters_by_site", lambda: [(site, inv, counted(n, k)) for site, inv, n, k in self.grouped(
            "encounters", "x.site_id, x.involvement, COUNT(*), SUM(x.cell_key)", "x.site_id, x.involvement")])

    def _site_totals(self) -> dict[str, dict[str, Any]]:
        """The weekly figures per site, added up over the period's weeks (which cover it)."""
        acc: dict[str, dict[str, Any]] = defaultdict(lambda: defaultdict(int))
        if "weekly_counts" in self._memo:
            cells = self._weekly_counts()
        else:  # no weekly table asked for: the encounters need no week
            for site, _involvement, n in self._encounters_by_site():
                acc[site]["encounters"] += n
            cells = defaultdict(lambda: defaultdict(int))
            self._add_weekly_activity(cells)
        for (_week, site), v in cells.items():
            for figure, value in v.items():
                acc[site][figure] += value
        return acc

    _WEEKLY_FIGURES = ("encounters", "group_sessions", "group_attendance", "forms")

    def weekly_sites(self) -> Table:
        """One row per week and site with any activity (the weekly CSV)."""
        cols = [self._c("week", "text"), self._c("site_id", "text"), self._c("site_name", "text", t("site", self.lang)),
                self._c("municipality", "text"), self._c("site_kind", "text")]
        cols += [self._c(k) for k in self._WEEKLY_FIGURES]
        cols += [self._c("desk_sessions", "int"), self._c("desk_hours", "number")]
        order = {w.label: i for i, w in enumerate(self.weeks())}
        rows = []
        for (week, site), v in sorted(self._weekly_counts().items(), key=lambda kv: (order[kv[0][0]], kv[0][1])):
            rows.append([week, site, self.site_name(site), self.municipality_name(self.site_municipality(site)),
                         t(self.site_kind(site), self.lang) if self.site_kind(site) else "",
                         *(v.get(k, 0) for k in self._WEEKLY_FIGURES),
                         v.get("desk_sessions", 0), v.get("desk_hours", 0.0)])
        return Table("weekly_sites", t("t_weekly_sites", self.lang), cols, rows, groups=("week", "site_id"))

    def weekly_totals(self) -> Table:
        """One row per week of the period (zeros included, so a chart has no gaps)."""
        sums: dict[str, dict[str, Any]] = defaultdict(lambda: defaultdict(int))
        for (week, _site), v in self._weekly_counts().items():
            for key, value in v.items():
                sums[week][key] += value
        cols = [self._c("week", "text")] + [self._c(k) for k in self._WEEKLY_FIGURES]
        cols += [self._c("desk_sessions", "int"), self._c("desk_hours", "number")]
        rows = [[w.label, *(sums[w.label].get(k, 0) for k in self._WEEKLY_FIGURES),
                 sums[w.label].get("desk_sessions", 0), round(sums[w.label].get("desk_hours", 0.0), 2)]
                for w in self.weeks()]
        table = Table("weekly_totals", t("t_weekly_totals", self.lang), cols, rows)
        return add_total_row(table, t("total", self.lang))

    def _dimension_of(self, dimension: Dimension, site: str) -> str:
        if dimension == "site":
            return self.site_name(site)
        if dimension == "municipality":
            return self.municipality_name(self.site_municipality(site))
        kind = self.site_kind(site)
        return t(kind, self.lang) if kind else "?"

    def _dimension_key(self, dimension: Dimension, site: str) -> str:
        if dimension == "site":
            return site
        if dimension == "municipality":
            return self.site_municipality(site) or "?"
        return self.site_kind(site) or "?"

    def encounters_by_week(self, dimension: Dimension = "site") -> Table:
        """Week x site / municipality / site kind cross table of encounters, for charts."""
        grid: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        labels: dict[str, str] = {}
        for week, site, n, k in self.by_week("encounters", "x.site_id, COUNT(*), SUM(x.cell_key)", "x.site_id"):
            key = self._dimension_key(dimension, site)
            labels[key] = self._dimension_of(dimension, site)
            grid[week][key] += counted(n, k)
        keys = sorted(labels, key=lambda k: labels[k])
        cols = [self._c("week", "text")] + [Column(k, labels[k], "count") for k in keys]
        cols.append(self._c("total"))
        rows = []
        for w in self.weeks():
            values = [grid[w.label].get(k, 0) for k in keys]
            rows.append([w.label, *values, sum(values)])
        table = Table(f"by_week_{dimension}", t(f"t_by_week_{dimension}", self.lang), cols, rows,
                      row_total="total", row_additive=True)
        return add_total_row(table, t("total", self.lang))

    def by_dimension(self, dimension: Dimension = "site") -> Table:
        """Encounters, group attendance, forms and desk hours per site / municipality / kind."""
        acc: dict[str, dict[str, Any]] = defaultdict(lambda: defaultdict(int))
        names: dict[str, str] = {}
        for site, v in self._site_totals().items():
            key = self._dimension_key(dimension, site)
            names[key] = self._dimension_of(dimension, site)
            for figure, value in v.items():
                acc[key][figure] += value
        figures = ("encounters", "group_attendance", "forms")
        cols = [self._c("id", "text", "id"), self._c(dimension, "text")] + [self._c(k) for k in figures]
        cols += [self._c("desk_sessions", "int"), self._c("desk_hours", "number")]
        rows = []
        for key in sorted(acc, key=lambda k: names[k]):
            v = acc[key]
            rows.append([key, names[key], *(v.get(k, 0) for k in figures), v.get("desk_sessions", 0),
                         round(v.get("desk_hours", 0.0), 2)])
        table = Table(f"by_{dimension}", t(f"t_by_{dimension}", self.lang), cols, rows)
        return add_total_row(table, t("total", self.lang))

    # -- what was done ----------------------------------------------------------------------
    def encounter_count(self) -> int:
        return sum(n for _site, _involvement, n in self._encounters_by_site())

    def _keyed(self, table: str, select: str, group: str, **kw: Any) -> dict[Any, Any]:
        """``{group value: Counted}`` from ``SELECT group, COUNT(*), SUM(x.cell_key)``."""
        return {g: counted(n, k) for g, n, k in self.grouped(table, f"{select}, COUNT(*), SUM(x.cell_key)",
                                                              group, **kw)}

    def _list_counts(self, column: str, taxonomy: str, key: str, title: str) -> Table:
        counts = self._keyed("encounters", "j.value", "j.value", joins=f", json_each(x.{column}) j")
        total = self.encounter_count()
        order = [term.id for term in self.ref.terms(taxonomy)]
        ids = [i for i in order if counts.get(i)] + sorted(i for i in counts if i not in order)
        ids.sort(key=lambda i: -counts[i])
        cols = [self._c("id", "text", "id"), self._c(key, "text"), self._c("count"),
                self._c("share", "percent", depends_on="count", derive="share")]
        rows = [[i, self.label(taxonomy, i), counts[i], _share(counts[i], total)] for i in ids]
        return Table(column, t(title, self.lang), cols, rows, share_base=total)

    def topics(self) -> Table:
        return self._list_counts("topics", "topics", "topic", "t_topics")

    def help_kinds(self) -> Table:
        return self._list_counts("help_kinds", "help_kinds", "help_kind", "t_help_kinds")

    def referrals(self) -> Table:
        return self._list_counts("referrals", "referral_targets", "referral", "t_referrals")

    def forms(self) -> Table:
        """Form x status: how far each form got."""
        grid: dict[str, dict[str, int]] = defaultdict(dict)
        for form, status, n, k in self.grouped("form_helps", "x.form_id, x.status, COUNT(*), SUM(x.cell_key)",
                                               "x.form_id, x.status"):
            grid[form][status] = counted(n, k)
        statuses = [s.id for s in self.ref.terms("form_statuses")]
        statuses += sorted({s for row in grid.values() for s in row} - set(statuses))
        cols = [self._c("id", "text", "id"), self._c("form", "text")]
        cols += [Column(s, self.label("form_statuses", s), "count") for s in statuses]
        cols.append(self._c("total"))
        rows = []
        for form in sorted(grid, key=lambda f: -sum(grid[f].values())):
            values = [grid[form].get(s, 0) for s in statuses]
            rows.append([form, self.label("forms", form), *values, sum(values)])
        table = Table("forms", t("t_forms", self.lang), cols, rows, row_total="total", row_additive=True)
        return add_total_row(table, t("total", self.lang))

    def barriers(self) -> Table:
        """Service barriers seen in encounters, ticked on the barriers form, and in observations."""
        enc = self._keyed("encounters", "j.value", "j.value", joins=", json_each(x.barriers) j")
        form = self._keyed("instrument_answers", "j.key", "j.key", joins=", json_each(x.answers) j",
                           extra_where="x.instrument_id = 'service_barriers' AND j.type = 'integer' AND j.value = 1")
        obs = dict(self.grouped("observations", "j.value, COUNT(*)", "j.value", joins=", json_each(x.barriers) j"))
        order = [b.id for b in self.ref.terms("barrier_categories")]
        ids = [i for i in order if enc.get(i) or form.get(i) or obs.get(i)]
        ids += sorted((set(enc) | set(form) | set(obs)) - set(order))
        cols = [self._c("id", "text", "id"), self._c("barrier", "text"), self._c("from_encounters"),
                self._c("from_form"), self._c("observations", "int")]
        rows = [[i, self.label("barrier_categories", i), enc.get(i, 0), form.get(i, 0), obs.get(i, 0)] for i in ids]
        return Table("barriers", t("t_barriers", self.lang), cols, rows)

    def involvement(self) -> Table:
        """Share of encounters where a professional was consulted or worked as a pair."""
        counts: dict[str, int] = defaultdict(int)
        for _site, involvement, n in sorted(self._encounters_by_site(), key=lambda r: sql_order(r[1])):
            counts[involvement] += n
        total = sum(counts.values())
        cols = [self._c("id", "text", "id"), self._c("involvement", "text"), self._c("count"),
                self._c("share", "percent", depends_on="count", derive="share")]
        rows = [[k, t(f"inv_{k}", self.lang), counts.get(k, 0), _share(counts.get(k, 0), total)]
                for k in ("none", "consulted", "pair_work")]
        rows += [[k, k, n, _share(n, total)] for k, n in counts.items() if k not in ("none", "consulted", "pair_work")]
        table = add_total_row(Table("involvement", t("t_involvement", self.lang), cols, rows), t("total", self.lang))
        if total:
            table.rows[-1][-1] = 100.0
        return table

    def pei(self, instrument_id: str = "pei") -> Table:
        """Per item: answers per scale option, how many answered, and the mean of numeric answers."""
        inst = self.ref.instrument(instrument_id)
        raw = self.grouped("instrument_answers", "j.key, j.type, j.value, COUNT(*), SUM(x.cell_key)",
                           "j.key, j.type, j.value",
                           joins=", json_each(x.answers) j", extra_where=f"x.instrument_id = '{inst.id}'")
        by_item: dict[str, dict[Any, int]] = defaultdict(lambda: defaultdict(int))
        for item, typ, value, n, k in raw:
            key = None if typ == "null" else (int(value) if typ in ("integer", "real") else "special")
            by_item[item][key] += counted(n, k)
        options = inst.items[0].scale if inst.items else ()
        cols = [self._c("id", "text", "id"), self._c("item", "text")]
        cols += [Column(f"opt_{o.id}", o.label(self.lang), "count",
                        value=float(o.value) if isinstance(o.value, (int, float)) else None) for o in options]
        cols += [self._c("answers_n"), self._c("mean", "number", depends_on="answers_n", decimals=2,
                                               derive="scale_mean")]
        rows = []
        for item in inst.items:
            counts = by_item.get(item.id, {})
            per_option = [counts.get(o.value, 0) for o in item.scale]
            numeric = {k: v for k, v in counts.items() if isinstance(k, int)}
            n_num = sum(numeric.values())
            mean = round(sum(k * v for k, v in numeric.items()) / n_num, 2) if n_num else None
            rows.append([item.id, item.label(self.lang), *per_option, sum(per_option), mean])
        return Table(instrument_id, t("t_pei", self.lang), cols, rows, row_total="answers_n", row_additive=True)

    def instrument_forms(self) -> dict[str, int]:
        """How many PEI and service-barriers forms were answered."""
        return self._keyed("instrument_answers", "x.instrument_id", "x.instrument_id")

    def groups(self) -> Table:
        rows_raw = {k: (counted(n, key), attendance(h, key)) for k, n, h, key in self.grouped(
            "group_sessions", "x.kind, COUNT(*), COALESCE(SUM(x.headcount_total), 0), SUM(x.cell_key)", "x.kind")}
        order = [k.id for k in self.ref.terms("group_kinds")]
        kinds = [k for k in order if k in rows_raw] + sorted(set(rows_raw) - set(order))
        cols = [self._c("id", "text", "id"), self._c("kind", "text"), self._c("sessions"), self._c("attendance"),
                self._c("mean_attendance", "number", depends_on="attendance", derive="per:sessions")]
        rows = [[k, self.label("group_kinds", k), rows_raw[k][0], rows_raw[k][1],
                 round(rows_raw[k][1] / rows_raw[k][0], 1)] for k in kinds]
        table = add_total_row(Table("groups", t("t_groups", self.lang), cols, rows), t("total", self.lang))
        if rows:
            n, h = table.rows[-1][2], table.rows[-1][3]
            table.rows[-1][4] = round(h / n, 1) if n else None
        return table

    def desk_hours(self) -> Table:
        """Desk sessions held and their hours per site, with the encounters they had."""
        sess = {s: (n, h) for s, n, h in self.grouped(
            "desk_sessions", "x.site_id, COUNT(*), "
            "COALESCE(SUM((julianday(x.ends_at) - julianday(x.starts_at)) * 24), 0)", "x.site_id")}
        enc: dict[str, int] = defaultdict(int)
        for site, _involvement, n in self._encounters_by_site():
            enc[site] += n
        sites = sorted(set(sess) | set(enc), key=self.site_name)
        cols = [self._c("site_id", "text"), self._c("site", "text"), self._c("desk_sessions", "int"),
                self._c("desk_hours", "number"), self._c("encounters")]
        rows = [[s, self.site_name(s), sess.get(s, (0, 0))[0], round(sess.get(s, (0, 0.0))[1], 2), enc.get(s, 0)]
                for s in sites]
        return add_total_row(Table("desk_hours", t("t_desk_hours", self.lang), cols, rows), t("total", self.lang))

    def all_tables(self) -> list[Table]:
        """Every statistics table, in the order the statistics view and the weekly report use."""
        return [self.weekly_totals(), self.by_dimension("municipality"), self.by_dimension("site"),
                self.by_dimension("site_kind"), self.topics(), self.help_kinds(), self.forms(),
                self.referrals(), self.barriers(), self.involvement(), self.pei(), self.groups(),
                self.desk_hours()]
