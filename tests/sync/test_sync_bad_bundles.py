"""Every kind of bad input is refused with its own reason and leaves the store unchanged.

Bundles are crafted from a valid one: by editing the ZIP (no key needed) or, to reach the
checks behind the signature, by signing crafted content with the adviser's real key.
"""
from __future__ import annotations

import io
import json
import stat
import struct
import warnings
import zipfile
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest
from sync_helpers import log_encounter, log_session, pair, snapshot  # noqa: F401

from yhteisoneuvonta.core.kinds import KIND_ORDER
from yhteisoneuvonta.core.workspace import Workspace
from yhteisoneuvonta.paths import quarantine_dir
from yhteisoneuvonta.services import sync as svc
from yhteisoneuvonta.sync import agecrypt
from yhteisoneuvonta.sync import bundle as B
from yhteisoneuvonta.sync.minisign import SecretKey
from yhteisoneuvonta.sync.record_schema import row_to_payload
from yhteisoneuvonta.sync.trust import signing_key

VALID_HETU = "131052-308T"


def _members(data: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return [(i.filename, z.read(i)) for i in z.infolist()]


def _zip(members: list[tuple[str, bytes]], attrs: dict[str, int] | None = None,
         compress: bool = True) -> bytes:
    out = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # duplicate names on purpose
        with zipfile.ZipFile(out, "w") as z:
            for name, body in members:
                info = zipfile.ZipInfo(name)
                info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
                info.external_attr = (attrs or {}).get(name, (stat.S_IFREG | 0o644) << 16)
                z.writestr(info, body)
    return out.getvalue()


def _replace(data: bytes, name: str, body: bytes) -> bytes:
    return _zip([(n, body if n == name else b) for n, b in _members(data)])


def _records(ws: Workspace) -> dict[str, list[dict[str, Any]]]:
    from yhteisoneuvonta.services.logbook import KINDS

    out = {}
    with ws.store.session() as s:
        for name in KIND_ORDER:
            out[name] = [row_to_payload(r) for r in s.query(KINDS[name].model).all()]
    return out


def craft(ws: Workspace, records: dict[str, list[dict[str, Any]]] | None = None, seq: int = 1,
          recipients: list[str] | None = None, key: SecretKey | None = None, **manifest: Any) -> bytes:
    """A bundle signed with the adviser's key (or ``key``) around crafted content."""
    pin = ws.setting("coordinator_pin")
    records = _records(ws) if records is None else records
    recipients = recipients or [pin["age_recipient"]]
    m: dict[str, Any] = {
        "format": B.FORMAT, "format_version": B.FORMAT_VERSION, "record_schema": B.RECORD_SCHEMA,
        "device_id": ws.device_id, "adviser_code": "N7", "seq": seq, "prev_hash": None,
        "recipients": recipients, "created_at": datetime.now(timezone.utc).isoformat(),
        "counts": {k: len(v) for k, v in records.items()},
        "device_public_key": (key or signing_key(ws)).public().to_text(),
    }
    m.update(manifest)
    payload = {"format": B.PAYLOAD_FORMAT, "device_id": ws.device_id, "seq": seq, "records": records}
    return B.build(m, payload, recipients, key or signing_key(ws))[0]


@pytest.fixture
def env(pair, tmp_path: Path):
    adviser, coord = pair
    session = log_session(adviser)
    log_encounter(adviser, session_id=session["id"], note="Kela-asia hoidettu")
    valid = svc.export_bundle(adviser, tmp_path / "valid").path.read_bytes()
    return adviser, coord, valid


def _refused(coord: Workspace, data: bytes, tmp_path: Path, name: str = "bad.yn.zip"):
    path = tmp_path / name
    path.write_bytes(data)
    before = snapshot(coord)
    report = svc.import_bundles(coord, [path])
    assert snapshot(coord) == before, "a refused bundle changed the store"
    assert not report.ok and len(report.refused) == 1
    outcome = report.refused[0]
    assert outcome.message and outcome.quarantined and Path(outcome.quarantined).exists()
    reason = json.loads(Path(outcome.quarantined).read_text("utf-8"))
    assert reason["reason"] == outcome.reason
    return outcome


def _record(ws: Workspace, kind: str = "encounter") -> dict[str, Any]:
    return _records(ws)[kind][0]


CASES = {
    "not_a_bundle": lambda a, c, v: b"Dear coordinator, here is my week.\n",
    "truncated": lambda a, c, v: v[: len(v) // 2],
    "unsigned": lambda a, c, v: _zip([(n, b) for n, b in _members(v) if not n.endswith(".minisig")]),
    "bad_signature": lambda a, c, v: _replace(v, "manifest.json.minisig",
                                              signing_key(a).sign(b"other", "x").encode()),
    "tampered_manifest": lambda a, c, v: _replace(v, "manifest.json", dict(_members(v))["manifest.json"]
                                                  .replace(b'"N7"', b'"N8"')),
    "tampered_payload": lambda a, c, v: _replace(v, "payload.age", dict(_members(v))["payload.age"][:-1] + bytes(
        [dict(_members(v))["payload.age"][-1] ^ 1])),
    "dotdot": lambda a, c, v: _zip(_members(v) + [("../evil.txt", b"x")]),
    "absolute": lambda a, c, v: _zip(_members(v) + [("/etc/cron.d/evil", b"x")]),
    "symlink": lambda a, c, v: _zip(_members(v), attrs={"manifest.json": (stat.S_IFLNK | 0o777) << 16}),
    "duplicate": lambda a, c, v: _zip(_members(v) + [("manifest.json", b"{}")]),
    "unexpected": lambda a, c, v: _zip(_members(v) + [("readme.txt", b"hi")]),
    "bomb_ratio": lambda a, c, v: _replace(v, "payload.age", b"\0" * (20 * 1024 * 1024)),
    "declared_too_large": lambda a, c, v: _replace(v, "manifest.json", b" " * (1024 * 1024)),
    "other_coordinator": lambda a, c, v: craft(a, recipients=[agecrypt.generate_identity()[1]]),
    "newer_format": lambda a, c, v: craft(a, format_version=B.FORMAT_VERSION + 1),
    "newer_schema": lambda a, c, v: craft(a, record_schema=B.RECORD_SCHEMA + 1),
    "malformed_manifest": lambda a, c, v: craft(a, seq="one"),
    "unknown_key": lambda a, c, v: craft(a, key=SecretKey.generate()),
    "malformed_records": lambda a, c, v: craft(a, records={"encounter": [{"id": "x", "minutes": "ten"}]}),
    "wrong_types": lambda a, c, v: craft(a, records={"encounter": [{**_record(a), "minutes": "10"}]}),
    "invalid_record": lambda a, c, v: craft(a, records={"encounter": [{**_record(a), "minutes": 0}]}),
    "pii": lambda a, c, v: craft(a, records={"encounter": [{**_record(a), "note": f"hetu {VALID_HETU}"}]}),
    "foreign_records": lambda a, c, v: craft(a, records={"encounter": [{**_record(a), "device_id": "f" * 32}]}),
    "seq_jump": lambda a, c, v: craft(a, seq=5000),
    "counts_lie": lambda a, c, v: craft(a, counts={"encounter": 7}),
}
EXPECTED = {
    "not_a_bundle": "not_a_bundle", "truncated": "truncated", "unsigned": "unsigned",
    "bad_signature": "bad_signature", "tampered_manifest": "bad_signature",
    "tampered_payload": "bad_signature", "dotdot": "bad_member_name", "absolute": "bad_member_name",
    "symlink": "link_member", "duplicate": "duplicate_member", "unexpected": "unexpected_member",
    "bomb_ratio": "zip_bomb", "declared_too_large": "member_too_large",
    "other_coordinator": "not_for_us", "newer_format": "newer_format", "newer_schema": "newer_schema",
    "malformed_manifest": "malformed_manifest", "unknown_key": "unknown_key",
    "malformed_records": "malformed_records", "wrong_types": "malformed_records",
    "invalid_record": "invalid_record", "pii": "pii", "foreign_records": "foreign_records",
    "seq_jump": "seq_jump", "counts_lie": "malformed_records",
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_bundle_is_refused(env, tmp_path: Path, case: str) -> None:
    adviser, coord, valid = env
    outcome = _refused(coord, CASES[case](adviser, coord, valid), tmp_path)
    assert outcome.reason == EXPECTED[case], outcome.message


def test_refused_bundle_does_not_stop_the_batch(env, tmp_path: Path) -> None:
    adviser, coord, valid = env
    (tmp_path / "batch").mkdir()
    (tmp_path / "batch" / "a-bad.yn.zip").write_bytes(b"garbage")
    (tmp_path / "batch" / "b-good.yn.zip").write_bytes(valid)
    report = svc.import_bundles(coord, [tmp_path / "batch"])
    assert [b.status for b in report.bundles] == ["refused", "imported"]
    assert len(list(quarantine_dir(coord.data_dir).glob("*.reason.json"))) == 1


def test_member_larger_than_declared(env, tmp_path: Path) -> None:
    adviser, coord, valid = env
    # Patch the central directory's uncompressed size of manifest.json to a smaller number.
    data = bytearray(valid)
    cd = data.rfind(b"PK\x01\x02", 0, data.rfind(b"PK\x05\x06"))
    start = 0
    while True:
        pos = data.find(b"PK\x01\x02", start)
        if pos < 0:
            break
        name_len = struct.unpack("<H", data[pos + 28:pos + 30])[0]
        if data[pos + 46:pos + 46 + name_len] == b"manifest.json":
            real = struct.unpack("<I", data[pos + 24:pos + 28])[0]
            data[pos + 24:pos + 28] = struct.pack("<I", real // 2)
        start = pos + 4
    assert cd > 0
    outcome = _refused(coord, bytes(data), tmp_path)
    assert outcome.reason == "zip_bomb" and "larger than it declares" in outcome.message


def test_revoked_device_refused_earlier_records_kept(env, tmp_path: Path) -> None:
    adviser, coord, valid = env
    first = tmp_path / "first.yn.zip"
    first.write_bytes(valid)
    assert svc.import_bundles(coord, [first]).ok
    log_encounter(adviser)
    later = svc.export_bundle(adviser, tmp_path / "later").path.read_bytes()
    svc.revoke(coord, adviser.device_id)
    outcome = _refused(coord, later, tmp_path)
    assert outcome.reason == "revoked_key"
    from yhteisoneuvonta.services import history

    assert len(history.fetch(coord, history.HistoryQuery(kind="encounter"))) == 1


def test_replay_is_a_no_op_and_said_so(env, tmp_path: Path) -> None:
    adviser, coord, valid = env
    path = tmp_path / "b.yn.zip"
    path.write_bytes(valid)
    svc.import_bundles(coord, [path])
    before = snapshot(coord)
    report = svc.import_bundles(coord, [path])
    assert report.ok and report.bundles[0].status == "duplicate"
    assert "already imported, nothing changed" in report.lines()[0]
    assert snapshot(coord) == before


def test_record_owned_by_another_device_on_the_coordinator(env, tmp_path: Path, adviser_ws) -> None:
    adviser, coord, valid = env
    path = tmp_path / "b.yn.zip"
    path.write_bytes(valid)
    assert svc.import_bundles(coord, [path]).ok
    # A second enrolled device re-sends the first device's record id as its own.
    from sync_helpers import link

    from yhteisoneuvonta.core.workspace import Workspace as W

    other_dir = tmp_path / "other"
    import shutil

    shutil.copytree(adviser.data_dir, other_dir, ignore=shutil.ignore_patterns("keys", "outbox"))
    other = W(other_dir)
    other.set_settings(device_id="e" * 32)
    link(other, coord, tmp_path)
    rec = {**_record(adviser), "device_id": other.device_id}
    outcome = _refused(coord, craft(other, records={"encounter": [rec]}), tmp_path)
    assert outcome.reason == "foreign_records"
    other.close()


def test_unknown_device_can_be_enrolled_by_fingerprint(env, tmp_path: Path) -> None:
    adviser, coord, valid = env
    from yhteisoneuvonta.store.models import Device

    with coord.store.session() as s:
        s.query(Device).delete()
    outcome = _refused(coord, valid, tmp_path)
    assert outcome.reason == "unknown_key"
    seen = svc.unknown_devices(coord)
    fp = svc.keys_info(adviser)["fingerprint"]
    assert [d["fingerprint"] for d in seen] == [fp]
    svc.enrol_seen(coord, fp.replace(" ", "").lower())
    path = tmp_path / "again.yn.zip"
    path.write_bytes(valid)
    assert svc.import_bundles(coord, [path]).ok


def test_verify_without_import(env, tmp_path: Path) -> None:
    adviser, coord, valid = env
    path = tmp_path / "v.yn.zip"
    path.write_bytes(valid)
    before = snapshot(coord)
    assert svc.verify_bundle(coord, path).status == "imported"
    assert svc.verify_bundle(adviser, path).status == "valid"
    path.write_bytes(valid[:-10])
    assert svc.verify_bundle(coord, path).status == "refused"
    assert snapshot(coord) == before
