"""Migration 0004: the committed first-schema store still upgrades, gains the confirmation
count, and records deleted before it lose their content."""
from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from yhteisoneuvonta.core.workspace import Workspace
from yhteisoneuvonta.paths import DB_FILENAME
from yhteisoneuvonta.services import logbook

FIXTURE = Path(__file__).parent.parent / "fixtures" / "schema_0001.sqlite3"
ENCOUNTER = "22222222-2222-4222-8222-222222222222"
OBSERVATION = "33333333-3333-4333-8333-333333333333"


def test_first_schema_store_upgrades_to_record_schema_2(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(FIXTURE, data / DB_FILENAME)
    con = sqlite3.connect(data / DB_FILENAME)  # an encounter deleted under the first schema
    con.execute("UPDATE encounters SET deleted = 1, version = 2 WHERE id = ?", (ENCOUNTER,))
    con.commit()
    con.close()
    ws = Workspace(data)
    gone = logbook.get(ws, "encounter", ENCOUNTER)
    assert gone["deleted"] and gone["version"] == 2
    assert gone["note"] is None and gone["topics"] == [] and gone["site_id"] == "" and gone["minutes"] == 0
    assert gone["occurred_at"].startswith("2024-05-14T06:30:00")  # times that order it stay
    obs = logbook.get(ws, "observation", OBSERVATION)
    assert obs["pii_confirmations"] == 0 and obs["times_seen"] == 4 and obs["text"]
    with ws.store.engine.connect() as conn:
        for table in ("desk_sessions", "encounters", "form_helps", "group_sessions", "observations"):
            cols = {r[1]: r for r in conn.exec_driver_sql(f"PRAGMA table_info({table})")}
            assert cols["pii_confirmations"][3] == 1  # NOT NULL, default 0
        assert "pii_confirmations" not in {r[1] for r in conn.exec_driver_sql("PRAGMA table_info(instrument_answers)")}
    ws.store.flush_wal()
    raw = b"".join(p.read_bytes() for p in data.iterdir() if p.name.startswith(DB_FILENAME))
    assert "Kelan lomake täytettiin yhdessä".encode() not in raw
    ws.close()


def test_freed_space_is_overwritten(tmp_path: Path) -> None:
    from yhteisoneuvonta.store.engine import Store

    store = Store(tmp_path / "a.sqlite3")
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
    store.close()
