"""Coordinator side: verify, decrypt, validate and apply bundles, one transaction each.

Every check runs before anything is written; a refused bundle is copied to quarantine
with a reason file and the batch goes on. Records merge by version counter: a higher
version replaces, an equal or lower one never does, so order and repetition do not matter.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import Boolean, func, insert, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.types import JSON

from ..core.clock import utcnow
from ..core.kinds import KIND_ORDER, KINDS
from ..core.roles import ROLE_COORDINATOR
from ..core.workspace import Workspace
from ..errors import BundleError
from ..records.reference import ReferenceData
from ..store.models import Counter, ImportedBundle
from ..store.types import UtcDateTime
from . import bundle as B
from .clock import parse_time
from .import_report import (
    DUPLICATE,
    FORK,
    IMPORTED,
    REFUSED,
    RESENT,
    BundleOutcome,
    DeviceSummary,
    ImportReport,
)
from .minisign import PublicKey
from .quarantine import quarantine
from .record_schema import parse_payload_records
from .trust import public_keys_by_device

MAX_SEQ_JUMP = 1000
_CHUNK = 500
Progress = Callable[[int, int], None]


@dataclass
class _Context:
    ws: Workspace
    identities: list[str]
    recipients: set[str]
    ref: ReferenceData
    keys: dict[str, tuple[PublicKey, bool]]
    dry_run: bool
    # (device, seq) -> hashes imported, including this batch (for dry runs too)
    seen: dict[tuple[str, int], set[str]] = field(default_factory=dict)
    max_seq: dict[str, int] = field(default_factory=dict)
    codes: dict[str, str | None] = field(default_factory=dict)


ZIP_MAGIC = b"PK\x03\x04"
BUNDLE_SUFFIX = ".yn.zip"
REFERENCE_MEMBER = b"reference.json"


def looks_like_bundle(path: Path) -> bool:
    """Whether a file found in a folder is worth importing: a file named like a bundle
    (``.yn.zip``: a damaged one is refused with its reason) or a ZIP archive, unless it is the
    coordinator's own reference file. Only the first bytes are read; everything else (a PDF,
    a photo, a card) is another file that happens to share the folder."""
    try:
        with path.open("rb") as fh:
            head = fh.read(30 + 64)
    except OSError:
        return True  # an unreadable file is reported as such by the import
    is_zip = head.startswith(ZIP_MAGIC)
    if is_zip:
        name_len = int.from_bytes(head[26:28], "little")
        if head[30:30 + name_len] == REFERENCE_MEMBER:
            return False
    return is_zip or path.name.lower().endswith(BUNDLE_SUFFIX)


def collect_files(paths: Iterable[Path], skipped: list[Path] | None = None) -> list[Path]:
    """Files given, and bundle files inside folders given (not recursing into links).

    A file named on its own is always tried (and refused with a reason if it is no bundle);
    other files inside a folder are only listed in ``skipped``, never refused or quarantined."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            for c in sorted(c for c in p.iterdir() if c.is_file() and not c.is_symlink()
                            and not c.name.startswith(".")):
                if looks_like_bundle(c):
                    out.append(c)
                elif skipped is not None:
                    skipped.append(c)
        else:
            out.append(p)
    return out


def _load_state(ctx: _Context) -> None:
    with ctx.ws.store.session() as s:
        for device, seq, digest, manifest in s.execute(
                select(ImportedBundle.device_id, ImportedBundle.seq, ImportedBundle.hash, ImportedBundle.manifest)):
            ctx.seen.setdefault((device, seq), set()).add(digest)
            ctx.max_seq[device] = max(ctx.max_seq.get(device, 0), seq)
            ctx.codes.setdefault(device, (manifest or {}).get("adviser_code"))


