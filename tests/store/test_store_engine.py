"""The store: pragmas, migrations from the first schema, and refusing bad files untouched."""
from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import text

from yhteisoneuvonta.core.workspace import Workspace
from yhteisoneuvonta.errors import (
    StoreCorruptError,
    StoreFullError,
    StoreLockedError,
    StoreReadOnlyError,
    StoreTooNewError,
)
from yhteisoneuvonta.paths import DB_FILENAME
from yhteisoneuvonta.services import logbook
from yhteisoneuvonta.store import Store
from yhteisoneuvonta.store.engine import APPLICATION_ID
from yhteisoneuvonta.store.migrate import HEAD_REVISION, KNOWN_REVISIONS, MIGRATIONS_DIR

FIXTURE = Path(__file__).parent.parent / "fixtures" / "schema_0001.sqlite3"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_store_has_the_pragmas_we_rely_on(tmp_path: Path) -> None:
    store = Store(tmp_path / "a.sqlite3")
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA application_id").scalar() == APPLICATION_ID
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == HEAD_REVISION
    assert store.integrity_check() == "ok"


def test_known_revisions_match_the_migration_files() -> None:
    files = sorted(p.stem for p in (MIGRATIONS_DIR / "versions").glob("[0-9]*.py"))
    assert files == list(KNOWN_REVISIONS)


def test_first_schema_database_upgrades_without_loss(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(FIXTURE, data / DB_FILENAME)
    ws = Workspace(data)
    # Everything the first version stored is still there and usable.
    assert ws.role == "adviser" and ws.setting("adviser_code") == "N3"
    enc = logbook.get(ws, "encounter", "22222222-2222-4222-8222-222222222222")
    assert enc["topics"] == ["kela_benefits"] and enc["age_band"] == "declined"
    assert enc["note"] == "Kelan lomake täytettiin yhdessä"
    assert enc["occurred_at"].startswith("2024-05-14T06:30:00")
    obs = logbook.get(ws, "observation", "33333333-3333-4333-8333-333333333333")
    assert obs["times_seen"] == 4
    # New tables of later revisions exist, and the old file was backed up first.
    with ws.store.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM drafts").scalar() == 0
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == HEAD_REVISION
        # The reports' (site, time) indexes of 0002 and 0003, on the columns they name.
        for table, column in (("encounters", "occurred_at"), ("form_helps", "occurred_at"),
                              ("desk_sessions", "starts_at"), ("group_sessions", "starts_at"),
                              ("observations", "observed_at"), ("instrument_answers", "answered_at")):
            name = f"ix_{table}_site_time"
            assert conn.exec_driver_sql(f"SELECT tbl_name FROM sqlite_master WHERE type = 'index' "
                                        f"AND name = '{name}'").scalar() == table
            assert [r[2] for r in conn.exec_driver_sql(f"PRAGMA index_info({name})")] == ["site_id", column]
    backups = list(data.glob("*.before-0001_first_schema-*.sqlite3"))
    assert len(backups) == 1
    assert sqlite3.connect(backups[0]).execute("SELECT count(*) FROM encounters").fetchone()[0] == 1
    # And editing an upgraded record bumps its version as usual.
    changed = logbook.update(ws, enc["id"], logbook.to_input("encounter", enc | {"minutes": 20}))
    assert changed["version"] == 2 and changed["minutes"] == 20
    ws.close()


def test_garbage_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite3"
    path.write_bytes(b"this is not a database at all" * 200)
    before = digest(path)
    with pytest.raises(StoreCorruptError) as err:
        Store(path)
    assert "damaged" in err.value.message or "not ours" in err.value.message
    assert digest(path) == before


def test_someone_elses_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE contacts(name TEXT)")
    con.commit()
    con.close()
    before = digest(path)
    with pytest.raises(StoreCorruptError, match="not a Yhteisöneuvonta database"):
        Store(path)
    assert digest(path) == before


def crash_while_open(path: Path) -> None:
    """A real unclean shutdown: another process opens the store and dies without closing it."""
    code = ("import os, sys; from yhteisoneuvonta.store import Store; "
            "Store(sys.argv[1]); os._exit(3)")
    proc = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True)
    assert proc.returncode == 3, proc.stderr


def scribble_table_pages(path: Path, table: str) -> None:
    """Overwrite the root page of ``table`` in place (the file stays in WAL mode, header intact)."""
    con = sqlite3.connect(path)
    page_size = con.execute("PRAGMA page_size").fetchone()[0]
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE type='table' AND name=?", (table,)).fetchone()[0]
    con.close()
    with open(path, "r+b") as f:
        f.seek((root - 1) * page_size)
        f.write(b"\xa5" * page_size)


