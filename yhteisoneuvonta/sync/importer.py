"""Coordinator side: verify, decrypt, validate and apply bundles, one transaction each.

Every check runs before anything is written; a refused bundle is copied to quarantine
with a reason file and the batch goes on. Records merge by version counter: a higher
version replaces, an equal or lower one never does, so order and repetition do not matter.
"""
from __future__ import annotations

import json
import logging
import stat
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
from ..core.erasure import content_columns, erased
from ..core.kinds import KIND_ORDER, KINDS
from ..core.roles import ROLE_COORDINATOR
from ..core.plaintext import visible
from ..core.workspace import Workspace
from ..errors import BundleError
from ..records.reference import ReferenceData
from ..store.models import Counter, Device, ImportedBundle
from ..store.types import UtcDateTime
from . import bundle as B
from . import chain, plausibility
from .clock import parse_time
from .import_report import (
    DUPLICATE,
    FORK,
    IMPORTED,
    REFUSED,
    RESENT,
    ROLLBACK,
    BundleOutcome,
    DeviceSummary,
    ImportReport,
)
from .minisign import PublicKey, key_id_hex
from .quarantine import keep_conflicts, quarantine
from .record_schema import parse_payload_records
from .trust import public_keys_by_device

log = logging.getLogger(__name__)
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
    written: set[str] = field(default_factory=set)  # ids written by the bundle being applied
    erased_any: bool = False  # a deletion was applied: erase quarantined copies too
    # minisign key id -> enrolled devices with a key of that id (ids are random, not unique)
    by_key_id: dict[bytes, list[str]] = field(default_factory=dict)
    now: datetime = field(default_factory=utcnow)


@dataclass
class _Claim:
    """What one file says about itself, and how much of it is proven by a signature.

    ``proof`` is ``"enrolled"`` once the manifest verified with an enrolled device's key (then
    ``device`` is that device), ``"self"`` when it verified only with the key the manifest
    itself names (an unknown device), else ``None``: nothing in the manifest is believed.
    """

    manifest: dict[str, Any] | None = None
    device: str | None = None
    proof: str | None = None


def collect_files(paths: Iterable[Path]) -> list[Path]:
    """Files given, and bundle files inside folders given (not recursing into links)."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out += sorted(c for c in p.iterdir() if c.is_file() and not c.is_symlink()
                          and not c.name.startswith("."))
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
        for device, code in s.execute(select(Device.device_id, Device.adviser_code)):
            ctx.codes[device] = code or ctx.codes.get(device)
    for device, (public, _revoked) in ctx.keys.items():
        ctx.by_key_id.setdefault(public.key_id, []).append(device)


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
    files = sorted(collect_files(paths), key=lambda p: p.name)
    report = ImportReport(dry_run=dry_run)
    for n, path in enumerate(files, 1):
        report.bundles.append(_import_path(ctx, path))
        if progress:
            progress(n, len(files))
    if not dry_run and (ctx.erased_any or report.refused):  # deleted means deleted, in quarantine too
        from .quarantine_erase import erase_deleted_copies

        report.erased_quarantine = erase_deleted_copies(ws, identities)
    if not dry_run and ctx.erased_any:
        ws.store.flush_wal()
    _summarise(ctx, report)
    return report


def verify_file(ws: Workspace, path: Path, identities: list[str]) -> BundleOutcome:
    """Every check of an import, without writing anything (a dry run of one file)."""
    report = import_files(ws, [path], identities, dry_run=True)
    return report.bundles[0]


# --- the boundary: whatever happens reading one file stays with that file -----------------------
def _import_path(ctx: _Context, path: Path) -> BundleOutcome:
    """One file, start to end. Nothing raised here reaches the batch: a refusal is reported
    and quarantined; an unexpected error is logged with its traceback and reported as an
    internal error of this file, and the next file is read as if nothing happened."""
    data = b""
    try:
        data = _read_bounded(path)
        return _import_one(ctx, data, path.name)
    except BundleError as exc:  # the file could not be read at all: nothing to keep a copy of
        return _refuse(ctx, b"", path.name, exc, _Claim(), keep_copy=False)
    except Exception:  # noqa: BLE001 - the boundary: a bug must not stop the batch
        log.exception("internal error reading the file %s", visible(path.name))
        exc = BundleError("internal_error", f"Internal error reading this file ({visible(path.name)}). It "
                          "was not imported; the details are in the program's log.", file=visible(path.name))
        try:
            return _refuse(ctx, data, path.name, exc, _Claim(), keep_copy=bool(data))
        except Exception:  # noqa: BLE001
            log.exception("could not record the refusal of %s", visible(path.name))
            return BundleOutcome(visible(path.name), REFUSED, reason=exc.reason, message=exc.message)


def _read_bounded(path: Path) -> bytes:
    """The file's bytes, never more than a bundle may be: a FIFO, a device or a file that
    grows while it is read cannot make the import wait forever or fill the memory."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise BundleError("not_a_file", f"'{visible(path.name)}' is not a regular file.")
        if info.st_size > B.MAX_BUNDLE_BYTES:
            raise BundleError("too_large", f"The file is larger than the {B.MAX_BUNDLE_BYTES} bytes allowed.")
        with open(path, "rb") as handle:
            data = handle.read(B.MAX_BUNDLE_BYTES + 1)
    except OSError as exc:
        raise BundleError("unreadable", f"Cannot read the file: {visible(exc.strerror or exc, 120)}.") from None
    if len(data) > B.MAX_BUNDLE_BYTES:
        raise BundleError("too_large", f"The file is larger than the {B.MAX_BUNDLE_BYTES} bytes allowed.")
    return data


