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
from collections.abc import Sequence
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


def _open_handler(directory: Path) -> logging.Handler:
    directory.mkdir(parents=True, exist_ok=True)
    return logging.handlers.RotatingFileHandler(
        directory / LOG_FILENAME, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
    )


def setup_logging(data_dir: Path | None, verbose: bool = False) -> Path:
    """Send the program's log records to a rotating file; return the file's path.

    The folder is ``paths.log_dir(data_dir)``: beside an explicit data folder, else the
    platform's log folder. Calling it again (tests, a second ``main()``) replaces the handler.
    """
    global _current
    root = logging.getLogger()
    for old in [h for h in root.handlers if h.get_name() == _HANDLER_NAME]:
        root.removeHandler(old)
        old.close()
    directory = paths.log_dir(data_dir)
    try:
        handler = _open_handler(directory)
    except OSError:
        # A read-only profile must not stop the program: log to the temp folder instead.
        directory = Path(tempfile.gettempdir()) / f"{paths.APP_NAME}-logs-{os.getuid() if hasattr(os, 'getuid') else 0}"
        handler = _open_handler(directory)
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


def setup_logging_for(argv: Sequence[str]) -> Path:
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
