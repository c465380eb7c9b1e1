"""Automatic, rotating backups of the store through SQLite's online backup API, and restore.

A backup is a whole, self-contained copy (``backups/<stem>-<UTC time>.sqlite3``) taken while
the program runs, checked with ``integrity_check`` before it gets its final name; a copy that
fails the check is thrown away, so a damaged store never pushes good backups out of rotation.
Kept: the newest few, the newest of each of the last days, and of each of the last weeks.
"""
from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from ..errors import BackupInvalidError

log = logging.getLogger(__name__)

BACKUP_DIR = "backups"
KEEP_RECENT = 5
KEEP_DAYS = 7
KEEP_WEEKS = 8
STAMP = "%Y%m%dT%H%M%SZ"
RECORD_TABLES = ("desk_sessions", "encounters", "form_helps", "group_sessions", "observations",
                 "instrument_answers")
APPLICATION_ID = 0x594E4555  # engine.APPLICATION_ID; repeated to keep this module free of the engine


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    time: datetime
    records: int | None  # None: the file cannot be read

    def to_dict(self) -> dict[str, Any]:
        return {"path": str(self.path), "time": self.time.isoformat(), "records": self.records}


def backup_dir(db: Path) -> Path:
    return db.parent / BACKUP_DIR


def _time_of(path: Path, db: Path) -> datetime | None:
    stamp = path.name.removeprefix(f"{db.stem}-").removesuffix(".sqlite3")
    try:
        return datetime.strptime(stamp, STAMP).replace(tzinfo=timezone.utc)
    except ValueError:
        return None


def _files(db: Path) -> list[tuple[datetime, Path]]:
    folder = backup_dir(db)
    if not folder.is_dir():
        return []
    found = [(_time_of(p, db), p) for p in folder.glob(f"{db.stem}-*.sqlite3")]
    return sorted(((t, p) for t, p in found if t is not None), reverse=True)


def _connect_ro(path: Path) -> sqlite3.Connection:
    # immutable: a backup is never written to, and reading it must not create -wal/-shm files.
    return sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)


def count_records(con: sqlite3.Connection) -> int:
    return sum(con.execute(f"SELECT count(*) FROM {t} WHERE deleted = 0").fetchone()[0] for t in RECORD_TABLES)


def _records(path: Path) -> int | None:
    try:
        con = _connect_ro(path)
        try:
            return count_records(con)
        finally:
            con.close()
    except sqlite3.Error:
        return None


def list_backups(db: Path) -> list[BackupInfo]:
    """Backups of ``db``, newest first, with their record counts (deleted records not counted)."""
    return [BackupInfo(p, t, _records(p)) for t, p in _files(db)]


def check_backup(path: Path) -> int:
    """The number of records in a whole backup of ours; BackupInvalidError otherwise."""
    try:
        con = _connect_ro(path)
        try:
            ok = con.execute("PRAGMA integrity_check").fetchone()[0]
            if ok != "ok":
                raise sqlite3.DatabaseError(ok)
            app_id = con.execute("PRAGMA application_id").fetchone()[0]
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if ok != "ok" or app_id not in (0, APPLICATION_ID) or "alembic_version" not in tables:
                raise BackupInvalidError(f"{path} is not a whole backup of this program's data.", path=str(path))
            return count_records(con)
        finally:
            con.close()
    except sqlite3.Error as exc:
        raise BackupInvalidError(f"{path} is not a whole backup of this program's data.",
                                 path=str(path)) from exc


def newest_good(db: Path) -> Path | None:
    """The newest backup that passes ``quick_check`` (for damage messages)."""
    for _, path in _files(db):
        try:
            con = _connect_ro(path)
            try:
                if con.execute("PRAGMA quick_check").fetchone()[0] == "ok":
                    return path
            finally:
                con.close()
        except sqlite3.Error:
            continue
    return None


def _fsync(path: Path) -> None:
    with open(path, "rb+") as f:
        os.fsync(f.fileno())


