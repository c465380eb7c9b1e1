"""Records in and out of a bundle payload, by record schema version.

The wire shape of each record kind is declared here per ``record_schema`` version, apart
from the ORM (``store/models.py``): a new column does not change what travels until a new
schema version says so. This program reads every version in :data:`READS` and writes the
newest version the coordinator reads (it says so in its card and reference file).

- Schema 1: every field of every kind, deleted records too.
- Schema 2: ``pii_confirmations`` on every kind with free text; a deleted record travels
  as ``{"id", "version", "deleted": true}`` and nothing else.

In: each record is checked for shape and types first (a crafted payload must not reach the
ORM), upgraded to the newest shape with defaults, then checked with the same validators and
PII guard as a record typed on the desk. A deleted record is not validated: its content is
erased on arrival (see ``core/erasure.py``). docs/bundle-format.md describes the versions.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from ..core.erasure import erased
from ..core.kinds import KIND_ORDER, KINDS, Kind
from ..errors import BundleError, PiiError, ValidationError
from ..records.inputs import MAX_PII_CONFIRMATIONS, Proposal
from ..records.reference import ReferenceData
from ..records.validation import MAX_TEXT

# Record schemas this program reads, oldest first; it writes one of them.
READS = (1, 2)
NEWEST = READS[-1]
# A coordinator that names no schemas (a card or reference file from before schema 2) reads 1.
ASSUMED_READS = (1,)
TOMBSTONE_SINCE = 2
TOMBSTONE_KEYS = frozenset({"id", "version", "deleted"})
MAX_INT = 10**9
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


@dataclass(frozen=True)
class Field:
    """One field of a record on the wire.

    ``type``: uuid, text, int, bool, time (ISO 8601 with offset), texts (list of text),
    mapping (text -> simple value), proposals (list of {text, decision}).
    ``since``: the record schema that added it; older records get ``default``.
    """

    name: str
    type: str
    optional: bool = False  # may be null
    max_len: int | None = None
    minimum: int = -MAX_INT
    maximum: int = MAX_INT
    since: int = 1
    default: Any = None


def _f(name: str, type_: str, **kw: Any) -> Field:
    return Field(name, type_, **kw)


_COMMON = (
    _f("id", "uuid"), _f("device_id", "text", max_len=64), _f("created_at", "time"), _f("updated_at", "time"),
    _f("version", "int", minimum=1), _f("deleted", "bool"), _f("site_id", "text", max_len=64),
)
_CONFIRMATIONS = _f("pii_confirmations", "int", minimum=0, maximum=MAX_PII_CONFIRMATIONS, since=2, default=0)
_NOTE = _f("note", "text", optional=True, max_len=MAX_TEXT)

FIELDS: dict[str, tuple[Field, ...]] = {
    "desk_session": _COMMON + (
        _f("starts_at", "time"), _f("ends_at", "time", optional=True), _f("advisers", "texts"),
        _f("partners", "texts"), _f("professionals", "texts"), _NOTE, _CONFIRMATIONS),
    "encounter": _COMMON + (
        _f("session_id", "uuid", optional=True), _f("occurred_at", "time"), _f("minutes", "int"),
        _f("channel", "text", max_len=32), _f("language", "text", max_len=16), _f("topics", "texts"),
        _f("help_kinds", "texts"), _f("involvement", "text", max_len=32), _f("professional_roles", "texts"),
        _f("referrals", "texts"), _f("barriers", "texts"), _f("outcome", "text", optional=True, max_len=32),
        _f("age_band", "text", max_len=32), _f("visit_kind", "text", max_len=32), _NOTE, _CONFIRMATIONS),
    "form_help": _COMMON + (
        _f("encounter_id", "uuid", optional=True), _f("occurred_at", "time"), _f("form_id", "text", max_len=64),
        _f("medium", "text", max_len=16), _f("status", "text", max_len=32), _NOTE, _CONFIRMATIONS),
    "group_session": _COMMON + (
        _f("kind", "text", max_len=32), _f("title", "text", max_len=200), _f("starts_at", "time"),
        _f("ends_at", "time"), _f("organisers", "texts"), _f("facilitators", "texts"),
        _f("headcount_total", "int"), _f("headcount_split", "mapping"), _f("topics", "texts"),
        _f("summary", "text", optional=True, max_len=MAX_TEXT), _f("proposals", "proposals"), _CONFIRMATIONS),
    "observation": _COMMON + (
        _f("observed_at", "time"), _f("theme", "text", max_len=64), _f("barriers", "texts"),
        _f("text", "text", max_len=MAX_TEXT), _f("times_seen", "int"), _CONFIRMATIONS),
    "instrument_answer": _COMMON + (
        _f("instrument_id", "text", max_len=64), _f("encounter_id", "uuid", optional=True),
        _f("answered_at", "time"), _f("answers", "mapping")),
}


def fields(kind_name: str, schema: int) -> tuple[Field, ...]:
    return tuple(f for f in FIELDS[kind_name] if f.since <= schema)


_NAMES = {(k, v): frozenset(f.name for f in fields(k, v)) for k in FIELDS for v in READS}


def choose_schema(coordinator_reads: Any) -> int:
    """The newest record schema both this program and the coordinator read."""
    reads = coordinator_reads if isinstance(coordinator_reads, (list, tuple)) and coordinator_reads else ASSUMED_READS
    common = set(READS) & {v for v in reads if isinstance(v, int) and not isinstance(v, bool)}
    if not common:
        raise BundleError("no_common_schema", "The coordinator's program reads record schemas "
                          f"{', '.join(map(str, reads))}; this program writes {', '.join(map(str, READS))}. "
                          "Update the program that is older.", coordinator_reads=list(reads), writes=list(READS))
    return max(common)


# --- out -------------------------------------------------------------------------------------
def _wire(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime) else value


def v1_placeholders(kind_name: str, ref: ReferenceData, values: dict[str, Any]) -> dict[str, Any]:
    """Content for a deleted record in schema 1, which has no bare deletion: the least a
    schema 1 reader (which validates deleted records too) accepts, none of it the record's."""
    def first(taxonomy: str) -> str:
        return ref.terms(taxonomy)[0].id

    out: dict[str, Any] = {"site_id": ref.sites[0].id, "pii_confirmations": 0}
    time = values[KINDS[kind_name].time_field]
    if kind_name == "desk_session":
        out |= {"ends_at": None, "advisers": [], "partners": [], "professionals": [], "note": None}
    elif kind_name == "encounter":
        out |= {"session_id": None, "minutes": 1, "channel": first("channels"), "language": first("languages"),
                "topics": [first("topics")], "help_kinds": [], "involvement": "none", "professional_roles": [],
                "referrals": [], "barriers": [], "outcome": None, "age_band": "not_asked",
                "visit_kind": "not_asked", "note": None}
    elif kind_name == "form_help":
        out |= {"encounter_id": None, "form_id": first("forms"), "medium": first("form_media"),
                "status": first("form_statuses"), "note": None}
    elif kind_name == "group_session":
        out |= {"kind": first("group_kinds"), "title": "-", "ends_at": time + timedelta(minutes=1),
                "organisers": [], "facilitators": [], "headcount_total": 0, "headcount_split": {},
                "topics": [], "summary": None, "proposals": []}
    elif kind_name == "observation":
        out |= {"theme": first("observation_themes"), "barriers": [], "text": "-", "times_seen": 1}
    else:
        instrument = ref.instruments[0]
        out |= {"instrument_id": instrument.id, "encounter_id": None,
                "answers": {instrument.items[0].id: "not_asked"}}
    return out


