"""Opening the SQLite file safely: pragmas, checks, backup, migrations, error mapping."""
from __future__ import annotations

import logging
import os
import sqlite3
import uuid
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from ..errors import (
    StoreCorruptError,
    StoreError,
    StoreFullError,
    StoreLockedError,
    StoreReadOnlyError,
    StoreTooNewError,
)
from .migrate import HEAD_REVISION, KNOWN_REVISIONS, upgrade

log = logging.getLogger(__name__)

# "YNEU": marks the file as ours so we never migrate or overwrite someone else's database.
APPLICATION_ID = 0x594E4555
BUSY_TIMEOUT_MS = 5000


def _pragmas(busy_timeout_ms: int):
    def set_pragmas(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        _set_pragmas(dbapi_conn, busy_timeout_ms)

    return set_pragmas


def _set_pragmas(dbapi_conn: sqlite3.Connection, busy_timeout_ms: int) -> None:
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout={busy_timeout_ms}")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    # FULL: an acknowledged record survives a power cut, not only a crash.
    cur.execute("PRAGMA synchronous=FULL")
    cur.close()


def translate_error(exc: BaseException, path: Path) -> StoreError | None:
    """Map a sqlite error to a message a user can act on."""
    orig = getattr(exc, "orig", exc)
    msg = str(orig).lower()
    if "locked" in msg or "busy" in msg:
        return StoreLockedError(
            f"The database {path} is in use by another program or window. Close it and try again.", path=str(path)
        )
    if "readonly" in msg or "read-only" in msg or "attempt to write a readonly" in msg:
        return StoreReadOnlyError(
            f"The database {path} is read-only. Check the folder's permissions or choose another data folder.",
            path=str(path))
    if "disk is full" in msg or "database or disk is full" in msg:
        return StoreFullError(f"The disk holding {path} is full. Free some space; nothing was saved.", path=str(path))
    if "malformed" in msg or "not a database" in msg or "file is encrypted" in msg:
        return StoreCorruptError(
            f"The database {path} is damaged or not ours. It was left untouched; restore a backup "
            "or choose another data folder.", path=str(path)
        )
    if "unable to open" in msg:
        return StoreReadOnlyError(f"The database {path} cannot be opened: {orig}", path=str(path))
    return None


def _try_lock(fd: int) -> bool:
    """A non-blocking exclusive lock on an open file; False if another handle holds one."""
    try:
        if os.name == "nt":
            import msvcrt

            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # flock: conflicts within one process too
    except OSError:
        return False
    return True


class OpenMarker:
    """A file beside the database, ``<name>-open-<id>``, that exists and stays locked while a
    :class:`Store` has the database open, and is removed by :meth:`Store.close`.

    A marker nobody holds locked means its process ended without closing the store (a crash,
    a kill, a power cut): only then, or when SQLite left a ``-wal`` file and no live process
    has the store open, is the O(file size) ``PRAGMA quick_check`` worth its time at start.
    A lock rather than a process id, because a lock dies with its process (no pid reuse) and
    checking a pid portably is not possible (``os.kill(pid, 0)`` terminates it on Windows).
    """

    def __init__(self, db: Path) -> None:
        self.db = db
        self.path: Path | None = None
        self._fd: int | None = None

    def _siblings(self) -> list[Path]:
        return [p for p in self.db.parent.glob(f"{self.db.name}-open-*") if p != self.path]

    def acquire(self) -> bool:
        """Create and lock this process's marker; False if that was not possible."""
        path = self.db.with_name(f"{self.db.name}-open-{os.getpid()}-{uuid.uuid4().hex[:8]}")
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError:
            return False
        if not _try_lock(fd):
            os.close(fd)
            return False
        self.path, self._fd = path, fd
        # A store dropped without close() must not keep a descriptor open; its marker stays,
        # so the next open checks the file fully, as after any close that was not clean.
        self._finalizer = weakref.finalize(self, os.close, fd)
        return True

    def others(self) -> tuple[list[Path], bool]:
        """(markers left by processes that ended without closing, whether a live one has it open)."""
        stale: list[Path] = []
        live = False
        for marker in self._siblings():
            try:
                fd = os.open(marker, os.O_RDWR)
            except OSError:
                continue  # removed meanwhile by its own process
            try:
                if _try_lock(fd):
                    stale.append(marker)
                else:
                    live = True
            finally:
                os.close(fd)  # closing also drops a lock we took
        return stale, live

    def release(self) -> None:
        if self._fd is not None:
            self._finalizer()  # closes the descriptor, once
            self._fd = None
        if self.path is not None:
            self.path.unlink(missing_ok=True)
            self.path = None


class Store:
    """One SQLite file. Reach it through ``with store.session() as s:`` per use case."""

    def __init__(self, path: Path, *, migrate: bool = True, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> None:
        self.path = Path(path)
        self.busy_timeout_ms = busy_timeout_ms
        # True when this open ran the full quick_check (after an unclean shutdown, before a migration).
        self.checked_fully = False
        self._marker = OpenMarker(self.path)
        try:
            self.engine: Engine = self._open(migrate)
        except BaseException:
            self._marker.release()
            raise
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    # -- opening -----------------------------------------------------------------------
    def _unclean_shutdown(self) -> tuple[bool, list[Path]]:
        """Whether the last process to have the file open ended without closing it, and the
        markers it left (removed once the file has been checked)."""
        marked = self._marker.acquire()
        stale, live = self._marker.others()
        wal = self.path.with_name(self.path.name + "-wal")
        # SQLite removes the -wal file when the last connection closes; one left behind with no
        # live process holding the store means a crash, even of a version without markers.
        leftover_wal = not live and wal.exists() and wal.stat().st_size > 0
        return (not marked) or bool(stale) or leftover_wal, stale

    def _open(self, migrate: bool) -> Engine:
        existed = self.path.exists() and self.path.stat().st_size > 0
        if existed:
            unclean, stale = self._unclean_shutdown()
            self._check_existing(full=unclean)
            for marker in stale:
                marker.unlink(missing_ok=True)
        else:
            self._marker.acquire()
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreReadOnlyError(f"Cannot create the data folder {self.path.parent}: {exc.strerror}",
                                         path=str(self.path.parent)) from exc
        # hide_parameters: a note never reaches an error message or a log line.
        engine = create_engine(f"sqlite:///{self.path}", future=True, hide_parameters=True)
        event.listen(engine, "connect", _pragmas(self.busy_timeout_ms))
        try:
            with engine.begin() as conn:
                current = self._revision(conn)
                if current is not None and current not in KNOWN_REVISIONS:
                    raise StoreTooNewError(
                        f"The database {self.path} was made by a newer version of the program "
                        f"(schema {current}). Update the program; the file was not changed.", path=str(self.path)
                    )
            if current != HEAD_REVISION:
                if not migrate:
                    raise StoreError(f"The database {self.path} needs an upgrade.", path=str(self.path))
                if existed and current is not None:
                    self._backup(current)
                with engine.begin() as conn:
                    conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
                    upgrade(conn)
        except StoreError:
            engine.dispose()
            raise
        except DBAPIError as exc:
            engine.dispose()
            raise translate_error(exc, self.path) or StoreError(f"Cannot open {self.path}: {exc.orig}") from exc
        return engine

    def _check_existing(self, full: bool) -> None:
        """Refuse a file that is not ours or is damaged, before anything writes to it.

        The header and ``application_id`` are always checked (cheap). The full ``quick_check``
        reads every page, so it runs only when damage is likely or would be costly: after an
        unclean shutdown (``full``) and before a migration rewrites the file. Damage in a file
        that was closed cleanly is still refused, at the first read that reaches the page:
        SQLite reports it as "malformed", which :func:`translate_error` maps to
        :class:`StoreCorruptError`, and SQLite writes nothing over a page it cannot read."""
        try:
            con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, timeout=self.busy_timeout_ms / 1000)
            try:
                app_id = con.execute("PRAGMA application_id").fetchone()[0]
                tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
                if app_id not in (0, APPLICATION_ID) or (app_id == 0 and tables and "alembic_version" not in tables):
                    raise StoreCorruptError(
                        f"The file {self.path} is not a Yhteisöneuvonta database. It was left untouched.",
                        path=str(self.path)
                    )
                if not full and "alembic_version" in tables:
                    row = con.execute("SELECT version_num FROM alembic_version").fetchone()
                    full = row is None or row[0] != HEAD_REVISION  # a migration is due
                if not full:
                    return
                self.checked_fully = True
                ok = con.execute("PRAGMA quick_check").fetchone()[0]
                if ok != "ok":
                    raise StoreCorruptError(
                        f"The database {self.path} is damaged ({ok}). It was left untouched; restore a "
                        "backup or choose another data folder.", path=str(self.path)
                    )
            finally:
                con.close()
        except sqlite3.Error as exc:
            raise translate_error(exc, self.path) or StoreCorruptError(
                f"The database {self.path} cannot be read: {exc}", path=str(self.path)
            ) from exc

    @staticmethod
    def _revision(conn) -> str | None:
        has = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).first()
        if not has:
            return None
        row = conn.exec_driver_sql("SELECT version_num FROM alembic_version").first()
        return row[0] if row else None

    def _backup(self, revision: str) -> Path:
        """Copy the file before a migration touches it (consistent copy through the backup API)."""
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
        target = self.path.with_name(f"{self.path.stem}.before-{revision}-{stamp}.sqlite3")
        src = sqlite3.connect(self.path)
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
            src.close()
        log.info("backed up %s to %s before migrating", self.path, target)
        return target

    # -- use -----------------------------------------------------------------------------
    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed on success, rolled back on any error."""
        s = self._sessions()
        try:
            yield s
            s.commit()
        except DBAPIError as exc:
            s.rollback()
            raise translate_error(exc, self.path) or StoreError(f"Database error: {exc.orig}") from exc
        except BaseException:
            s.rollback()
            raise
        finally:
            s.close()

    def integrity_check(self) -> str:
        with self.engine.connect() as conn:
            return str(conn.execute(text("PRAGMA integrity_check")).scalar())

    def close(self) -> None:
        """Close every connection (SQLite then folds the -wal file back and removes it) and
        remove this process's open marker: the next start knows the close was clean."""
        self.engine.dispose()
        self._marker.release()


def open_store(data_dir: Path) -> Store:
    from ..paths import db_path

    return Store(db_path(data_dir))
