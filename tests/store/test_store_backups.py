"""Automatic backups (online backup API, checked, rotated), listed and restored from the CLI."""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from yhteisoneuvonta.core.workspace import Workspace
from yhteisoneuvonta.errors import (
    BackupInvalidError,
    RestoreWhileOpenError,
    StoreCorruptError,
)
from yhteisoneuvonta.records.inputs import EncounterInput
from yhteisoneuvonta.services import backups as svc
from yhteisoneuvonta.services import logbook
from yhteisoneuvonta.store import backups

ROOT = Path(__file__).parents[2]


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "yhteisoneuvonta", *args], capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})


def log(ws: Workspace) -> str:
    return logbook.create(ws, EncounterInput(site_id="tre-annala-neuvonta", minutes=5,
                                             topics=[ws.reference().terms("topics")[0].id],
                                             occurred_at=datetime.now(timezone.utc).replace(microsecond=0)))["id"]


def test_rotation_keeps_recent_daily_and_weekly() -> None:
    now = datetime(2026, 12, 2, 12, tzinfo=timezone.utc)
    times = [now - timedelta(hours=h) for h in range(0, 24 * 90, 6)]  # every 6 hours for 90 days
    kept = backups.keep(times, now)
    assert set(sorted(times, reverse=True)[:backups.KEEP_RECENT]) <= kept
    days = {t.date() for t in kept if now - t <= timedelta(days=backups.KEEP_DAYS)}
    assert len(days) == backups.KEEP_DAYS + 1  # today and each of the last seven days
    weeks = {t.isocalendar()[:2] for t in kept if now - t > timedelta(days=backups.KEEP_DAYS)}
    assert 6 <= len(weeks) <= backups.KEEP_WEEKS
    assert min(kept) >= now - timedelta(weeks=backups.KEEP_WEEKS)
    assert len(kept) < 25


def test_cli_lists_backups_and_restores_one_keeping_the_current_file(adviser_ws: Workspace) -> None:
    data, db = adviser_ws.data_dir, adviser_ws.store.path
    first = log(adviser_ws)
    made = svc.backup_now(adviser_ws)
    assert made is not None and made["records"] == 1
    second = log(adviser_ws)
    adviser_ws.close()
    proc = cli("--data-dir", str(data), "backups", "--json")
    assert proc.returncode == 0, proc.stderr
    listed = json.loads(proc.stdout)
    assert listed[0]["path"] == made["path"] and listed[0]["records"] == 1 and "time" in listed[0]
    proc = cli("--data-dir", str(data), "restore", made["path"], "--json")
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    kept = Path(result["kept"])
    assert sqlite3.connect(kept).execute("SELECT count(*) FROM encounters").fetchone()[0] == 2
    ws = Workspace(data)
    assert logbook.get(ws, "encounter", first)["id"] == first
    with pytest.raises(Exception):
        logbook.get(ws, "encounter", second)
    # While a window has it open, a restore is refused.
    with pytest.raises(RestoreWhileOpenError):
        svc.restore(data, made["path"])
    ws.close()
    assert db.exists()


def test_a_damaged_backup_is_not_restored_and_a_damaged_store_is_not_backed_up(adviser_ws: Workspace,
                                                                               tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"garbage" * 1000)
    adviser_ws.close()
    with pytest.raises(BackupInvalidError):
        svc.restore(adviser_ws.data_dir, bad)
    db = adviser_ws.store.path
    con = sqlite3.connect(db)
    page = con.execute("PRAGMA page_size").fetchone()[0]
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name='encounters'").fetchone()[0]
    con.close()
    with open(db, "r+b") as f:
        f.seek((root - 1) * page)
        f.write(b"\xa5" * page)
    assert backups.make_backup(db) is None
    assert backups.list_backups(db) == []


def test_the_cli_backs_up_after_a_change(adviser_ws: Workspace) -> None:
    data = adviser_ws.data_dir
    adviser_ws.close()
    proc = cli("--data-dir", str(data), "log", "encounter", "--site", "tre-annala-neuvonta", "--topic",
               "kela_benefits", "--minutes", "10")
    assert proc.returncode == 0, proc.stderr
    listed = svc.list_backups(data)
    assert len(listed) == 1 and listed[0]["records"] == 1


def test_damage_message_offers_the_newest_good_backup(adviser_ws: Workspace) -> None:
    log(adviser_ws)
    made = svc.backup_now(adviser_ws)
    db = adviser_ws.store.path
    adviser_ws.close()
    raw = bytearray(db.read_bytes())
    raw[:16] = b"not sqlite here!"
    db.write_bytes(bytes(raw))
    with pytest.raises(StoreCorruptError) as err:
        Workspace(adviser_ws.data_dir)
    assert err.value.params["backup"] == made["path"]
    proc = cli("--data-dir", str(adviser_ws.data_dir), "list", "encounters")
    assert proc.returncode == 1 and made["path"] in proc.stderr and "Traceback" not in proc.stderr