def test_clean_close_leaves_no_marker_and_the_next_open_skips_the_full_check(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite3"
    Store(path).close()
    assert not list(tmp_path.glob("a.sqlite3-open-*"))
    assert not (tmp_path / "a.sqlite3-wal").exists()
    store = Store(path)
    assert not store.checked_fully
    assert len(list(tmp_path.glob("a.sqlite3-open-*"))) == 1
    second = Store(path)  # another open while the first is alive: not a crash
    assert not second.checked_fully
    second.close()
    store.close()


def test_an_unclean_shutdown_makes_the_next_open_check_fully(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite3"
    Store(path).close()
    crash_while_open(path)
    assert list(tmp_path.glob("a.sqlite3-open-*"))  # the dead process's marker
    store = Store(path)
    assert store.checked_fully
    store.close()
    assert not list(tmp_path.glob("a.sqlite3-open-*"))  # checked, so the stale marker is gone
    store = Store(path)
    assert not store.checked_fully
    store.close()


def test_a_file_due_for_migration_is_checked_fully_first(tmp_path: Path) -> None:
    path = tmp_path / DB_FILENAME
    shutil.copy(FIXTURE, path)  # the first schema: a migration is due, and no marker says "crashed"
    store = Store(path)
    assert store.checked_fully
    store.close()


def test_damage_after_an_unclean_shutdown_is_refused_at_open_untouched(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite3"
    Store(path).close()
    crash_while_open(path)
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=DELETE")
    con.close()
    raw = bytearray(path.read_bytes())
    raw[4096: 4096 * 12] = b"\xa5" * (4096 * 11)  # scribble over the table pages
    path.write_bytes(bytes(raw))
    before = digest(path)
    with pytest.raises(StoreCorruptError, match="damaged"):
        Store(path)
    assert digest(path) == before
    with pytest.raises(StoreCorruptError):  # and again: the marker is kept until a check passes
        Store(path)
    assert digest(path) == before


def test_damage_in_a_cleanly_closed_file_is_refused_at_the_first_read_untouched(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite3"
    Store(path).close()
    scribble_table_pages(path, "encounters")
    before = digest(path)
    store = Store(path)  # only the cheap checks: the damaged page is not read yet
    assert not store.checked_fully
    with pytest.raises(StoreCorruptError, match="damaged"):
        with store.session() as s:
            s.execute(text("SELECT * FROM encounters")).all()
    with pytest.raises(StoreCorruptError, match="damaged"):
        with store.session() as s:
            s.execute(text("DELETE FROM encounters"))
    store.close()
    assert digest(path) == before


def test_database_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite3"
    Store(path).close()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num='0099_from_the_future'")
    con.commit()
    con.close()
    with pytest.raises(StoreTooNewError, match="newer version"):
        Store(path)


def test_locked_store_gives_a_clear_message_and_loses_nothing(adviser_ws: Workspace) -> None:
    path = adviser_ws.store.path
    store = Store(path, busy_timeout_ms=200)
    blocker = sqlite3.connect(path, timeout=0.1)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreLockedError, match="in use"):
            with store.session() as s:
                s.execute(text("INSERT INTO settings(key, value) VALUES ('x', '1')"))
    finally:
        blocker.rollback()
        blocker.close()
    with store.session() as s:
        assert s.execute(text("SELECT count(*) FROM settings WHERE key='x'")).scalar() == 0
    store.close()


def test_full_store_gives_a_clear_message_and_keeps_earlier_data(adviser_ws: Workspace) -> None:
    store = adviser_ws.store
    with store.session() as s:
        s.execute(text("INSERT INTO settings(key, value) VALUES ('kept', '1')"))
    with pytest.raises(StoreFullError, match="full"):
        with store.session() as s:
            pages = s.execute(text("PRAGMA page_count")).scalar()
            s.execute(text(f"PRAGMA max_page_count={pages}"))  # the disk "fills up" here
            for i in range(2000):
                s.execute(text("INSERT INTO settings(key, value) VALUES (:k, :v)"),
                          {"k": f"filler{i}", "v": "x" * 500})
    fresh = Store(store.path)
    with fresh.session() as s:
        assert s.execute(text("SELECT value FROM settings WHERE key='kept'")).scalar() == 1
        assert s.execute(text("SELECT count(*) FROM settings WHERE key LIKE 'filler%'")).scalar() == 0
    assert fresh.integrity_check() == "ok"
    fresh.close()


@contextmanager
def read_only(path: Path):
    """Make a file read-only even for root (immutable attribute); plain chmod otherwise."""
    if os.geteuid() == 0:
        subprocess.run(["chattr", "+i", str(path)], check=True)
        try:
            yield
        finally:
            subprocess.run(["chattr", "-i", str(path)], check=True)
    else:
        path.chmod(0o444)
        path.parent.chmod(0o555)
        try:
            yield
        finally:
            path.parent.chmod(0o755)
            path.chmod(0o644)


def test_read_only_store_gives_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "ro" / "a.sqlite3"
    store = Store(path)
    with store.session() as s:
        s.execute(text("INSERT INTO settings(key, value) VALUES ('kept', '1')"))
    store.close()
    for extra in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        extra.unlink(missing_ok=True)
    before = digest(path)
    with read_only(path):
        with pytest.raises(StoreReadOnlyError, match="read-only|cannot be opened"):
            ro = Store(path)
            with ro.session() as s:
                s.execute(text("INSERT INTO settings(key, value) VALUES ('new', '1')"))
        assert digest(path) == before