def import_files(ws: Workspace, paths: Iterable[Path], identities: list[str], *, dry_run: bool = False,
                 progress: Progress | None = None) -> ImportReport:
    """Import bundle files and folders of them; never raises for a bad bundle."""
    ws.require_role(ROLE_COORDINATOR)
    from ..paths import keys_dir
    from .agecrypt import recipient_of
    from .keys import coordinator_recipient

    recipients = {recipient_of(i) for i in identities}
    stored = coordinator_recipient(keys_dir(ws.data_dir))
    if stored:
        recipients.add(stored)
    ctx = _Context(ws, identities, recipients, ws.reference(), public_keys_by_device(ws), dry_run)
    _load_state(ctx)
    skipped: list[Path] = []
    files = sorted(collect_files(paths, skipped), key=lambda p: p.name)
    report = ImportReport(dry_run=dry_run, skipped=sorted(p.name for p in skipped))
    for n, path in enumerate(files, 1):
        try:
            if path.stat().st_size > B.MAX_BUNDLE_BYTES:
                # Too big to even read: only the reason is kept, not a copy.
                outcome = _refuse(ctx, b"", path.name, BundleError(
                    "too_large", f"The file is larger than the {B.MAX_BUNDLE_BYTES} bytes allowed."), None)
            else:
                outcome = _import_one(ctx, path.read_bytes(), path.name)
        except OSError as exc:
            outcome = BundleOutcome(path.name, REFUSED, reason="unreadable", message=f"Cannot read the file: {exc}")
        report.bundles.append(outcome)
        if progress:
            progress(n, len(files))
    _summarise(ctx, report)
    return report


def verify_file(ws: Workspace, path: Path, identities: list[str]) -> BundleOutcome:
    """Every check of an import, without writing anything (a dry run of one file)."""
    report = import_files(ws, [path], identities, dry_run=True)
    return report.bundles[0]


def _refuse(ctx: _Context, data: bytes, name: str, exc: BundleError, m: dict[str, Any] | None) -> BundleOutcome:
    m = m or {}
    device = m.get("device_id") if isinstance(m.get("device_id"), str) else None
    seq = m.get("seq") if isinstance(m.get("seq"), int) and not isinstance(m.get("seq"), bool) else None
    code = m.get("adviser_code") if isinstance(m.get("adviser_code"), str) else None
    out = BundleOutcome(name, REFUSED, device, code, seq, reason=exc.reason, message=exc.message)
    if not ctx.dry_run:
        claimed = {"device_id": device, "seq": seq, "adviser_code": code,
                   "public_key": m.get("device_public_key") if isinstance(m.get("device_public_key"), str) else None}
        out.quarantined = str(quarantine(ctx.ws, data, name, exc.reason, exc.message, claimed))
    return out


def _import_one(ctx: _Context, data: bytes, name: str) -> BundleOutcome:
    manifest: dict[str, Any] | None = None
    try:
        parsed = B.parse(data)
        manifest = parsed.manifest
        B.check_format(manifest)
        return _checked(ctx, parsed, name)
    except BundleError as exc:
        return _refuse(ctx, data, name, exc, manifest)


def _checked(ctx: _Context, parsed: B.Parsed, name: str) -> BundleOutcome:
    m = parsed.manifest
    device, seq = m["device_id"], m["seq"]
    found = ctx.keys.get(device)
    if found is None:
        raise BundleError("unknown_key", f"The bundle is signed by a device that is not enrolled "
                          f"(adviser {m.get('adviser_code') or '?'}, device {device[:16]}). Enrol it first.")
    public, revoked = found
    if revoked:
        raise BundleError("revoked_key", f"The bundle is from a device whose key was revoked "
                          f"(adviser {m.get('adviser_code') or '?'}); it is not imported.")
    B.verify_with(parsed, public)
    if not ctx.recipients & {r for r in m["recipients"] if isinstance(r, str)}:
        raise BundleError("not_for_us", "The bundle is encrypted for another coordinator, not for this one.")
    last = ctx.max_seq.get(device, 0)
    if seq > last + MAX_SEQ_JUMP:
        raise BundleError("seq_jump", f"The bundle's number {seq} jumps absurdly far ahead of the last "
                          f"one received from this device ({last}).")
    ctx.codes[device] = m.get("adviser_code") if isinstance(m.get("adviser_code"), str) else ctx.codes.get(device)
    outcome = BundleOutcome(name, IMPORTED, device, ctx.codes.get(device), seq, parsed.hash)
    hashes = ctx.seen.get((device, seq), set())
    if parsed.hash in hashes:
        outcome.status = DUPLICATE
        return outcome
    payload = B.decrypt_payload(parsed, ctx.identities)
    records = parse_payload_records(payload, device, ctx.ref, m["counts"])
    resend_of = m.get("resend_of")
    if resend_of is not None and (not hashes or resend_of in hashes):
        outcome.status = RESENT
    elif hashes:
        outcome.status = FORK
    prev = ctx.seen.get((device, seq - 1))
    if prev and m.get("prev_hash") not in prev:
        outcome.warnings.append(f"bundle {seq} of {outcome.who} does not follow the bundle {seq - 1} "
                                "received earlier (the chain is broken)")
    outcome.changes = _apply(ctx, parsed, records, outcome.status)
    ctx.seen.setdefault((device, seq), set()).add(parsed.hash)
    ctx.max_seq[device] = max(last, seq)
    return outcome


