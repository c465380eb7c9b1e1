"""Which language a command line speaks: ``--lang``, else $YHTEISONEUVONTA_LANG, else the
installation's stored ``language`` setting, else Finnish.

The stored setting is read straight from the file, read-only and without migrating or creating
anything: the message being rendered may be about that very file (locked, damaged, too new).
"""
from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

from ..languages import DEFAULT_LANGUAGE
from ..paths import data_dir, db_path
from .catalog import available

LANG_ENV = "YHTEISONEUVONTA_LANG"


def stored_language(folder: Path | str | None) -> str | None:
    """The ``language`` setting of the store in ``folder``; None when it cannot be read."""
    try:
        path = db_path(data_dir(folder))
        if not path.is_file():
            return None
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=0.2)
        try:
            row = conn.execute("SELECT value FROM settings WHERE key = 'language'").fetchone()
        finally:
            conn.close()
        value = json.loads(row[0]) if row and isinstance(row[0], str) else None
        return value if isinstance(value, str) else None
    except (sqlite3.Error, OSError, ValueError):
        return None


def resolve(explicit: str | None, folder: Path | str | None) -> str:
    for candidate in (explicit, os.environ.get(LANG_ENV)):
        if candidate and available(candidate):
            return candidate
    stored = stored_language(folder)
    return stored if stored and available(stored) else DEFAULT_LANGUAGE
