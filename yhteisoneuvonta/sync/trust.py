"""Who trusts whom: fingerprints, enrolment files, the coordinator card and pin, devices.

A fingerprint is derived from the whole public key (SHA-256, 128 bits shown), not from
the minisign key id alone, because a key id is random and anyone can copy it.
"""
from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from ..core.clock import utcnow
from ..core.roles import ROLE_ADVISER, ROLE_COORDINATOR
from ..core.workspace import Workspace
from ..errors import (
    BundleError,
    CoordinatorNotPinnedError,
    NoCoordinatorKeyError,
    NotFoundError,
    ValidationError,
)
from ..records.validation import ADVISER_CODE_RE
from ..store.models import Device, ImportedBundle
from . import agecrypt, keys, safejson
from .bundle import canonical_json
from .fingerprints import fingerprint, normalise_fingerprint
from .minisign import PublicKey, SecretKey, key_id_hex, verify
from .record_schema import ASSUMED_READS
from .record_schema import READS as RECORD_SCHEMAS_READ

ENROLMENT_FORMAT = "yhteisoneuvonta-enrolment"
CARD_FORMAT = "yhteisoneuvonta-coordinator"
PIN_SETTING = "coordinator_pin"
# The record schemas the pinned coordinator reads (from its card or reference file).
COORDINATOR_READS_SETTING = "coordinator_reads_record_schemas"
MAX_SMALL_FILE = 64 * 1024


def signing_key(ws: Workspace) -> SecretKey:
    from ..paths import keys_dir

    return keys.ensure_signing_key(keys_dir(ws.data_dir))


def own_public(ws: Workspace) -> PublicKey:
    return signing_key(ws).public()


# --- small self-signed JSON files (enrolment file, coordinator card) -------------------------
def _signed_file(body: dict[str, Any], key: SecretKey) -> bytes:
    sig = key.sign(canonical_json(body), f"{body['format']} {fingerprint(key.public())}")
    return json.dumps({**body, "signature": sig}, ensure_ascii=False, indent=1).encode("utf-8") + b"\n"


def _read_signed_file(data: bytes, fmt: str, what: str) -> tuple[dict[str, Any], PublicKey]:
    if len(data) > MAX_SMALL_FILE:
        raise BundleError("too_large", f"The {what} is too large.")
    if not data:
        raise BundleError("empty_file", f"The file is empty, not a {what}.")
    doc = safejson.loads(data, what, limits=safejson.SMALL_FILE_LIMITS, malformed="not_a_bundle")
    if not isinstance(doc, dict) or doc.get("format") != fmt:
        raise BundleError("not_a_bundle", f"The file is not a {what}.")
    sig = doc.pop("signature", None)
    if not isinstance(sig, str) or not isinstance(doc.get("public_key"), str):
        raise BundleError("unsigned", f"The {what} is not signed.")
    public = PublicKey.from_text(doc["public_key"])
    verify(canonical_json(doc), sig, public)
    return doc, public


# --- adviser: enrolment file, coordinator pin -----------------------------------------------
def enrolment_file(ws: Workspace) -> bytes:
    ws.require_role(ROLE_ADVISER)
    key = signing_key(ws)
    public = key.public()
    body = {
        "format": ENROLMENT_FORMAT, "format_version": 1, "device_id": ws.device_id,
        "adviser_code": ws.setting("adviser_code"), "sites": ws.setting("home_sites", []),
        "public_key": public.to_text(), "fingerprint": fingerprint(public),
        "created_at": utcnow().isoformat(),
    }
    return _signed_file(body, key)


def coordinator_card(ws: Workspace) -> bytes:
    """What an adviser pins: the coordinator's signing key and age recipient."""
    ws.require_role(ROLE_COORDINATOR)
    from ..paths import keys_dir

    recipient = keys.coordinator_recipient(keys_dir(ws.data_dir))
    if recipient is None:
        raise NoCoordinatorKeyError("This coordinator installation has no age key yet.")
    key = signing_key(ws)
    body = {
        "format": CARD_FORMAT, "format_version": 1, "public_key": key.public().to_text(),
        "fingerprint": fingerprint(key.public()), "age_recipient": recipient,
        "name": ws.setting("coordinator_name") or "", "created_at": utcnow().isoformat(),
        "reads_record_schemas": list(RECORD_SCHEMAS_READ),
    }
    return _signed_file(body, key)