@contextmanager
def _write_connection(ctx: _Context):
    """A connection without foreign-key enforcement: bundles may arrive out of order, so an
    encounter can come before the desk session it belongs to."""
    conn = ctx.ws.store.engine.connect()
    try:
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        conn.commit()
        yield conn
    finally:
        try:
            conn.rollback()
            conn.exec_driver_sql("PRAGMA foreign_keys=ON")
            conn.commit()
        finally:
            conn.close()


def _apply(ctx: _Context, parsed: B.Parsed, records: dict[str, list[dict[str, Any]]],
           status: str) -> dict[str, dict[str, int]]:
    m = parsed.manifest
    changes: dict[str, dict[str, int]] = {}
    with _write_connection(ctx) as conn:
        try:
            change_seq = _next_change(conn)
            for kind in KIND_ORDER:
                changes[kind] = _merge(conn, kind, records[kind], m["device_id"], change_seq)
            conn.execute(insert(ImportedBundle.__table__), [{
                "device_id": m["device_id"], "seq": m["seq"], "hash": parsed.hash,
                "prev_hash": m.get("prev_hash"), "imported_at": utcnow(), "status": status,
                "reason": None, "filename": None, "manifest": m}])
            _note_clock(conn, m)
        except BaseException:
            conn.rollback()
            raise
        if ctx.dry_run:
            conn.rollback()
        else:
            conn.commit()
    return changes


def _next_change(conn: Connection) -> int:
    table = Counter.__table__
    value = conn.execute(select(table.c.value).where(table.c.name == "change_seq")).scalar()
    if value is None:
        conn.execute(insert(table), [{"name": "change_seq", "value": 1}])
        return 1
    conn.execute(update(table).where(table.c.name == "change_seq").values(value=value + 1))
    return value + 1


def _merge(conn: Connection, kind: str, rows: list[dict[str, Any]], device: str,
           change_seq: int) -> dict[str, int]:
    counts = {"added": 0, "replaced": 0, "deleted": 0, "unchanged": 0}
    if not rows:
        return counts
    table = KINDS[kind].model.__table__
    existing: dict[str, tuple[int, str, bool]] = {}
    ids = [r["id"] for r in rows]
    for i in range(0, len(ids), _CHUNK):
        for rid, version, owner, deleted in conn.execute(
                select(table.c.id, table.c.version, table.c.device_id, table.c.deleted)
                .where(table.c.id.in_(ids[i:i + _CHUNK]))):
            existing[rid] = (version, owner, deleted)
    inserts, updates = [], []
    for r in rows:
        old = existing.get(r["id"])
        if old is None:
            inserts.append(r)
            counts["deleted" if r["deleted"] else "added"] += 1
        elif old[1] != device:
            raise BundleError("foreign_records", f"The bundle carries a record ({r['id']}) that belongs to "
                              "another device.")
        elif r["version"] > old[0]:
            updates.append(r)
            counts["deleted" if r["deleted"] and not old[2] else "replaced"] += 1
        else:
            counts["unchanged"] += 1
    _write_rows(conn, table, inserts, updates, change_seq)
    return counts


