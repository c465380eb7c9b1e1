"""Two processes logging into one store while a third exports, stopped at its worst point:
every acknowledged record reaches the coordinator exactly once."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import text
from sync_helpers import PASSPHRASE, pair

from yhteisoneuvonta import faults
from yhteisoneuvonta.core.workspace import Workspace
from yhteisoneuvonta.services import sync as svc

LOGGER = r"""
import sys
from datetime import datetime, timezone
from yhteisoneuvonta.core.workspace import Workspace
from yhteisoneuvonta.records.inputs import EncounterInput
from yhteisoneuvonta.services import logbook
ws = Workspace(sys.argv[1])
topic = ws.reference().terms("topics")[0].id
for _ in range(int(sys.argv[2])):
    rec = logbook.create(ws, EncounterInput(site_id="tre-annala-neuvonta", minutes=5, topics=[topic],
                                            occurred_at=datetime.now(timezone.utc).replace(microsecond=0)))
    print(rec["id"], flush=True)  # acknowledged: the commit returned
ws.close()
"""


def _env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(Path(__file__).parents[2]), env.get("PYTHONPATH", "")])
    env.update(extra)
    return env


def _wait_for(path: Path, proc: subprocess.Popen) -> None:
    deadline = time.monotonic() + 60
    while not path.exists():
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, "the export never reached its pause point"
        time.sleep(0.01)


def test_two_loggers_and_an_export_lose_and_repeat_nothing(pair, tmp_path: Path) -> None:
    adviser, coord = pair  # the adviser's workspace stays open here, as a running window would
    data, out = adviser.data_dir, tmp_path / "stick"
    out.mkdir()
    gate = tmp_path / "gate"
    gate.touch()
    loggers = [subprocess.Popen([sys.executable, "-c", LOGGER, str(data), "25"], stdout=subprocess.PIPE,
                                text=True, env=_env()) for _ in range(2)]
    exporter = subprocess.Popen(
        [sys.executable, "-m", "yhteisoneuvonta", "--data-dir", str(data), "export", "--out", f"{out}/"],
        env=_env(**{faults.PAUSE_ENV: "export:read", faults.FILE_ENV: str(gate)}),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    # The export has read the change numbers and the records, and not yet recorded its bundle:
    # the loggers go on (or wait for it) meanwhile.
    _wait_for(gate.with_name("gate.reached"), exporter)
    time.sleep(0.3)
    gate.unlink()
    stdout, stderr = exporter.communicate(timeout=60)
    assert exporter.returncode == 0, stderr
    acknowledged: list[str] = []
    for proc in loggers:
        lines, _ = proc.communicate(timeout=120)
        assert proc.returncode == 0
        acknowledged += lines.split()
    assert len(acknowledged) == 50
    svc.export_bundle(adviser, out)

    with adviser.store.engine.connect() as conn:
        dupes = conn.execute(text("SELECT change_seq FROM encounters GROUP BY change_seq HAVING count(*) > 1")).all()
    assert dupes == []
    report = svc.import_bundles(coord, [out], passphrase=PASSPHRASE)
    assert report.ok, report.lines()
    assert all(not d.missing for d in report.devices.values())
    totals = [b.totals() for b in report.bundles]
    assert sum(t["added"] for t in totals) == len(acknowledged)  # each record in exactly one bundle
    assert sum(t["replaced"] + t["unchanged"] for t in totals) == 0
    with coord.store.engine.connect() as conn:
        at_coordinator = {r[0] for r in conn.execute(text("SELECT id FROM encounters"))}
    assert set(acknowledged) <= at_coordinator


def test_a_store_open_in_one_process_takes_writes_from_another(adviser_ws: Workspace) -> None:
    """A CLI beside a running window: both write, and the change numbers stay distinct."""
    data = adviser_ws.data_dir
    proc = subprocess.Popen([sys.executable, "-c", LOGGER, str(data), "20"], stdout=subprocess.PIPE,
                            text=True, env=_env())
    from sync_helpers import log_encounter

    mine = [log_encounter(adviser_ws)["id"] for _ in range(20)]
    theirs = proc.communicate(timeout=120)[0].split()
    assert proc.returncode == 0 and len(theirs) == 20
    with adviser_ws.store.engine.connect() as conn:
        rows = conn.execute(text("SELECT id, change_seq FROM encounters")).all()
    assert {r[0] for r in rows} == set(mine) | set(theirs)
    assert len({r[1] for r in rows}) == 40
