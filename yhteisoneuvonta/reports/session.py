"""Printed summaries of one desk session (end of a shift) and of one group session.

No visitor detail and no notes: only counts by topic, kind of help, form and referral,
and the shift's structural observations. The counts of one shift are small by nature, so
they are not suppressed; instead the summary is marked internal on every page.
"""
from __future__ import annotations

import json
from collections import Counter
from datetime import datetime, timedelta

from ..core.workspace import Workspace
from ..errors import NotFoundError
from ..store.models import DeskSession, GroupSession
from .document import Document, Facts, Heading, Para
from .i18n import WEEKDAYS, t
from .periods import HELSINKI
from .query import db_time
from .tables import Column, Table, add_total_row


def _local(dt: datetime) -> datetime:
    return dt.astimezone(HELSINKI)


def _span(start: datetime, end: datetime | None, lang: str) -> str:
    s = _local(start)
    day = f"{WEEKDAYS.get(lang, WEEKDAYS['fi'])[s.weekday()]} {s.day}.{s.month}.{s.year}"
    if end is None:
        return f"{day} {s:%H.%M}– ({t('ss_open', lang)})"
    e = _local(end)
    return f"{day} {s:%H.%M}–{e:%H.%M}"


def _counts_table(key: str, title: str, label: str, counts: Counter[str], namer, lang: str) -> Table:
    cols = [Column("id", "id"), Column(key, label), Column("count", t("count", lang), "count")]
    rows = [[k, namer(k), n] for k, n in counts.most_common()]
    return Table(key, title, cols, rows)


def build_desk_summary(ws: Workspace, session_id: str, *, lang: str = "fi") -> Document:
    ref = ws.reference()
    with ws.store.session() as s:
        sess = s.get(DeskSession, session_id)
        if sess is None or sess.deleted:
            raise NotFoundError(f"No desk session with id {session_id}.", id=session_id)
        site_id, start, end = sess.site_id, sess.starts_at, sess.ends_at
        advisers, partners, pros = list(sess.advisers), list(sess.partners), list(sess.professionals)
        conn = s.connection()
        enc = conn.exec_driver_sql(
            "SELECT id, minutes, topics, help_kinds, referrals, involvement FROM encounters "
            "WHERE session_id = ? AND deleted = 0", (session_id,)).fetchall()
        forms = conn.exec_driver_sql(
            "SELECT f.form_id, f.status FROM form_helps f JOIN encounters e ON e.id = f.encounter_id "
            "WHERE e.session_id = ? AND f.deleted = 0 AND e.deleted = 0", (session_id,)).fetchall()
        # Observations are not linked to a session: those of the site from the shift's day.
        day0 = _local(start).replace(hour=0, minute=0, second=0, microsecond=0)
        obs = conn.exec_driver_sql(
            "SELECT theme, text, times_seen FROM observations WHERE site_id = ? AND deleted = 0 "
            "AND observed_at >= ? AND observed_at < ? ORDER BY observed_at",
            (site_id, db_time(day0), db_time(day0 + timedelta(days=1)))).fetchall()
    try:
        site_name = ref.site(site_id).name
    except NotFoundError:
        site_name = site_id
    topics: Counter[str] = Counter()
    helps: Counter[str] = Counter()
    referrals: Counter[str] = Counter()
    involvement: Counter[str] = Counter()
    minutes = 0
    for _id, mins, tj, hj, rj, inv in enc:
        topics.update(json.loads(tj))
        helps.update(json.loads(hj))
        referrals.update(json.loads(rj))
        involvement[inv] += 1
        minutes += mins or 0
    doc = Document("desk_session", t("r_desk", lang), f"{site_name}, {_span(start, end, lang)}", lang, internal=True,
                   period_label="ss_time")
    doc.add(Heading(t("r_desk", lang)), Facts([
        (t("ss_site", lang), site_name),
        (t("ss_time", lang), _span(start, end, lang)),
        (t("ss_advisers", lang), ", ".join(advisers) or "–"),
        (t("ss_partners", lang), ", ".join(partners) or "–"),
        (t("ss_professionals", lang), ", ".join(ref.label("professional_roles", p, lang) for p in pros) or "–"),
        (t("ss_encounters", lang), str(len(enc))),
        (t("ss_minutes", lang), f"{minutes} {t('min', lang)}"),
        (t("ss_involvement", lang), f"{involvement.get('consulted', 0)} / {involvement.get('pair_work', 0)}"),
    ]))
    doc.add_table(_counts_table("topics", t("t_topics", lang), t("topic", lang), topics,
                                lambda k: ref.label("topics", k, lang), lang))
    doc.add_table(_counts_table("help_kinds", t("t_help_kinds", lang), t("help_kind", lang), helps,
                                lambda k: ref.label("help_kinds", k, lang), lang))
    statuses = [st.id for st in ref.terms("form_statuses")]
    grid: dict[str, Counter[str]] = {}
    for form_id, status in forms:
        grid.setdefault(form_id, Counter())[status] += 1
    ft = Table("forms", t("t_forms", lang),
               [Column("id", "id"), Column("form", t("form", lang))]
               + [Column(st, ref.label("form_statuses", st, lang), "count") for st in statuses]
               + [Column("total", t("total", lang), "count")],
               [[f, ref.label("forms", f, lang), *(c.get(st, 0) for st in statuses), sum(c.values())]
                for f, c in sorted(grid.items())])
    doc.add_table(add_total_row(ft, t("total", lang)) if ft.rows else ft)
    doc.add_table(_counts_table("referrals", t("t_referrals", lang), t("referral", lang), referrals,
                                lambda k: ref.label("referral_targets", k, lang), lang))
    doc.add(Heading(t("ss_obs", lang), 3))
    if obs:
        for theme, text, seen in obs:
            doc.add(Para(f"{ref.label('observation_themes', theme, lang)}: {text} (×{seen})"))
    else:
        doc.add(Para(t("none", lang), small=True))
    return doc


