"""The way back: the coordinator's signed reference-data bundle.

One ZIP with ``reference.json`` and ``reference.json.minisig`` (signed by the coordinator's
signing key, not encrypted: it holds no personal data). It carries the reference data,
the trusted device list, receipts per device (bundles received, refusals), a version, an
expiry and the retention period. An adviser applies it all at once, only if newer.
"""
from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from .. import __version__
from ..core.clock import utcnow
from ..core.roles import ROLE_ADVISER, ROLE_COORDINATOR
from ..core.workspace import Workspace
from ..errors import BundleError, ClockSuspectError, ValidationError
from ..records.reference import ReferenceData
from ..store.models import ExportedBundle, ImportedBundle, ReferenceSet, Setting
from .bundle import canonical_json, sha256
from .clock import note_seen, parse_time
from .fileio import write_durable
from .minisign import PublicKey, verify
from .quarantine import refusals
from .record_schema import READS as RECORD_SCHEMAS_READ
from .safezip import ZipLimits, read_members, write_zip
from .trust import (
    COORDINATOR_READS_SETTING,
    PIN_SETTING,
    devices,
    fingerprint,
    pinned_coordinator,
    reads_record_schemas,
    require_pin,
    signing_key,
)

FORMAT = "yhteisoneuvonta-reference-bundle"
# Raised only for a change an older reader cannot read; such a file is refused there.
FORMAT_VERSION = 1
# Raised for additions an older reader may ignore (it reads what it knows): 2 added
# ``reads_record_schemas``. A file without a revision is revision 1.
FORMAT_REVISION = 2
MEMBER = "reference.json"
SIG_MEMBER = MEMBER + ".minisig"
LIMITS = ZipLimits(max_archive_bytes=32 * 1024 * 1024,
                   max_member_bytes={MEMBER: 32 * 1024 * 1024, SIG_MEMBER: 16 * 1024})
DEFAULT_RETENTION_DAYS = 180
DEFAULT_VALID_DAYS = 120
APPLIED_SETTING = "reference_bundle_applied"
RECEIPTS_SETTING = "receipts"


def _ranges(numbers: list[int]) -> list[list[int]]:
    out: list[list[int]] = []
    for n in sorted(set(numbers)):
        if out and out[-1][1] == n - 1:
            out[-1][1] = n
        else:
            out.append([n, n])
    return out


def _expand(ranges: Any) -> set[int]:
    out: set[int] = set()
    if not isinstance(ranges, list):
        return out
    for item in ranges[:100000]:
        if (isinstance(item, list) and len(item) == 2 and all(isinstance(x, int) for x in item)
                and 0 < item[0] <= item[1] and item[1] - item[0] < 10**6):
            out.update(range(item[0], item[1] + 1))
    return out


def receipts(ws: Workspace) -> dict[str, Any]:
    """Per device: the bundles received and the refusals, as an adviser will see them."""
    out: dict[str, Any] = {}
    with ws.store.session() as s:
        for device, seq in s.execute(select(ImportedBundle.device_id, ImportedBundle.seq).distinct()):
            entry = out.setdefault(device, {"received": [], "refusals": []})
            entry["received"].append(seq)
        for device, last in s.execute(select(ImportedBundle.device_id, func.max(ImportedBundle.seq))
                                      .group_by(ImportedBundle.device_id)):
            out[device]["last_seq"] = last
    for info in refusals(ws):
        # Only refusals of bundles signed by the enrolled device's key: a stranger's file that
        # names a device must not put words into that device's receipt.
        claimed = info.get("claimed") or {}
        device = claimed.get("device_id") if claimed.get("proof") == "enrolled" else None
        if isinstance(device, str) and device:
            entry = out.setdefault(device, {"received": [], "refusals": []})
            entry["refusals"].append({k: info.get(k) for k in ("file", "reason", "message", "refused_at")}
                                     | {"seq": (info.get("claimed") or {}).get("seq")})
    for entry in out.values():
        entry["received"] = _ranges(entry["received"])
        entry.setdefault("last_seq", None)
    return out


