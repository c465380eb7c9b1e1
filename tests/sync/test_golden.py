"""Golden files of every released record schema and reference format import into today's program.

The files were made by tests/fixtures/make_golden.py with the program of their time and are
never regenerated: an adviser who has not upgraded keeps sending exactly these.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from golden import (
    BUNDLES,
    DELETED_NOTE,
    DEVICE_ID,
    REFERENCES,
    coordinator_identities,
    golden_adviser,
    golden_coordinator,
    store_bytes,
)

from yhteisoneuvonta.services import history, logbook
from yhteisoneuvonta.services import sync as svc
from yhteisoneuvonta.sync import bundle as B
from yhteisoneuvonta.sync.export import record_schema_for
from yhteisoneuvonta.sync.trust import COORDINATOR_READS_SETTING


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
    # schema 2 carries the name guard's confirmation count; schema 1 reads as 0
    assert report.pii_confirmed == (1 if schema >= 2 else 0)
    assert [logbook.get(coord, "encounter", e["id"])["pii_confirmations"] for e in encounters] == [
        1 if schema >= 2 else 0]
    # the deleted encounter: schema 1 still carried its note, schema 2 only the deletion;
    # either way the coordinator keeps no content of it
    payload = B.decrypt_payload(B.parse(path.read_bytes()), coordinator_identities())
    assert (DELETED_NOTE in str(payload)) == (schema == 1)
    gone = history.fetch(coord, history.HistoryQuery(kind="encounter", include_deleted=True))
    assert [g["note"] for g in gone if g["deleted"]] == [None]
    assert DELETED_NOTE.encode() not in store_bytes(coord)
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
    # what the coordinator reads decides what this adviser writes: a file without the list is schema 1
    assert adviser.setting(COORDINATOR_READS_SETTING) == {1: [1], 2: [1, 2]}[fmt]
    assert record_schema_for(adviser) == {1: 1, 2: 2}[fmt]
    adviser.close()


def test_import_command_shows_the_confirmation_count(tmp_path: Path) -> None:
    import io
    import json
    from contextlib import redirect_stdout

    from yhteisoneuvonta.cli import run

    golden_coordinator(tmp_path / "coord").close()

    def cli(*args: str) -> str:
        out = io.StringIO()
        with redirect_stdout(out):
            assert run(["--data-dir", str(tmp_path / "coord"), "import", *args]) == 0
        return out.getvalue()

    dry = json.loads(cli("--dry-run", "--json", str(BUNDLES[2])))
    assert dry["pii_confirmed"] == 1 and dry["bundles"][0]["pii_confirmed"] == 1
    assert "confirmed holds no name or address: 1" in cli(str(BUNDLES[2]))
