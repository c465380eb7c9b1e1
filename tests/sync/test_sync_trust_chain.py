"""Verify before trusting, times that are possible, and the chain in words (issue 12)."""
from __future__ import annotations

import io
import logging
import shutil
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path
from typing import Any

import pytest
from sync_helpers import link, log_encounter, new_coordinator, pair, snapshot, state  # noqa: F401
from test_sync_bad_bundles import _record, _records, _refused, craft, env  # noqa: F401

from yhteisoneuvonta.core.workspace import Workspace
from yhteisoneuvonta.errors import BundleError
from yhteisoneuvonta.services import status
from yhteisoneuvonta.services import sync as svc
from yhteisoneuvonta.store.models import Device
from yhteisoneuvonta.sync import importer
from yhteisoneuvonta.sync.minisign import SecretKey
from yhteisoneuvonta.sync.reference_bundle import receipts

STRANGER_DEVICE = "5" * 32


def _write(tmp: Path, name: str, data: bytes) -> Path:
    path = tmp / name
    path.write_bytes(data)
    return path


def _forget_devices(coord: Workspace) -> None:
    with coord.store.session() as s:
        s.query(Device).delete()


def _second_device(adviser: Workspace, coord: Workspace, tmp: Path, code: str = "K3") -> Workspace:
    other_dir = tmp / "other"
    shutil.copytree(adviser.data_dir, other_dir, ignore=shutil.ignore_patterns("keys", "outbox"))
    other = Workspace(other_dir)
    other.set_settings(device_id="e" * 32, adviser_code=code)
    (tmp / "o").mkdir()
    link(other, coord, tmp / "o")
    return other


# --- verify before trusting ---------------------------------------------------------------------
def test_stranger_cannot_steer_enrolment_by_fingerprint(env, tmp_path: Path) -> None:
    adviser, coord, valid = env
    _forget_devices(coord)
    real_fp = svc.keys_info(adviser)["fingerprint"]
    # A stranger's file names the real device's public key but is signed by the stranger.
    forged = craft(adviser, key=SecretKey.generate(), device_id=STRANGER_DEVICE,
                   device_public_key=svc.keys_info(adviser)["public_key"])
    assert _refused(coord, forged, tmp_path, "forged.yn.zip").reason == "unknown_key"
    assert svc.unknown_devices(coord) == []
    with pytest.raises(Exception):
        svc.enrol_seen(coord, real_fp)
    # The real device's bundle proves its key; the coordinator compares the fingerprint and enrols.
    assert _refused(coord, valid, tmp_path).reason == "unknown_key"
    assert [(d["fingerprint"], d["device_id"]) for d in svc.unknown_devices(coord)] == [
        (real_fp, adviser.device_id)]
    # The stranger's file again, after: it must not overwrite what was seen.
    _refused(coord, forged, tmp_path, "forged2.yn.zip")
    enrolled = svc.enrol_seen(coord, real_fp)
    assert enrolled["device_id"] == adviser.device_id
    assert svc.unknown_devices(coord) == []  # an enrolled key is never listed as unknown
    # The refused bundle and a later one import now.
    log_encounter(adviser)
    later = svc.export_bundle(adviser, tmp_path / "later").path
    report = svc.import_bundles(coord, [_write(tmp_path, "again.yn.zip", valid), later])
    assert [b.status for b in report.bundles] == ["imported", "imported"]


def test_one_key_seen_with_two_device_ids_needs_the_device(env, tmp_path: Path) -> None:
    adviser, coord, valid = env
    _forget_devices(coord)
    _refused(coord, valid, tmp_path)
    _refused(coord, craft(adviser, device_id="d" * 32), tmp_path, "other-id.yn.zip")
    fp = svc.keys_info(adviser)["fingerprint"]
    assert sorted(d["device_id"] for d in svc.unknown_devices(coord)) == sorted([adviser.device_id, "d" * 32])
    with pytest.raises(BundleError) as err:
        svc.enrol_seen(coord, fp)
    assert err.value.reason == "ambiguous_device"
    assert svc.enrol_seen(coord, fp, adviser.device_id)["device_id"] == adviser.device_id
    assert svc.import_bundles(coord, [_write(tmp_path, "v.yn.zip", valid)]).ok


