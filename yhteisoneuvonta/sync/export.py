"""Adviser side: the next bundle, written durably, and *send again* for lost ones.

Order of work, so that a crash at any point never loses a record nor reuses a sequence
number for different content that has left the machine:

1. build the bundle in memory (records changed since the last bundle);
2. record its sequence, hash and previous hash in the store (state ``reserved``);
3. write a copy to the outbox folder (temp, fsync, read back, verify, rename): ``written``;
4. write it to the chosen place the same way; only then ``sent``.
"""
from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

import yhteisoneuvonta

from .. import faults
from ..core.clock import utcnow
from ..core.kinds import KIND_ORDER, KINDS
from ..core.roles import ROLE_ADVISER
from ..core.workspace import Workspace
from ..errors import BundleError, NotFoundError, UsageError
from ..store.migrate import HEAD_REVISION
from ..store.models import Counter, ExportedBundle
from . import bundle as B
from .fileio import part_files, write_durable
from .minisign import PublicKey
from .record_schema import choose_schema, row_to_payload
from .trust import COORDINATOR_READS_SETTING, fingerprint, require_pin, signing_key

OUTBOX = "outbox"
Progress = Callable[[int, int], None]


@dataclass
class ExportResult:
    seq: int
    path: Path
    hash: str
    counts: dict[str, int]
    resent: bool = False
    # Bundles of earlier exports that had not reached their place, delivered before this one.
    delivered: list["ExportResult"] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"seq": self.seq, "path": str(self.path), "hash": self.hash, "counts": self.counts,
                "resent": self.resent, "delivered": [d.to_dict() for d in self.delivered]}


def outbox_dir(ws: Workspace) -> Path:
    return ws.data_dir / OUTBOX


def bundle_filename(code: str | None, device_id: str, seq: int) -> str:
    return f"{code or 'device'}-{device_id[:8]}-{seq:06d}.yn.zip"


def _target(out: str | Path, name: str) -> Path:
    """``out`` is a folder (existing, ending in a slash, or not named ``*.zip``) or a file."""
    text = str(out)
    path = Path(out)
    if path.is_dir() or text.endswith(("/", "\\")) or (not path.exists() and path.suffix.lower() != ".zip"):
        return path / name
    return path


def _checker(public: PublicKey, expected_hash: str) -> Callable[[bytes], None]:
    def check(data: bytes) -> None:
        parsed = B.parse(data)
        B.check_format(parsed.manifest)
        B.verify_with(parsed, public)
        if parsed.hash != expected_hash:
            raise BundleError("write_failed", "The bundle written differs from the one made.")
    return check


def record_schema_for(ws: Workspace) -> int:
    """The record schema to write: the newest one the pinned coordinator reads."""
    return choose_schema(ws.setting(COORDINATOR_READS_SETTING))


def _records(ws: Workspace, s, from_change: int, to_change: int, schema: int) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    ref = ws.reference() if schema == 1 else None  # placeholders of schema 1 deletions
    for name in KIND_ORDER:
        model = KINDS[name].model
        rows = s.scalars(select(model).where(model.change_seq > from_change, model.change_seq <= to_change)
                         .order_by(model.change_seq))
        out[name] = [row_to_payload(r, schema, ref) for r in rows]
    return out


def _make(ws: Workspace, seq: int, prev_hash: str | None, records: dict[str, list[dict[str, Any]]],
          changes: tuple[int, int], period_from: datetime | None, schema: int, resend_of: str | None = None
          ) -> tuple[bytes, dict[str, Any], str]:
    pin = require_pin(ws)
    key = signing_key(ws)
    device = ws.device_id
    now = utcnow()
    manifest: dict[str, Any] = {
        "format": B.FORMAT, "format_version": B.FORMAT_VERSION, "record_schema": schema,
        "store_schema": HEAD_REVISION, "app_version": yhteisoneuvonta.__version__, "device_id": device,
        "adviser_code": ws.setting("adviser_code"), "device_public_key": key.public().to_text(),
        "device_fingerprint": fingerprint(key.public()),
        "coordinator_fingerprint": pin["fingerprint"], "recipients": [pin["age_recipient"]],
        "seq": seq, "prev_hash": prev_hash, "created_at": now.isoformat(),
        "period": {"from": period_from.isoformat() if period_from else None, "to": now.isoformat()},
        "changes": {"from": changes[0], "to": changes[1]},
        "counts": {name: len(items) for name, items in records.items()},
    }
    if resend_of:
        manifest["resend_of"] = resend_of
    payload = {"format": B.PAYLOAD_FORMAT, "device_id": device, "seq": seq, "records": records}
    return B.build(manifest, payload, [pin["age_recipient"]], key)