def build_group_summary(ws: Workspace, session_id: str, *, lang: str = "fi") -> Document:
    ref = ws.reference()
    with ws.store.session() as s:
        g = s.get(GroupSession, session_id)
        if g is None or g.deleted:
            raise NotFoundError(f"No group session with id {session_id}.", id=session_id)
        data = {c: getattr(g, c) for c in ("site_id", "kind", "title", "starts_at", "ends_at", "organisers",
                                           "facilitators", "headcount_total", "headcount_split", "topics",
                                           "summary", "proposals")}
    try:
        site_name = ref.site(data["site_id"]).name
    except NotFoundError:
        site_name = data["site_id"]
    split = ", ".join(f"{t('split_' + k, lang) if t('split_' + k, lang) != 'split_' + k else k} {v}" for k, v in (data["headcount_split"] or {}).items())
    heads = str(data["headcount_total"]) + (f" ({t('ss_split', lang).lower()} {split})" if split else "")
    doc = Document("group_session", t("r_group", lang), f"{site_name}, {_span(data['starts_at'], data['ends_at'], lang)}",
                   lang, internal=True, period_label="ss_time")
    doc.add(Heading(data["title"]), Facts([
        (t("ss_kind", lang), ref.label("group_kinds", data["kind"], lang)),
        (t("ss_site", lang), site_name),
        (t("ss_time", lang), _span(data["starts_at"], data["ends_at"], lang)),
        (t("ss_organisers", lang), ", ".join(data["organisers"]) or "–"),
        (t("ss_facilitators", lang), ", ".join(data["facilitators"]) or "–"),
        (t("ss_headcount", lang), heads),
        (t("ss_topics", lang), ", ".join(ref.label("topics", x, lang) for x in data["topics"]) or "–"),
        (t("ss_summary", lang), data["summary"] or "–"),
    ]))
    if data["proposals"] or data["kind"] in ("house_meeting", "community_council"):
        from .social import proposals_table  # noqa: F401  (texts registered there)

        cols = [Column("proposal", t("proposal", lang)), Column("decision", t("decision", lang))]
        rows = [[p.get("text", ""), p.get("decision") or t("no_decision", lang)] for p in data["proposals"]]
        doc.add_table(Table("proposals", t("s_proposals", lang), cols, rows))
    return doc


def build_session_summary(ws: Workspace, session_id: str, *, lang: str = "fi") -> Document:
    """A desk or group session, whichever the id belongs to."""
    with ws.store.session() as s:
        is_desk = s.get(DeskSession, session_id) is not None
        is_group = s.get(GroupSession, session_id) is not None
    if is_desk:
        return build_desk_summary(ws, session_id, lang=lang)
    if is_group:
        return build_group_summary(ws, session_id, lang=lang)
    raise NotFoundError(f"No desk or group session with id {session_id}.", id=session_id)
