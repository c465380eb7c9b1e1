"""Saving, editing, deleting (tombstones without content) and restoring any record type.

Every path goes through here so that versions, change numbers and validation are the
same for encounters, forms, groups, observations, instrument answers and desk sessions.
"""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import inspect as sa_inspect
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..core.clock import utcnow
from ..core.erasure import content_columns, erased
from ..core.kinds import KIND_OF_MODEL, KINDS, Kind, kind_of
from ..core.workspace import Workspace, next_change_seq
from ..errors import ContentErasedError, NotFoundError, ProbablePersonalError, ValidationError
from ..records import inputs as I
from ..records.validation import Probable
from ..store.models import (
    DeskSession,
    Draft,
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


def _validate(ws: Workspace, kind: Kind, data: Any, confirm: bool, before: Any = None) -> Probable:
    """Validate; probable names and addresses stop the save unless the user confirmed them.

    Words already stored unchanged in ``before`` (the record being edited) are not asked about
    again: they were confirmed when first saved. A confirmation is counted on the record where
    the record schema has room for it (``pii_confirmations``), never with the words."""
    found = kind.validate(ws.reference(), data, confirmed=True)
    asked = found
    if found and before is not None:
        try:
            old = kind.validate(ws.reference(), before, confirmed=True)
        except ValidationError:
            old = {}
        seen = {(f, x.text) for f, items in old.items() for x in items}
        asked = {f: new for f, items in found.items() if (new := [x for x in items if (f, x.text) not in seen])}
    if asked and not confirm:
        raise ProbablePersonalError({f: [x.as_dict() for x in items] for f, items in asked.items()})
    if found:  # record schema 2: how many warned words the adviser confirmed
        data.pii_confirmations = sum(len(items) for items in found.values())
    return found


def create(ws: Workspace, data: Any, *, confirm_not_personal: bool = False) -> dict[str, Any]:
    """Validate and store a new record; returns it as a dict. ``confirm_not_personal``: the
    user confirmed that probable names or addresses in the texts name no one."""
    kind = kind_of(data)
    _validate(ws, kind, data, confirm_not_personal)
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


def update(ws: Workspace, record_id: str, data: Any, *, confirm_not_personal: bool = False) -> dict[str, Any]:
    """Replace a record's fields; the version counter goes up by one."""
    kind = kind_of(data)
    device = ws.device_id
    with ws.store.session() as s:
        row = _own_row(s, kind, record_id, device)
        if row.deleted:  # its content is erased; an edit would bring content back unseen
            raise ContentErasedError(f"The {kind.name.replace('_', ' ')} {record_id} is deleted; it cannot "
                                     "be edited.", kind=kind.name, id=record_id)
        _validate(ws, kind, data, confirm_not_personal, before=to_input(kind.name, to_dict(row)))
        _check_links(s, data)
        for key, value in I.to_columns(data).items():
            setattr(row, key, value)
        _bump(s, row)
        return to_dict(row)


def delete(ws: Workspace, kind_name: str, record_id: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """Delete a record: the deletion travels in the next bundle and the record's content is
    erased from the store (deleted means deleted). Returns ``(deleted record, record as it
    was)``: a caller offering Undo holds the second in memory and hands it to :func:`restore`."""
    kind = KINDS[kind_name]
    device = ws.device_id
    with ws.store.session() as s:
        row = _own_row(s, kind, record_id, device)
        before = to_dict(row)
        if not row.deleted:
            for key, value in erased(kind_name, {kind.time_field: getattr(row, kind.time_field)}).items():
                if key in content_columns(kind_name):
                    setattr(row, key, value)
            row.deleted = True
            _bump(s, row)
        for draft in s.scalars(select(Draft)):  # an unsaved edit of it holds its text too
            if isinstance(draft.payload, dict) and draft.payload.get("record_id") == record_id:
                s.delete(draft)
        after = to_dict(row)
    ws.store.flush_wal()  # the note's earlier page images leave the -wal file too
    return after, before


def restore(ws: Workspace, kind_name: str, record_id: str, content: dict[str, Any]) -> dict[str, Any]:
    """Undo a delete with the content the caller kept from :func:`delete`; a new version."""
    kind = KINDS[kind_name]
    if content.get("id") != record_id:
        raise ValidationError("id", "the content held for undo belongs to another record")
    data = to_input(kind_name, content)
    kind.validate(ws.reference(), data, confirmed=True)  # stored before: confirmed then
    device = ws.device_id
    with ws.store.session() as s:
        row = _own_row(s, kind, record_id, device)
        if not row.deleted:
            return to_dict(row)
        _check_links(s, data)
        for key, value in I.to_columns(data).items():
            setattr(row, key, value)
        row.deleted = False
        _bump(s, row)
        return to_dict(row)


def set_deleted(ws: Workspace, kind_name: str, record_id: str, deleted: bool,
                content: dict[str, Any] | None = None) -> dict[str, Any]:
    """Delete, or restore with the content held from the delete; both travel in bundles.

    A deleted record's content is gone from the store, so restoring without ``content``
    is refused (``ContentErasedError``) unless the record is not deleted."""
    if deleted:
        return delete(ws, kind_name, record_id)[0]
    if content is None:
        current = get(ws, kind_name, record_id)
        if current["deleted"]:
            raise ContentErasedError(
                f"The {kind_name.replace('_', ' ')} {record_id} was deleted and its content erased; "
                "it cannot be restored.", kind=kind_name, id=record_id)
        return current
    return restore(ws, kind_name, record_id, content)


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
