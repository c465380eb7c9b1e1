"""Logging to a rotating file, for the CLI and the desktop program alike.

The log is what an adviser sends to the coordinator when something breaks, so it must never
carry what a visitor told them: record contents are not logged by the code, and the formatter
below also scrubs the two ways they could slip in anyway — SQL parameters inside database
errors, and anything the PII guard recognises.
"""
from __future__ import annotations

import logging
import logging.handlers
import os
import re
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from types import TracebackType

from . import __version__, paths

LOG_FILENAME = "yhteisoneuvonta.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(process)d]: %(message)s"

# SQLAlchemy error texts end with "[parameters: (...)]": the values being written, notes included.
_SQL_PARAMETERS = re.compile(r"\[parameters: .*?\](?=\s*(?:\n|\(Background|$))", re.S)
_HANDLER_NAME = "yhteisoneuvonta-file"
DEBUG_ENV = "YHTEISONEUVONTA_DEBUG"

_current: Path | None = None

# Says on stderr, in one short line, that the log cannot be written (folder, OSError, fallback
# folder or None). The front end sets one that speaks the user's language (__main__); this
# layer sits below the catalogue, so its own default is English.
Warn = Callable[[Path, BaseException, "Path | None"], None]


def _default_warn(folder: Path, exc: BaseException, fallback: Path | None) -> None:
    reason = getattr(exc, "strerror", None) or exc.__class__.__name__
    then = f"the log goes to {fallback}" if fallback else "the program goes on without a log"
    print(f"yhteisoneuvonta: the log file cannot be written in {folder} ({reason}); {then}.", file=sys.stderr)


_warn: list[Warn] = [_default_warn]


def set_warning(warn: Warn) -> None:
    """Use ``warn`` to tell the user the log cannot be written (one line, no traceback)."""
    _warn[0] = warn


def _say_unwritable(folder: Path, exc: BaseException, fallback: Path | None) -> None:
    try:
        _warn[0](folder, exc, fallback)
    except Exception:  # noqa: BLE001 - a broken warning must not stop the program
        _default_warn(folder, exc, fallback)


def scrub(text: str) -> str:
    """``text`` without SQL parameter values and without anything that identifies a person."""
    text = _SQL_PARAMETERS.sub("[parameters: hidden]", text)
    from .records.pii import (
        find_pii,  # imported late: logging must start even if this breaks
    )

    for finding in reversed(find_pii(text)):
        text = text[: finding.start] + f"[{finding.kind} removed]" + text[finding.end:]
    return text


class ScrubbingFormatter(logging.Formatter):
    """Formats the message and the traceback, then scrubs the whole line."""

    def format(self, record: logging.LogRecord) -> str:
        formatted = super().format(record)
        try:
            return scrub(formatted)
        except Exception:  # noqa: BLE001 - a broken scrubber must not leak: drop the details
            return f"{self.formatTime(record)} {record.levelname} {record.name}: (message withheld)"


class _QuietFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating file that, when a write fails (disk full, file made read-only), says so in one
    line and stops logging, instead of printing logging's traceback block on every record."""

    failed = False

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 (logging API)
        if self.failed:
            return
        self.failed = True
        exc = sys.exc_info()[1] or OSError("write failed")
        _say_unwritable(Path(self.baseFilename).parent, exc, None)

    def emit(self, record: logging.LogRecord) -> None:
        if not self.failed:
            super().emit(record)


def _open_handler(directory: Path) -> logging.Handler:
    directory.mkdir(parents=True, exist_ok=True)
    return _QuietFileHandler(
        directory / LOG_FILENAME, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
    )


def _temp_log_dir() -> Path:
    return Path(tempfile.gettempdir()) / f"{paths.APP_NAME}-logs-{os.getuid() if hasattr(os, 'getuid') else 0}"


def setup_logging(data_dir: Path | None, verbose: bool = False) -> Path | None:
    """Send the program's log records to a rotating file; return the file's path.

    The folder is ``paths.log_dir(data_dir)``: beside an explicit data folder, else the
    platform's log folder. Calling it again (tests, a second ``main()``) replaces the handler.
    A folder or file that cannot be written is said in one line on stderr; the log then goes
    to the temp folder, or nowhere (None), and the program goes on.
    """
    global _current
    root = logging.getLogger()
    for old in [h for h in root.handlers if h.get_name() == _HANDLER_NAME]:
        root.removeHandler(old)
        old.close()
    wanted = directory = paths.log_dir(data_dir)
    try:
        handler = _open_handler(directory)
    except OSError as exc:
        # A read-only profile must not stop the program: log to the temp folder instead.
        directory = _temp_log_dir()
        try:
            handler = _open_handler(directory)
        except OSError:
            _say_unwritable(wanted, exc, None)
            # Without any handler, logging's last resort would print records (tracebacks too)
            # on stderr: a silent handler keeps them away.
            silent = logging.NullHandler()
            silent.set_name(_HANDLER_NAME)
            root.addHandler(silent)
            _current = None
            return None
        _say_unwritable(wanted, exc, directory / LOG_FILENAME)
    handler.set_name(_HANDLER_NAME)
    handler.setFormatter(ScrubbingFormatter(FORMAT))
    handler.setLevel(logging.DEBUG if verbose else logging.INFO)
    root.addHandler(handler)
    if root.level > handler.level or root.level == logging.NOTSET:
        root.setLevel(handler.level)
    # SQLAlchemy's engine log prints every statement's parameters: keep it out, even when verbose.
    logging.getLogger("sqlalchemy").setLevel(logging.WARNING)
    logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)
    _install_excepthook()
    _current = directory / LOG_FILENAME
    logging.getLogger(__name__).info(
        "yhteisoneuvonta %s started (%s, Python %s)", __version__,
        "frozen" if getattr(sys, "frozen", False) else "source", sys.version.split()[0],
    )
    return _current


def current_log_file() -> Path | None:
    """The file :func:`setup_logging` writes to, for the error dialog and the Help menu."""
    return _current


def setup_logging_for(argv: Sequence[str]) -> Path | None:
    """Set up logging for a command line: honours ``--data-dir``; $YHTEISONEUVONTA_DEBUG=1 logs more."""
    explicit: str | None = None
    for i, arg in enumerate(argv):
        if arg == "--data-dir" and i + 1 < len(argv):
            explicit = argv[i + 1]
            break
        if arg.startswith("--data-dir="):
            explicit = arg.split("=", 1)[1]
            break
    verbose = os.environ.get(DEBUG_ENV, "") not in ("", "0")
    return setup_logging(paths.data_dir(explicit), verbose=verbose)


def _log_uncaught(etype: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if not issubclass(etype, KeyboardInterrupt):
        logging.getLogger(paths.APP_NAME).critical("uncaught exception", exc_info=(etype, exc, tb))
    _previous_hook(etype, exc, tb)


_previous_hook = sys.excepthook


def _install_excepthook() -> None:
    """Uncaught errors reach the log too; the hook before ours still runs (prints, or the GUI's)."""
    global _previous_hook
    if sys.excepthook is not _log_uncaught:
        _previous_hook = sys.excepthook
        sys.excepthook = _log_uncaught