def write_record(kind_name: str, values: dict[str, Any], schema: int, ref: ReferenceData | None = None
                 ) -> dict[str, Any]:
    """One record (column values) in the shape of ``schema``."""
    if values["deleted"]:
        if schema >= TOMBSTONE_SINCE:
            return {"id": values["id"], "version": values["version"], "deleted": True}
        if ref is None:
            raise ValueError("a schema 1 deletion needs the reference data for its placeholders")
        values = values | v1_placeholders(kind_name, ref, values)
    return {f.name: _wire(values[f.name]) for f in fields(kind_name, schema)}


def row_to_payload(row: Any, schema: int = NEWEST, ref: ReferenceData | None = None) -> dict[str, Any]:
    kind = next(k for k in KINDS.values() if k.model is type(row))
    values = {f.name: getattr(row, f.name) for f in FIELDS[kind.name]}
    return write_record(kind.name, values, schema, ref)


# --- in --------------------------------------------------------------------------------------
def _bad(kind: str, rec_id: Any, why: str) -> BundleError:
    return BundleError("malformed_records", f"A {kind.replace('_', ' ')} record ({rec_id}) is malformed: {why}.")


def _simple(v: Any) -> bool:
    return v is None or (isinstance(v, (str, int, float)) and not isinstance(v, bool))


