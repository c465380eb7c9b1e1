"""Refused bundles: a copy and a reason file in the quarantine folder, outside the store.

Keeping refusals out of the database means a bad bundle never changes the store; the
receipts in the reference bundle and the "device seen but not enrolled" list are read
back from these reason files.
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from ..core.clock import utcnow
from ..core.workspace import Workspace
from ..paths import quarantine_dir
from .bundle import sha256
from .fileio import write_durable

_SAFE = re.compile(r"[^A-Za-z0-9._-]+")
REASON_SUFFIX = ".reason.json"


def quarantine(ws: Workspace, data: bytes, filename: str, reason: str, message: str,
               claimed: dict[str, Any] | None = None) -> Path:
    """Copy a refused file and write why; returns the reason file's path."""
    folder = quarantine_dir(ws.data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    digest = sha256(data)
    stamp = utcnow().strftime("%Y%m%dT%H%M%SZ")
    base = f"{stamp}-{digest[:12]}-{_SAFE.sub('_', Path(filename).name)[:80] or 'bundle'}"
    write_durable(folder / base, data)
    info = {"file": filename, "sha256": digest, "size": len(data), "reason": reason,
            "message": message, "refused_at": utcnow().isoformat(), "claimed": claimed or {}}
    reason_path = folder / (base + REASON_SUFFIX)
    write_durable(reason_path, json.dumps(info, ensure_ascii=False, indent=1).encode("utf-8"))
    return reason_path


def refusals(ws: Workspace) -> list[dict[str, Any]]:
    folder = quarantine_dir(ws.data_dir)
    out: list[dict[str, Any]] = []
    if not folder.is_dir():
        return out
    for path in sorted(folder.glob("*" + REASON_SUFFIX)):
        try:
            info = json.loads(path.read_text("utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(info, dict):
            info["reason_file"] = str(path)
            out.append(info)
    return out


def unknown_devices(ws: Workspace) -> list[dict[str, Any]]:
    """Devices whose bundles were refused as unknown: what they claimed about themselves."""
    from .minisign import PublicKey
    from .trust import fingerprint

    seen: dict[str, dict[str, Any]] = {}
    for info in refusals(ws):
        claimed = info.get("claimed") or {}
        if info.get("reason") != "unknown_key" or not isinstance(claimed.get("public_key"), str):
            continue
        try:
            public = PublicKey.from_text(claimed["public_key"])
        except Exception:
            continue
        fp = fingerprint(public)
        seen[fp] = {"fingerprint": fp, "public_key": public.to_text(),
                    "device_id": str(claimed.get("device_id", "")),
                    "adviser_code": claimed.get("adviser_code"), "sites": [],
                    "first_seen": info.get("refused_at")}
    return list(seen.values())
