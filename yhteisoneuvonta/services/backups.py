"""Backups of the store: list, make now, restore. Restore works on a store that cannot be
opened (that is when it is needed), so it takes the data folder, not a workspace."""
from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

from ..core.workspace import Workspace
from ..errors import RestoreWhileOpenError
from ..paths import data_dir as resolve_data_dir
from ..paths import db_path
from ..store import backups as _backups
from ..store.engine import OpenMarker

# The CLI backs up at most this often; the desktop program on every clean close and on a timer.
CLI_INTERVAL = timedelta(hours=1)
GUI_INTERVAL = timedelta(minutes=30)


def list_backups(data_dir: Path | str | None) -> list[dict[str, Any]]:
    """Backups, newest first: path, time (UTC, ISO 8601), records (None if unreadable)."""
    return [b.to_dict() for b in _backups.list_backups(db_path(resolve_data_dir(data_dir)))]


def backup_now(ws: Workspace) -> dict[str, Any] | None:
    made = _backups.make_backup(ws.store.path)
    return made.to_dict() if made else None


def auto_backup(ws: Workspace, min_age: timedelta) -> dict[str, Any] | None:
    made = _backups.auto_backup(ws.store.path, min_age)
    return made.to_dict() if made else None


def restore(data_dir: Path | str | None, backup: Path | str) -> dict[str, Any]:
    """Put a backup in place of the store; the current file is kept aside (``kept``).
    Refused while another window or process has the store open."""
    db = db_path(resolve_data_dir(data_dir))
    marker = OpenMarker(db)
    _, live = marker.others()
    if live:
        raise RestoreWhileOpenError(
            f"The database {db} is open in another window or program. Close it, then restore again.",
            path=str(db))
    return _backups.restore(db, Path(backup))
