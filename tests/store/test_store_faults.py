"""Faults against real files: a killed upgrade, zero-byte, foreign and damaged stores."""
from __future__ import annotations

import hashlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest

from yhteisoneuvonta import faults
from yhteisoneuvonta.core.workspace import Workspace
from yhteisoneuvonta.errors import (
    StoreCorruptError,
    StoreEmptyError,
    StoreForeignError,
    StoreUndecodableError,
)
from yhteisoneuvonta.paths import DB_FILENAME
from yhteisoneuvonta.records.inputs import EncounterInput
from yhteisoneuvonta.services import logbook
from yhteisoneuvonta.store import Store, backups
from yhteisoneuvonta.store.migrate import HEAD_REVISION, KNOWN_REVISIONS

FIXTURE = Path(__file__).parent.parent / "fixtures" / "schema_0001.sqlite3"
ROOT = Path(__file__).parents[2]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run(code: str, *args: str, **env: str) -> subprocess.CompletedProcess:
    full = {**os.environ, "PYTHONPATH": str(ROOT), **env}
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=full)


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "yhteisoneuvonta", *args], capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})


OPEN = "import sys; from yhteisoneuvonta.core.workspace import Workspace; Workspace(sys.argv[1]).close()"


def raw(path: Path, sql: str):
    con = sqlite3.connect(path)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


@pytest.mark.parametrize("step", [f"migrate:{r}" for r in KNOWN_REVISIONS[1:]] + ["migrate:before-commit"])
def test_a_killed_upgrade_leaves_the_old_file_openable_and_one_backup(tmp_path: Path, step: str) -> None:
    data = tmp_path / "data"
    data.mkdir()
    db = data / DB_FILENAME
    shutil.copy(FIXTURE, db)
    for attempt in range(2):  # two failed starts
        proc = run(OPEN, str(data), **{faults.KILL_ENV: step})
        assert proc.returncode == -signal.SIGKILL, proc.stderr
        # The old schema, whole: nothing of the interrupted upgrade was committed.
        assert raw(db, "SELECT version_num FROM alembic_version") == [(KNOWN_REVISIONS[0],)]
        assert raw(db, "SELECT name FROM sqlite_master WHERE name = 'drafts'") == []
        assert raw(db, "PRAGMA integrity_check") == [("ok",)]
        copies = list(data.glob("*.before-*.sqlite3"))
        if attempt == 0:  # taken before anything wrote to the file: still in the old journal mode
            assert copies[0].read_bytes()[18:20] == FIXTURE.read_bytes()[18:20] == b"\x01\x01"
    assert len(copies) == 1  # failed starts do not pile up copies
    assert raw(copies[0], "SELECT count(*) FROM encounters") == [(1,)]
    ws = Workspace(data)  # and the next start upgrades it
    assert logbook.get(ws, "encounter", "22222222-2222-4222-8222-222222222222")["minutes"] > 0
    ws.close()
    assert raw(db, "SELECT version_num FROM alembic_version") == [(HEAD_REVISION,)]


def test_a_zero_byte_store_is_refused_never_taken_for_a_new_install(adviser_ws: Workspace) -> None:
    data, db = adviser_ws.data_dir, adviser_ws.store.path
    device = adviser_ws.device_id
    backup = backups.make_backup(db)
    adviser_ws.close()
    db.write_bytes(b"")
    for extra in ("-wal", "-shm"):
        db.with_name(db.name + extra).unlink(missing_ok=True)
    with pytest.raises(StoreEmptyError) as err:
        Workspace(data)
    assert err.value.params == {"path": str(db), "backup": str(backup.path)}
    proc = cli("--data-dir", str(data), "init", "--role", "adviser", "--adviser-code", "N7",
               "--site", "tre-annala-neuvonta")
    assert proc.returncode == 1 and str(db) in proc.stderr and "Traceback" not in proc.stderr
    assert db.stat().st_size == 0  # untouched
    assert not any(p.name.endswith(".sqlite3") for p in data.iterdir() if p != db)
    assert raw(backup.path, "SELECT value FROM settings WHERE key = 'device_id'")[0][0].strip('"') == device


