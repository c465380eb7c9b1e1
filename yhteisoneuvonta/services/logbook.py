"""Saving, editing, deleting (tombstones) and restoring any record type.

Every path goes through here so that versions, change numbers and validation are the
same for encounters, forms, groups, observations, instrument answers and desk sessions.
"""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Session

from ..core.clock import utcnow
from ..core.kinds import KIND_OF_MODEL, KINDS, Kind, kind_of
from ..core.workspace import Workspace, next_change_seq
from ..errors import NotFoundError, ValidationError
from ..records import inputs as I
from ..store.models import (
    DeskSession,
    Encounter,
    Synced,
)


def _check_links(s: Session, data: Any) -> None:
    for attr, model in (("session_id", DeskSession), ("encounter_id", Encounter)):
        ref_id = getattr(data, attr, None)
        if ref_id is not None:
            row = s.get(model, ref_id)
            if row is None or row.deleted:
                raise ValidationError(attr, f"no such {model.__tablename__[:-1].replace('_', ' ')}: {ref_id}",
                                      rule="no_such_record", id=ref_id)


def create(ws: Workspace, data: Any) -> dict[str, Any]:
    """Validate and store a new record; returns it as a dict."""
    kind = kind_of(data)
    kind.validate(ws.reference(), data)
    now = utcnow()
    device = ws.device_id
    with ws.store.session() as s:
        _check_links(s, data)
        row = kind.model(**I.to_columns(data))
        row.device_id = device
        row.created_at = now
        row.updated_at = now
        row.version = 1
        row.deleted = False
        row.change_seq = next_change_seq(s)
        s.add(row)
        s.flush()
        return to_dict(row)


def _own_row(s: Session, kind: Kind, record_id: str, device: str) -> Synced:
    row = s.get(kind.model, record_id)
    if row is None:
        raise NotFoundError(f"No {kind.name.replace('_', ' ')} with id {record_id}.", id=record_id)
    if row.device_id != device:
        raise ValidationError("id", "records made on another device cannot be edited here", rule="other_device")
    return row


def update(ws: Workspace, record_id: str, data: Any) -> dict[str, Any]:
    """Replace a record's fields; the version counter goes up by one."""
    kind = kind_of(data)
    kind.validate(ws.reference(), data)
    device = ws.device_id
    with ws.store.session() as s:
        row = _own_row(s, kind, record_id, device)
        _check_links(s, data)
        for key, value in I.to_columns(data).items():
            setattr(row, key, value)
        _bump(s, row)
        return to_dict(row)


def set_deleted(ws: Workspace, kind_name: str, record_id: str, deleted: bool) -> dict[str, Any]:
    """Delete (tombstone) or restore a record; both are edits that travel in bundles."""
    kind = KINDS[kind_name]
    device = ws.device_id
    with ws.store.session() as s:
        row = _own_row(s, kind, record_id, device)
        if row.deleted != deleted:
            row.deleted = deleted
            _bump(s, row)
        return to_dict(row)


def _bump(s: Session, row: Synced) -> None:
    row.version += 1
    row.updated_at = utcnow()
    row.change_seq = next_change_seq(s)


def get(ws: Workspace, kind_name: str, record_id: str) -> dict[str, Any]:
    kind = KINDS[kind_name]
    with ws.store.session() as s:
        row = s.get(kind.model, record_id)
        if row is None:
            raise NotFoundError(f"No {kind_name.replace('_', ' ')} with id {record_id}.", id=record_id)
        return to_dict(row)


def to_input(kind_name: str, record: dict[str, Any]) -> Any:
    """The editable input of a stored record (for edit forms)."""
    kind = KINDS[kind_name]
    names = {f for f in kind.input_type.__dataclass_fields__}
    values = {k: v for k, v in record.items() if k in names}
    for key, value in values.items():
        if isinstance(value, str) and key.endswith(("_at",)):
            values[key] = datetime.fromisoformat(value)
    if "proposals" in values:
        values["proposals"] = [I.Proposal(**p) for p in values["proposals"]]
    return kind.input_type(**values)


def to_dict(row: Synced) -> dict[str, Any]:
    """A record as plain JSON-friendly values (times as ISO 8601 UTC)."""
    out: dict[str, Any] = {"type": KIND_OF_MODEL[type(row)].name}
    for attr in sa_inspect(type(row)).column_attrs:
        value = getattr(row, attr.key)
        if isinstance(value, datetime):
            value = value.isoformat()
        out[attr.key] = value
    return out