def test_seen_first_then_enrolled_with_its_own_file(env, tmp_path: Path) -> None:
    adviser, coord, valid = env
    _forget_devices(coord)
    _refused(coord, valid, tmp_path)
    svc.enrol(coord, svc.write_enrolment(adviser, tmp_path / "enrol-again.json"))
    assert svc.unknown_devices(coord) == []
    assert svc.import_bundles(coord, [_write(tmp_path, "v.yn.zip", valid)]).ok


def test_device_id_swap_names_both_devices(env, tmp_path: Path) -> None:
    adviser, coord, valid = env
    other = _second_device(adviser, coord, tmp_path)
    swapped = craft(adviser, device_id=other.device_id, records={k: [] for k in _records(adviser)})
    outcome = _refused(coord, swapped, tmp_path)
    assert outcome.reason == "device_mismatch"
    assert "N7" in outcome.message and "K3" in outcome.message and "key" not in outcome.message
    other.close()


def test_receipts_list_only_refusals_a_signature_ties_to_the_device(env, tmp_path: Path) -> None:
    adviser, coord, valid = env
    forged = craft(adviser, key=SecretKey.generate(), device_public_key=svc.keys_info(adviser)["public_key"])
    _refused(coord, forged, tmp_path, "forged.yn.zip")  # names the adviser's device, not signed by it
    bad = craft(adviser, records={"encounter": [{**_record(adviser), "minutes": 0}]})
    _refused(coord, bad, tmp_path, "real-but-invalid.yn.zip")
    mine = receipts(coord)[adviser.device_id]["refusals"]
    assert [r["reason"] for r in mine] == ["invalid_record"]
    assert [r["file"] for r in mine] == ["real-but-invalid.yn.zip"]


# --- the boundary -------------------------------------------------------------------------------
def test_unexpected_error_is_an_internal_error_of_that_file(env, tmp_path: Path, monkeypatch,
                                                            caplog: pytest.LogCaptureFixture) -> None:
    adviser, coord, valid = env
    real = importer._checked

    def broken(ctx, parsed, name, claim):
        if name.startswith("a-"):
            raise KeyError("a bug")
        return real(ctx, parsed, name, claim)

    monkeypatch.setattr(importer, "_checked", broken)
    batch = tmp_path / "batch"
    batch.mkdir()
    _write(batch, "a-first.yn.zip", valid)
    _write(batch, "b-second.yn.zip", valid)
    before = snapshot(coord)
    report = svc.import_bundles(coord, [batch])
    first, second = report.bundles
    assert first.status == "refused" and first.reason == "internal_error" and "a-first.yn.zip" in first.message
    assert first.quarantined and Path(first.quarantined).exists()
    assert second.status == "imported"
    assert snapshot(coord) != before
    logged = [r for r in caplog.records if r.exc_info]
    assert logged and "a-first.yn.zip" in logged[0].getMessage()


def test_a_fifo_or_folder_entry_is_refused_not_waited_for(env, tmp_path: Path) -> None:
    adviser, coord, valid = env
    fifo = tmp_path / "pipe.yn.zip"
    import os

    os.mkfifo(fifo)
    report = svc.import_bundles(coord, [fifo, _write(tmp_path, "v.yn.zip", valid)])
    assert [b.reason for b in report.bundles] == ["not_a_file", None]


# --- plain text out -----------------------------------------------------------------------------
def test_file_names_reach_the_terminal_escaped(env, tmp_path: Path) -> None:
    adviser, coord, valid = env
    from yhteisoneuvonta.cli import run

    name = "evil\x1b[2J\u202egpj.yn.zip"
    _write(tmp_path, name, b"Dear coordinator")
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = run(["--data-dir", str(coord.data_dir), "import", str(tmp_path / name)])
    assert code == 1
    text = out.getvalue() + err.getvalue()
    assert "\x1b" not in text and "\u202e" not in text
    assert "evil\\x1b[2J\\u202egpj.yn.zip" in text


# --- time ---------------------------------------------------------------------------------------
def _in_year(rec: dict[str, Any], year: int) -> dict[str, Any]:
    return {k: (f"{year}{v[4:]}" if k.endswith("_at") and isinstance(v, str) else v) for k, v in rec.items()}


