"""A folder of mixed files (the inbox a coordinator really has): only bundles are imported,
other files are listed as skipped and never quarantined; a device's refusal mark clears once
a later bundle of it imports."""
from __future__ import annotations

import json
import shutil
from datetime import datetime, timezone
from pathlib import Path

import pytest

from yhteisoneuvonta.core.workspace import Workspace
from yhteisoneuvonta.records.inputs import EncounterInput
from yhteisoneuvonta.services import identity, logbook, setup, status
from yhteisoneuvonta.services import sync as svc
from yhteisoneuvonta.sync import quarantine


@pytest.fixture
def coord(tmp_path: Path):
    ws = Workspace(tmp_path / "coordinator")
    setup.setup_coordinator(ws, "fi")
    identity.after_setup(ws, passphrase="correct horse battery staple")
    yield ws
    ws.close()


def _log(ws: Workspace) -> None:
    logbook.create(ws, EncounterInput(site_id="tre-annala-neuvonta", occurred_at=datetime.now(timezone.utc),
                                      minutes=5, topics=["tax"]))


def test_only_bundles_are_taken_from_a_folder(tmp_path, adviser_ws, coord):
    identity.after_setup(adviser_ws)
    svc.trust_coordinator(adviser_ws, svc.write_coordinator_card(coord, tmp_path / "card.json"))
    svc.enrol(coord, svc.write_enrolment(adviser_ws, tmp_path / "enrol.json"))
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    _log(adviser_ws)
    bundle = svc.export_bundle(adviser_ws, inbox).path
    (inbox / "viikkoraportti.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\n1 0 obj\n")
    (inbox / "kuva.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 40)
    shutil.copy(tmp_path / "card.json", inbox / "koordinaattorikortti.json")
    (inbox / "muistiinpano.json").write_text(json.dumps({"a": 1}))
    svc.export_reference(coord, inbox / "viitetiedosto.yn.zip")
    before = len(quarantine.refusals(coord))

    report = svc.import_bundles(coord, [inbox])
    assert [b.file for b in report.bundles] == [Path(bundle).name]
    assert report.ok
    assert sorted(report.skipped) == sorted(["viikkoraportti.pdf", "kuva.png", "koordinaattorikortti.json",
                                             "muistiinpano.json", "viitetiedosto.yn.zip"])
    assert any("kuva.png" in line for line in report.lines())
    assert len(quarantine.refusals(coord)) == before  # nothing quarantined
    assert status.board(coord)["refusals"] == 0
    # A file named on its own is still checked, and refused with its reason.
    alone = svc.import_bundles(coord, [inbox / "kuva.png"], dry_run=True)
    assert alone.refused and alone.skipped == []


def test_a_refusal_mark_clears_when_a_later_bundle_imports(tmp_path, adviser_ws, coord):
    identity.after_setup(adviser_ws)
    svc.trust_coordinator(adviser_ws, svc.write_coordinator_card(coord, tmp_path / "card.json"))
    _log(adviser_ws)
    first = svc.export_bundle(adviser_ws, tmp_path / "w1")
    assert not svc.import_bundles(coord, [first.path]).ok  # not enrolled yet: refused
    board = status.board(coord)
    assert board["refusals"] == 1 and board["unknown"][0]["refusals"]
    svc.enrol(coord, svc.write_enrolment(adviser_ws, tmp_path / "enrol.json"))
    _log(adviser_ws)
    second = svc.export_bundle(adviser_ws, tmp_path / "w2")
    assert svc.import_bundles(coord, [second.path]).ok
    board = status.board(coord)
    device = board["devices"][0]
    assert device["refusals"] == [] and len(device["settled_refusals"]) == 1
    assert board["refusals"] == 0
