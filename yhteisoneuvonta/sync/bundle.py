"""The adviser's weekly bundle: one ZIP with a signed manifest and a signed, encrypted payload.

Members (and nothing else)::

    manifest.json            what the bundle is (device, sequence, chain, counts, hashes)
    manifest.json.minisig    minisign signature of manifest.json by the device key
    payload.age              the records, JSON, encrypted to the coordinator's age recipient(s)
    payload.age.minisig      minisign signature of payload.age by the device key

The manifest carries the SHA-256 of the plaintext payload and of the ciphertext, so the
signature over the manifest authenticates the content the coordinator will trust (age
itself does not authenticate the sender). See docs/bundle-format.md.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from ..errors import BundleError
from ..records.validation import ADVISER_CODE_RE
from . import agecrypt, safejson
from .clock import parse_time
from .minisign import PublicKey, SecretKey, key_id_hex, signature_key_id, verify
from .record_schema import NEWEST as NEWEST_RECORD_SCHEMA
from .record_schema import READS as RECORD_SCHEMAS_READ
from .safezip import ZipLimits, read_members, write_zip

FORMAT = "yhteisoneuvonta-bundle"
FORMAT_VERSION = 1
# The newest version of the record layout inside the payload this program reads and writes
# (record_schema.py declares every version; a bundle may carry any of record_schema.READS).
RECORD_SCHEMA = NEWEST_RECORD_SCHEMA
PAYLOAD_FORMAT = "yhteisoneuvonta-records"

MANIFEST = "manifest.json"
PAYLOAD = "payload.age"
SIG = ".minisig"
MEMBERS = (MANIFEST, MANIFEST + SIG, PAYLOAD, PAYLOAD + SIG)

MAX_BUNDLE_BYTES = 200 * 1024 * 1024
MAX_PAYLOAD_BYTES = 190 * 1024 * 1024
MAX_MANIFEST_BYTES = 256 * 1024
MAX_SIG_BYTES = 16 * 1024
MAX_RECORDS = 250_000  # per bundle: a busy desk makes a few hundred a week
BUNDLE_LIMITS = ZipLimits(
    max_archive_bytes=MAX_BUNDLE_BYTES,
    max_member_bytes={MANIFEST: MAX_MANIFEST_BYTES, MANIFEST + SIG: MAX_SIG_BYTES,
                      PAYLOAD: MAX_PAYLOAD_BYTES, PAYLOAD + SIG: MAX_SIG_BYTES},
)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def canonical_json(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def bundle_hash(manifest_bytes: bytes) -> str:
    """A bundle's identity in the chain: the manifest commits to everything else."""
    return sha256(manifest_bytes)


def trusted_comment(manifest: dict[str, Any], what: str, digest: str) -> str:
    return (f"yhteisoneuvonta {what} device={manifest['device_id']} seq={manifest['seq']} "
            f"sha256={digest}")


def build(manifest: dict[str, Any], payload: dict[str, Any], recipients: list[str],
          key: SecretKey) -> tuple[bytes, dict[str, Any], str]:
    """Encrypt, sign and pack; returns ``(zip bytes, final manifest, bundle hash)``.

    ``manifest`` is completed here with the sizes and hashes of the payload.
    """
    plain = canonical_json(payload)
    cipher = agecrypt.encrypt(plain, recipients)
    manifest = dict(manifest)
    manifest.update(
        payload_sha256=sha256(plain), payload_size=len(plain),
        payload_age_sha256=sha256(cipher), payload_age_size=len(cipher),
        key_id=key_id_hex(key.key_id),
    )
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")
    digest = bundle_hash(manifest_bytes)
    manifest_sig = key.sign(manifest_bytes, trusted_comment(manifest, "manifest", digest))
    payload_sig = key.sign(cipher, trusted_comment(manifest, "payload", manifest["payload_age_sha256"]))
    data = write_zip([
        (MANIFEST, manifest_bytes, True),
        (MANIFEST + SIG, manifest_sig.encode("ascii"), True),
        (PAYLOAD, cipher, False),
        (PAYLOAD + SIG, payload_sig.encode("ascii"), True),
    ])
    return data, manifest, digest


@dataclass
class Parsed:
    """A bundle read from bytes; nothing in it is trusted until :func:`verify_with` passed."""

    manifest: dict[str, Any]
    manifest_bytes: bytes
    manifest_sig: str
    payload_age: bytes
    payload_sig: str
    hash: str

    @property
    def key_id(self) -> bytes:
        return signature_key_id(self.manifest_sig)


def parse(data: bytes) -> Parsed:
    """Safe reading of the container and the (unverified) manifest."""
    members = read_members(data, BUNDLE_LIMITS, set(MEMBERS))
    raw = members[MANIFEST]
    manifest = safejson.loads(raw, "bundle manifest", limits=safejson.MANIFEST_LIMITS,
                              malformed="malformed_manifest")
    if not isinstance(manifest, dict):
        raise BundleError("malformed_manifest", "The bundle manifest is not a JSON object.")
    try:
        sigs = (members[MANIFEST + SIG].decode("utf-8"), members[PAYLOAD + SIG].decode("utf-8"))
    except UnicodeDecodeError:
        raise BundleError("malformed_signature", "A bundle signature is not text.") from None
    parsed = Parsed(manifest, raw, sigs[0], members[PAYLOAD], sigs[1], bundle_hash(raw))
    parsed.key_id  # raises malformed_signature early
    return parsed


def is_device_id(value: Any) -> bool:
    return isinstance(value, str) and 1 <= len(value) <= 64 and value.isascii() and value.isalnum()


