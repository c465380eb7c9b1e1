"""Status queries for the sync screens: the coordinator's board and the adviser's next bundle.

Plain Python (no Qt), read-only. The coordinator's board joins three sources: enrolled
devices (``devices``), bundles imported (``imported_bundles``) and refusals (the reason
files in the quarantine folder, which never enter the store).
"""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from ..core.clock import utcnow
from ..core.kinds import KIND_ORDER
from ..core.plaintext import visible
from ..core.roles import ROLE_ADVISER, ROLE_COORDINATOR
from ..core.workspace import Workspace
from ..services.logbook import KINDS
from ..store.models import Counter, Device, ExportedBundle, ImportedBundle
from ..sync import quarantine, trust
from ..sync.clock import parse_time
from ..sync.plausibility import CLOCK_AHEAD
from ..sync.quarantine import REASON_SUFFIX


def _missing(received: set[int]) -> list[int]:
    top = max(received, default=0)
    return [n for n in range(1, top) if n not in received]


def _refusal(info: dict[str, Any]) -> dict[str, Any]:
    reason_file = str(info.get("reason_file") or "")
    copy = info.get("copy_path")
    if "copy" not in info:  # a reason file written before copies were shared by hash
        old = reason_file[:-len(REASON_SUFFIX)] if reason_file.endswith(REASON_SUFFIX) else ""
        copy = old if old and Path(old).exists() else None
    claimed = info.get("claimed") or {}
    # A refusal is shown under a device only when a signature proved where it came from.
    device = claimed.get("device_id") if claimed.get("proof") in ("enrolled", "self") else None
    return {"file": visible(info.get("file") or ""), "reason": info.get("reason"),
            "message": visible(info.get("message") or "", 2000), "refused_at": info.get("refused_at"),
            "seq": claimed.get("seq") if device else None, "device_id": device or None,
            "adviser_code": visible(claimed.get("adviser_code"), 20) if device and claimed.get("adviser_code")
            else None, "reason_file": reason_file, "quarantined": copy}


def board(ws: Workspace, now: datetime | None = None) -> dict[str, Any]:
    """Every enrolled device with what arrived from it, devices seen but not enrolled, and
    refusals that name no device (not a bundle at all, unreadable).

    Per device: ``device_id, adviser_code, sites, fingerprint, enrolled, revoked_at,
    last_seq, last_bundle_at`` (when the adviser made it), ``last_import``, ``days_since``
    (since ``last_bundle_at``), ``received`` (count), ``missing`` (sequence numbers),
    ``forks`` (numbers received twice with other content), ``rollbacks`` (those of them that came
    after later numbers: the laptop went back to an old backup), ``chain_breaks`` (bundles that
    do not follow the one received before them), ``clock_ahead_days`` (the device's clock ran
    this far ahead when it made its newest bundle, else None), ``refusals`` (list of dicts with
    reason, message and the quarantined copy; only refusals a signature ties to the device).
    """
    ws.require_role(ROLE_COORDINATOR)
    now = now or utcnow()
    received: dict[str, set[int]] = {}
    last_made: dict[str, datetime] = {}
    last_import: dict[str, datetime] = {}
    hashes: dict[tuple[str, int], set[str]] = {}
    prevs: list[tuple[str, int, str | None]] = []
    rollbacks: dict[str, set[int]] = {}
    newest: dict[str, tuple[datetime, int, datetime | None]] = {}  # imported_at, seq, made
    with ws.store.session() as s:
        for device, seq, imported_at, manifest, digest, prev, state in s.execute(
                select(ImportedBundle.device_id, ImportedBundle.seq, ImportedBundle.imported_at,
                       ImportedBundle.manifest, ImportedBundle.hash, ImportedBundle.prev_hash,
                       ImportedBundle.status)):
            if device is None or seq is None:
                continue
            received.setdefault(device, set()).add(seq)
            hashes.setdefault((device, seq), set()).add(digest)
            prevs.append((device, seq, prev))
            if state == "rollback":
                rollbacks.setdefault(device, set()).add(seq)
            made = parse_time((manifest or {}).get("created_at"))
            if made and (device not in last_made or made > last_made[device]):
                last_made[device] = made
            if imported_at.tzinfo is None:
                imported_at = imported_at.replace(tzinfo=timezone.utc)
            if device not in last_import or imported_at > last_import[device]:
                last_import[device] = imported_at
            if device not in newest or (imported_at, seq) > newest[device][:2]:
                newest[device] = (imported_at, seq, made)
        forks: dict[str, list[int]] = {}
        for device, seq in s.execute(
                select(ImportedBundle.device_id, ImportedBundle.seq)
                .group_by(ImportedBundle.device_id, ImportedBundle.seq)
                .having(func.count(func.distinct(ImportedBundle.hash)) > 1)):
            forks.setdefault(device, []).append(seq)
    breaks: dict[str, set[int]] = {}
    for device, seq, prev in prevs:
        before = hashes.get((device, seq - 1))
        if before and prev not in before:
            breaks.setdefault(device, set()).add(seq)

    def clock_ahead(device_id: str) -> int | None:
        """Days the device's clock ran ahead when it made its newest bundle, if a day or more."""
        if device_id not in newest:
            return None
        imported_at, _, made = newest[device_id]
        if made is None or made - imported_at <= CLOCK_AHEAD:
            return None
        return max(1, (made - imported_at).days)

    kept = quarantine.conflicts(ws)
    refusals = [_refusal(i) for i in quarantine.refusals(ws)]
    by_device: dict[str, list[dict[str, Any]]] = {}
    loose: list[dict[str, Any]] = []
    for r in refusals:
        (by_device.setdefault(r["device_id"], []) if r["device_id"] else loose).append(r)

    def settled(device_id: str, r: dict[str, Any]) -> bool:
        """A refusal older than the device's last good import: the mark clears (the adviser
        sent again, or the device was enrolled since); the quarantined copy stays."""
        refused_at = parse_time(r.get("refused_at"))
        good = last_import.get(device_id)
        return bool(refused_at and good and refused_at <= good)

    def entry(device_id: str, base: dict[str, Any], enrolled: bool) -> dict[str, Any]:
        got = received.get(device_id, set())
        made = last_made.get(device_id)
        mine = by_device.get(device_id, [])
        return {
            "device_id": device_id, "adviser_code": base.get("adviser_code"),
            "sites": list(base.get("sites") or []), "fingerprint": base.get("fingerprint"),
            "enrolled": enrolled, "revoked_at": base.get("revoked_at"),
            "last_seq": max(got) if got else None,
            "last_bundle_at": made.isoformat() if made else None,
            "last_import": last_import[device_id].isoformat() if device_id in last_import else None,
            "days_since": max((now - made).days, 0) if made else None,
            "received": len(got), "missing": _missing(got), "forks": sorted(forks.get(device_id, [])),
            "rollbacks": sorted(rollbacks.get(device_id, set())),
            "chain_breaks": sorted(breaks.get(device_id, set())),
            "clock_ahead_days": clock_ahead(device_id),
            "conflicts": [c for c in kept if c.get("device_id") == device_id],
            "refusals": [r for r in mine if not settled(device_id, r)],
            "settled_refusals": [r for r in mine if settled(device_id, r)],
        }

    devices = [entry(d["device_id"], d, True) for d in trust.devices(ws)]
    known = {d["device_id"] for d in devices}
    unknown = []
    for seen in quarantine.unknown_devices(ws):
        if seen["device_id"] not in known:
            unknown.append(entry(seen["device_id"], seen, False))
            known.add(seen["device_id"])
    for device_id, items in by_device.items():  # refused for other reasons, never enrolled
        if device_id not in known:
            unknown.append(entry(device_id, {"adviser_code": items[-1].get("adviser_code")}, False))
            known.add(device_id)
    active = sum(len(d["refusals"]) for d in devices + unknown) + len(loose)
    return {"devices": devices, "unknown": unknown, "unattributed": loose, "refusals": active}


