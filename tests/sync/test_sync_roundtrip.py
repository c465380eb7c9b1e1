"""End to end with two data directories: an adviser's bundles reach the coordinator."""
from __future__ import annotations

import random
from pathlib import Path

import pytest
from sync_helpers import (  # noqa: F401  (pair is a fixture)
    edit_minutes,
    log_encounter,
    log_form,
    log_session,
    pair,
    snapshot,
    state,
)

from yhteisoneuvonta.core.workspace import Workspace
from yhteisoneuvonta.errors import SetupError
from yhteisoneuvonta.services import history, logbook
from yhteisoneuvonta.services import sync as svc
from yhteisoneuvonta.store.models import ExportedBundle


def _import(coord: Workspace, *paths: Path, dry_run: bool = False):
    report = svc.import_bundles(coord, list(paths), dry_run=dry_run)
    assert report.ok, report.lines()
    return report


def test_log_export_import_counts_equal(pair, tmp_path: Path) -> None:
    adviser, coord = pair
    session = log_session(adviser)
    enc = log_encounter(adviser, session_id=session["id"])
    log_form(adviser, encounter_id=enc["id"])
    for n in range(5):
        log_encounter(adviser, minutes=5 + n)
    result = svc.export_bundle(adviser, tmp_path / "stick")
    assert result.path.parent == tmp_path / "stick" and result.path.exists()
    assert result.counts["encounter"] == 6
    report = _import(coord, result.path)
    assert report.bundles[0].status == "imported"
    assert report.bundles[0].totals()["added"] == 8
    assert state(coord) == state(adviser)
    listed = history.fetch(coord, history.HistoryQuery(kind="encounter"))
    assert len(listed) == 6 and {r["device_id"] for r in listed} == {adviser.device_id}
    assert all(r["version"] == 1 for r in listed)


def test_edit_and_delete_are_reflected(pair, tmp_path: Path) -> None:
    adviser, coord = pair
    a = log_encounter(adviser)
    b = log_encounter(adviser)
    _import(coord, svc.export_bundle(adviser, tmp_path / "w1").path)
    edit_minutes(adviser, a["id"], 45)
    logbook.set_deleted(adviser, "encounter", b["id"], True)
    second = svc.export_bundle(adviser, tmp_path / "w2")
    assert second.seq == 2 and second.counts["encounter"] == 2
    report = _import(coord, second.path)
    assert report.bundles[0].totals() == {"added": 0, "replaced": 1, "deleted": 1, "unchanged": 0}
    assert logbook.get(coord, "encounter", a["id"])["minutes"] == 45
    gone = logbook.get(coord, "encounter", b["id"])
    assert gone["deleted"] is True and gone["version"] == 2  # tombstone kept
    assert state(coord) == state(adviser)


def test_same_bundle_twice_and_dry_run_change_nothing(pair, tmp_path: Path) -> None:
    adviser, coord = pair
    log_encounter(adviser)
    path = svc.export_bundle(adviser, tmp_path).path
    before = snapshot(coord)
    dry = _import(coord, path, dry_run=True)
    assert dry.dry_run and dry.bundles[0].totals()["added"] == 1
    assert snapshot(coord) == before
    _import(coord, path)
    after_first = snapshot(coord)
    again = _import(coord, path)
    assert again.bundles[0].status == "duplicate"
    assert "already imported" in again.lines()[0]
    assert again.devices[adviser.device_id].duplicates == [1]
    assert snapshot(coord) == after_first


def test_out_of_order_with_gap_report(pair, tmp_path: Path) -> None:
    adviser, coord = pair
    session = log_session(adviser)
    paths = [svc.export_bundle(adviser, tmp_path / "s1").path]
    enc = log_encounter(adviser, session_id=session["id"])  # points at bundle 1's session
    paths.append(svc.export_bundle(adviser, tmp_path / "s2").path)
    edit_minutes(adviser, enc["id"], 30)
    paths.append(svc.export_bundle(adviser, tmp_path / "s3").path)
    report = _import(coord, paths[2])
    assert report.devices[adviser.device_id].missing == [1, 2]
    assert "bundle 1 of N7 missing" in "\n".join(report.lines())
    _import(coord, paths[1])  # older version of the encounter: must not win
    assert logbook.get(coord, "encounter", enc["id"])["minutes"] == 30
    final = _import(coord, paths[0])
    assert final.devices[adviser.device_id].missing == []
    assert state(coord) == state(adviser)


def test_export_refused_without_pinned_coordinator(adviser_ws: Workspace, tmp_path: Path) -> None:
    log_encounter(adviser_ws)
    with pytest.raises(SetupError, match="trust-coordinator"):
        svc.export_bundle(adviser_ws, tmp_path)


def test_empty_export_is_a_heartbeat(pair, tmp_path: Path) -> None:
    adviser, coord = pair
    result = svc.export_bundle(adviser, tmp_path / "empty")
    assert sum(result.counts.values()) == 0
    assert _import(coord, result.path).bundles[0].status == "imported"