def check_format(manifest: dict[str, Any]) -> None:
    """The manifest is of a format and schema this program reads.

    Call it only after the manifest's signature verified: an unsigned file must not be able
    to say "update the program"."""
    if manifest.get("format") != FORMAT:
        raise BundleError("not_a_bundle", "The file is not a Yhteisöneuvonta bundle.")
    version = manifest.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise BundleError("malformed_manifest", "The bundle manifest has no format version.")
    if version > FORMAT_VERSION:
        raise BundleError("newer_format", f"The bundle has format version {version}; this program reads "
                          f"up to {FORMAT_VERSION}. Update the program.")
    if version < 1:
        raise BundleError("unknown_format", f"The bundle has an unknown format version {version}.")
    schema = manifest.get("record_schema")
    if not isinstance(schema, int) or isinstance(schema, bool):
        raise BundleError("malformed_manifest", "The bundle manifest has no record schema version.")
    if schema > RECORD_SCHEMA:
        raise BundleError("newer_schema", f"The bundle's records have schema version {schema}; this "
                          f"program reads up to {RECORD_SCHEMA}. Update the program.",
                          schema=schema, newest=RECORD_SCHEMA)
    if schema not in RECORD_SCHEMAS_READ:
        raise BundleError("unknown_schema", f"The bundle's records have schema version {schema}, which "
                          "this program does not read.", schema=schema, reads=list(RECORD_SCHEMAS_READ))
    for name, kind in (("device_id", str), ("seq", int), ("payload_sha256", str), ("payload_size", int),
                       ("payload_age_sha256", str), ("payload_age_size", int), ("recipients", list),
                       ("counts", dict)):
        value = manifest.get(name)
        if not isinstance(value, kind) or isinstance(value, bool):
            raise BundleError("malformed_manifest", f"The bundle manifest has no valid '{name}'.")
    if manifest["seq"] < 1:
        raise BundleError("malformed_manifest", "The bundle's sequence number is not positive.")
    prev = manifest.get("prev_hash")
    if prev is not None and not isinstance(prev, str):
        raise BundleError("malformed_manifest", "The bundle manifest has an invalid previous hash.")
    if not is_device_id(manifest["device_id"]):
        raise BundleError("malformed_manifest", "The bundle manifest has an invalid device id.")
    code = manifest.get("adviser_code")
    if code is not None and not (isinstance(code, str) and ADVISER_CODE_RE.fullmatch(code)):
        raise BundleError("malformed_manifest", "The bundle manifest has an invalid adviser code.")
    if parse_time(manifest.get("created_at")) is None:
        raise BundleError("malformed_manifest", "The bundle manifest has no valid creation time.")
    counts = manifest["counts"]
    if not all(isinstance(n, int) and not isinstance(n, bool) and 0 <= n <= MAX_RECORDS
               for n in counts.values()) or sum(counts.values()) > MAX_RECORDS:
        raise BundleError("too_many_records", f"The bundle declares more records than the {MAX_RECORDS} "
                          "a bundle may hold.")


def _verify_member(what: str, data: bytes, sig: Any, public: PublicKey) -> None:
    """``data``'s signature by ``public``; a mismatch says which member was changed."""
    try:
        verify(data, sig, public)
    except BundleError as exc:
        if exc.reason == "bad_signature":
            raise BundleError("bad_signature", f"The {what}'s signature does not match: the bundle "
                              "was changed after it was signed.") from None
        raise


def verify_manifest(parsed: Parsed, public: PublicKey) -> None:
    """The manifest's signature by ``public``: the first check, before any field is believed."""
    _verify_member("manifest", parsed.manifest_bytes, parsed.manifest_sig, public)


def verify_payload(parsed: Parsed, public: PublicKey) -> None:
    """The payload's signature by ``public`` and the ciphertext hash the signed manifest names."""
    _verify_member("payload", parsed.payload_age, parsed.payload_sig, public)
    m = parsed.manifest
    if sha256(parsed.payload_age) != m.get("payload_age_sha256") or len(parsed.payload_age) != m.get(
            "payload_age_size"):
        raise BundleError("bad_signature", "The encrypted payload is not the one the manifest names.")


def verify_with(parsed: Parsed, public: PublicKey) -> None:
    """Both signatures by ``public`` and the ciphertext hash named in the manifest."""
    verify_manifest(parsed, public)
    verify_payload(parsed, public)


def decrypt_payload(parsed: Parsed, identities: list[str]) -> dict[str, Any]:
    """Decrypt, check the plaintext against the signed manifest, parse the JSON."""
    m = parsed.manifest
    if m["payload_size"] > MAX_PAYLOAD_BYTES:
        raise BundleError("too_large", "The bundle's payload is larger than allowed.")
    plain = agecrypt.decrypt(parsed.payload_age, identities)
    if len(plain) != m["payload_size"] or sha256(plain) != m["payload_sha256"]:
        raise BundleError("bad_signature", "The decrypted payload is not the one the signed manifest names.")
    payload = safejson.loads(plain, "bundle's payload", limits=safejson.PAYLOAD_LIMITS,
                             malformed="malformed_records")
    if not isinstance(payload, dict) or payload.get("format") != PAYLOAD_FORMAT:
        raise BundleError("malformed_records", "The bundle's payload is not a record set.")
    if payload.get("device_id") != m["device_id"] or payload.get("seq") != m["seq"]:
        raise BundleError("malformed_records", "The payload names another device or sequence than the manifest.")
    if not isinstance(payload.get("records"), dict):
        raise BundleError("malformed_records", "The bundle's payload holds no records.")
    total = sum(len(v) for v in payload["records"].values() if isinstance(v, list))
    if total > MAX_RECORDS:
        raise BundleError("too_many_records", f"The bundle holds {total} records, more than the "
                          f"{MAX_RECORDS} a bundle may hold.")
    return payload
