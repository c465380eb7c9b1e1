"""Records in and out of a bundle payload.

Out: every column except the local ``change_seq``. In: each record is checked for shape
and types first (a crafted payload must not reach the ORM), then with the same validators
and PII guard as a record typed on the desk.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import Boolean, DateTime, Integer, String, Text
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.types import JSON

from ..core.kinds import KIND_ORDER, KINDS, Kind
from ..errors import BundleError, PiiError, ValidationError
from ..records.reference import ReferenceData
from ..store.models import Synced

LOCAL_COLUMNS = ("change_seq",)
# Order of application: parents before the records that point at them.
MAX_VERSION = 10**9
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _columns(model: type[Synced]) -> dict[str, Any]:
    return {c.key: c for c in sa_inspect(model).columns if c.key not in LOCAL_COLUMNS}


_COLUMNS = {name: _columns(kind.model) for name, kind in KINDS.items()}


def row_to_payload(row: Synced) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key in _COLUMNS[_kind_name(type(row))]:
        value = getattr(row, key)
        out[key] = value.isoformat() if isinstance(value, datetime) else value
    return out


def _kind_name(model: type[Synced]) -> str:
    for name, kind in KINDS.items():
        if kind.model is model:
            return name
    raise KeyError(model)


def a_record(kind: str) -> str:
    """"an encounter record", "a form help record": the kind with its article."""
    words = kind.replace("_", " ")
    return f"{'an' if words[0] in 'aeiou' else 'a'} {words} record"


def _bad(kind: str, rec_id: Any, why: str) -> BundleError:
    return BundleError("malformed_records", f"{a_record(kind).capitalize()} ({rec_id}) is malformed: {why}.")


def _checker(column: Any) -> Callable[[str, Any, Any], Any]:
    """A fast check for one column's incoming value (made once per column)."""
    key, t = column.key, column.type
    nullable = column.nullable and not column.primary_key

    def missing(kind: str, rec_id: Any) -> None:
        if not nullable:
            raise _bad(kind, rec_id, f"'{key}' is missing")

    if isinstance(t, DateTime) or type(t).__name__ == "UtcDateTime":
        def check(kind: str, rec_id: Any, value: Any) -> Any:
            if value is None:
                return missing(kind, rec_id)
            if type(value) is not str:
                raise _bad(kind, rec_id, f"'{key}' is not a time")
            try:
                parsed = datetime.fromisoformat(value)
            except ValueError:
                raise _bad(kind, rec_id, f"'{key}' is not a time") from None
            if parsed.tzinfo is None:
                raise _bad(kind, rec_id, f"'{key}' has no time zone")
            return parsed
    elif isinstance(t, (Boolean, Integer, String, Text, JSON)):
        if isinstance(t, Boolean):
            ok: tuple[type, ...] = (bool,)
            what = "true or false"
        elif isinstance(t, Integer):
            ok, what = (int,), "a whole number"
        elif isinstance(t, (String, Text)):
            ok, what = (str,), "text"
        else:
            ok, what = (list, dict), "a list or a mapping"
        limit = getattr(t, "length", None) or (MAX_VERSION if ok == (int,) else None)

        def check(kind: str, rec_id: Any, value: Any) -> Any:
            if value is None:
                return missing(kind, rec_id)
            if type(value) not in ok:  # exact types: True is not a number here
                raise _bad(kind, rec_id, f"'{key}' is not {what}")
            if limit is not None and (abs(value) if ok == (int,) else len(value) if ok == (str,) else 0) > limit:
                raise _bad(kind, rec_id, f"'{key}' is too long" if ok == (str,) else f"'{key}' is too large")
            return value
    else:  # pragma: no cover - every column type is listed above
        raise TypeError(f"unsupported column type {t!r}")
    return check


_CHECKERS = {name: [(key, _checker(col)) for key, col in cols.items()] for name, cols in _COLUMNS.items()}
_COLUMN_SETS = {name: frozenset(cols) for name, cols in _COLUMNS.items()}
# The JSON columns whose inner shape is checked, per kind (the rest are scalars).
_JSON_KEYS = {name: tuple(k for k, c in cols.items() if isinstance(c.type, JSON)) for name, cols in _COLUMNS.items()}