def _refuse(ctx: _Context, data: bytes, name: str, exc: BundleError, claim: _Claim,
            keep_copy: bool = True) -> BundleOutcome:
    m = claim.manifest if claim.proof else None
    m = m or {}
    device = claim.device if claim.proof else None
    seq = m.get("seq") if isinstance(m.get("seq"), int) and not isinstance(m.get("seq"), bool) else None
    code = m.get("adviser_code") if isinstance(m.get("adviser_code"), str) else None
    if claim.proof == "enrolled":
        code = ctx.codes.get(device) or code
    out = BundleOutcome(visible(name), REFUSED, device, visible(code) if code else None, seq,
                        reason=exc.reason, message=visible(exc.message, 2000))
    if ctx.dry_run:
        return out
    claimed = {"device_id": device, "seq": seq, "adviser_code": out.adviser_code, "proof": claim.proof,
               "public_key": m.get("device_public_key") if claim.proof == "self" else None}
    try:
        kept = quarantine(ctx.ws, data if keep_copy else b"", name, exc.reason, exc.message, claimed,
                          keep_copy=keep_copy)
    except Exception:  # noqa: BLE001 - a full disk must not stop the batch either
        log.exception("could not quarantine %s", visible(name))
        out.warnings.append("No copy of the refused file could be kept (see the program's log).")
        return out
    out.quarantined = str(kept.reason_file)
    out.warnings += kept.notes
    return out


def _import_one(ctx: _Context, data: bytes, name: str) -> BundleOutcome:
    claim = _Claim()
    try:
        parsed = B.parse(data)
        claim.manifest = parsed.manifest
        return _checked(ctx, parsed, name, claim)
    except BundleError as exc:
        return _refuse(ctx, data, name, exc, claim)


