"""Golden files of every released record schema and reference format import into today's program.

The files were made by tests/fixtures/make_golden.py with the program of their time and are
never regenerated: an adviser who has not upgraded keeps sending exactly these.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from golden import BUNDLES, DEVICE_ID, REFERENCES, golden_adviser, golden_coordinator

from yhteisoneuvonta.services import history, logbook
from yhteisoneuvonta.services import sync as svc
from yhteisoneuvonta.sync import bundle as B


@pytest.mark.parametrize("schema", sorted(BUNDLES))
def test_golden_bundle_imports(schema: int, tmp_path: Path) -> None:
    path = BUNDLES[schema]
    assert B.parse(path.read_bytes()).manifest["record_schema"] == schema
    coord = golden_coordinator(tmp_path / "coord")
    report = svc.import_bundles(coord, [path])
    assert report.ok, report.lines()
    assert report.bundles[0].status == "imported"
    assert report.bundles[0].totals() == {"added": 6, "replaced": 0, "deleted": 1, "unchanged": 0}
    encounters = history.fetch(coord, history.HistoryQuery(kind="encounter"))
    assert [e["note"] for e in encounters] == ["Kelan lomake täytettiin yhdessä"]
    assert encounters[0]["device_id"] == DEVICE_ID and encounters[0]["minutes"] == 15
    group = history.fetch(coord, history.HistoryQuery(kind="group_session"))[0]
    assert group["proposals"] == [{"text": "Pihavalaistus kuntoon", "decision": "Viedään isännöitsijälle"}]
    observation = history.fetch(coord, history.HistoryQuery(kind="observation"))[0]
    assert logbook.get(coord, "observation", observation["id"])["times_seen"] == 3
    again = svc.import_bundles(coord, [path])
    assert again.bundles[0].status == "duplicate"
    coord.close()


@pytest.mark.parametrize("fmt", sorted(REFERENCES))
def test_golden_reference_file_imports(fmt: int, tmp_path: Path) -> None:
    adviser = golden_adviser(tmp_path / "adviser")
    result = svc.import_reference(adviser, REFERENCES[fmt])
    assert result["applied"] is True
    assert adviser.setting("reference_bundle_applied") == result["version"]
    assert [d["device_id"] for d in adviser.setting("trusted_devices")] == [DEVICE_ID]
    assert adviser.setting("receipts")["received"] == [[1, 1]]
    adviser.close()