def _check_json_shapes(kind: str, rec_id: str, values: dict[str, Any]) -> None:
    """Lists hold strings (or proposal objects), mappings hold scalars: what the forms make."""
    model_kind = KINDS[kind]
    for key in _JSON_KEYS[kind]:
        value = values[key]
        if key == "proposals":
            if not isinstance(value, list) or not all(
                    isinstance(p, dict) and set(p) <= {"text", "decision"} and isinstance(p.get("text"), str)
                    and (p.get("decision") is None or isinstance(p.get("decision"), str)) for p in value):
                raise _bad(kind, rec_id, "'proposals' is not a list of proposals")
        elif key in ("headcount_split", "answers"):
            if not isinstance(value, dict) or not all(
                    isinstance(k, str) and (v is None or isinstance(v, (str, int, float)))
                    and not isinstance(v, bool) for k, v in value.items()):
                raise _bad(kind, rec_id, f"'{key}' is not a mapping of simple values")
        elif isinstance(value, (list, dict)) and key in model_kind.input_type.__dataclass_fields__:
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise _bad(kind, rec_id, f"'{key}' is not a list of texts")


def parse_record(kind_name: str, rec: Any, device_id: str, ref: ReferenceData) -> dict[str, Any]:
    """Column values for one incoming record, or ``BundleError`` saying which and why."""
    kind: Kind = KINDS[kind_name]
    if not isinstance(rec, dict):
        raise _bad(kind_name, "?", "not an object")
    rec_id = rec.get("id")
    if not isinstance(rec_id, str):
        raise _bad(kind_name, "?", "no id")
    if not _UUID.fullmatch(rec_id):
        raise _bad(kind_name, rec_id[:40], "the id is not a UUID")
    columns = _COLUMN_SETS[kind_name]
    if rec.keys() != columns:
        extra = set(rec) - columns
        if extra:
            raise _bad(kind_name, rec_id, f"unknown fields {', '.join(sorted(extra))}")
        raise _bad(kind_name, rec_id, f"missing fields {', '.join(sorted(columns - set(rec)))}")
    values = {key: check(kind_name, rec_id, rec[key]) for key, check in _CHECKERS[kind_name]}
    if values["device_id"] != device_id:
        raise BundleError("foreign_records", f"The bundle of device {device_id[:8]} carries {a_record(kind_name)} "
                          f"({rec_id}) that says it belongs to device {str(values['device_id'])[:8]}; a computer "
                          "can only send its own records.", device=device_id, claimed=values["device_id"])
    if values["version"] < 1:
        raise _bad(kind_name, rec_id, "the version is below 1")
    _check_json_shapes(kind_name, rec_id, values)
    fields = {k: v for k, v in values.items() if k in kind.input_type.__dataclass_fields__}
    if "proposals" in fields:
        from ..records.inputs import Proposal

        fields["proposals"] = [Proposal(**p) for p in fields["proposals"]]
    try:
        data = kind.input_type(**fields)
        kind.validate(ref, data)
    except PiiError as exc:
        raise BundleError("pii", f"{a_record(kind_name).capitalize()} ({rec_id}) holds personal "
                          f"data: {exc.message}") from None
    except ValidationError as exc:
        raise BundleError("invalid_record", f"{a_record(kind_name).capitalize()} ({rec_id}) fails "
                          f"validation: {exc.message}") from None
    except (TypeError, ValueError, AttributeError) as exc:
        raise _bad(kind_name, rec_id, str(exc)) from None
    return values


def parse_payload_records(payload: dict[str, Any], device_id: str, ref: ReferenceData,
                          counts: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Every record of a payload, checked; the counts must match the signed manifest."""
    records = payload["records"]
    unknown = set(records) - set(KINDS)
    if unknown:
        raise BundleError("malformed_records", f"The bundle holds unknown record types: {', '.join(sorted(unknown))}.")
    out: dict[str, list[dict[str, Any]]] = {}
    seen: set[str] = set()
    for kind_name in KIND_ORDER:
        items = records.get(kind_name, [])
        if not isinstance(items, list):
            raise BundleError("malformed_records", f"The {kind_name} records are not a list.")
        if counts.get(kind_name, 0) != len(items):
            raise BundleError("malformed_records", f"The bundle holds {len(items)} {kind_name} records, "
                              f"its manifest says {counts.get(kind_name, 0)}.")
        parsed = [parse_record(kind_name, rec, device_id, ref) for rec in items]
        for values in parsed:
            if values["id"] in seen:
                raise BundleError("malformed_records", f"The record {values['id']} appears twice in the bundle.")
            seen.add(values["id"])
        out[kind_name] = parsed
    return out