def _signer(ctx: _Context, parsed: B.Parsed, claim: _Claim) -> PublicKey:
    """The enrolled device whose key made the manifest's signature; checked before any
    manifest field is believed (the device is looked up by the signature, not the claim)."""
    failure: BundleError | None = None
    for device in ctx.by_key_id.get(parsed.key_id, []):
        public, revoked = ctx.keys[device]
        try:
            B.verify_manifest(parsed, public)
        except BundleError as exc:
            failure = exc
            continue
        claim.device, claim.proof = device, "enrolled"
        if revoked:
            raise BundleError("revoked_key", f"The bundle is from a device whose key was revoked (adviser "
                              f"{_who(ctx, device)}); it is not imported.", device=device)
        return public
    if failure is not None:
        raise failure
    _prove_self(parsed, claim)
    if claim.proof == "self":
        m = parsed.manifest
        code = m.get("adviser_code") if isinstance(m.get("adviser_code"), str) else "?"
        raise BundleError("unknown_key", f"The bundle is signed by a device that is not enrolled "
                          f"(adviser {visible(code, 20)}, device {visible(claim.device, 16)}). Compare its "
                          "fingerprint with the adviser and enrol it first.",
                          adviser_code=visible(code, 20), device=claim.device)
    raise BundleError("unknown_key", f"The bundle is signed by a key that is not enrolled (minisign key id "
                      f"{key_id_hex(parsed.key_id)}), and the key it names did not make the signature.",
                      key_id=key_id_hex(parsed.key_id))


def _prove_self(parsed: B.Parsed, claim: _Claim) -> None:
    """An unknown device's manifest is believed only if the key it names made its signature:
    only then may that key be offered for enrolment."""
    m = parsed.manifest
    text = m.get("device_public_key")
    if not isinstance(text, str) or not B.is_device_id(m.get("device_id")):
        return
    try:
        public = PublicKey.from_text(text)
        if public.key_id != parsed.key_id:
            return
        B.verify_manifest(parsed, public)
    except BundleError:
        return
    claim.device, claim.proof = m["device_id"], "self"


def _who(ctx: _Context, device: str) -> str:
    return visible(ctx.codes.get(device) or "?", 20)


