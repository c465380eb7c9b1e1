"""Deleted means deleted, in quarantine too.

A refused bundle is kept whole in ``quarantine/`` so that the coordinator can see why and
import it later. When a record is deleted, a quarantined copy that still holds the record's
content would keep it: such copies are removed, and their reason file stays (marked), so
the refusal is still reported to the adviser. Versions of a deleted record kept for review
(``conflicts/``, same version with other content) are removed too. A copy this coordinator cannot decrypt is
left alone: no content in it is readable here. The adviser sends the record's later state
again anyway (send again), so nothing that still exists is lost.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import select

from ..core.kinds import KINDS
from ..core.workspace import Workspace
from ..errors import BundleError
from . import bundle as B
from .fileio import write_durable
from .quarantine import REASON_SUFFIX, conflicts, refusals
from .record_schema import TOMBSTONE_KEYS

_CHUNK = 500


def _content_ids(data: bytes, identities: list[str]) -> set[str]:
    """Ids of the records whose content a bundle copy holds (empty if it cannot be read here)."""
    try:
        parsed = B.parse(data)
        B.check_format(parsed.manifest)
        payload = B.decrypt_payload(parsed, identities)
    except (BundleError, KeyError, TypeError, ValueError):
        return set()
    out: set[str] = set()
    for items in payload["records"].values():
        for rec in items if isinstance(items, list) else ():
            if isinstance(rec, dict) and isinstance(rec.get("id"), str) and set(rec) != TOMBSTONE_KEYS:
                out.add(rec["id"])
    return out


def _deleted(ws: Workspace, ids: set[str]) -> bool:
    ordered = sorted(ids)
    with ws.store.session() as s:
        for kind in KINDS.values():
            model = kind.model
            for i in range(0, len(ordered), _CHUNK):
                if s.scalar(select(model.id).where(model.id.in_(ordered[i:i + _CHUNK]), model.deleted.is_(True))
                            .limit(1)):
                    return True
    return False


def erase_deleted_copies(ws: Workspace, identities: list[str]) -> int:
    """Remove quarantined copies holding content of records deleted here, and versions of
    deleted records kept for review (``conflicts/``); how many files were removed."""
    removed = 0
    for info in refusals(ws):
        reason_file = Path(info["reason_file"])
        copy_path = info.get("copy_path") if "copy_path" in info else str(
            reason_file.with_name(reason_file.name[:-len(REASON_SUFFIX)]))
        copy = Path(copy_path) if copy_path else None
        if copy is None or not copy.is_file():
            continue
        ids = _content_ids(copy.read_bytes(), identities)
        if ids and _deleted(ws, ids):
            copy.unlink()
            mark: dict[str, Any] = {k: v for k, v in info.items() if k not in ("reason_file", "copy_path")}
            mark["copy_erased"] = "it held records deleted later"
            write_durable(reason_file, json.dumps(mark, ensure_ascii=False, indent=1).encode("utf-8"))
            removed += 1
    for entry in conflicts(ws):
        record_id = entry.get("record_id")
        if isinstance(record_id, str) and _deleted(ws, {record_id}):
            Path(entry["path"]).unlink(missing_ok=True)
            removed += 1
    return removed
