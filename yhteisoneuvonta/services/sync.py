"""Sync use cases for the GUI and the CLI: one place to call, plain Python, no Qt.

Adviser: :func:`export_bundle`, :func:`send_again`, :func:`bundles`, :func:`write_enrolment`,
:func:`trust_coordinator`, :func:`import_reference`, :func:`purge`.
Coordinator: :func:`import_bundles`, :func:`verify_bundle`, :func:`enrol`, :func:`enrol_seen`,
:func:`revoke`, :func:`devices`, :func:`write_coordinator_card`, :func:`export_reference`.
Both: :func:`keys_info`, :func:`clock_warning`. Slow calls take ``progress(done, total)``.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from ..core.roles import ROLE_COORDINATOR
from ..core.workspace import Workspace
from ..errors import BundleError
from ..sync import bundle as B
from ..sync import export as _export
from ..sync import importer as _importer
from ..sync import purge as _purge
from ..sync import quarantine as _quarantine
from ..sync import reference_bundle as _reference
from ..sync import trust as _trust
from ..sync.clock import clock_warning
from ..sync.fileio import write_durable
from ..sync.import_report import BundleOutcome, ImportReport
from . import identity
from .identity import keys_info

Progress = Callable[[int, int], None]

__all__ = [
    "keys_info", "clock_warning", "export_bundle", "send_again", "bundles", "unconfirmed",
    "write_enrolment", "trust_coordinator", "import_reference", "coordinator_file_info",
    "take_coordinator_file", "purge", "import_bundles",
    "verify_bundle", "enrol", "enrol_seen", "revoke", "devices", "unknown_devices", "conflicts",
    "write_coordinator_card", "export_reference", "ImportReport", "BundleOutcome",
]


# --- adviser ---------------------------------------------------------------------------
def export_bundle(ws: Workspace, out: str | Path, progress: Progress | None = None) -> _export.ExportResult:
    return _export.export_bundle(ws, out, progress)


def send_again(ws: Workspace, from_seq: int, to_seq: int | None, out: str | Path,
               progress: Progress | None = None) -> list[_export.ExportResult]:
    return _export.export_again(ws, from_seq, to_seq, out, progress)


def bundles(ws: Workspace) -> list[dict[str, Any]]:
    """This adviser's bundles: seq, counts, state, path and ``confirmed`` by the coordinator."""
    return _export.exported_bundles(ws)


def unconfirmed(ws: Workspace) -> list[int]:
    return _reference.unconfirmed(ws)


def write_enrolment(ws: Workspace, out: str | Path) -> Path:
    return write_durable(Path(out), _trust.enrolment_file(ws))


def trust_coordinator(ws: Workspace, card: str | Path, expect_fingerprint: str | None = None,
                      replace: bool = False) -> dict[str, Any]:
    return _trust.trust_coordinator_file(ws, Path(card), expect_fingerprint=expect_fingerprint, replace=replace)


def import_reference(ws: Workspace, path: str | Path, pin: bool = False) -> dict[str, Any]:
    return _reference.import_reference(ws, Path(path), pin=pin)


def coordinator_file_info(path: str | Path) -> dict[str, Any]:
    """What an adviser was handed: the coordinator card (``kind`` "card") or a reference file
    (``kind`` "reference"), with the fingerprint to compare before trusting it.

    A card is a small signed JSON file, a reference file a ZIP archive: the first byte tells
    them apart, so one import button takes both."""
    path = Path(path)
    with path.open("rb") as fh:
        head = fh.read(_trust.MAX_SMALL_FILE + 1)
    if head.lstrip()[:1] == b"{":
        pin = _trust.pin_from_card(head)  # verifies the card's own signature
        return {"kind": "card", "fingerprint": pin["fingerprint"], "name": pin["name"], "version": None}
    from .status import reference_file_info

    return {"kind": "reference", **reference_file_info(path)}