def _checked(ctx: _Context, parsed: B.Parsed, name: str, claim: _Claim) -> BundleOutcome:
    public = _signer(ctx, parsed, claim)
    signer = claim.device
    assert signer is not None
    B.check_format(parsed.manifest)
    m = parsed.manifest
    device, seq = m["device_id"], m["seq"]
    if device != signer:
        claimed_code = ctx.codes.get(device) if device in ctx.keys else None
        raise BundleError(
            "device_mismatch",
            f"The bundle is signed by the computer of adviser {_who(ctx, signer)} (device {signer[:8]}), "
            f"but its manifest says it comes from {'the computer of adviser ' + visible(claimed_code, 20) if claimed_code else 'another computer'} "
            f"(device {device[:8]}). A computer can only send its own records; the bundle is not imported.",
            signer=signer, signer_code=ctx.codes.get(signer), claimed=device, claimed_code=claimed_code)
    B.verify_payload(parsed, public)
    if not ctx.recipients & {r for r in m["recipients"] if isinstance(r, str)}:
        raise BundleError("not_for_us", "The bundle is encrypted for another coordinator, not for this one.")
    last = ctx.max_seq.get(device, 0)
    if seq > last + MAX_SEQ_JUMP:
        raise BundleError("seq_jump", f"The bundle's number {seq} jumps absurdly far ahead of the last "
                          f"one received from this device ({last}).")
    created = plausibility.check_created(m)
    if isinstance(m.get("adviser_code"), str):
        ctx.codes[device] = ctx.codes.get(device) or m["adviser_code"]
    outcome = BundleOutcome(visible(name), IMPORTED, device, ctx.codes.get(device), seq, parsed.hash)
    hashes = ctx.seen.get((device, seq), set())
    if parsed.hash in hashes:
        outcome.status = DUPLICATE
        return outcome
    payload = B.decrypt_payload(parsed, ctx.identities)
    records = parse_payload_records(payload, device, ctx.ref, m["counts"], m["record_schema"],
                                    probable=outcome.probable_personal)
    plausibility.check_record_times(records, created)
    resend_of = m.get("resend_of")
    if resend_of is not None and (not hashes or resend_of in hashes):
        outcome.status = RESENT
    elif hashes:
        outcome.status = ROLLBACK if last > seq else FORK
        outcome.note(chain.other_version(outcome.status, outcome.who, seq, last))
    prev = ctx.seen.get((device, seq - 1))
    if prev and m.get("prev_hash") not in prev:
        outcome.note(chain.broken(outcome.who, seq))
    if plausibility.clock_ahead(created, ctx.now):
        outcome.note(plausibility.clock_note(outcome.who, created, ctx.now))
    outcome.changes = _apply(ctx, parsed, records, outcome.status, note_clock=not plausibility.clock_ahead(
        created, ctx.now))
    n_conflicts = outcome.totals().get("conflicts", 0)
    if n_conflicts:
        outcome.note(chain.conflicts(outcome.who, seq, n_conflicts))
    outcome.pii_confirmed = sum(1 for kind in records.values() for r in kind
                                if r.get("pii_confirmations") and r["id"] in ctx.written)
    ctx.erased_any = ctx.erased_any or any(c["deleted"] for c in outcome.changes.values())
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
           status: str, note_clock: bool = True) -> dict[str, dict[str, int]]:
    m = parsed.manifest
    changes: dict[str, dict[str, int]] = {}
    conflicts: list[dict[str, Any]] = []
    with _write_connection(ctx) as conn:
        try:
            change_seq = _next_change(conn)
            ctx.written = set()
            for kind in KIND_ORDER:
                changes[kind] = _merge(conn, kind, records[kind], m["device_id"], change_seq, conflicts,
                                       ctx.written)
            conn.execute(insert(ImportedBundle.__table__), [{
                "device_id": m["device_id"], "seq": m["seq"], "hash": parsed.hash,
                "prev_hash": m.get("prev_hash"), "imported_at": utcnow(), "status": status,
                "reason": None, "filename": None, "manifest": m}])
            if note_clock:  # a laptop's clock far ahead says nothing about ours
                _note_clock(conn, m)
        except BaseException:
            conn.rollback()
            raise
        if ctx.dry_run:
            conn.rollback()
        else:
            conn.commit()
    if conflicts and not ctx.dry_run:
        for entry in conflicts:
            entry.update(device_id=m["device_id"], seq=m["seq"], bundle_hash=parsed.hash)
        keep_conflicts(ctx.ws, conflicts)
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
           change_seq: int, conflicts: list[dict[str, Any]] | None = None,
           written: set[str] | None = None) -> dict[str, int]:
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
    same_version = [r for r in rows if r["id"] in existing and existing[r["id"]][0] == r["version"]
                    and existing[r["id"]][1] == device]
    stored = _stored_rows(conn, table, [r["id"] for r in same_version])
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
        elif r["version"] == old[0] and (r["deleted"] or old[2]):
            # Same version and a deletion on either side: the deletion stands and no content of
            # the record is kept for review (deleted means deleted).
            if r["deleted"] and not old[2]:
                updates.append(r)
                counts["deleted"] += 1
            else:
                counts["unchanged"] += 1
        elif r["version"] == old[0] and r["id"] in stored and _content(table, r) != stored[r["id"]]:
            # Same version, other content (a cloned laptop, a restored backup): the version with
            # the greater content hash wins whatever arrived first; the other is kept for review.
            new, kept = _content(table, r), stored[r["id"]]
            new_hash, kept_hash = B.sha256(new.encode()), B.sha256(kept.encode())
            incoming_wins = new_hash > kept_hash
            if incoming_wins:
                updates.append(r)
            counts["conflicts"] = counts.get("conflicts", 0) + 1
            if conflicts is not None:
                conflicts.append({"kind": kind, "record_id": r["id"], "version": r["version"],
                                  "applied_hash": max(new_hash, kept_hash), "other_hash": min(new_hash, kept_hash),
                                  "other": json.loads(kept if incoming_wins else new)})
        else:
            counts["unchanged"] += 1
    now = utcnow()
    times = [c.key for c in table.columns if isinstance(c.type, UtcDateTime) and not c.nullable]
    for r in inserts:  # a bare deletion of a record never seen here: its times are unknown
        for key in times:
            if r.get(key) is None:
                r[key] = now
    _write_rows(conn, table, inserts, [r for r in updates if not r["deleted"]], change_seq)
    _erase_rows(conn, kind, [r for r in updates if r["deleted"]], change_seq)
    if written is not None:
        written.update(r["id"] for r in inserts + updates)
    return counts


