"""How bundles travel between the desks and the coordinator: a send folder the adviser sets
once (a USB stick, or a folder Teams or OneDrive syncs) and an inbox folder the coordinator
sets once, whose new bundle files are offered for import by themselves. Files still work by
hand: these are only remembered folders."""
from __future__ import annotations

import os
import re
from pathlib import Path

from sqlalchemy import select

from ..core.roles import ROLE_ADVISER, ROLE_COORDINATOR
from ..core.workspace import Workspace
from ..errors import ValidationError
from ..store.models import ImportedBundle
from ..sync import quarantine
from ..sync.importer import collect_files

SEND_FOLDER = "send_folder"
INBOX_FOLDER = "inbox_folder"
BUNDLE_NAME = re.compile(r"-([A-Za-z0-9]{1,8})-(\d{6})\.yn\.zip$")


def send_folder(ws: Workspace) -> str | None:
    return ws.setting(SEND_FOLDER) or None


def set_send_folder(ws: Workspace, folder: str | Path | None) -> None:
    """Remember where "Send the week" writes (None forgets it: ask every time)."""
    ws.require_role(ROLE_ADVISER)
    if folder is None:
        ws.set_settings(**{SEND_FOLDER: None})
        return
    path = _folder(folder, "send_folder")
    if not os.access(path, os.W_OK):
        raise ValidationError("send_folder", f"the folder {path} cannot be written to")
    ws.set_settings(**{SEND_FOLDER: str(path)})


def send_folder_ready(ws: Workspace) -> bool:
    """Whether the remembered send folder is there now (a stick may be unplugged)."""
    folder = send_folder(ws)
    return bool(folder) and Path(folder).is_dir() and os.access(folder, os.W_OK)  # type: ignore[arg-type]


def inbox_folder(ws: Workspace) -> str | None:
    return ws.setting(INBOX_FOLDER) or None


def set_inbox_folder(ws: Workspace, folder: str | Path | None) -> None:
    ws.require_role(ROLE_COORDINATOR)
    ws.set_settings(**{INBOX_FOLDER: str(_folder(folder, "inbox_folder")) if folder is not None else None})


def new_inbox_bundles(ws: Workspace, folder: str | Path | None = None) -> list[Path]:
    """Bundle files in the inbox that were never imported (nor refused) before; other files
    (PDFs, photos, the reference file) are not offered."""
    folder = folder or inbox_folder(ws)
    if not folder or not Path(folder).is_dir():
        return []
    with ws.store.session() as s:
        imported = {(str(device)[:8], seq) for device, seq in
                    s.execute(select(ImportedBundle.device_id, ImportedBundle.seq)) if device and seq}
    refused = {str(r.get("file") or "") for r in quarantine.refusals(ws)}

    def known(path: Path) -> bool:
        # bundles are written as CODE-DEVICE8-SEQ.yn.zip (sync.export.bundle_filename)
        m = BUNDLE_NAME.search(path.name)
        return path.name in refused or bool(m and (m.group(1), int(m.group(2))) in imported)

    return [p for p in collect_files([Path(folder)]) if not known(p)]


def _folder(folder: str | Path, field: str) -> Path:
    path = Path(folder).expanduser()
    if not path.is_dir():
        raise ValidationError(field, f"the folder {path} does not exist")
    return path.resolve()