def _checker(f: Field) -> Callable[[str, str, Any], Any]:
    """A fast check for one field (made once per field and version): the value in Python
    terms, or ``BundleError`` saying why not."""
    name, t = f.name, f.type

    def missing(kind: str, rec_id: str) -> None:
        if not f.optional:
            raise _bad(kind, rec_id, f"'{name}' is missing")

    if t == "time":
        def check(kind: str, rec_id: str, value: Any) -> Any:
            if value is None:
                return missing(kind, rec_id)
            if type(value) is not str:
                raise _bad(kind, rec_id, f"'{name}' is not a time")
            try:
                parsed = datetime.fromisoformat(value)
            except ValueError:
                raise _bad(kind, rec_id, f"'{name}' is not a time") from None
            if parsed.tzinfo is None:
                raise _bad(kind, rec_id, f"'{name}' has no time zone")
            return parsed
    elif t == "int":
        def check(kind: str, rec_id: str, value: Any) -> Any:
            if value is None:
                return missing(kind, rec_id)
            if type(value) is not int:  # exact types: True is not a number here
                raise _bad(kind, rec_id, f"'{name}' is not a whole number")
            if not f.minimum <= value <= f.maximum:
                raise _bad(kind, rec_id, f"'{name}' is out of range")
            return value
    elif t in ("text", "uuid"):
        limit = f.max_len

        def check(kind: str, rec_id: str, value: Any) -> Any:
            if value is None:
                return missing(kind, rec_id)
            if type(value) is not str:
                raise _bad(kind, rec_id, f"'{name}' is not text")
            if t == "uuid" and not _UUID.fullmatch(value):
                raise _bad(kind, rec_id, f"'{name}' is not a UUID")
            if limit is not None and len(value) > limit:
                raise _bad(kind, rec_id, f"'{name}' is too long")
            return value
    else:
        ok = _SHAPES[t]

        def check(kind: str, rec_id: str, value: Any) -> Any:
            if value is None:
                return missing(kind, rec_id)
            if not ok(value):
                raise _bad(kind, rec_id, f"'{name}' is not {_WHAT[t]}")
            return value
    return check


_SHAPES: dict[str, Callable[[Any], bool]] = {
    "bool": lambda v: type(v) is bool,
    "texts": lambda v: type(v) is list and all(type(x) is str for x in v),
    "mapping": lambda v: type(v) is dict and all(isinstance(k, str) and _simple(x) for k, x in v.items()),
    "proposals": lambda v: type(v) is list and all(
        isinstance(p, dict) and set(p) <= {"text", "decision"} and isinstance(p.get("text"), str)
        and (p.get("decision") is None or isinstance(p.get("decision"), str)) for p in v),
}
_WHAT = {"bool": "true or false", "texts": "a list of texts", "mapping": "a mapping of simple values",
         "proposals": "a list of proposals"}
# Per kind and version: the checks of its fields, and the defaults of fields added later.
_CHECKS = {(k, v): [(f.name, _checker(f)) for f in fields(k, v)] for k in FIELDS for v in READS}
_LATER = {(k, v): [(f.name, f.default) for f in FIELDS[k] if f.since > v] for k in FIELDS for v in READS}
_VERSION = _checker(Field("version", "int", minimum=1))


