"""Record keys for the cell key method (see docs/disclosure-control.md).

Every record gets a fixed random key: the first 32 bits of HMAC-SHA256 of its id under a
secret made once per installation and kept in the store's settings (never exported, never
printed). A reader of the reports knows ids of nothing and the secret even less, so cannot
compute a key; the coordinator's re-import of a record keeps its id and so its key.

The keys live in a ``cell_key`` column that is not part of the ORM (it must never travel in a
bundle). They are filled in lazily: each new or re-imported row gets its key the first time
statistics are counted; a partial index finds such rows without a scan. A cell's key is then
``SUM(cell_key)`` in the same query that counts it, so keys cost the report almost nothing.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets
import threading

from ..core.workspace import Workspace

SECRET_SETTING = "cell_key_secret"
KEY_BITS = 32
MODULUS = 1 << KEY_BITS
TABLES = ("encounters", "form_helps", "desk_sessions", "group_sessions", "observations", "instrument_answers")

_lock = threading.Lock()  # the GUI counts on worker threads; one filler at a time


def record_key(secret: bytes, record_id: str) -> int:
    return int.from_bytes(hmac.digest(secret, record_id.encode("utf-8"), hashlib.sha256)[:4], "big")


def installation_secret(ws: Workspace) -> bytes:
    """This installation's secret, made on first use."""
    value = ws.setting(SECRET_SETTING)
    if not value:
        value = secrets.token_hex(32)
        ws.set_settings(**{SECRET_SETTING: value})
    return bytes.fromhex(value)


def ensure_keys(ws: Workspace) -> int:
    """Give every record without a key its key; returns how many were filled."""
    with _lock:
        missing = [t for t in TABLES if _has_missing(ws, t)]
        if not missing:
            return 0
        secret = installation_secret(ws)
        filled = 0
        with ws.store.session() as s:
            conn = s.connection()
            raw = conn.connection.dbapi_connection
            raw.create_function("yn_record_key", 1, lambda i: record_key(secret, i), deterministic=True)
            for table in missing:
                filled += conn.exec_driver_sql(
                    f"UPDATE {table} SET cell_key = yn_record_key(id) WHERE cell_key IS NULL").rowcount or 0
        return filled


def _has_missing(ws: Workspace, table: str) -> bool:
    with ws.store.session() as s:
        return bool(s.connection().exec_driver_sql(
            f"SELECT EXISTS (SELECT 1 FROM {table} WHERE cell_key IS NULL)").scalar())
