"""Adviser side: delete records the coordinator has confirmed, once older than the retention period.

Only records whose latest change travelled in a confirmed bundle are candidates, so an
edit that has not reached the coordinator is never lost. Records another record still
points at (an encounter with an unpurged form) are kept.
"""
from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, delete, or_, select

from ..core.clock import utcnow
from ..core.kinds import KINDS
from ..core.roles import ROLE_ADVISER
from ..core.workspace import Workspace
from ..errors import NoRetentionError
from ..store.models import Encounter, ExportedBundle, FormHelp, InstrumentAnswer
from .export import bundle_filename, outbox_dir

# Children first, so a parent's remaining children are known when the parent is decided.
PURGE_ORDER = ("form_help", "instrument_answer", "encounter", "desk_session", "group_session", "observation")
_CHILDREN = {"encounter": ((FormHelp, "encounter_id"), (InstrumentAnswer, "encounter_id")),
             "desk_session": ((Encounter, "session_id"),)}
_CHUNK = 500


def purge(ws: Workspace, *, dry_run: bool = False, now: datetime | None = None) -> dict[str, Any]:
    ws.require_role(ROLE_ADVISER)
    days = ws.setting("retention_days")
    if not isinstance(days, int) or days <= 0:
        raise NoRetentionError("The coordinator has not set a retention period yet (it comes with the reference file).")
    cutoff = (now or utcnow()) - timedelta(days=days)
    counts: dict[str, int] = {}
    with ws.store.session() as s:
        ranges = s.execute(select(ExportedBundle.from_change, ExportedBundle.to_change)
                           .where(ExportedBundle.confirmed.is_(True))).all()
        confirmed_seqs = list(s.scalars(select(ExportedBundle.seq).where(ExportedBundle.confirmed.is_(True))))
        if not ranges:
            return {"dry_run": dry_run, "retention_days": days, "cutoff": cutoff.isoformat(), "deleted": {}}
        for name in PURGE_ORDER:
            kind = KINDS[name]
            model = kind.model
            in_confirmed = or_(*[and_(model.change_seq > a, model.change_seq <= b) for a, b in ranges])
            stmt = select(model.id).where(in_confirmed, getattr(model, kind.time_field) < cutoff)
            ids = set(s.scalars(stmt))
            for child, column in _CHILDREN.get(name, ()):
                ids -= set(s.scalars(select(getattr(child, column)).where(getattr(child, column).is_not(None))))
            counts[name] = len(ids)
            # Deleted in a dry run too (then rolled back), so parents are counted right.
            ordered = sorted(ids)
            for i in range(0, len(ordered), _CHUNK):
                s.execute(delete(model).where(model.id.in_(ordered[i:i + _CHUNK])))
            s.flush()
        if dry_run:
            s.rollback()
    if not dry_run:
        code, device = ws.setting("adviser_code"), ws.device_id
        for seq in confirmed_seqs:
            (outbox_dir(ws) / bundle_filename(code, device, seq)).unlink(missing_ok=True)
    return {"dry_run": dry_run, "retention_days": days, "cutoff": cutoff.isoformat(), "deleted": counts}

