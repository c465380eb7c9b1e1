"""Where files live: data directory (platformdirs, --data-dir, env var) and resources."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "yhteisoneuvonta"
APP_AUTHOR = "Pirha"
DATA_DIR_ENV = "YHTEISONEUVONTA_DATA_DIR"
DB_FILENAME = "yhteisoneuvonta.sqlite3"


def resources_dir() -> Path:
    """The shipped ``resources/`` folder, in a source checkout and in a frozen build."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The data directory: --data-dir, else $YHTEISONEUVONTA_DATA_DIR, else platformdirs."""
    if explicit:
        path = Path(explicit)
    elif os.environ.get(DATA_DIR_ENV):
        path = Path(os.environ[DATA_DIR_ENV])
    else:
        path = Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    return path.expanduser().resolve()


def db_path(data: Path) -> Path:
    return data / DB_FILENAME


def log_dir(data: Path | None = None) -> Path:
    """Logs go beside an explicit data dir (tests, portable use), else to the platform log dir."""
    if data is not None and (os.environ.get(DATA_DIR_ENV) or data != data_dir()):
        return data / "logs"
    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def keys_dir(data: Path) -> Path:
    return data / "keys"


def quarantine_dir(data: Path) -> Path:
    return data / "quarantine"
