"""Crafting hostile bundles: raw edits of a valid one (no key needed) and bundles signed with
the adviser's real key around hostile bytes, to reach the checks behind the signature."""
from __future__ import annotations

import io
import json
import struct
import zipfile
from datetime import datetime, timezone
from typing import Any

from yhteisoneuvonta.core.workspace import Workspace
from yhteisoneuvonta.sync import agecrypt
from yhteisoneuvonta.sync import bundle as B
from yhteisoneuvonta.sync.minisign import SecretKey, key_id_hex
from yhteisoneuvonta.sync.safezip import write_zip
from yhteisoneuvonta.sync.trust import signing_key


def now_text() -> str:
    return datetime.now(timezone.utc).isoformat()


def base_manifest(ws: Workspace, key: SecretKey, counts: dict[str, int], seq: int = 1) -> dict[str, Any]:
    pin = ws.setting("coordinator_pin")
    return {"format": B.FORMAT, "format_version": B.FORMAT_VERSION, "record_schema": B.RECORD_SCHEMA,
            "device_id": ws.device_id, "adviser_code": "N7", "seq": seq, "prev_hash": None,
            "recipients": [pin["age_recipient"]], "created_at": now_text(), "counts": counts,
            "device_public_key": key.public().to_text()}


def pack(manifest_bytes: bytes, cipher: bytes, key: SecretKey, manifest: dict[str, Any] | None = None) -> bytes:
    """A bundle around ``manifest_bytes`` exactly as given, signed by ``key``."""
    m = manifest or {"device_id": "x", "seq": 0}
    digest = B.bundle_hash(manifest_bytes)
    msig = key.sign(manifest_bytes, B.trusted_comment(m, "manifest", digest))
    psig = key.sign(cipher, B.trusted_comment(m, "payload", B.sha256(cipher)))
    return write_zip([(B.MANIFEST, manifest_bytes, True), (B.MANIFEST + B.SIG, msig.encode(), True),
                      (B.PAYLOAD, cipher, False), (B.PAYLOAD + B.SIG, psig.encode(), True)])


def signed_raw_payload(ws: Workspace, plain: bytes, counts: dict[str, int], key: SecretKey | None = None,
                       **manifest: Any) -> bytes:
    """A correctly signed bundle whose decrypted payload is exactly ``plain``."""
    key = key or signing_key(ws)
    m = base_manifest(ws, key, counts)
    m.update(manifest)
    cipher = agecrypt.encrypt(plain, m["recipients"])
    m.update(payload_sha256=B.sha256(plain), payload_size=len(plain), payload_age_sha256=B.sha256(cipher),
             payload_age_size=len(cipher), key_id=key_id_hex(key.key_id))
    return pack(json.dumps(m, sort_keys=True, indent=1).encode(), cipher, key, m)


def raw_payload(ws: Workspace, records: dict[str, list[dict[str, Any]]]) -> bytes:
    """Payload bytes with every non-ASCII character escaped (so lone surrogates survive)."""
    return json.dumps({"format": B.PAYLOAD_FORMAT, "device_id": ws.device_id, "seq": 1, "records": records},
                      ensure_ascii=True).encode()


def members(data: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return [(i.filename, z.read(i)) for i in z.infolist()]


def with_manifest(valid: bytes, body: bytes) -> bytes:
    """The valid bundle with its manifest replaced (signature no longer matching), stored
    uncompressed so that the hostile JSON, not the compression ratio, is what is refused."""
    return write_zip([(n, body if n == B.MANIFEST else b, n not in (B.PAYLOAD, B.MANIFEST))
                      for n, b in members(valid)])


def _central_entries(data: bytes):
    pos = 0
    while (pos := data.find(b"PK\x01\x02", pos)) >= 0:
        name_len, extra_len, comment_len = struct.unpack("<HHH", data[pos + 28:pos + 34])
        local = struct.unpack("<I", data[pos + 42:pos + 46])[0]
        yield pos, data[pos + 46:pos + 46 + name_len], local
        pos += 46 + name_len + extra_len + comment_len


def flip_compressed(valid: bytes, name: bytes = b"manifest.json") -> bytes:
    """Bit rot inside one member's deflate stream."""
    data = bytearray(valid)
    for _, member, local in _central_entries(valid):
        if member == name:
            n, e = struct.unpack("<HH", data[local + 26:local + 30])
            start = local + 30 + n + e
            for i in range(start + 2, start + 12):
                data[i] ^= 0x5A
    return bytes(data)


def set_encrypted_flag(valid: bytes, name: bytes = b"manifest.json") -> bytes:
    """Mark one member as ZIP-encrypted (traditional PKWARE), in both headers."""
    data = bytearray(valid)
    for central, member, local in _central_entries(valid):
        if member == name:
            for flag_at in (central + 8, local + 6):
                flags = struct.unpack("<H", data[flag_at:flag_at + 2])[0]
                data[flag_at:flag_at + 2] = struct.pack("<H", flags | 0x1)
    return bytes(data)


def member_name_bytes(valid: bytes, raw_name: bytes) -> bytes:
    """The valid members plus one whose name is ``raw_name`` with the UTF-8 flag set."""
    marker = "é" * (len(raw_name) // 2) + "x" * (len(raw_name) % 2)
    assert len(marker.encode()) == len(raw_name)
    data = write_zip([*((n, b, True) for n, b in members(valid)), (marker, b"x", True)])
    return data.replace(marker.encode(), raw_name)
