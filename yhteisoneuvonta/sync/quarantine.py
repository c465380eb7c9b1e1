"""Refused bundles: a copy and a reason file in the quarantine folder, outside the store.

Keeping refusals out of the database means a bad bundle never changes the store; the
receipts in the reference bundle and the "device seen but not enrolled" list are read
back from these reason files.

The folder is bounded: the same file refused again (a replay, a batch imported twice) is
recorded by its hash on the reason file already kept, never copied again; and the copies
are held to a count and a total size, the oldest dropped first (their reason files stay, so
receipts and the status board still know what was refused).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..core.clock import utcnow
from ..core.plaintext import visible
from ..core.workspace import Workspace
from ..paths import quarantine_dir
from .bundle import sha256
from .fileio import write_durable

_SAFE = re.compile(r"[^A-Za-z0-9._-]+")
REASON_SUFFIX = ".reason.json"
MAX_COPIES = 500
MAX_COPY_BYTES = 1024 * 1024 * 1024
MAX_REASONS = 5000


@dataclass
class Kept:
    reason_file: Path
    copy: Path | None
    notes: list[str] = field(default_factory=list)


def quarantine(ws: Workspace, data: bytes, filename: str, reason: str, message: str,
               claimed: dict[str, Any] | None = None, keep_copy: bool = True) -> Kept:
    """Keep a refused file (unless it is kept already) and write why."""
    folder = quarantine_dir(ws.data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    digest = sha256(data)
    now = utcnow()
    earlier = _reason_files(folder)
    for path in reversed(earlier):  # the same bytes refused for the same reason: count it
        info = _read(path)
        if info and info.get("sha256") == digest and info.get("reason") == reason and keep_copy:
            info["times"] = int(info.get("times") or 1) + 1
            info["last_refused_at"] = now.isoformat()
            write_durable(path, _dump(info))
            copy = folder / info["copy"] if isinstance(info.get("copy"), str) else None
            return Kept(path, copy if copy and copy.exists() else None)
    # Microseconds in the name: names sort in the order of refusal, so "oldest first" is exact.
    base = f"{now:%Y%m%dT%H%M%S.%fZ}-{digest[:12]}-{_SAFE.sub('_', Path(filename).name)[:80] or 'bundle'}"
    kept = Kept(folder / (base + REASON_SUFFIX), None)
    if keep_copy and data:
        same = next((folder / i["copy"] for i in map(_read, earlier) if i and i.get("sha256") == digest
                     and isinstance(i.get("copy"), str) and (folder / i["copy"]).exists()), None)
        if same is None:
            kept.notes += _make_room(folder, len(data))
            same = folder / base
            write_durable(same, data)
        kept.copy = same
    info = {"file": visible(filename), "sha256": digest, "size": len(data), "reason": reason,
            "message": message, "refused_at": now.isoformat(), "claimed": claimed or {},
            "copy": kept.copy.name if kept.copy else None, "times": 1}
    write_durable(kept.reason_file, _dump(info))
    kept.notes += _trim_reasons(folder)
    return kept


def _dump(info: dict[str, Any]) -> bytes:
    return json.dumps(info, ensure_ascii=False, indent=1).encode("utf-8")


def _read(path: Path) -> dict[str, Any] | None:
    try:
        info = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return None
    return info if isinstance(info, dict) else None


def _reason_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*" + REASON_SUFFIX))


def _copies(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_file() and not p.name.endswith(REASON_SUFFIX)
                  and not p.name.startswith("."))


def _make_room(folder: Path, size: int) -> list[str]:
    """Drop the oldest copies until one more of ``size`` bytes fits the quota."""
    copies = _copies(folder)
    total = sum(p.stat().st_size for p in copies)
    dropped = 0
    while copies and (len(copies) + 1 > MAX_COPIES or total + size > MAX_COPY_BYTES):
        oldest = copies.pop(0)
        total -= oldest.stat().st_size
        oldest.unlink(missing_ok=True)
        dropped += 1
    if not dropped:
        return []
    return [f"The quarantine folder was full ({MAX_COPIES} files or {MAX_COPY_BYTES // 2**20} MiB): the "
            f"{dropped} oldest copies of refused files were removed; their reasons are kept."]


def _trim_reasons(folder: Path) -> list[str]:
    reasons = _reason_files(folder)
    extra = len(reasons) - MAX_REASONS
    for path in reasons[:max(extra, 0)]:
        info = _read(path) or {}
        copy = folder / info["copy"] if isinstance(info.get("copy"), str) else None
        path.unlink(missing_ok=True)
        if copy is not None and not any((_read(p) or {}).get("copy") == copy.name for p in reasons[extra:]):
            copy.unlink(missing_ok=True)
    if extra <= 0:
        return []
    return [f"The quarantine folder held more than {MAX_REASONS} refusals: the {extra} oldest were removed."]


def refusals(ws: Workspace) -> list[dict[str, Any]]:
    folder = quarantine_dir(ws.data_dir)
    out: list[dict[str, Any]] = []
    if not folder.is_dir():
        return out
    for path in _reason_files(folder):
        info = _read(path)
        if info is not None:
            info["reason_file"] = str(path)
            copy = info.get("copy")
            info["copy_path"] = str(folder / copy) if isinstance(copy, str) and (folder / copy).exists() else None
            out.append(info)
    return out


def unknown_devices(ws: Workspace) -> list[dict[str, Any]]:
    """Devices whose bundles were refused as unknown, each by fingerprint AND device id.

    Only a manifest whose signature verified with the key it names counts (``proof`` is
    ``"self"``): a file cannot offer somebody else's key. Nothing is overwritten: the same
    key seen with two device ids is two entries, and a key already enrolled is not listed.
    """
    from sqlalchemy import select

    from ..store.models import Device
    from .fingerprints import fingerprint
    from .minisign import PublicKey

    with ws.store.session() as s:
        enrolled = {fp for (fp,) in s.execute(select(Device.fingerprint))}
    seen: dict[tuple[str, str], dict[str, Any]] = {}
    for info in refusals(ws):
        claimed = info.get("claimed") or {}
        if (info.get("reason") != "unknown_key" or claimed.get("proof") != "self"
                or not isinstance(claimed.get("public_key"), str) or not isinstance(claimed.get("device_id"), str)):
            continue
        try:
            public = PublicKey.from_text(claimed["public_key"])
        except Exception:  # noqa: BLE001 - a damaged reason file is skipped, not fatal
            continue
        fp = fingerprint(public)
        if fp in enrolled:
            continue
        key = (fp, claimed["device_id"])
        if key not in seen:
            seen[key] = {"fingerprint": fp, "public_key": public.to_text(), "device_id": claimed["device_id"],
                         "adviser_code": claimed.get("adviser_code"), "sites": [],
                         "first_seen": info.get("refused_at")}
    return list(seen.values())


# --- versions kept for review ----------------------------------------------------------------
CONFLICTS = "conflicts"


def keep_conflicts(ws: Workspace, entries: list[dict[str, Any]]) -> list[Path]:
    """Keep the version of each record that lost a tie (same version, other content), once."""
    folder = quarantine_dir(ws.data_dir) / CONFLICTS
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for entry in entries:
        path = folder / f"{entry['record_id']}-v{entry['version']}-{entry['other_hash'][:16]}.json"
        if not path.exists():
            write_durable(path, _dump({**entry, "noted_at": utcnow().isoformat()}))
        out.append(path)
    return out


def conflicts(ws: Workspace) -> list[dict[str, Any]]:
    """The versions kept for review, oldest first, each with its file."""
    folder = quarantine_dir(ws.data_dir) / CONFLICTS
    if not folder.is_dir():
        return []
    out = []
    for path in folder.glob("*.json"):
        info = _read(path)
        if info is not None:
            out.append({**info, "path": str(path)})
    return sorted(out, key=lambda i: (str(i.get("noted_at")), i["path"]))