def _validate(kind: Kind, rec_id: str, values: dict[str, Any], ref: ReferenceData) -> dict[str, Any]:
    """Refuse a record that fails validation or holds a certain identifier; return the probable
    names and addresses found (the adviser confirmed them, or an older guard let them by)."""
    fields_ = {k: v for k, v in values.items() if k in kind.input_type.__dataclass_fields__}
    if "proposals" in fields_:
        fields_["proposals"] = [Proposal(**p) for p in fields_["proposals"]]
    name = kind.name.replace("_", " ")
    try:
        data = kind.input_type(**fields_)
        return kind.validate(ref, data, confirmed=True)
    except PiiError as exc:
        raise BundleError("pii", f"A {name} record ({rec_id}) holds personal data: {exc.message}") from None
    except ValidationError as exc:
        raise BundleError("invalid_record", f"A {name} record ({rec_id}) fails validation: {exc.message}") from None
    except (TypeError, ValueError, AttributeError) as exc:
        raise _bad(kind.name, rec_id, str(exc)) from None


def read_record(kind_name: str, rec: Any, schema: int, device_id: str, ref: ReferenceData, *,
                validate_deleted: bool = False, probable: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """Column values (newest shape) for one incoming record of ``schema``, or ``BundleError``.

    A deleted record comes back erased (only id, device, version and the times it carried).
    ``validate_deleted`` checks deleted records like others, as a schema 1 reader did."""
    kind = KINDS[kind_name]
    if not isinstance(rec, dict):
        raise _bad(kind_name, "?", "not an object")
    rec_id = rec.get("id")
    if not isinstance(rec_id, str):
        raise _bad(kind_name, "?", "no id")
    if not _UUID.fullmatch(rec_id):
        raise _bad(kind_name, rec_id[:40], "the id is not a UUID")
    if schema >= TOMBSTONE_SINCE and rec.keys() == TOMBSTONE_KEYS:
        if rec["deleted"] is not True:
            raise _bad(kind_name, rec_id, "a record without content must be a deletion")
        version = _VERSION(kind_name, rec_id, rec["version"])
        return erased(kind_name, {"id": rec_id, "version": version, "device_id": device_id})
    names = _NAMES[(kind_name, schema)]
    if rec.keys() != names:
        extra = set(rec) - names
        if extra:
            raise _bad(kind_name, rec_id, f"unknown fields {', '.join(sorted(extra))}")
        raise _bad(kind_name, rec_id, f"missing fields {', '.join(sorted(names - set(rec)))}")
    values = {name: check(kind_name, rec_id, rec[name]) for name, check in _CHECKS[(kind_name, schema)]}
    for name, default in _LATER[(kind_name, schema)]:
        values[name] = default
    if values["device_id"] != device_id:
        raise BundleError("foreign_records", f"The bundle carries a {kind_name.replace('_', ' ')} "
                          f"({rec_id}) that belongs to another device ({values['device_id']}).")
    if values["deleted"] and not validate_deleted:
        return erased(kind_name, values)
    found = _validate(kind, rec_id, values, ref)
    if found and probable is not None and not values["deleted"]:
        # Listed for the coordinator by record id, with a count: never the words (logs, reports).
        probable.append({"kind": kind_name, "id": rec_id, "fields": sorted(found),
                         "words": sum(len(v) for v in found.values())})
    return erased(kind_name, values) if values["deleted"] else values


def parse_payload_records(payload: dict[str, Any], device_id: str, ref: ReferenceData,
                          counts: dict[str, Any], schema: int = 1, *, validate_deleted: bool = False,
                          probable: list[dict[str, Any]] | None = None) -> dict[str, list[dict[str, Any]]]:
    """Every record of a payload of ``schema``, checked; the counts must match the signed manifest."""
    if schema not in READS:
        raise BundleError("unknown_schema", f"The bundle's records have schema version {schema}, which "
                          f"this program does not read.", schema=schema, reads=list(READS))
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
        parsed = [read_record(kind_name, rec, schema, device_id, ref, validate_deleted=validate_deleted,
                              probable=probable) for rec in items]
        for values in parsed:
            if values["id"] in seen:
                raise BundleError("malformed_records", f"The record {values['id']} appears twice in the bundle.")
            seen.add(values["id"])
        out[kind_name] = parsed
    return out