def make_backup(db: Path, now: datetime | None = None) -> BackupInfo | None:
    """Copy ``db`` now (readers and writers may go on meanwhile); None if the copy is not whole."""
    now = now or datetime.now(timezone.utc)
    folder = backup_dir(db)
    folder.mkdir(exist_ok=True)
    final = folder / f"{db.stem}-{now.strftime(STAMP)}.sqlite3"
    part = folder / f".{final.name}.part"
    part.unlink(missing_ok=True)
    src = sqlite3.connect(db, timeout=5)
    try:
        dst = sqlite3.connect(part)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
            ok = dst.execute("PRAGMA integrity_check").fetchone()[0]
            records = count_records(dst) if ok == "ok" else None
        finally:
            dst.close()
    except sqlite3.DatabaseError as exc:  # a damaged source: no backup, the good ones stay
        part.unlink(missing_ok=True)
        log.warning("backup of %s not made: %s", db, exc)
        return None
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    finally:
        src.close()
    if ok != "ok":
        part.unlink(missing_ok=True)
        log.warning("backup of %s not kept: the copy fails the integrity check", db)
        return None
    _fsync(part)
    os.replace(part, final)
    prune(db, now)
    log.info("backed up %s to %s", db, final)
    return BackupInfo(final, _time_of(final, db) or now, records)


def keep(times: list[datetime], now: datetime) -> set[datetime]:
    """Which backup times the rotation keeps: newest few, newest per day, newest per week."""
    ordered = sorted(times, reverse=True)
    kept = set(ordered[:KEEP_RECENT])
    days: set = set()
    weeks: set = set()
    for t in ordered:
        age = now - t
        if age <= timedelta(days=KEEP_DAYS) and t.date() not in days:
            days.add(t.date())
            kept.add(t)
        week = t.isocalendar()[:2]
        if age <= timedelta(weeks=KEEP_WEEKS) and week not in weeks:
            weeks.add(week)
            kept.add(t)
    return kept


def prune(db: Path, now: datetime) -> None:
    files = _files(db)
    kept = keep([t for t, _ in files], now)
    for t, path in files:
        if t not in kept:
            with contextlib.suppress(OSError):
                path.unlink()


def changed_since_newest(db: Path) -> bool:
    """Whether the store was written after the newest backup was taken (file times)."""
    files = _files(db)
    if not files:
        return True
    newest = files[0][0].timestamp()
    wal = db.with_name(db.name + "-wal")
    times = [p.stat().st_mtime for p in (db, wal) if p.exists()]
    return max(times, default=0) >= newest


def auto_backup(db: Path, min_age: timedelta = timedelta(0)) -> BackupInfo | None:
    """A backup if the store changed since the newest one and that is at least ``min_age`` old.
    Never raises: a backup that cannot be made must not stop the program from closing."""
    try:
        files = _files(db)
        if files and datetime.now(timezone.utc) - files[0][0] < min_age:
            return None
        if not changed_since_newest(db):
            return None
        return make_backup(db)
    except (OSError, sqlite3.Error) as exc:
        log.warning("no backup of %s: %s", db, exc)
        return None


def restore(db: Path, backup: Path, now: datetime | None = None) -> dict[str, Any]:
    """Put ``backup`` in place of ``db``; the current file (and its -wal/-shm) is kept aside first.
    The caller makes sure nothing has the store open."""
    backup = Path(backup).resolve()
    records = check_backup(backup)
    part = db.with_name(f".{db.name}.restore.part")
    src = _connect_ro(backup)
    try:
        dst = sqlite3.connect(part)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    _fsync(part)
    # Only now, with the copy whole beside it, does the current file move aside.
    now = now or datetime.now(timezone.utc)
    aside = db.with_name(f"{db.stem}.replaced-{now.strftime(STAMP)}.sqlite3")
    kept = None
    for suffix in ("", "-wal", "-shm"):
        current = db.with_name(db.name + suffix)
        if current.exists():
            os.replace(current, aside.with_name(aside.name + suffix))
            kept = kept or str(aside)
    os.replace(part, db)
    log.info("restored %s from %s; the replaced file is %s", db, backup, kept)
    return {"restored": str(backup), "path": str(db), "kept": kept, "records": records}
