"""The social report (sosiaalinen raportointi) for decision makers.

Structural observations, the service barriers behind them, and the proposals raised in
house meetings and community councils with what was decided, grouped by theme, site and
period. Observation and proposal texts passed the PII guard when they were saved; the
counts of visitors' barriers are suppressed like every outgoing count.
"""
from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from typing import Any

from ..core.timefmt import day_text
from ..core.workspace import Workspace
from .disclosure import protect
from .document import Document, Heading, Para
from .i18n import t
from .periods import HELSINKI
from .query import Filters, from_db_time
from .statistics import Statistics
from .tables import Column, Table, add_total_row
from .weekly import scope_text


def _local(text: str) -> datetime:
    return from_db_time(text).astimezone(HELSINKI)


def _fmt_day(d: datetime) -> str:
    return day_text(d)


def observation_tables(st: Statistics) -> list[Table]:
    lang = st.lang
    where, params = st.where("observations", "x")
    rows = st.rows(f"SELECT x.theme, x.site_id, x.observed_at, x.times_seen, x.text FROM observations x "
                   f"WHERE {where} ORDER BY x.observed_at", params)
    theme_label = lambda th: st.label("observation_themes", th)  # noqa: E731
    by_theme: dict[str, list[Any]] = defaultdict(lambda: [0, 0, set()])
    by_theme_site: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    by_theme_month: dict[tuple[str, str], int] = defaultdict(int)
    texts: dict[tuple[str, str], dict[str, Any]] = {}
    for theme, site, at, seen, text in rows:
        local = _local(at)
        by_theme[theme][0] += 1
        by_theme[theme][1] += seen
        by_theme[theme][2].add(site)
        by_theme_site[(theme, site)][0] += 1
        by_theme_site[(theme, site)][1] += seen
        by_theme_month[(theme, f"{local.year}-{local.month:02d}")] += 1
        entry = texts.setdefault((theme, text.strip()), {"sites": set(), "first": local, "last": local, "seen": 0})
        entry["sites"].add(st.site_name(site))
        entry["last"] = local
        entry["seen"] += seen
    order = [th.id for th in st.ref.terms("observation_themes")]
    themes = sorted(by_theme, key=lambda th: (order.index(th) if th in order else 99, th))

    t1 = Table("observations_by_theme", t("s_by_theme", lang),
               [Column("id", "id"), Column("theme", t("theme", lang)), Column("observations", t("observations", lang), "int"),
                Column("times_seen", t("times_seen", lang), "int"), Column("sites", t("sites_n", lang), "int")],
               [[th, theme_label(th), by_theme[th][0], by_theme[th][1], len(by_theme[th][2])] for th in themes])
    add_total_row(t1, t("total", lang))
    if themes:  # a period with no observations has no total row
        t1.rows[-1][4] = len({s for v in by_theme.values() for s in v[2]})
    t2 = Table("observations_by_theme_site", t("s_by_theme_site", lang),
               [Column("id", "id"), Column("theme", t("theme", lang)), Column("site_id", t("site_id", lang)),
                Column("site", t("site", lang)), Column("observations", t("observations", lang), "int"),
                Column("times_seen", t("times_seen", lang), "int")],
               [[th, theme_label(th), s, st.site_name(s), *v] for (th, s), v in
                sorted(by_theme_site.items(), key=lambda kv: (themes.index(kv[0][0]), st.site_name(kv[0][1])))])
    months = sorted({m for _, m in by_theme_month})
    t3 = Table("observations_by_theme_month", t("s_by_theme_month", lang),
               [Column("id", "id"), Column("theme", t("theme", lang))]
               + [Column(m, m, "int") for m in months] + [Column("total", t("total", lang), "int")],
               [[th, theme_label(th), *(by_theme_month.get((th, m), 0) for m in months), by_theme[th][0]]
                for th in themes])
    t4 = Table("observation_texts", t("s_texts", lang),
               [Column("id", "id"), Column("theme", t("theme", lang)), Column("text", t("text", lang)),
                Column("sites", t("site", lang)), Column("when", t("when", lang)),
                Column("times_seen", t("times_seen", lang), "int")],
               [[th, theme_label(th), text, ", ".join(sorted(e["sites"])),
                 _fmt_day(e["first"]) + ("" if e["first"].date() == e["last"].date() else f"–{_fmt_day(e['last'])}"),
                 e["seen"]]
                for (th, text), e in sorted(texts.items(), key=lambda kv: (themes.index(kv[0][0]), kv[0][1]))])
    return [t1, t2, t3, t4]


def proposals_table(st: Statistics) -> Table:
    lang = st.lang
    where, params = st.where("group_sessions", "x")
    rows = st.rows(f"SELECT x.site_id, x.starts_at, x.kind, x.title, x.proposals FROM group_sessions x "
                   f"WHERE {where} AND x.kind IN ('house_meeting', 'community_council') "
                   f"AND json_array_length(x.proposals) > 0 ORDER BY x.site_id, x.starts_at", params)
    import json

    out = []
    for site, at, kind, title, proposals in rows:
        for p in json.loads(proposals):
            out.append([site, st.site_name(site), _fmt_day(_local(at)), st.label("group_kinds", kind), title,
                        p.get("text", ""), p.get("decision") or t("no_decision", lang)])
    out.sort(key=lambda r: (r[1], r[2]))
    cols = [Column("site_id", t("site_id", lang)), Column("site", t("site", lang)), Column("date", t("date", lang)),
            Column("kind", t("kind", lang)), Column("title", t("ss_title", lang)),
            Column("proposal", t("proposal", lang)), Column("decision", t("decision", lang))]
    return Table("proposals", t("s_proposals", lang), cols, out)


def build_social(ws: Workspace, filters: Filters, *, lang: str = "fi", internal: bool = False) -> Document:
    st = Statistics(ws, filters, lang)
    doc = Document("social", f"{t('r_social', lang)}: {scope_text(st)}", st.period.describe(), lang, internal)
    doc.period, doc.scope = st.period, scope_text(st)
    doc.add(Heading(doc.title), Para(t("s_intro", lang), small=True))
    obs = protect(observation_tables(st), internal=internal, lang=lang)
    barriers, proposals = protect([st.barriers(), proposals_table(st)], internal=internal, lang=lang)
    doc.add(Heading(t("s_obs", lang), 2))
    for table in obs:
        doc.add_table(table, hide=("id", "site_id", "title") if table.key != "observation_texts" else ("id",))
    doc.add(Heading(t("s_barriers", lang), 2))
    doc.add_table(barriers)
    doc.add(Heading(t("s_proposals", lang), 2))
    doc.add_table(proposals, hide=("site_id", "title"))
    return doc
