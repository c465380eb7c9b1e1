"""kill -9 in the middle of a burst of writes: every acknowledged record survives intact."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from yhteisoneuvonta.core.workspace import Workspace
from yhteisoneuvonta.paths import DB_FILENAME
from yhteisoneuvonta.services import setup

WRITER = r"""
import sys
from datetime import datetime, timezone
from yhteisoneuvonta.records.inputs import EncounterInput
from yhteisoneuvonta.services import desk
from yhteisoneuvonta.core.workspace import Workspace
ws = Workspace(sys.argv[1])
while True:
    rec = desk.log_encounter(ws, EncounterInput(site_id="tre-annala-neuvonta",
        occurred_at=datetime.now(timezone.utc), minutes=5, topics=["kela_benefits"]))
    print(rec["id"], flush=True)  # acknowledged: the commit returned
"""


def test_kill_9_during_writes_loses_no_acknowledged_record(tmp_path: Path) -> None:
    ws = Workspace(tmp_path)
    setup.setup_adviser(ws, "N7", ["tre-annala-neuvonta"])
    ws.close()
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(tmp_path)], stdout=subprocess.PIPE, text=True)
    acknowledged: list[str] = []
    assert proc.stdout is not None
    deadline = time.monotonic() + 60
    while len(acknowledged) < 40 and time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        acknowledged.append(line.strip())
    os.kill(proc.pid, signal.SIGKILL)
    rest, _ = proc.communicate()
    acknowledged += [x for x in rest.split() if x]  # printed before the kill landed
    assert len(acknowledged) >= 40

    con = sqlite3.connect(tmp_path / DB_FILENAME)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = {r[0] for r in con.execute("SELECT id FROM encounters")}
    finally:
        con.close()
    assert set(acknowledged) <= stored
    # The store still opens and takes writes after the crash.
    again = Workspace(tmp_path)
    assert again.store.integrity_check() == "ok"
    again.close()
