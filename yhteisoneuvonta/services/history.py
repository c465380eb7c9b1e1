"""Finding records again: today's list, history with search and filters, paging.

``fetch`` gives whole records (the CLI, summaries). Lists use ``fetch_after``: only what a
list shows, paged by keyset — the (time, id) of the last row already shown — so that the
thousandth page costs what the first does, where ``OFFSET`` reads and skips every row above.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, time, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Select, and_, func, or_, select

from ..core.workspace import Workspace
from ..store.models import Synced
from . import logbook
from .logbook import KINDS

HELSINKI = ZoneInfo("Europe/Helsinki")


@dataclass
class HistoryQuery:
    kind: str = "encounter"
    site_id: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    text: str | None = None
    topic: str | None = None
    include_deleted: bool = False
    device_id: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def today_bounds(now: datetime | None = None) -> tuple[datetime, datetime]:
    """Midnight to midnight in Helsinki, as UTC."""
    local = (now or datetime.now(timezone.utc)).astimezone(HELSINKI)
    start = datetime.combine(local.date(), time(0), tzinfo=HELSINKI)
    return start.astimezone(timezone.utc), (start + timedelta(days=1)).astimezone(timezone.utc)


# What a list shows of each kind, besides id, time, site and the deleted flag.
LIST_COLUMNS: dict[str, tuple[str, ...]] = {
    "encounter": ("topics", "help_kinds", "minutes"),
    "form_help": ("form_id", "status"),
    "group_session": ("kind", "title", "headcount_total"),
    "observation": ("theme", "text", "times_seen"),
    "instrument_answer": ("instrument_id",),
    "desk_session": ("advisers",),
}

Cursor = tuple[datetime, str]  # (time, id) of the last row a list has


def _select(q: HistoryQuery, *columns: Any) -> Select:
    kind = KINDS[q.kind]
    model: type[Synced] = kind.model
    when = getattr(model, kind.time_field)
    stmt = select(*columns) if columns else select(model)
    if not q.include_deleted:
        stmt = stmt.where(model.deleted.is_(False))
    if q.site_id:
        stmt = stmt.where(model.site_id == q.site_id)
    if q.device_id:
        stmt = stmt.where(model.device_id == q.device_id)
    if q.since:
        stmt = stmt.where(when >= q.since)
    if q.until:
        stmt = stmt.where(when < q.until)
    if q.topic and hasattr(model, "topics"):
        # JSON arrays hold ids like "kela_benefits"; match the quoted id exactly.
        stmt = stmt.where(func.json(model.topics).like(f'%"{q.topic}"%'))
    if q.text:
        needle = f"%{q.text}%"
        texts = [getattr(model, n) for n in ("note", "text", "title", "summary") if hasattr(model, n)]
        if texts:
            stmt = stmt.where(or_(*[t.ilike(needle) for t in texts]))
    return stmt.order_by(when.desc(), model.id)


def count(ws: Workspace, q: HistoryQuery) -> int:
    with ws.store.session(read=True) as s:
        return s.scalar(select(func.count()).select_from(_select(q).order_by(None).subquery())) or 0


def fetch(ws: Workspace, q: HistoryQuery, offset: int = 0, limit: int | None = None) -> list[dict[str, Any]]:
    stmt = _select(q).offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    with ws.store.session(read=True) as s:
        return [logbook.to_dict(r) for r in s.scalars(stmt)]


def fetch_after(ws: Workspace, q: HistoryQuery, after: Cursor | None = None,
                limit: int | None = None, extra: tuple[str, ...] = ()) -> list[dict[str, Any]]:
    """The next rows of a list, newest first, after the row ``after`` (see ``cursor``).

    Each row is a small dict: ``type``, ``id``, ``site_id``, ``deleted``, the kind's time
    field, its ``LIST_COLUMNS`` and the ``extra`` columns asked for (e.g. ``device_id``, for
    the coordinator's list) — not the whole record (``records.get`` has that)."""
    kind = KINDS[q.kind]
    model: type[Synced] = kind.model
    when = getattr(model, kind.time_field)
    names = ("id", kind.time_field, "site_id", "deleted", *LIST_COLUMNS[q.kind], *extra)
    stmt = _select(q, *(getattr(model, n) for n in names))
    if after is not None:
        # Newest first, ties by id ascending: the rows strictly after (t, id) in that order.
        # "when <= t" alone is a range on the time index; the OR then only trims the ties.
        t, rid = after
        stmt = stmt.where(when <= t, or_(when < t, and_(when == t, model.id > rid)))
    if limit is not None:
        stmt = stmt.limit(limit)
    with ws.store.session(read=True) as s:
        rows = s.execute(stmt).all()
    return [{"type": q.kind, **dict(zip(names, row))} for row in rows]


def cursor(q: HistoryQuery, row: dict[str, Any]) -> Cursor:
    """Where a list that ends with ``row`` goes on from (for ``fetch_after``)."""
    return row[KINDS[q.kind].time_field], row["id"]


def today(ws: Workspace, kind: str = "encounter") -> list[dict[str, Any]]:
    start, end = today_bounds()
    return fetch(ws, HistoryQuery(kind=kind, since=start, until=end, device_id=ws.device_id))