def _settle_reserved(ws: Workspace) -> None:
    """A bundle reserved by an export that crashed: keep it if its outbox copy is whole."""
    public = signing_key(ws).public()
    with ws.store.session() as s:
        for row in s.scalars(select(ExportedBundle).where(ExportedBundle.state == "reserved")).all():
            copy = outbox_dir(ws) / bundle_filename(ws.setting("adviser_code"), ws.device_id, row.seq)
            try:
                _checker(public, row.hash or "")(copy.read_bytes())
                row.state, row.path = "written", str(copy)
            except (OSError, BundleError):
                s.delete(row)  # never reached the disk: the sequence number is free again


def _clean_parts(ws: Workspace, folder: Path) -> None:
    """Temp files of a killed export: all of them in the outbox, this device's on the target."""
    pattern = "*" if folder == outbox_dir(ws) else bundle_filename(ws.setting("adviser_code"), ws.device_id, 0
                                                                     ).replace("000000", "*")
    for part in part_files(folder, pattern):
        with contextlib.suppress(OSError):
            part.unlink()


def _bundle_bytes(ws: Workspace, row: ExportedBundle, public: PublicKey) -> tuple[bytes, str, bool]:
    """The bundle ``row`` as made (its outbox copy), or made again if that copy is gone."""
    name = bundle_filename(ws.setting("adviser_code"), ws.device_id, row.seq)
    try:
        data = (outbox_dir(ws) / name).read_bytes()
        _checker(public, row.hash or "")(data)
        return data, row.hash or "", False
    except (OSError, BundleError):
        # The kept copy is gone: make the range again from the records as they are now
        # (records changed since then travel in later bundles; versions settle it).
        schema = record_schema_for(ws)
        with ws.store.session() as s:
            records = _records(ws, s, row.from_change, row.to_change, schema)
        data, _, digest = _make(ws, row.seq, row.prev_hash, records,
                                (row.from_change, row.to_change), None, schema, resend_of=row.hash)
        return data, digest, True


def undelivered(ws: Workspace) -> list[int]:
    """Bundles made on this computer but never written to the chosen place (an export that was
    interrupted or failed on a full or read-only stick): the next export delivers them first."""
    with ws.store.session() as s:
        return list(s.scalars(select(ExportedBundle.seq).where(ExportedBundle.state == "written")
                              .order_by(ExportedBundle.seq)))


def _deliver_pending(ws: Workspace, out: str | Path, public: PublicKey) -> list[ExportResult]:
    with ws.store.session() as s:
        rows = s.scalars(select(ExportedBundle).where(ExportedBundle.state == "written")
                         .order_by(ExportedBundle.seq)).all()
    results = []
    for row in rows:
        name = bundle_filename(ws.setting("adviser_code"), ws.device_id, row.seq)
        data, digest, resent = _bundle_bytes(ws, row, public)
        target = write_durable(_target(out, name).absolute().parent / name, data, _checker(public, digest),
                               step="export:pending")
        _set_state(ws, row.seq, "sent", target)
        results.append(ExportResult(row.seq, target, digest, dict(row.counts), resent))
    return results


