"""The coordinator's import runs the same name guard: a probable name in an imported note is
counted and listed by record id, never refused and never written to the log."""
from __future__ import annotations

import json
import logging
from datetime import datetime, timezone
from pathlib import Path

from sync_helpers import pair, topic  # noqa: F401  (pair is a fixture)

from yhteisoneuvonta.core.workspace import Workspace
from yhteisoneuvonta.records.inputs import EncounterInput
from yhteisoneuvonta.services import desk, history
from yhteisoneuvonta.services import sync as svc


def _encounter(ws: Workspace, note: str, confirm: bool) -> dict:
    data = EncounterInput(site_id="tre-annala-neuvonta", occurred_at=datetime.now(timezone.utc), minutes=10,
                          topics=[topic(ws)], note=note)
    return desk.log_encounter(ws, data, confirm_not_personal=confirm)


def test_import_lists_probable_names_by_record_id(pair, tmp_path: Path, caplog) -> None:  # noqa: F811
    adviser, coord = pair
    named = _encounter(adviser, "Kari Laine ohjasi Kelaan", confirm=True)
    plain = _encounter(adviser, "Kelan asumistuki, liitteet puuttuivat", confirm=False)
    bundle = svc.export_bundle(adviser, tmp_path / "stick").path
    with caplog.at_level(logging.DEBUG):
        report = svc.import_bundles(coord, [bundle])
    assert report.ok
    [outcome] = report.bundles
    assert outcome.probable_personal == [{"kind": "encounter", "id": named["id"], "fields": ["note"], "words": 1}]
    assert plain["id"] not in json.dumps(report.to_dict()["bundles"][0]["probable_personal"])
    assert named["id"] in "\n".join(report.lines()) and "may name a person" in "\n".join(report.lines())
    assert "Kari" not in json.dumps(report.to_dict()) and "Kari" not in "\n".join(report.lines())
    assert "Kari" not in caplog.text
    assert report.pii_confirmed == 1 and report.to_dict()["pii_confirmed"] == 1
    # the record is imported as it is: the adviser confirmed it
    assert {r["id"] for r in history.fetch(coord, history.HistoryQuery(kind="encounter"))} >= {named["id"]}
