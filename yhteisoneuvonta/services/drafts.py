"""Unsaved forms kept in the store, so a crash never loses what was typed."""
from __future__ import annotations

from typing import Any

from sqlalchemy import select

from ..core.clock import utcnow
from ..core.workspace import Workspace
from ..records import pii
from ..store.models import Draft

REDACTED = "\u2588"


def redact(value: Any) -> Any:
    """Blank out identifying details: a draft is stored too, so the PII guard applies."""
    if isinstance(value, str):
        for f in reversed(pii.find_pii(value)):
            value = value[: f.start] + REDACTED * (f.end - f.start) + value[f.end :]
        return value
    if isinstance(value, list):
        return [redact(v) for v in value]
    if isinstance(value, dict):
        return {k: redact(v) for k, v in value.items()}
    return value


def save_draft(ws: Workspace, kind: str, payload: dict[str, Any]) -> None:
    with ws.store.session() as s:
        s.merge(Draft(kind=kind, payload=redact(payload), saved_at=utcnow()))


def discard_draft(ws: Workspace, kind: str) -> None:
    with ws.store.session() as s:
        row = s.get(Draft, kind)
        if row is not None:
            s.delete(row)


def drafts(ws: Workspace) -> dict[str, dict[str, Any]]:
    with ws.store.session() as s:
        return {d.kind: d.payload for d in s.scalars(select(Draft))}