def _sqlite_file(path: Path, app_id: int, table: str | None) -> None:
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA application_id={app_id}")
    if table:
        con.execute(f"CREATE TABLE {table}(x)")
    con.execute("PRAGMA user_version=1")  # a valid, non-empty SQLite file
    con.commit()
    con.close()


@pytest.mark.parametrize("app_id,table", [(0, None), (0x12345678, None), (0x12345678, "settings"), (0, "notes")])
def test_a_foreign_sqlite_file_is_refused_untouched(tmp_path: Path, app_id: int, table: str | None) -> None:
    db = tmp_path / DB_FILENAME
    _sqlite_file(db, app_id, table)
    before = digest(db)
    with pytest.raises(StoreForeignError) as err:
        Workspace(tmp_path)
    assert err.value.params == {"path": str(db)}
    assert digest(db) == before
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith(f"{DB_FILENAME}-open")) == [DB_FILENAME]


def test_undecodable_text_is_reported_as_damage_without_the_text(adviser_ws: Workspace) -> None:
    rec = log_encounter(adviser_ws)
    with adviser_ws.store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE encounters SET topics = CAST(x'5b22ff6b656c615f736563726574225d' AS TEXT)")
    with pytest.raises(StoreUndecodableError) as err:
        logbook.get(adviser_ws, "encounter", rec["id"])
    assert err.value.params["column"] == "topics" and err.value.params["path"] == str(adviser_ws.store.path)
    assert "secret" not in err.value.message and "decode" not in err.value.message.lower()


def log_encounter(ws: Workspace) -> dict:
    return logbook.create(ws, EncounterInput(site_id="tre-annala-neuvonta", minutes=5,
                                             topics=[ws.reference().terms("topics")[0].id],
                                             occurred_at=datetime.now(timezone.utc).replace(microsecond=0)))


def scribble_root_page(path: Path, table: str) -> None:
    con = sqlite3.connect(path)
    page_size = con.execute("PRAGMA page_size").fetchone()[0]
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    con.close()
    with open(path, "r+b") as f:
        f.seek((root - 1) * page_size)
        f.write(b"\xa5" * page_size)


def test_damage_elsewhere_in_a_cleanly_closed_file_stops_the_first_write(adviser_ws: Workspace) -> None:
    data, db = adviser_ws.data_dir, adviser_ws.store.path
    log_encounter(adviser_ws)
    good = backups.make_backup(db)
    adviser_ws.close()
    scribble_root_page(db, "observations")  # a table the next log does not touch
    before = digest(db)
    ws = Workspace(data)
    assert not ws.store.checked_fully  # a clean close: the open itself stays quick
    with pytest.raises(StoreCorruptError) as err:
        log_encounter(ws)
    assert err.value.params["backup"] == str(good.path)
    ws.close()
    assert digest(db) == before


def test_a_new_store_appears_whole_or_not_at_all(tmp_path: Path) -> None:
    proc = run("import sys; from yhteisoneuvonta.store import Store; Store(sys.argv[1])",
               str(tmp_path / DB_FILENAME), **{faults.KILL_ENV: "migrate:before-commit"})
    assert proc.returncode == -signal.SIGKILL
    assert not (tmp_path / DB_FILENAME).exists()
    Store(tmp_path / DB_FILENAME).close()  # and the next start makes it
    assert raw(tmp_path / DB_FILENAME, "SELECT version_num FROM alembic_version") == [(HEAD_REVISION,)]


def test_a_session_holds_the_write_lock_from_its_first_read_unless_it_only_reads(tmp_path: Path) -> None:
    from sqlalchemy import text

    from yhteisoneuvonta.errors import StoreLockedError

    path = tmp_path / DB_FILENAME
    first, other = Store(path), Store(path, busy_timeout_ms=100)
    try:
        with first.session() as s:  # a use case that reads a number, to write it back later
            s.execute(text("SELECT value FROM counters")).all()
            with pytest.raises(StoreLockedError):  # nobody can change it meanwhile
                with other.session() as o:
                    o.execute(text("INSERT INTO settings(key, value) VALUES ('x', '1')"))
        with first.session(read=True) as s:  # a long report: writers go on beside it
            s.execute(text("SELECT count(*) FROM encounters")).all()
            with other.session() as o:
                o.execute(text("INSERT INTO settings(key, value) VALUES ('y', '1')"))
    finally:
        first.close()
        other.close()