def take_coordinator_file(ws: Workspace, path: str | Path, *, pin: bool = False,
                          replace: bool = False) -> dict[str, Any]:
    """Pin the coordinator card or import the reference file, whichever ``path`` is.

    ``pin``: the user compared the fingerprint and trusts a key not pinned yet; ``replace``:
    the user confirmed replacing a different pinned key (cards only)."""
    info = coordinator_file_info(path)
    if info["kind"] == "card":
        current = _trust.pinned_coordinator(ws)
        if not pin and not (current and current["fingerprint"] == info["fingerprint"]):
            raise BundleError("unpinned", "The coordinator's key is not trusted yet: compare its fingerprint "
                              "first.")
        pinned = trust_coordinator(ws, path, expect_fingerprint=info["fingerprint"], replace=replace)
        return {"kind": "card", "fingerprint": pinned["fingerprint"], "name": pinned["name"],
                "already": bool(current and current["fingerprint"] == info["fingerprint"])}
    return {"kind": "reference", **import_reference(ws, path, pin=pin)}


def purge(ws: Workspace, dry_run: bool = False) -> dict[str, Any]:
    return _purge.purge(ws, dry_run=dry_run)


# --- coordinator -----------------------------------------------------------------------
def import_bundles(ws: Workspace, paths: Iterable[str | Path], *, dry_run: bool = False,
                   progress: Progress | None = None, passphrase: str | None = None,
                   passphrase_file: str | Path | None = None) -> ImportReport:
    """Import files and folders of bundles; a refused bundle never stops the others."""
    ids = identity.coordinator_identities(ws, passphrase, passphrase_file)
    return _importer.import_files(ws, [Path(p) for p in paths], ids, dry_run=dry_run, progress=progress)


def verify_bundle(ws: Workspace, path: str | Path, passphrase: str | None = None,
                  passphrase_file: str | Path | None = None) -> BundleOutcome:
    """Check a bundle without importing. A coordinator runs every check (decrypting too); an
    adviser can check a bundle it made itself (signatures and hashes)."""
    if ws.role == ROLE_COORDINATOR:
        ids = identity.coordinator_identities(ws, passphrase, passphrase_file)
        return _importer.verify_file(ws, Path(path), ids)
    name = Path(path).name
    try:
        parsed = B.parse(Path(path).read_bytes())
        B.check_format(parsed.manifest)
        B.verify_with(parsed, _trust.own_public(ws))
    except BundleError as exc:
        return BundleOutcome(name, "refused", reason=exc.reason, message=exc.message)
    m = parsed.manifest
    return BundleOutcome(name, "valid", m["device_id"], m.get("adviser_code"), m["seq"], parsed.hash)


def enrol(ws: Workspace, enrolment_file: str | Path, expect_fingerprint: str | None = None) -> dict[str, Any]:
    return _trust.enrol_file(ws, Path(enrolment_file), expect_fingerprint)


def enrol_seen(ws: Workspace, fingerprint: str, device_id: str | None = None) -> dict[str, Any]:
    return _trust.enrol_seen(ws, fingerprint, device_id)


def revoke(ws: Workspace, device_or_fingerprint: str) -> dict[str, Any]:
    return _trust.revoke(ws, device_or_fingerprint)


def devices(ws: Workspace) -> list[dict[str, Any]]:
    return _trust.devices(ws)


def unknown_devices(ws: Workspace) -> list[dict[str, Any]]:
    """Devices seen in refused bundles, not enrolled: confirm one with :func:`enrol_seen`."""
    return _quarantine.unknown_devices(ws)


def conflicts(ws: Workspace) -> list[dict[str, Any]]:
    """Record versions that lost a tie (same version number, other content), kept for review."""
    ws.require_role(ROLE_COORDINATOR)
    return _quarantine.conflicts(ws)


def write_coordinator_card(ws: Workspace, out: str | Path) -> Path:
    return write_durable(Path(out), _trust.coordinator_card(ws))


def export_reference(ws: Workspace, out: str | Path, retention_days: int | None = None,
                     valid_days: int = _reference.DEFAULT_VALID_DAYS) -> dict[str, Any]:
    return _reference.export_reference(ws, Path(out), retention_days=retention_days, valid_days=valid_days)