def export_bundle(ws: Workspace, out: str | Path, progress: Progress | None = None) -> ExportResult:
    """The next bundle: every record created, changed or deleted since the last one.

    Bundles an earlier export made but did not deliver go to ``out`` first (``delivered``), so a
    sequence number is never left as a gap while its bundle sits on this computer."""
    ws.require_role(ROLE_ADVISER)
    require_pin(ws)
    _clean_parts(ws, outbox_dir(ws))
    _clean_parts(ws, _target(out, "x.yn.zip").absolute().parent)
    _settle_reserved(ws)
    public = signing_key(ws).public()
    delivered = _deliver_pending(ws, out, public)
    code, device = ws.setting("adviser_code"), ws.device_id
    schema = record_schema_for(ws)
    with ws.store.session() as s:
        last = s.scalar(select(ExportedBundle).order_by(ExportedBundle.seq.desc()).limit(1))
        seq = (last.seq + 1) if last else 1
        from_change = last.to_change if last else 0
        counter = s.get(Counter, "change_seq")
        to_change = counter.value if counter else 0
        records = _records(ws, s, from_change, to_change, schema)
        faults.point("export:read")
        if progress:
            progress(1, 3)
        data, manifest, digest = _make(ws, seq, last.hash if last else None, records,
                                       (from_change, to_change), last.created_at if last else None, schema)
        s.add(ExportedBundle(seq=seq, hash=digest, prev_hash=manifest["prev_hash"], created_at=utcnow(),
                             from_change=from_change, to_change=to_change, counts=manifest["counts"],
                             state="reserved", confirmed=False))
    faults.point("export:reserved")
    name = bundle_filename(code, device, seq)
    try:
        copy = write_durable(outbox_dir(ws) / name, data, _checker(public, digest), step="export:outbox")
    except BaseException:
        with ws.store.session() as s:  # nothing of it is on disk: the number is free again
            row = s.get(ExportedBundle, seq)
            if row is not None and row.state == "reserved":
                s.delete(row)
        raise
    _set_state(ws, seq, "written", copy)
    faults.point("export:written")
    if progress:
        progress(2, 3)
    # Should this fail (a full or read-only stick), the bundle stays "written": the next export
    # delivers it before making a new one.
    target = write_durable(_target(out, name).absolute(), data, _checker(public, digest), step="export:target")
    _set_state(ws, seq, "sent", target)
    if progress:
        progress(3, 3)
    return ExportResult(seq, target, digest, manifest["counts"], delivered=delivered)


def _set_state(ws: Workspace, seq: int, state: str, path: Path) -> None:
    with ws.store.session() as s:
        row = s.get(ExportedBundle, seq)
        row.state, row.path = state, str(path)


def export_again(ws: Workspace, from_seq: int, to_seq: int | None, out: str | Path,
                 progress: Progress | None = None) -> list[ExportResult]:
    """*Send again*: the bundles ``from_seq..to_seq`` once more (the same files if kept)."""
    ws.require_role(ROLE_ADVISER)
    _settle_reserved(ws)
    public = signing_key(ws).public()
    code, device = ws.setting("adviser_code"), ws.device_id
    with ws.store.session() as s:
        last = s.scalar(select(ExportedBundle.seq).order_by(ExportedBundle.seq.desc()).limit(1)) or 0
        to_seq = last if to_seq is None else to_seq
        if from_seq < 1 or to_seq < from_seq:
            raise UsageError("--from-seq must be at least 1 and not after --to-seq", reason="bad_seq_range",
                             from_seq=from_seq, to_seq=to_seq)
        rows = s.scalars(select(ExportedBundle).where(ExportedBundle.seq.between(from_seq, to_seq))
                         .order_by(ExportedBundle.seq)).all()
    if not rows:
        raise NotFoundError(f"No bundles {from_seq}–{to_seq} were made on this computer.", id=f"{from_seq}–{to_seq}")
    results = []
    for n, row in enumerate(rows, 1):
        name = bundle_filename(code, device, row.seq)
        data, digest, resent = _bundle_bytes(ws, row, public)
        target = write_durable(_target(out, name) if len(rows) == 1 else Path(out) / name, data,
                               _checker(public, digest))
        if row.state == "written":  # it has now reached a place of the adviser's choosing
            _set_state(ws, row.seq, "sent", target)
        results.append(ExportResult(row.seq, target, digest, dict(row.counts), resent))
        if progress:
            progress(n, len(rows))
    return results


def exported_bundles(ws: Workspace) -> list[dict[str, Any]]:
    """This device's bundles and whether the coordinator confirmed them."""
    with ws.store.session() as s:
        return [{"seq": r.seq, "hash": r.hash, "prev_hash": r.prev_hash, "created_at": r.created_at.isoformat(),
                 "counts": r.counts, "path": r.path, "state": r.state, "confirmed": r.confirmed,
                 "changes": {"from": r.from_change, "to": r.to_change}}
                for r in s.scalars(select(ExportedBundle).order_by(ExportedBundle.seq))]