def adviser_codes(ws: Workspace) -> dict[str, str]:
    """Coordinator: the adviser code of each enrolled device (revoked ones too: their
    earlier records stay), by device id; a device enrolled without a code is left out."""
    ws.require_role(ROLE_COORDINATOR)
    with ws.store.session() as s:
        return {device_id: code for device_id, code in s.execute(select(Device.device_id, Device.adviser_code))
                if code}


def pending_counts(ws: Workspace) -> dict[str, int]:
    """Adviser: how many records of each kind the next bundle brings, as the lists count them:
    new or changed records that are not deleted. A deletion of a record the coordinator has is
    counted under ``"removed"``; a record made and deleted (or undone) since the last bundle is
    not counted at all: the coordinator never saw it and no list shows it."""
    ws.require_role(ROLE_ADVISER)
    with ws.store.session() as s:
        last_bundle = s.execute(select(ExportedBundle.to_change, ExportedBundle.created_at)
                                .where(ExportedBundle.state != "reserved")
                                .order_by(ExportedBundle.to_change.desc()).limit(1)).first()
        last, sent_at = (last_bundle[0], last_bundle[1]) if last_bundle else (0, None)
        counter = s.get(Counter, "change_seq")
        top = counter.value if counter else 0
        out: dict[str, int] = {}
        removed = 0
        for name in KIND_ORDER:
            model = KINDS[name].model
            changed = (model.change_seq > last, model.change_seq <= top)
            out[name] = int(s.scalar(select(func.count()).select_from(model).where(
                *changed, model.deleted.is_(False))) or 0)
            if sent_at is not None:
                removed += int(s.scalar(select(func.count()).select_from(model).where(
                    *changed, model.deleted.is_(True), model.created_at < sent_at)) or 0)
        out["removed"] = removed
        return out


def reference_file_info(path: str | Path) -> dict[str, Any]:
    """What a reference file says about itself (unverified): shown before pinning its key."""
    from ..sync.reference_bundle import read_reference

    doc, _, _ = read_reference(Path(path).read_bytes())
    coordinator = doc.get("coordinator") if isinstance(doc.get("coordinator"), dict) else {}
    return {"version": doc.get("version"), "expires_at": doc.get("expires_at"),
            "fingerprint": str(coordinator.get("fingerprint") or ""),
            "name": str(coordinator.get("name") or "")}


def reference_state(ws: Workspace) -> dict[str, Any]:
    """Coordinator: the last reference file exported and the retention it set."""
    from ..sync.reference_bundle import DEFAULT_RETENTION_DAYS, DEFAULT_VALID_DAYS

    return {"version": int(ws.setting("reference_bundle_version", 0) or 0),
            "retention_days": int(ws.setting("retention_days", DEFAULT_RETENTION_DAYS) or DEFAULT_RETENTION_DAYS),
            "valid_days": DEFAULT_VALID_DAYS}