def _write_rows(conn: Connection, table: Any, inserts: list[dict[str, Any]],
                updates: list[dict[str, Any]], change_seq: int) -> None:
    """Bulk writes straight through the driver: the rows are already checked, and SQLAlchemy's
    per-value type processing was most of an import's time. Values are stored exactly as the
    ORM stores them (UTC times as text, JSON as text, booleans as 0/1)."""
    if not inserts and not updates:
        return
    cols = [c for c in table.columns.keys() if c != "change_seq"]
    encode = [_encoder(table.columns[c].type) for c in cols]
    cursor = conn.connection.dbapi_connection.cursor()
    try:
        if inserts:
            names = ", ".join([*cols, "change_seq"])
            marks = ", ".join("?" * (len(cols) + 1))
            cursor.executemany(f"INSERT INTO {table.name} ({names}) VALUES ({marks})",
                               [[f(r[c]) for c, f in zip(cols, encode)] + [change_seq] for r in inserts])
        if updates:
            sets = ", ".join(f"{c} = ?" for c in cols if c != "id")
            cursor.executemany(
                f"UPDATE {table.name} SET {sets}, change_seq = ? WHERE id = ?",
                [[f(r[c]) for c, f in zip(cols, encode) if c != "id"] + [change_seq, r["id"]]
                 for r in updates])
    finally:
        cursor.close()


def _encoder(column_type: Any) -> Callable[[Any], Any]:
    if isinstance(column_type, UtcDateTime):
        return _utc_text
    if isinstance(column_type, JSON):
        return _json_text
    if isinstance(column_type, Boolean):
        return _bool_int
    return _same


def _utc_text(value: datetime | None) -> str | None:
    if value is None:
        return None
    return value.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M:%S.%f")


def _json_text(value: Any) -> str | None:
    return None if value is None else json.dumps(value)


def _bool_int(value: bool | None) -> int | None:
    return None if value is None else int(value)


def _same(value: Any) -> Any:
    return value


def _note_clock(conn: Connection, m: dict[str, Any]) -> None:
    from ..store.models import Setting
    from .clock import SETTING

    when = parse_time(m.get("created_at"))
    if when is None:
        return
    table = Setting.__table__
    current = conn.execute(select(table.c.value).where(table.c.key == SETTING)).scalar()
    old = parse_time(current.get("time")) if isinstance(current, dict) else None
    if old is None or when > old:
        value = {"time": when.isoformat(), "source": f"bundle {m['seq']} of {m.get('adviser_code') or '?'}"}
        conn.execute(table.delete().where(table.c.key == SETTING))
        conn.execute(insert(table), [{"key": SETTING, "value": value}])


def _summarise(ctx: _Context, report: ImportReport) -> None:
    devices = {b.device_id for b in report.bundles if b.device_id} | {d for d, _ in ctx.seen}
    with ctx.ws.store.session() as s:
        forks = {(d, n) for d, n in s.execute(
            select(ImportedBundle.device_id, ImportedBundle.seq).group_by(ImportedBundle.device_id,
            ImportedBundle.seq).having(func.count(func.distinct(ImportedBundle.hash)) > 1))}
    for device in sorted(devices, key=lambda d: (ctx.codes.get(d) or "", d)):
        received = sorted(n for d, n in ctx.seen if d == device)
        summary = DeviceSummary(device, ctx.codes.get(device), received=received)
        top = received[-1] if received else 0
        summary.missing = [n for n in range(1, top) if (device, n) not in ctx.seen]
        summary.forks = sorted({n for d, n in forks if d == device} | {
            b.seq for b in report.bundles if b.device_id == device and b.status == FORK and b.seq})
        summary.duplicates = [b.seq for b in report.bundles if b.device_id == device and b.status == DUPLICATE]
        summary.refused = [f"{b.file}: {b.message}" for b in report.bundles
                           if b.device_id == device and b.status == REFUSED]
        if any(b.device_id == device for b in report.bundles) or summary.missing:
            report.devices[device] = summary
