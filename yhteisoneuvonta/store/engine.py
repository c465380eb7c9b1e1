"""Opening the SQLite file safely: pragmas, checks, backup, migrations, error mapping."""
from __future__ import annotations

import contextlib
import logging
import os
import re
import sqlite3
import threading
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

from .. import faults
from ..errors import (
    StoreCannotOpenError,
    StoreCorruptBackupError,
    StoreCorruptError,
    StoreEmptyError,
    StoreError,
    StoreForeignError,
    StoreFullError,
    StoreLockedError,
    StoreNotOpenableError,
    StoreReadOnlyError,
    StoreTooNewError,
    StoreUndecodableError,
)
from . import backups
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
    # Deleted means deleted: freed space (an erased note) is overwritten with zeros.
    cur.execute("PRAGMA secure_delete=ON")
    cur.close()
    # Transactions are begun by us (see _begin_lazily), not by the driver: its own implicit
    # BEGIN comes only before an INSERT/UPDATE/DELETE, so a value read first (a change number)
    # was read outside the transaction that writes it back.
    dbapi_conn.isolation_level = None


# Execution option: a transaction that only reads (BEGIN DEFERRED, takes no write lock).
READ_ONLY = "yn_read_only"
_WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE", "CREATE", "DROP", "ALTER")


def _transactions(engine: Engine, store: "Store") -> None:
    """Every transaction takes SQLite's write lock when it begins (``BEGIN IMMEDIATE``), so a
    value read in it (the next change number, the last exported one) cannot be changed by
    another process or window before the transaction commits. The BEGIN is sent with the
    first statement that is not a PRAGMA, so a connection can still switch a pragma (which
    SQLite ignores inside a transaction) right after it is checked out. The first write of a
    session waits for the background check of the file (:meth:`Store.wait_checked`)."""

    @event.listens_for(engine, "begin")
    def begin(conn) -> None:
        conn.info["yn_begin"] = "DEFERRED" if conn.get_execution_options().get(READ_ONLY) else "IMMEDIATE"

    @event.listens_for(engine, "before_cursor_execute")
    def before(conn, cursor, statement, _params, _context, _many) -> None:
        head = statement.lstrip()[:8].upper()
        mode = conn.info.get("yn_begin")
        if mode and not head.startswith("PRAGMA"):
            conn.info["yn_begin"] = None
            cursor.connection.execute(f"BEGIN {mode}")
        if head.startswith(_WRITES):
            store.wait_checked()

    @event.listens_for(engine, "commit")
    @event.listens_for(engine, "rollback")
    def end(conn) -> None:
        conn.info["yn_begin"] = None


def damaged(path: Path, detail: str = "") -> StoreCorruptError:
    """The damage refusal, offering the newest backup that passes a check."""
    good = backups.newest_good(path)
    what = f"The database {path} is damaged{f' ({detail})' if detail else ''}. It was left untouched; "
    if good:
        return StoreCorruptBackupError(
            what + f"restore the newest good backup {good} (File > Backups, or: restore {good}).",
            path=str(path), backup=str(good))
    return StoreCorruptError(what + "choose another data folder or ask for help; no backup was found.",
                             path=str(path), backup=None)


def cannot_open(path: Path) -> StoreCannotOpenError:
    folder = path.parent
    return StoreCannotOpenError(
        f"The database {path} cannot be opened or created: the folder {folder} is read-only or on a "
        "read-only disk. Choose a data folder you can write to (--data-dir) or copy the data folder "
        "to a writable disk.", path=str(path), folder=str(folder))