def pin_from_card(data: bytes) -> dict[str, Any]:
    doc, public = _read_signed_file(data, CARD_FORMAT, "coordinator card")
    agecrypt.parse_recipient(str(doc.get("age_recipient", "")))
    return {"public_key": public.to_text(), "fingerprint": fingerprint(public),
            "age_recipient": doc["age_recipient"], "name": str(doc.get("name") or ""),
            "reads_record_schemas": reads_record_schemas(doc)}


def reads_record_schemas(doc: dict[str, Any]) -> list[int]:
    """What a card or reference file says its coordinator reads; none said means schema 1."""
    value = doc.get("reads_record_schemas")
    if isinstance(value, list) and value and len(value) <= 100:
        found = [v for v in value if isinstance(v, int) and not isinstance(v, bool) and v > 0]
        if found:
            return sorted(set(found))
    return list(ASSUMED_READS)


def pinned_coordinator(ws: Workspace) -> dict[str, Any] | None:
    return ws.setting(PIN_SETTING)


def pin_coordinator(ws: Workspace, pin: dict[str, Any], *, expect_fingerprint: str | None = None,
                    replace: bool = False) -> dict[str, Any]:
    """Store the coordinator's keys on an adviser installation."""
    ws.require_role(ROLE_ADVISER)
    if expect_fingerprint and normalise_fingerprint(expect_fingerprint) != pin["fingerprint"]:
        raise BundleError("fingerprint_mismatch", f"The coordinator key's fingerprint is {pin['fingerprint']}, "
                          "not the one you expected. Nothing was changed.")
    current = pinned_coordinator(ws)
    if current and current["fingerprint"] != pin["fingerprint"] and not replace:
        raise BundleError("pin_conflict", f"Another coordinator key ({current['fingerprint']}) is pinned "
                          "already; replacing it needs an explicit confirmation.")
    ws.set_settings(**{PIN_SETTING: {k: v for k, v in pin.items() if k != "reads_record_schemas"},
                       COORDINATOR_READS_SETTING: pin.get("reads_record_schemas", list(ASSUMED_READS))})
    return pin


def trust_coordinator_file(ws: Workspace, path: Path, **kw: Any) -> dict[str, Any]:
    return pin_coordinator(ws, pin_from_card(Path(path).read_bytes()), **kw)


def require_pin(ws: Workspace) -> dict[str, Any]:
    pin = pinned_coordinator(ws)
    if not pin:
        raise CoordinatorNotPinnedError("No coordinator key is pinned yet: ask the coordinator for the coordinator card "
                         "and run 'trust-coordinator FILE' (or import their first reference file with "
                         "'reference import --pin FILE').")
    return pin


# --- coordinator: devices -----------------------------------------------------------------
def device_dict(d: Device) -> dict[str, Any]:
    return {"device_id": d.device_id, "fingerprint": d.fingerprint, "adviser_code": d.adviser_code,
            "sites": list(d.sites or []), "public_key": d.public_key,
            "enrolled_at": d.enrolled_at.isoformat(),
            "revoked_at": d.revoked_at.isoformat() if d.revoked_at else None}


def enrol(ws: Workspace, device_id: str, public: PublicKey, adviser_code: str | None,
          sites: list[str] | None = None) -> dict[str, Any]:
    ws.require_role(ROLE_COORDINATOR)
    if not isinstance(device_id, str) or not (1 <= len(device_id) <= 64) or not device_id.isalnum():
        raise ValidationError("device_id", "not a device id", rule="not_device_id")
    if adviser_code is not None and not ADVISER_CODE_RE.fullmatch(adviser_code):
        raise ValidationError("adviser_code", "not an adviser code (2–20 letters, digits, - or _)",
                              rule="not_adviser_code")
    fp = fingerprint(public)
    with ws.store.session() as s:
        same_key = s.scalar(select(Device).where(Device.fingerprint == fp))
        if same_key is not None and same_key.device_id != device_id:
            raise BundleError("key_in_use", f"The key {fp} is enrolled for another device already.")
        row = s.get(Device, device_id)
        if row is not None and row.fingerprint != fp:
            if row.revoked_at is None:
                raise BundleError("device_has_key", f"The device {device_id} is enrolled with another key "
                                  f"({row.fingerprint}); revoke it first.")
        if row is None:
            row = Device(device_id=device_id, enrolled_at=utcnow(), sites=[])
            s.add(row)
        row.fingerprint, row.public_key = fp, public.to_text()
        row.adviser_code = adviser_code or row.adviser_code
        row.sites = list(sites or row.sites or [])
        row.revoked_at = None
        s.flush()
        return device_dict(row)