def export_reference(ws: Workspace, out: Path, *, retention_days: int | None = None,
                     valid_days: int = DEFAULT_VALID_DAYS) -> dict[str, Any]:
    ws.require_role(ROLE_COORDINATOR)
    from ..paths import keys_dir
    from .keys import coordinator_recipient

    if retention_days is not None:
        if not 7 <= retention_days <= 3650:
            raise ValidationError("retention_days", "choose between 7 and 3650 days", rule="between", min=7, max=3650)
        ws.set_settings(retention_days=retention_days)
    retention = ws.setting("retention_days", DEFAULT_RETENTION_DAYS)
    version = int(ws.setting("reference_bundle_version", 0)) + 1
    key = signing_key(ws)
    now = utcnow()
    doc = {
        "format": FORMAT, "format_version": FORMAT_VERSION, "format_revision": FORMAT_REVISION,
        "reads_record_schemas": list(RECORD_SCHEMAS_READ), "version": version,
        "created_at": now.isoformat(), "expires_at": (now + timedelta(days=valid_days)).isoformat(),
        "app_version": __version__,
        "coordinator": {"public_key": key.public().to_text(), "fingerprint": fingerprint(key.public()),
                        "age_recipient": coordinator_recipient(keys_dir(ws.data_dir)),
                        "name": ws.setting("coordinator_name") or ""},
        "reference": ws.reference().to_dict(),
        "devices": [{k: d[k] for k in ("device_id", "fingerprint", "adviser_code", "revoked_at")}
                    for d in devices(ws)],
        "receipts": receipts(ws), "retention_days": retention,
    }
    body = canonical_json(doc)
    sig = key.sign(body, f"yhteisoneuvonta reference version={version} sha256={sha256(body)}")
    data = write_zip([(MEMBER, body, True), (SIG_MEMBER, sig.encode("ascii"), True)])
    path = Path(out)
    if path.is_dir():
        path = path / f"reference-{version:05d}.yn.zip"

    def check(back: bytes) -> None:
        verify(read_members(back, LIMITS, {MEMBER, SIG_MEMBER})[MEMBER], sig, key.public())

    write_durable(path, data, check)
    ws.set_settings(reference_bundle_version=version)
    return {"path": str(path), "version": version, "expires_at": doc["expires_at"],
            "devices": len(doc["devices"]), "retention_days": retention}


def read_reference(data: bytes) -> tuple[dict[str, Any], bytes, str]:
    members = read_members(data, LIMITS, {MEMBER, SIG_MEMBER})
    try:
        doc = json.loads(members[MEMBER].decode("utf-8"))
        sig = members[SIG_MEMBER].decode("utf-8")
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise BundleError("malformed_manifest", "The reference file is not valid JSON.") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise BundleError("not_a_bundle", "The file is not a Yhteisöneuvonta reference file.")
    fmt = doc.get("format_version")
    if not isinstance(fmt, int) or isinstance(fmt, bool) or fmt < 1:
        raise BundleError("malformed_manifest", "The reference file has no valid format version.")
    if fmt > FORMAT_VERSION:
        raise BundleError("newer_reference_format", f"The reference file is of format {fmt}; this program "
                          f"reads format {FORMAT_VERSION}. Update the program. Nothing was changed.",
                          format_version=fmt, reads=FORMAT_VERSION)
    return doc, members[MEMBER], sig