def test_laptop_clock_far_ahead_is_its_problem_not_ours(env, tmp_path: Path) -> None:
    adviser, coord, valid = env
    records = {k: [_in_year(r, 2099) for r in v] for k, v in _records(adviser).items()}
    from datetime import datetime, timezone

    created = "2099" + datetime.now(timezone.utc).isoformat()[4:]
    report = svc.import_bundles(coord, [_write(tmp_path, "ahead.yn.zip", craft(adviser, records, created_at=created))])
    assert report.ok and "clock_ahead" in report.bundles[0].warning_codes
    assert any("clock of N7's computer" in line for line in report.lines())
    assert svc.clock_warning(coord) is None  # no standing warning about the coordinator's clock
    device = next(d for d in status.board(coord)["devices"] if d["device_id"] == adviser.device_id)
    assert device["clock_ahead_days"] and device["clock_ahead_days"] > 25000


# --- the chain ----------------------------------------------------------------------------------
def _board_device(coord: Workspace, device_id: str) -> dict[str, Any]:
    return next(d for d in status.board(coord)["devices"] if d["device_id"] == device_id)


def test_chain_break_is_said_in_the_text_report_and_on_the_board(env, tmp_path: Path) -> None:
    adviser, coord, valid = env
    assert svc.import_bundles(coord, [_write(tmp_path, "1.yn.zip", valid)]).ok
    report = svc.import_bundles(coord, [_write(tmp_path, "2.yn.zip", craft(adviser, seq=2, prev_hash="0" * 64))])
    assert report.ok and "chain_broken" in report.bundles[0].warning_codes
    assert any("chain" in line and "N7" in line for line in report.lines())
    assert _board_device(coord, adviser.device_id)["chain_breaks"] == [2]


def test_fork_and_rollback_are_told_apart(env, tmp_path: Path) -> None:
    adviser, coord, valid = env
    assert svc.import_bundles(coord, [_write(tmp_path, "1.yn.zip", valid)]).ok
    fork = craft(adviser, records={k: [] for k in _records(adviser)}, seq=1)
    report = svc.import_bundles(coord, [_write(tmp_path, "1b.yn.zip", fork)])
    assert report.bundles[0].status == "fork"
    assert any("Two different bundles 1 arrived from N7" in w for w in report.bundles[0].warnings)
    svc.import_bundles(coord, [_write(tmp_path, "2.yn.zip", craft(adviser, seq=2))])
    back = craft(adviser, records={k: [] for k in _records(adviser)}, seq=1, adviser_code="N7",
                 period={"from": "x"})
    report = svc.import_bundles(coord, [_write(tmp_path, "1c.yn.zip", back)])
    assert report.bundles[0].status == "rollback"
    assert any("backup" in line for line in report.lines())
    device = _board_device(coord, adviser.device_id)
    assert device["forks"] == [1] and device["rollbacks"] == [1]


def test_equal_versions_settle_the_same_whatever_the_order(env, tmp_path: Path) -> None:
    adviser, coord, valid = env
    rec = _record(adviser)
    first = craft(adviser, records={"encounter": [{**rec, "minutes": 11}]}, seq=1)
    second = craft(adviser, records={"encounter": [{**rec, "minutes": 12}]}, seq=2)
    other = new_coordinator(tmp_path / "coordinator2")
    svc.enrol(other, svc.write_enrolment(adviser, tmp_path / "enrol2.json"))
    svc.import_bundles(coord, [_write(tmp_path, "a1.yn.zip", first)])
    svc.import_bundles(coord, [_write(tmp_path, "a2.yn.zip", second)])
    svc.import_bundles(other, [_write(tmp_path, "b2.yn.zip", second)])
    svc.import_bundles(other, [_write(tmp_path, "b1.yn.zip", first)])
    assert state(coord) == state(other)
    kept = [svc.conflicts(ws) for ws in (coord, other)]
    assert [len(k) for k in kept] == [1, 1]
    assert kept[0][0]["other"]["minutes"] == kept[1][0]["other"]["minutes"]
    applied = state(coord)["encounters"][rec["id"]]
    assert dict(applied)["minutes"] != kept[0][0]["other"]["minutes"]
    assert _board_device(coord, adviser.device_id)["conflicts"]
    other.close()
