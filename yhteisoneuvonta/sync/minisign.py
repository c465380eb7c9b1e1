"""The minisign signature format, over ``cryptography``'s Ed25519.

Only the prehashed ``ED`` algorithm is produced and accepted: the signature covers
BLAKE2b-512 of the message, and a second ("global") signature covers
``signature || trusted_comment``. Files written here verify with the real
``minisign -V`` and signatures made by ``minisign -S`` verify here.

Key ids are 8 random bytes stored as-is in the files; minisign shows them as the
little-endian 64-bit number in hex, and so do :meth:`PublicKey.fingerprint` and
the public key comment.
"""
from __future__ import annotations

import base64
import binascii
import hashlib
import os
import re
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from ..errors import BundleError

__all__ = [
    "PublicKey",
    "SecretKey",
    "verify",
    "signature_key_id",
    "key_id_hex",
]

KEY_ID_BYTES = 8
_PK_ALG = b"Ed"
_SIG_ALG_PREHASHED = b"ED"
_SIG_ALG_LEGACY = b"Ed"
_UNTRUSTED_PREFIX = "untrusted comment: "
_TRUSTED_PREFIX = "trusted comment: "
# minisign reads the untrusted comment line into 1024 bytes and the trusted
# comment line into 8192 bytes (prefix and newline included); stay well inside.
MAX_UNTRUSTED_COMMENT_BYTES = 900
MAX_TRUSTED_COMMENT_BYTES = 8000
_KEY_ID_LINE = re.compile(r"^key-id:\s*([0-9A-Fa-f]{16})\s*$")


def key_id_hex(key_id: bytes) -> str:
    """The key id as minisign prints it: little-endian 64-bit number, 16 hex digits."""
    return key_id[::-1].hex().upper()


def _key_id_from_hex(text: str) -> bytes:
    return bytes.fromhex(text)[::-1]


def _b64decode(line: str) -> bytes:
    try:
        return base64.b64decode(line.strip(), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise ValueError("not base64") from exc


def _lines(text: str) -> list[str]:
    """Non-empty lines with any carriage returns (Windows line ends) removed.

    Split on ``\n`` only, as minisign does (``str.splitlines`` would also split on
    characters such as U+2028 that may appear inside a comment).
    """
    return [line.rstrip("\r") for line in text.split("\n") if line.strip()]


def _check_comment(comment: str, limit: int, what: str) -> bytes:
    if "\n" in comment or "\r" in comment:
        raise ValueError(f"{what} must be a single line")
    encoded = comment.encode("utf-8")
    if len(encoded) > limit:
        raise ValueError(f"{what} is longer than {limit} bytes")
    return encoded


@dataclass(frozen=True)
class PublicKey:
    """A minisign public key: 8-byte key id and 32-byte Ed25519 public key."""

    key_id: bytes
    raw: bytes

    def __post_init__(self) -> None:
        if len(self.key_id) != KEY_ID_BYTES or len(self.raw) != 32:
            raise BundleError("bad_key", "A public key must have an 8-byte id and 32 key bytes.")

    def to_text(self) -> str:
        """The two-line ``.pub`` file text, as ``minisign -G`` writes it."""
        blob = base64.b64encode(_PK_ALG + self.key_id + self.raw).decode("ascii")
        # minisign prints the id with %PRIX64: no leading zeros.
        shown = format(int.from_bytes(self.key_id, "little"), "X")
        return f"{_UNTRUSTED_PREFIX}minisign public key {shown}\n{blob}\n"

    def to_base64(self) -> str:
        """The key line alone (what ``minisign -P`` accepts on the command line)."""
        return base64.b64encode(_PK_ALG + self.key_id + self.raw).decode("ascii")

    @classmethod
    def from_text(cls, text: str) -> PublicKey:
        """Read a ``.pub`` file text, or the bare base64 key line.

        Raises ``BundleError("bad_key", ...)`` when it is not a minisign Ed25519 key.
        """
        lines = _lines(text)
        if lines and lines[0].startswith(_UNTRUSTED_PREFIX):
            lines = lines[1:]
        if len(lines) != 1:
            raise BundleError("bad_key", "The public key text is not a minisign public key.")
        try:
            blob = _b64decode(lines[0])
        except ValueError:
            raise BundleError("bad_key", "The public key is not valid base64.") from None
        if len(blob) != 2 + KEY_ID_BYTES + 32 or blob[:2] != _PK_ALG:
            raise BundleError("bad_key", "The public key is not a minisign Ed25519 key.")
        return cls(key_id=blob[2 : 2 + KEY_ID_BYTES], raw=blob[2 + KEY_ID_BYTES :])

    def fingerprint(self) -> str:
        """The key id for people to compare: ``"ABCD EF01 2345 6789"``."""
        digits = key_id_hex(self.key_id)
        return " ".join(digits[i : i + 4] for i in range(0, 16, 4))

    def _ed25519(self) -> Ed25519PublicKey:
        try:
            return Ed25519PublicKey.from_public_bytes(self.raw)
        except ValueError:
            raise BundleError("bad_key", "The public key bytes are not an Ed25519 key.") from None


class SecretKey:
    """An Ed25519 signing key with its minisign key id."""

    def __init__(self, private: Ed25519PrivateKey, key_id: bytes) -> None:
        if len(key_id) != KEY_ID_BYTES:
            raise ValueError("a key id is 8 bytes")
        self._private = private
        self.key_id = bytes(key_id)

    def __repr__(self) -> str:  # never show key material
        return f"SecretKey(key_id={key_id_hex(self.key_id)})"

    @classmethod
    def generate(cls) -> SecretKey:
        return cls(Ed25519PrivateKey.generate(), os.urandom(KEY_ID_BYTES))

    def public(self) -> PublicKey:
        raw = self._private.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )
        return PublicKey(key_id=self.key_id, raw=raw)

    def sign(
        self,
        data: bytes,
        trusted_comment: str,
        untrusted_comment: str = "signature from yhteisoneuvonta",
    ) -> str:
        """The ``.minisig`` file text for ``data`` (prehashed ``ED`` signature)."""
        trusted = _check_comment(trusted_comment, MAX_TRUSTED_COMMENT_BYTES, "trusted comment")
        _check_comment(untrusted_comment, MAX_UNTRUSTED_COMMENT_BYTES, "untrusted comment")
        digest = hashlib.blake2b(data, digest_size=64).digest()
        signature = self._private.sign(digest)
        global_signature = self._private.sign(signature + trusted)
        sig_line = base64.b64encode(_SIG_ALG_PREHASHED + self.key_id + signature).decode("ascii")
        global_line = base64.b64encode(global_signature).decode("ascii")
        return (
            f"{_UNTRUSTED_PREFIX}{untrusted_comment}\n"
            f"{sig_line}\n"
            f"{_TRUSTED_PREFIX}{trusted_comment}\n"
            f"{global_line}\n"
        )

    def to_pem(self) -> bytes:
        """Unencrypted PKCS#8 PEM preceded by a ``key-id:`` line (keep the file 0600)."""
        pem = self._private.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        return f"key-id: {key_id_hex(self.key_id)}\n".encode("ascii") + pem

    @classmethod
    def from_pem(cls, pem: bytes, key_id: bytes | None = None) -> SecretKey:
        """Load what :meth:`to_pem` wrote; ``key_id`` is needed only for a bare PEM.

        Raises ``BundleError("bad_key", ...)`` when the text is not such a key.
        """
        found: bytes | None = None
        body_start = pem.find(b"-----BEGIN")
        if body_start < 0:
            raise BundleError("bad_key", "The signing key file holds no PEM key.")
        for line in pem[:body_start].decode("ascii", "replace").splitlines():
            match = _KEY_ID_LINE.match(line.strip())
            if match:
                found = _key_id_from_hex(match.group(1))
        if found is not None and key_id is not None and found != key_id:
            raise BundleError("bad_key", "The signing key file names another key id.")
        key_id = key_id if key_id is not None else found
        if key_id is None:
            raise BundleError("bad_key", "The signing key file does not name its key id.")
        try:
            private = serialization.load_pem_private_key(pem[body_start:], password=None)
        except (ValueError, TypeError):
            raise BundleError("bad_key", "The signing key file is damaged.") from None
        if not isinstance(private, Ed25519PrivateKey):
            raise BundleError("bad_key", "The signing key is not an Ed25519 key.")
        return cls(private, key_id)


