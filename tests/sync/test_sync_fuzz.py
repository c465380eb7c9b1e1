"""Fuzzing the import boundary with mutated real bundles and manifests: whatever the bytes,
reading a file ends in an outcome (imported, duplicate or a coded refusal), never an
exception. Fixed example counts and derandomized, so CI runs the same cases every time."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hostile import members, pack, signed_raw_payload, with_manifest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sync_helpers import pair  # noqa: F401
from test_sync_bad_bundles import _records, env  # noqa: F401

from yhteisoneuvonta.services import identity
from yhteisoneuvonta.sync import bundle as B
from yhteisoneuvonta.sync import importer
from yhteisoneuvonta.sync.trust import public_keys_by_device, signing_key

FUZZ = settings(derandomize=True, deadline=None, database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                       HealthCheck.data_too_large])
OUTCOMES = {"imported", "duplicate", "refused", "fork", "rollback", "resent"}

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(st.characters(codec=None), max_size=30) | st.sampled_from(["\ud800", "\x1b[2J", "0001-01-01T00:00:00+14:00",
                                                                         "9999-12-31T23:59:59-12:00", "2099-01-01T00:00:00+00:00"]),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12)


def _context(coord) -> importer._Context:
    ids = identity.coordinator_identities(coord, None, None)
    from yhteisoneuvonta.sync.agecrypt import recipient_of

    ctx = importer._Context(coord, ids, {recipient_of(i) for i in ids}, coord.reference(),
                            public_keys_by_device(coord), dry_run=True)
    importer._load_state(ctx)
    return ctx


def _read(ctx: importer._Context, data: bytes) -> None:
    outcome = importer._import_one(ctx, data, "fuzz.yn.zip")  # raises if the boundary leaks
    assert outcome.status in OUTCOMES
    assert outcome.reason != "internal_error"


@st.composite
def _byte_edits(draw: st.DrawFn, size: int) -> list[tuple[str, int, int]]:
    return draw(st.lists(st.tuples(st.sampled_from(["flip", "cut", "insert", "zero"]),
                                   st.integers(0, size - 1), st.integers(0, 255)), min_size=1, max_size=6))


def _apply(data: bytes, edits: list[tuple[str, int, int]]) -> bytes:
    buf = bytearray(data)
    for op, at, value in edits:
        at = min(at, max(len(buf) - 1, 0))
        if op == "flip" and buf:
            buf[at] ^= value or 1
        elif op == "cut":
            del buf[at:at + value + 1]
        elif op == "insert":
            buf[at:at] = bytes([value]) * (value % 7 + 1)
        elif op == "zero" and buf:
            buf[at] = 0
    return bytes(buf)


def test_fuzz_bytes_of_a_real_bundle(env) -> None:
    adviser, coord, valid = env
    ctx = _context(coord)

    @settings(FUZZ, max_examples=1200)
    @given(_byte_edits(len(valid)))
    def run(edits: list[tuple[str, int, int]]) -> None:
        _read(ctx, _apply(valid, edits))

    run()


def test_fuzz_manifest_fields_unsigned_and_signed(env) -> None:
    adviser, coord, valid = env
    ctx = _context(coord)
    manifest = json.loads(dict(members(valid))[B.MANIFEST])
    cipher = dict(members(valid))[B.PAYLOAD]
    key = signing_key(adviser)

    @settings(FUZZ, max_examples=600)
    @given(st.sampled_from(sorted(manifest) + ["extra"]), JSON_VALUES, st.booleans())
    def run(field: str, value: Any, signed: bool) -> None:
        m = {**manifest, field: value}
        body = json.dumps(m, sort_keys=True, indent=1).encode("utf-8", "surrogatepass")
        _read(ctx, pack(body, cipher, key) if signed else with_manifest(valid, body))

    run()


def test_fuzz_manifest_bytes(env) -> None:
    adviser, coord, valid = env
    ctx = _context(coord)
    body = dict(members(valid))[B.MANIFEST]

    @settings(FUZZ, max_examples=500)
    @given(_byte_edits(len(body)))
    def run(edits: list[tuple[str, int, int]]) -> None:
        _read(ctx, with_manifest(valid, _apply(body, edits)))

    run()


def test_fuzz_signed_records(env) -> None:
    adviser, coord, valid = env
    ctx = _context(coord)
    records = _records(adviser)
    kind = "encounter"
    rec = records[kind][0]

    @settings(FUZZ, max_examples=250)
    @given(st.sampled_from(sorted(rec) + ["extra"]), JSON_VALUES)
    def run(field: str, value: Any) -> None:
        payload = {"format": B.PAYLOAD_FORMAT, "device_id": adviser.device_id, "seq": 1,
                   "records": {**records, kind: [{**rec, field: value}]}}
        plain = json.dumps(payload, ensure_ascii=True).encode()
        _read(ctx, signed_raw_payload(adviser, plain, {k: len(v) for k, v in records.items()}))

    run()