def _erase_rows(conn: Connection, kind: str, rows: list[dict[str, Any]], change_seq: int) -> None:
    """Deletions of records held here: the content goes, the times stay (deleted means deleted)."""
    if not rows:
        return
    table = KINDS[kind].model.__table__
    blank = erased(kind, {})
    sets, values = [], []
    for c in content_columns(kind):
        if isinstance(table.columns[c].type, UtcDateTime) and not table.columns[c].nullable:
            sets.append(f"{c} = {KINDS[kind].time_field}")  # a required end time becomes the start
        else:
            sets.append(f"{c} = ?")
            values.append(_encoder(table.columns[c].type)(blank[c]))
    cursor = conn.connection.dbapi_connection.cursor()
    try:
        cursor.executemany(
            f"UPDATE {table.name} SET {', '.join(sets)}, version = ?, deleted = 1, change_seq = ? WHERE id = ?",
            [values + [r["version"], change_seq, r["id"]] for r in rows])
    finally:
        cursor.close()


def _stored_rows(conn: Connection, table: Any, ids: list[str]) -> dict[str, str]:
    """Canonical content of stored rows, as :func:`_content` makes it for incoming ones."""
    out: dict[str, str] = {}
    cols = [c for c in table.columns.keys() if c != "change_seq"]
    cursor = conn.connection.dbapi_connection.cursor()
    try:
        for i in range(0, len(ids), _CHUNK):
            chunk = ids[i:i + _CHUNK]
            cursor.execute(f"SELECT {', '.join(cols)} FROM {table.name} WHERE id IN "
                           f"({', '.join('?' * len(chunk))})", chunk)
            for values in cursor.fetchall():
                out[values[0] if cols[0] == "id" else dict(zip(cols, values))["id"]] = _canonical(
                    table, dict(zip(cols, values)))
    finally:
        cursor.close()
    return out


def _content(table: Any, row: dict[str, Any]) -> str:
    cols = [c for c in table.columns.keys() if c != "change_seq"]
    return _canonical(table, {c: _encoder(table.columns[c].type)(row[c]) for c in cols})


def _canonical(table: Any, stored: dict[str, Any]) -> str:
    """One text per content: stored values (times as UTC text, JSON re-read with sorted keys)."""
    out = {}
    for name, value in stored.items():
        if isinstance(table.columns[name].type, JSON) and isinstance(value, str):
            value = json.loads(value)
        out[name] = value
    return json.dumps(out, sort_keys=True, ensure_ascii=False, default=str)


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
            b.seq for b in report.bundles if b.device_id == device and b.status in (FORK, ROLLBACK) and b.seq})
        summary.duplicates = [b.seq for b in report.bundles if b.device_id == device and b.status == DUPLICATE]
        summary.refused = [f"{b.file}: {b.message}" for b in report.bundles
                           if b.device_id == device and b.status == REFUSED]
        mine = [b for b in report.bundles if b.device_id == device]
        summary.rollbacks = sorted({b.seq for b in mine if "rollback" in b.warning_codes and b.seq})
        summary.chain_breaks = sorted({b.seq for b in mine if "chain_broken" in b.warning_codes and b.seq})
        summary.clock_ahead = any("clock_ahead" in b.warning_codes for b in mine)
        if any(b.device_id == device for b in report.bundles) or summary.missing:
            report.devices[device] = summary
