"""Deleted means deleted: what a deleted record keeps in the store, and the blanks for the rest.

A deleted record keeps only what sync needs: its id, device, version, the deletion itself,
the local change number and the times that order it (created, updated and the kind's own
time, which retention uses). Every other column, free text and coded content alike, is
blanked on the adviser's delete and on the coordinator's import of the deletion.
(``store/migrations/versions/0004_record_schema_2.py`` did the same once to older rows.)
"""
from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Integer
from sqlalchemy import inspect as sa_inspect

from ..store.types import UtcDateTime
from .kinds import KINDS, Kind

KEPT = frozenset({"id", "device_id", "created_at", "updated_at", "version", "deleted", "change_seq"})
_MAPPINGS = frozenset({"headcount_split", "answers"})
_AS_TIME = object()  # a required end time becomes the start: no span is kept


def _blank(kind: Kind) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for col in sa_inspect(kind.model).columns:
        key = col.key
        if key in KEPT or key == kind.time_field:
            continue
        if col.nullable:
            out[key] = None
        elif isinstance(col.type, JSON):
            out[key] = {} if key in _MAPPINGS else []
        elif isinstance(col.type, Integer):
            out[key] = 0
        elif isinstance(col.type, UtcDateTime):
            out[key] = _AS_TIME
        else:
            out[key] = ""
    return out


_BLANKS = {name: _blank(kind) for name, kind in KINDS.items()}


def content_columns(kind_name: str) -> tuple[str, ...]:
    """The columns a deletion erases."""
    return tuple(_BLANKS[kind_name])


def erased(kind_name: str, kept: dict[str, Any]) -> dict[str, Any]:
    """Column values of a deleted record: ``kept`` (id, times, version …) plus blanks."""
    kind = KINDS[kind_name]
    out = {k: v for k, v in kept.items() if k in KEPT or k == kind.time_field}
    for key, blank in _BLANKS[kind_name].items():
        if blank is _AS_TIME:
            out[key] = out.get(kind.time_field)
        else:
            out[key] = blank.copy() if isinstance(blank, (list, dict)) else blank
    out["deleted"] = True
    return out