def enrol_file(ws: Workspace, path: Path, expect_fingerprint: str | None = None) -> dict[str, Any]:
    doc, public = _read_signed_file(Path(path).read_bytes(), ENROLMENT_FORMAT, "enrolment file")
    if expect_fingerprint and normalise_fingerprint(expect_fingerprint) != fingerprint(public):
        raise BundleError("fingerprint_mismatch", f"The enrolment file's key has fingerprint "
                          f"{fingerprint(public)}, not the one you expected. Nothing was changed.")
    sites = doc.get("sites") if isinstance(doc.get("sites"), list) else []
    code = doc.get("adviser_code") if isinstance(doc.get("adviser_code"), str) else None
    return enrol(ws, str(doc.get("device_id")), public, code, [str(x) for x in sites])


def enrol_seen(ws: Workspace, fp: str, device_id: str | None = None) -> dict[str, Any]:
    """Enrol a device whose bundle was refused as unknown, after the fingerprint was compared.

    Only keys proven by a signature are offered (see ``quarantine.unknown_devices``). If the
    same key was seen with two device ids, ``device_id`` must say which one is meant."""
    from .quarantine import unknown_devices

    wanted = normalise_fingerprint(fp)
    matches = [d for d in unknown_devices(ws) if d["fingerprint"] == wanted
               and (device_id is None or d["device_id"] == device_id)]
    if not matches:
        raise NotFoundError(f"No refused bundle from a device with fingerprint {wanted} was seen.", id=wanted)
    ids = sorted({d["device_id"] for d in matches})
    if len(ids) > 1:
        raise BundleError("ambiguous_device", f"The key {wanted} signed bundles for {len(ids)} different device "
                          f"ids ({', '.join(i[:8] for i in ids)}); say which device to enrol.",
                          fingerprint=wanted, devices=ids)
    seen = matches[0]
    return enrol(ws, seen["device_id"], PublicKey.from_text(seen["public_key"]), seen.get("adviser_code"),
                 seen.get("sites") or [])


def revoke(ws: Workspace, device_or_fingerprint: str) -> dict[str, Any]:
    ws.require_role(ROLE_COORDINATOR)
    with ws.store.session() as s:
        row = s.get(Device, device_or_fingerprint) or s.scalar(
            select(Device).where(Device.fingerprint == normalise_fingerprint(device_or_fingerprint)))
        if row is None:
            raise NotFoundError(f"No enrolled device {device_or_fingerprint}.", id=device_or_fingerprint)
        if row.revoked_at is None:
            row.revoked_at = utcnow()
        s.flush()
        return device_dict(row)


def devices(ws: Workspace) -> list[dict[str, Any]]:
    """Enrolled devices with what arrived from each."""
    from sqlalchemy import func

    with ws.store.session() as s:
        last = dict(s.execute(select(ImportedBundle.device_id, func.max(ImportedBundle.seq))
                              .group_by(ImportedBundle.device_id)).all())
        when: dict[str, datetime] = dict(s.execute(
            select(ImportedBundle.device_id, func.max(ImportedBundle.imported_at))
            .group_by(ImportedBundle.device_id)).all())
        out = []
        for d in s.scalars(select(Device).order_by(Device.adviser_code, Device.device_id)):
            item = device_dict(d)
            item["last_seq"] = last.get(d.device_id)
            item["last_import"] = when[d.device_id].isoformat() if d.device_id in when else None
            out.append(item)
        return out


def public_keys_by_device(ws: Workspace) -> dict[str, tuple[PublicKey, bool]]:
    with ws.store.session() as s:
        return {d.device_id: (PublicKey.from_text(d.public_key), d.revoked_at is not None)
                for d in s.scalars(select(Device))}


def describe_key(public: PublicKey) -> str:
    return f"{fingerprint(public)} (minisign key id {key_id_hex(public.key_id)})"