@dataclass(frozen=True)
class _Signature:
    key_id: bytes
    signature: bytes
    trusted_comment: str
    global_signature: bytes


def _parse_signature(sig_text: str) -> _Signature:
    def malformed(why: str) -> BundleError:
        return BundleError("malformed_signature", f"The signature file is malformed: {why}.")

    lines = _lines(sig_text)
    if len(lines) != 4:
        raise malformed("expected four lines")
    if not lines[0].startswith(_UNTRUSTED_PREFIX):
        raise malformed("no untrusted comment line")
    if not lines[2].startswith(_TRUSTED_PREFIX):
        raise malformed("no trusted comment line")
    try:
        blob = _b64decode(lines[1])
        global_signature = _b64decode(lines[3])
    except ValueError:
        raise malformed("not base64") from None
    if len(blob) != 2 + KEY_ID_BYTES + 64 or len(global_signature) != 64:
        raise malformed("wrong length")
    if blob[:2] == _SIG_ALG_LEGACY:
        raise malformed("legacy (not prehashed) signatures are not accepted")
    if blob[:2] != _SIG_ALG_PREHASHED:
        raise malformed("unknown signature algorithm")
    return _Signature(
        key_id=blob[2 : 2 + KEY_ID_BYTES],
        signature=blob[2 + KEY_ID_BYTES :],
        trusted_comment=lines[2][len(_TRUSTED_PREFIX) :],
        global_signature=global_signature,
    )


def signature_key_id(sig_text: str) -> bytes:
    """The key id a signature claims, to pick the public key to verify it with.

    Raises ``BundleError("malformed_signature", ...)``.
    """
    return _parse_signature(sig_text).key_id


def verify(data: bytes, sig_text: str, public: PublicKey) -> str:
    """Check a ``.minisig`` text over ``data``; return its trusted comment.

    Raises ``BundleError`` with reason ``malformed_signature``, ``unknown_key`` (the
    signature names another key id) or ``bad_signature`` (data or trusted comment
    changed, or a forged signature).
    """
    parsed = _parse_signature(sig_text)
    if parsed.key_id != public.key_id:
        raise BundleError(
            "unknown_key",
            f"The signature is from key {key_id_hex(parsed.key_id)}, "
            f"not from key {key_id_hex(public.key_id)}.",
        )
    key = public._ed25519()
    digest = hashlib.blake2b(data, digest_size=64).digest()
    try:
        key.verify(parsed.signature, digest)
    except InvalidSignature:
        raise BundleError("bad_signature", "The signature does not match the data.") from None
    trusted = parsed.trusted_comment.encode("utf-8")
    try:
        key.verify(parsed.global_signature, parsed.signature + trusted)
    except InvalidSignature:
        raise BundleError(
            "bad_signature", "The signature does not match its trusted comment."
        ) from None
    return parsed.trusted_comment