def import_reference(ws: Workspace, path: Path, *, pin: bool = False) -> dict[str, Any]:
    """Verify against the pinned coordinator key and apply everything at once if newer.

    ``pin=True`` accepts the file's own coordinator key when none is pinned yet (the user
    compared its fingerprint); a pinned key is never replaced this way.
    """
    ws.require_role(ROLE_ADVISER)
    doc, body, sig = read_reference(Path(path).read_bytes())
    coordinator = doc.get("coordinator") if isinstance(doc.get("coordinator"), dict) else {}
    pinned = pinned_coordinator(ws)
    new_pin = None
    if pinned is None:
        if not pin:
            require_pin(ws)
        public = PublicKey.from_text(str(coordinator.get("public_key", "")))
        from .agecrypt import parse_recipient

        parse_recipient(str(coordinator.get("age_recipient", "")))
        new_pin = {"public_key": public.to_text(), "fingerprint": fingerprint(public),
                   "age_recipient": coordinator["age_recipient"], "name": str(coordinator.get("name") or "")}
    else:
        public = PublicKey.from_text(pinned["public_key"])
    try:
        verify(body, sig, public)
    except BundleError as exc:
        if exc.reason == "unknown_key":
            raise BundleError("unknown_key", "The reference file is signed by another coordinator key than "
                              "the one pinned on this computer. Nothing was changed.") from None
        raise BundleError("bad_signature", "The reference file's signature does not match: it was changed "
                          "after it was signed. Nothing was changed.") from None
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise BundleError("malformed_manifest", "The reference file has no version.")
    expires, created = parse_time(doc.get("expires_at")), parse_time(doc.get("created_at"))
    applied = int(ws.setting(APPLIED_SETTING, 0) or 0)
    result: dict[str, Any] = {"version": version, "applied": False, "reference_installed": False,
                              "confirmed": [], "retention_days": doc.get("retention_days")}
    if version <= applied:
        result["message"] = f"Reference file {version} is not newer than the one applied ({applied}); nothing changed."
        return result
    if expires is None or expires < utcnow():
        from .clock import clock_ahead

        known = clock_ahead(ws)
        if expires is not None and known is not None and expires > known:
            # Valid at every time this computer knows of: the clock, not the file, is wrong.
            raise ClockSuspectError(
                f"This computer's clock shows {utcnow():%Y-%m-%d}, far after the newest time known here "
                f"({known:%Y-%m-%d}); the reference file is valid until {expires:%Y-%m-%d}. Correct this "
                "computer's date and time, then import the file again.",
                now=f"{utcnow():%Y-%m-%d}", newest_known=f"{known:%Y-%m-%d}", expires=f"{expires:%Y-%m-%d}")
        raise BundleError("expired", "The reference file has expired; ask the coordinator for a new one.")
    ref = ReferenceData.from_dict(doc.get("reference"))  # raises ValidationError
    mine = (doc.get("receipts") or {}).get(ws.device_id) if isinstance(doc.get("receipts"), dict) else None
    received = _expand((mine or {}).get("received"))
    retention = doc.get("retention_days")
    with ws.store.session() as s:
        current = s.scalar(select(func.max(ReferenceSet.version)))
        if current is None or ref.version > current:
            s.add(ReferenceSet(version=ref.version, loaded_at=utcnow(), source=f"reference file {version}",
                               payload=ref.to_dict()))
            result["reference_installed"] = True
        for row in s.scalars(select(ExportedBundle)):
            row.confirmed = row.seq in received
            if row.confirmed:
                result["confirmed"].append(row.seq)
        settings = {APPLIED_SETTING: version, RECEIPTS_SETTING: mine or {},
                    COORDINATOR_READS_SETTING: reads_record_schemas(doc),
                    "trusted_devices": doc.get("devices") if isinstance(doc.get("devices"), list) else []}
        if isinstance(retention, int) and not isinstance(retention, bool) and retention > 0:
            settings["retention_days"] = retention
        if new_pin is not None:
            settings[PIN_SETTING] = new_pin
            result["pinned"] = new_pin["fingerprint"]
        for key, value in settings.items():
            s.merge(Setting(key=key, value=value))
        note_seen(s, created, f"reference file {version}")
    if result["reference_installed"]:
        ws.forget_reference()
    result["applied"] = True
    result["missing"] = unconfirmed(ws)
    return result


def unconfirmed(ws: Workspace) -> list[int]:
    """Bundles made here that the coordinator has not confirmed (candidates for send again)."""
    with ws.store.session() as s:
        return list(s.scalars(select(ExportedBundle.seq).where(ExportedBundle.confirmed.is_(False),
                                                               ExportedBundle.state != "reserved")
                              .order_by(ExportedBundle.seq)))