def test_reference_back_confirms_and_purge(pair, tmp_path: Path) -> None:
    adviser, coord = pair
    old = log_encounter(adviser, days_ago=400)
    log_form(adviser, encounter_id=old["id"], days_ago=400)
    recent = log_encounter(adviser, days_ago=1)
    first = svc.export_bundle(adviser, tmp_path / "1")
    unsent = log_encounter(adviser, days_ago=500)  # changed after: never purged before confirmed
    second = svc.export_bundle(adviser, tmp_path / "2")
    _import(coord, first.path)
    ref = svc.export_reference(coord, tmp_path / "ref.yn.zip", retention_days=365)
    result = svc.import_reference(adviser, ref["path"])
    assert result["applied"] and result["confirmed"] == [1] and result["missing"] == [2]
    assert [b["confirmed"] for b in svc.bundles(adviser)] == [True, False]
    # the same file again: not newer, nothing changes
    assert svc.import_reference(adviser, ref["path"])["applied"] is False
    dry = svc.purge(adviser, dry_run=True)
    assert dry["deleted"]["encounter"] == 1 and dry["deleted"]["form_help"] == 1
    assert logbook.get(adviser, "encounter", old["id"])
    done = svc.purge(adviser)
    assert done["deleted"] == dry["deleted"]
    with pytest.raises(Exception):
        logbook.get(adviser, "encounter", old["id"])
    assert logbook.get(adviser, "encounter", recent["id"])
    assert logbook.get(adviser, "encounter", unsent["id"])
    # send again for the unconfirmed one still works, and its import completes the coordinator
    again = svc.send_again(adviser, 2, None, tmp_path / "again")
    assert again[0].path.read_bytes() == second.path.read_bytes()
    _import(coord, again[0].path)
    assert len(history.fetch(coord, history.HistoryQuery(kind="encounter"))) == 3


def test_reference_data_applies_only_if_newer_and_pins(pair, tmp_path: Path, adviser_ws) -> None:
    adviser, coord = pair
    ref = coord.reference().to_dict()
    ref["manifest"]["version"] += 1
    ref["sites"][0]["name"] = "Uusi nimi"
    from yhteisoneuvonta.records.reference import ReferenceData

    assert coord.install_reference(ReferenceData.from_dict(ref), "test")
    path = svc.export_reference(coord, tmp_path / "r.zip")["path"]
    result = svc.import_reference(adviser, path)
    assert result["reference_installed"]
    assert adviser.reference().sites[0].name == "Uusi nimi"


def test_send_again_regenerates_when_copy_lost(pair, tmp_path: Path) -> None:
    adviser, coord = pair
    a = log_encounter(adviser)
    first = svc.export_bundle(adviser, tmp_path / "1")
    b = log_encounter(adviser)
    second = svc.export_bundle(adviser, tmp_path / "2")
    _import(coord, second.path)
    for p in (adviser.data_dir / "outbox").iterdir():
        p.unlink()
    first.path.unlink()  # the stick is lost
    again = svc.send_again(adviser, 1, 1, tmp_path / "again")
    assert again[0].resent
    report = _import(coord, again[0].path)
    assert report.bundles[0].status == "resent"
    assert report.devices[adviser.device_id].missing == []
    assert logbook.get(coord, "encounter", a["id"]) and logbook.get(coord, "encounter", b["id"])


def test_crash_after_reservation_reuses_sequence(pair, tmp_path: Path) -> None:
    adviser, coord = pair
    log_encounter(adviser)
    # An export that crashed after recording its number, before any file reached the disk.
    with adviser.store.session() as s:
        from yhteisoneuvonta.core.clock import utcnow

        s.add(ExportedBundle(seq=1, hash="0" * 64, prev_hash=None, created_at=utcnow(), from_change=0,
                             to_change=1, counts={}, state="reserved", confirmed=False))
    result = svc.export_bundle(adviser, tmp_path)
    assert result.seq == 1
    assert [b["state"] for b in svc.bundles(adviser)] == ["sent"]
    assert _import(coord, result.path).bundles[0].totals()["added"] == 1


def test_write_failure_leaves_no_file_and_next_export_continues(pair, tmp_path: Path) -> None:
    adviser, coord = pair
    log_encounter(adviser)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(OSError):
        svc.export_bundle(adviser, blocker / "sub")
    assert [b["state"] for b in svc.bundles(adviser)] == ["written"]  # kept in the outbox
    log_encounter(adviser)
    nxt = svc.export_bundle(adviser, tmp_path / "ok")
    assert nxt.seq == 2
    again = svc.send_again(adviser, 1, 1, tmp_path / "ok")
    report = _import(coord, nxt.path, again[0].path)
    assert sum(b.totals()["added"] for b in report.bundles) == 2


def test_many_bundles_shuffled(pair, tmp_path: Path) -> None:
    adviser, coord = pair
    rng = random.Random(5)
    ids: list[str] = []
    paths = []
    for week in range(6):
        for _ in range(3):
            ids.append(log_encounter(adviser, minutes=rng.randint(1, 60))["id"])
        live = [i for i in ids if not logbook.get(adviser, "encounter", i)["deleted"]]
        edit_minutes(adviser, rng.choice(live), rng.randint(1, 60))  # a deleted one has no content
        logbook.set_deleted(adviser, "encounter", rng.choice(ids), True)
        paths.append(svc.export_bundle(adviser, tmp_path / f"w{week}").path)
    rng.shuffle(paths)
    _import(coord, *paths, paths[0], paths[3])
    assert state(coord) == state(adviser)


def test_clock_warning(pair, tmp_path: Path) -> None:
    adviser, coord = pair
    from datetime import timedelta

    from yhteisoneuvonta.core.clock import utcnow

    path = svc.export_reference(coord, tmp_path / "r.zip")["path"]
    svc.import_reference(adviser, path)
    assert svc.clock_warning(adviser) is None
    assert "behind" in svc.clock_warning(adviser, now=utcnow() - timedelta(days=3))