def translate_error(exc: BaseException, path: Path) -> StoreError | None:
    """Map a sqlite error to a message a user can act on."""
    orig = getattr(exc, "orig", exc)
    msg = str(orig).lower()
    if "locked" in msg or "busy" in msg:
        return StoreLockedError(
            f"The database {path} is in use by another program or window. Close it and try again.",
            path=str(path))
    if "readonly" in msg or "read-only" in msg or "attempt to write a readonly" in msg:
        return StoreReadOnlyError(
            f"The database {path} is read-only. Check the folder's permissions or choose another data folder.",
            path=str(path))
    if "disk is full" in msg or "database or disk is full" in msg:
        return StoreFullError(f"The disk holding {path} is full. Free some space; nothing was saved.",
                              path=str(path))
    if "could not decode" in msg:
        # The driver's message quotes the stored text: only the column name is kept.
        column = re.search(r"column '(\w+)'", str(orig))
        name = column.group(1) if column else "?"
        good = backups.newest_good(path)
        return StoreUndecodableError(
            f"The database {path} is damaged: text in the column {name} cannot be read. Nothing was "
            "changed; " + (f"restore the backup {good}." if good else "ask for help; no backup was found."),
            path=str(path), column=name, backup=str(good) if good else None)
    if "malformed" in msg or "not a database" in msg or "file is encrypted" in msg:
        return damaged(path)
    if "unable to open" in msg:
        return cannot_open(path)
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
        self._check_done = threading.Event()
        self._check_done.set()  # no check pending until _start_check
        self._check_error: StoreError | None = None
        self._local = threading.local()  # session nesting per thread
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
        if not self.path.exists():
            self._create()
        elif self.path.stat().st_size == 0:
            # Never taken for a new installation: keys and backups beside it belong to a store
            # that was lost, and a fresh one would silently start over with a new device id.
            good = backups.newest_good(self.path)
            raise StoreEmptyError(
                f"The database file {self.path} is empty (0 bytes): its data is lost. It was left "
                "untouched; " + (f"restore the backup {good}." if good else
                                 "move the file away to start afresh, or ask for help."),
                path=str(self.path), backup=str(good) if good else None)
        unclean, stale = self._unclean_shutdown()
        revision = self._check_existing(full=unclean)
        for marker in stale:
            marker.unlink(missing_ok=True)
        if revision != HEAD_REVISION:
            if not migrate:
                raise StoreNotOpenableError(f"The database {self.path} needs an upgrade.", path=str(self.path))
            self._backup(revision)  # before anything, even the switch to WAL mode, writes to it
        engine = self._engine(self.path)
        try:
            if revision != HEAD_REVISION:
                self._upgrade(engine)
            else:
                # Connect now: the pragmas take effect, a file SQLite cannot open is refused at
                # open, and the pool's connection, closed last, folds the -wal file back.
                with engine.connect():
                    pass
        except DBAPIError as exc:
            engine.dispose()
            raise translate_error(exc, self.path) or StoreError(
                f"Cannot open {self.path}: {exc.orig}", path=str(self.path)) from exc
        except BaseException:
            engine.dispose()
            raise
        self._start_check()
        return engine

    def _engine(self, path: Path) -> Engine:
        # hide_parameters: a note never reaches an error message or a log line.
        engine = create_engine(f"sqlite:///{path}", future=True, hide_parameters=True)
        event.listen(engine, "connect", _pragmas(self.busy_timeout_ms))
        _transactions(engine, self)
        return engine

    def _upgrade(self, engine: Engine) -> None:
        """All revisions due in one transaction: a crash leaves the file as it was."""
        try:
            with engine.begin() as conn:
                upgrade(conn)
                conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
                faults.point("migrate:before-commit")
        except DBAPIError as exc:
            raise translate_error(exc, self.path) or StoreError(
                f"Cannot upgrade {self.path}: {exc.orig}", path=str(self.path)) from exc

    def _create(self) -> None:
        """A new store is made under a temporary name and then linked into place whole, so a
        crash never leaves a half-made (or 0-byte) file under the real name."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise cannot_open(self.path) from exc
        temp = self.path.with_name(f".{self.path.name}.new-{os.getpid()}-{uuid.uuid4().hex[:8]}")
        try:
            engine = self._engine(temp)
            try:
                self._upgrade(engine)
            finally:
                engine.dispose()
            try:
                os.link(temp, self.path)  # fails if another process made the store meanwhile
            except FileExistsError:
                pass
            except OSError:  # no hard links (FAT on a USB stick)
                if not self.path.exists():
                    os.replace(temp, self.path)
        except OSError as exc:
            raise cannot_open(self.path) from exc
        finally:
            for suffix in ("", "-wal", "-shm", "-journal"):
                with contextlib.suppress(OSError):
                    temp.with_name(temp.name + suffix).unlink()

    def _check_existing(self, full: bool) -> str | None:
        """Refuse a file that is not ours, is damaged or is too new, before anything writes to
        it; return its schema revision.

        The header and ``application_id`` are always checked (cheap). The full ``quick_check``
        reads every page: it runs here after an unclean shutdown (``full``) and before a
        migration rewrites the file; otherwise in the background (:meth:`_start_check`), and
        the first write waits for it."""
        try:
            con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, timeout=self.busy_timeout_ms / 1000)
            try:
                app_id = con.execute("PRAGMA application_id").fetchone()[0]
                tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
                # Ours: our id, or (first versions) no id but our tables. An empty SQLite file or
                # another program's is never taken over.
                if not (app_id == APPLICATION_ID or (app_id == 0 and {"alembic_version", "settings"} <= tables)):
                    raise StoreForeignError(
                        f"The file {self.path} is not a Yhteisöneuvonta database (another program's, "
                        "or empty). It was left untouched; choose another data folder or move the file away.",
                        path=str(self.path))
                row = (con.execute("SELECT version_num FROM alembic_version").fetchone()
                       if "alembic_version" in tables else None)
                revision = row[0] if row else None
                if revision is not None and revision not in KNOWN_REVISIONS:
                    raise StoreTooNewError(
                        f"The database {self.path} was made by a newer version of the program "
                        f"(schema {revision}). Update the program; the file was not changed.",
                        path=str(self.path), revision=revision)
                if revision != HEAD_REVISION or full:
                    self.checked_fully = True
                    ok = con.execute("PRAGMA quick_check").fetchone()[0]
                    if ok != "ok":
                        raise damaged(self.path, ok)
                return revision
            finally:
                con.close()
        except sqlite3.Error as exc:
            raise translate_error(exc, self.path) or damaged(self.path) from exc

    def _start_check(self) -> None:
        """``quick_check`` in the background when the open did not run it; writes wait for it."""
        if self.checked_fully:
            return
        self._check_done.clear()
        threading.Thread(target=self._background_check, name="store-check", daemon=True).start()

    def _background_check(self) -> None:
        try:
            con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, timeout=self.busy_timeout_ms / 1000)
            try:
                ok = con.execute("PRAGMA quick_check").fetchone()[0]
            finally:
                con.close()
            if ok != "ok":
                self._check_error = damaged(self.path, ok)
        except sqlite3.Error as exc:
            error = translate_error(exc, self.path)
            if isinstance(error, StoreCorruptError):  # a lock or the like is no verdict
                self._check_error = error
        finally:
            self._check_done.set()

    def wait_checked(self) -> None:
        """Block until the background check is done; refuse to write into a damaged file."""
        self._check_done.wait()
        err = self._check_error
        if err is not None:
            raise type(err)(err.message, **err.params)

    @staticmethod
    def _revision(conn) -> str | None:
        has = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).first()
        if not has:
            return None
        row = conn.exec_driver_sql("SELECT version_num FROM alembic_version").first()
        return row[0] if row else None

    def _backup(self, revision: str | None) -> Path:
        """Copy the file before a migration touches it (a consistent copy through the backup
        API, written under a temporary name first). One copy per revision: a start that failed
        and is tried again replaces its copy instead of adding another."""
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
        name = f"{self.path.stem}.before-{revision or 'none'}"
        target = self.path.with_name(f"{name}-{stamp}.sqlite3")
        part = self.path.with_name(f".{target.name}.part")
        src = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(part)
            try:
                src.backup(dst)
            finally:
                dst.close()
        except sqlite3.Error as exc:
            part.unlink(missing_ok=True)
            raise translate_error(exc, self.path) or damaged(self.path) from exc
        finally:
            src.close()
        with open(part, "rb+") as f:
            os.fsync(f.fileno())
        os.replace(part, target)
        for older in self.path.parent.glob(f"{name}-*.sqlite3"):
            if older != target:
                older.unlink(missing_ok=True)
        log.info("backed up %s to %s before migrating", self.path, target)
        return target

    # -- use -----------------------------------------------------------------------------
    @contextmanager
    def session(self, read: bool = False) -> Iterator[Session]:
        """A unit of work: committed on success, rolled back on any error.

        It holds the write lock from its first statement (see :func:`_transactions`), unless
        ``read`` or it is opened inside another session of this thread (a setting read in the
        middle of a use case): such a session only reads, and must not wait for the lock its own
        thread holds."""
        depth = getattr(self._local, "depth", 0)
        self._local.depth = depth + 1
        s = self._sessions()
        if read or depth:
            s.connection(execution_options={READ_ONLY: True})
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
            self._local.depth = depth

    def flush_wal(self) -> None:
        """Fold the -wal file into the database and empty it, so that old page images (an
        erased note's earlier copies) do not linger there. Best effort: readers may hold it."""
        with self.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    def integrity_check(self) -> str:
        with self.engine.connect() as conn:
            return str(conn.execute(text("PRAGMA integrity_check")).scalar())

    def close(self) -> None:
        """Close every connection (SQLite then folds the -wal file back and removes it) and
        remove this process's open marker: the next start knows the close was clean."""
        self._check_done.wait()  # its read connection would keep the -wal file from being folded back
        self.engine.dispose()
        self._marker.release()


def open_store(data_dir: Path) -> Store:
    from ..paths import db_path

    return Store(db_path(data_dir))
