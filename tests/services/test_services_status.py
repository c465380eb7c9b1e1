"""The status queries behind the sync screens, without Qt."""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from yhteisoneuvonta.core.workspace import Workspace
from yhteisoneuvonta.records.inputs import EncounterInput
from yhteisoneuvonta.services import identity, logbook, setup, status
from yhteisoneuvonta.services import sync as svc


def _log(ws: Workspace, n: int) -> None:
    for _ in range(n):
        logbook.create(ws, EncounterInput(site_id="tre-annala-neuvonta", occurred_at=datetime.now(timezone.utc),
                                          minutes=5, topics=["tax"]))


def test_pending_counts_and_board(tmp_path: Path, adviser_ws: Workspace) -> None:
    coord = Workspace(tmp_path / "coordinator")
    setup.setup_coordinator(coord, "fi")
    identity.after_setup(coord, passphrase="correct horse battery staple")
    identity.after_setup(adviser_ws)
    svc.trust_coordinator(adviser_ws, svc.write_coordinator_card(coord, tmp_path / "card.json"))
    assert status.pending_counts(adviser_ws)["encounter"] == 0
    _log(adviser_ws, 2)
    assert status.pending_counts(adviser_ws)["encounter"] == 2
    first = svc.export_bundle(adviser_ws, tmp_path / "w1")
    assert sum(status.pending_counts(adviser_ws).values()) == 0
    _log(adviser_ws, 1)
    second = svc.export_bundle(adviser_ws, tmp_path / "w2")

    # Not enrolled yet: the bundle is refused and the device is listed as unknown.
    svc.import_bundles(coord, [second.path])
    board = status.board(coord)
    assert board["devices"] == [] and len(board["unknown"]) == 1
    unknown = board["unknown"][0]
    assert unknown["adviser_code"] == "N7" and unknown["refusals"][0]["reason"] == "unknown_key"
    assert Path(unknown["refusals"][0]["quarantined"]).exists()
    assert unknown["fingerprint"] == identity.keys_info(adviser_ws)["fingerprint"]

    svc.enrol_seen(coord, unknown["fingerprint"])
    svc.import_bundles(coord, [second.path])
    board = status.board(coord)
    device = board["devices"][0]
    assert device["last_seq"] == 2 and device["missing"] == [1] and device["days_since"] == 0
    assert board["unknown"] == []
    svc.import_bundles(coord, [first.path])
    assert status.board(coord)["devices"][0]["missing"] == []
    assert status.reference_state(coord)["version"] == 0
    info = status.reference_file_info(svc.export_reference(coord, tmp_path / "ref.yn.zip")["path"])
    assert info["version"] == 1 and info["fingerprint"] == identity.keys_info(coord)["fingerprint"]
    coord.close()
