"""Finding records again: today's list, history with search and filters, paging."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, time, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Select, func, or_, select

from ..store.models import Synced
from . import records
from .records import KINDS
from .workspace import Workspace

HELSINKI = ZoneInfo("Europe/Helsinki")


@dataclass
class Query:
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


def _select(q: Query) -> Select:
    kind = KINDS[q.kind]
    model: type[Synced] = kind.model
    when = getattr(model, kind.time_field)
    stmt = select(model)
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


def count(ws: Workspace, q: Query) -> int:
    with ws.store.session() as s:
        return s.scalar(select(func.count()).select_from(_select(q).order_by(None).subquery())) or 0


def fetch(ws: Workspace, q: Query, offset: int = 0, limit: int | None = None) -> list[dict[str, Any]]:
    stmt = _select(q).offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    with ws.store.session() as s:
        return [records.to_dict(r) for r in s.scalars(stmt)]


def today(ws: Workspace, kind: str = "encounter") -> list[dict[str, Any]]:
    start, end = today_bounds()
    return fetch(ws, Query(kind=kind, since=start, until=end, device_id=ws.device_id))
