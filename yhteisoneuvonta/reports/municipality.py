"""The per-municipality page ("kuntakohtainen dia"), exactly the items of seed 000:

1. area and place, 2. organisation(s), 3. frequency (from the desk sessions held),
4. measures (visitor statistics / encounters, PEI, service-barriers form),
5. consultation and pair-work practice or its absence, 6. follow-up and evaluation with
the agreed schedule, 7. the person responsible in the HOPPU project.
Items 6 and 7 are coordinator-edited (services.municipalities). Every count on the page
comes from a suppressed table, so the text never shows what a table hides.
"""
from __future__ import annotations

from collections import Counter
from typing import Any

from ..core.workspace import Workspace
from . import frequency
from .disclosure import protect, publish
from .document import Document, Facts, Heading, PageBreak, Para
from .i18n import t
from .municipality_facts import get_info
from .query import Filters, SiteCache
from .statistics import Statistics
from .tables import Table


def _count(value: Any, internal: bool) -> str:
    """A single count in the text: protected like every table cell (the same records give the
    same published value wherever they are counted)."""
    return str(int(value or 0) if internal else publish(value))


def _total(table: Table, key: str) -> Any:
    return table.rows[-1][table.index(key)] if table.total_row and table.rows else 0


def _row(table: Table, row_id: str, key: str) -> Any:
    for row in table.rows:
        if row[0] == row_id:
            return row[table.index(key)]
    return 0


def _pct(value: Any, lang: str) -> str:
    if not isinstance(value, (int, float)):
        return "–"
    text = f"{value:.1f}"
    return (text.replace(".", ",") if lang != "en" else text) + " %"


def _page(ws: Workspace, filters: Filters, lang: str, internal: bool, doc: Document,
          shared: SiteCache | None = None) -> None:
    st = Statistics(ws, filters, lang, shared)
    muni = st.ref.municipality(filters.municipality or "")
    info = get_info(ws, muni.id)
    by_site, involvement, pei, barriers, topics, freq_t = protect(
        [st.by_dimension("site"), st.involvement(), st.pei(), st.barriers(), st.topics(), frequency.table(st, lang)],
        internal=internal, lang=lang)
    groups = protect([st.groups()], internal=internal, lang=lang)[0]

    active = [s for s in st.ref.sites_in(muni.id, active_only=False)
              if s.active or s.id in {r[0] for r in by_site.body()}]
    area = "\n".join(
        f"{s.name} – {t(s.kind, lang)}" + ("" if s.active else f" ({t('m_inactive', lang)})")
        + (f". {s.extra['note']}" if s.extra.get("note") else "") for s in active) or t("m_no_sites", lang)
    orgs = sorted({o for s in active for o in s.organisations})
    partners = Counter(dict(st.grouped("desk_sessions", "j.value, COUNT(*)", "j.value",
                                       joins=", json_each(x.partners) j")))
    orgs_text = ", ".join(orgs) or "–"
    if partners:
        orgs_text += "\n" + t("m_partners", lang, p=", ".join(f"{p} ({n})" for p, n in partners.most_common()))

    forms = st.instrument_forms()
    bar_total = sum(r[2] for r in st.barriers().rows)
    measures = t("m_measures_text", lang, enc=_total(by_site, "encounters"), att=_total(by_site, "group_attendance"),
                 groups=_total(groups, "sessions"), forms=_total(by_site, "forms"),
                 pei=_count(forms.get("pei", 0), internal), sb=_count(forms.get("service_barriers", 0), internal),
                 bar=_count(bar_total, internal))

    consulted, paired = _row(involvement, "consulted", "count"), _row(involvement, "pair_work", "count")
    if consulted == 0 and paired == 0:
        consult = t("m_consult_no", lang)
    else:
        consult = t("m_consult_yes", lang, c=consulted, cp=_pct(_row(involvement, "consulted", "share"), lang),
                    p=paired, pp=_pct(_row(involvement, "pair_work", "share"), lang))
    pros = st.grouped("desk_sessions", "COUNT(*)", extra_where="json_array_length(x.professionals) > 0")[0][0]
    if pros:
        roles = st.grouped("desk_sessions", "j.value, COUNT(*)", "j.value", joins=", json_each(x.professionals) j")
        consult += " " + t("m_professionals", lang, n=pros,
                           roles=", ".join(st.label("professional_roles", r[0]) for r in roles))

    doc.add(Heading(muni.name), Facts([
        (t("m_area", lang), area),
        (t("m_orgs", lang), orgs_text),
        (t("m_freq", lang), frequency.summary(st, lang)),
        (t("m_measures", lang), measures),
        (t("m_consult", lang), consult),
        (t("m_follow", lang), info["follow_up"] or t("m_unset", lang)),
        (t("m_schedule", lang), info["schedule"] or t("m_unset", lang)),
        (t("m_responsible", lang), info["responsible"] or t("m_unset", lang)),
    ]))
    for table in (by_site, freq_t, involvement, pei, barriers, topics):
        doc.add_table(table, section=muni.id)


def build_municipality(ws: Workspace, filters: Filters, *, lang: str = "fi", internal: bool = False) -> Document:
    """One page per municipality: the one in ``filters`` or every municipality."""
    ref = ws.reference()
    ids = [filters.municipality] if filters.municipality else [m.id for m in ref.municipalities]
    if filters.municipality:
        ref.municipality(filters.municipality)
    probe = Statistics(ws, Filters(period=filters.period, device=filters.device), lang)
    doc = Document("municipality", t("r_municipality", lang), probe.period.describe(), lang, internal)
    doc.period, doc.scope = probe.period, filters.municipality or 'all'
    # Every municipality: each query runs once over all sites, and each page takes its own.
    shared = SiteCache() if len(ids) > 1 else None
    for i, muni in enumerate(ids):
        if i:
            doc.add(PageBreak())
        _page(ws, Filters(period=probe.period, municipality=muni, device=filters.device), lang, internal, doc, shared)
    if not ids:
        doc.add(Para(t("none", lang)))
    return doc
