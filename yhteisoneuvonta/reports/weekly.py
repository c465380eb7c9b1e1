"""Weekly statistics for the region (or a municipality / site): the coordinator's numbers.

The CSV is the ``weekly_sites`` table: one row per week and site with
``week,site_id,site_name,municipality,site_kind,encounters,group_sessions,
group_attendance,forms,desk_sessions,desk_hours``.
"""
from __future__ import annotations

from ..core.workspace import Workspace
from .disclosure import protect
from .document import Document, Heading, PageBreak, Para
from .i18n import t
from .query import Filters
from .statistics import Statistics


def scope_text(st: Statistics) -> str:
    f = st.filters
    parts = []
    if f.site:
        parts.append(st.site_name(f.site))
    elif f.municipality:
        parts.append(st.municipality_name(f.municipality))
    else:
        parts.append(t("scope_region", st.lang))
    if f.site_kind:
        parts.append(t(f.site_kind, st.lang))
    if f.device:
        parts.append(t("scope_device", st.lang, device=f.device[:8]))
    return ", ".join(parts)


def build_weekly(ws: Workspace, filters: Filters, *, lang: str = "fi", internal: bool = False) -> Document:
    st = Statistics(ws, filters, lang)
    doc = Document("weekly", f"{t('r_weekly', lang)}: {scope_text(st)}", st.period.describe(), lang, internal)
    doc.period, doc.scope = st.period, scope_text(st)
    doc.add(Heading(doc.title), Para(t("weekly_intro", lang), small=True))
    main = [st.weekly_totals(), st.by_dimension("municipality"), st.by_dimension("site_kind"), st.by_dimension("site"),
            st.topics(), st.help_kinds(), st.forms(), st.referrals(), st.barriers(), st.involvement(), st.pei(),
            st.groups(), st.desk_hours()]
    sites = st.weekly_sites()
    prepared = protect([sites] + main, internal=internal, lang=lang)
    for table in prepared[1:]:
        doc.add_table(table)
    doc.add(PageBreak())
    doc.add_table(prepared[0], hide=("site_id", "municipality", "desk_sessions"))
    return doc
