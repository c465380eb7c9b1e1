"""age encryption (X25519 recipients, scrypt passphrases) through ``pyrage``.

Everything here speaks the standard age formats, so the ``age`` command line tool
can read what we write: bundles are binary age files, an identity is the
``AGE-SECRET-KEY-1...`` string, and a protected identity is a standard identity
file encrypted with an age passphrase (``age -d -i file`` asks for the passphrase).
"""
from __future__ import annotations

from datetime import datetime, timezone

import pyrage
from pyrage import passphrase as age_passphrase
from pyrage import x25519

from ..errors import BundleError, WrongPassphraseError

__all__ = [
    "generate_identity",
    "recipient_of",
    "parse_recipient",
    "encrypt",
    "decrypt",
    "protect_identity",
    "unlock_identity",
    "identity_file_text",
]

_AGE_MAGIC = b"age-encryption.org/v1\n"
_IDENTITY_PREFIX = "AGE-SECRET-KEY-1"
# pyrage reports "no identity matched" only through its message text.
_NO_MATCH_MESSAGE = "no matching keys"


def _identity(text: str) -> x25519.Identity:
    try:
        return x25519.Identity.from_str(text.strip())
    except (pyrage.IdentityError, ValueError):
        raise BundleError("bad_key", "The text is not an age identity (AGE-SECRET-KEY-1...).") from None


def parse_recipient(text: str) -> x25519.Recipient:
    """A pyrage recipient from ``age1...`` text; ``BundleError("bad_key", ...)`` if invalid."""
    try:
        return x25519.Recipient.from_str(text.strip())
    except (pyrage.RecipientError, ValueError):
        raise BundleError("bad_key", f"{text.strip()[:70]!r} is not an age recipient (age1...).") from None


def generate_identity() -> tuple[str, str]:
    """A new X25519 identity: ``(AGE-SECRET-KEY-1..., age1...)``."""
    identity = x25519.Identity.generate()
    return str(identity), str(identity.to_public())


def recipient_of(identity: str) -> str:
    """The ``age1...`` recipient that belongs to an identity."""
    return str(_identity(identity).to_public())


def encrypt(data: bytes, recipients: list[str]) -> bytes:
    """Encrypt to every recipient; the result is the binary age format."""
    if not recipients:
        raise ValueError("encrypt needs at least one recipient")
    parsed = [parse_recipient(r) for r in recipients]
    try:
        return pyrage.encrypt(data, parsed)
    except pyrage.EncryptError as exc:  # pragma: no cover - not expected with valid keys
        raise BundleError("encrypt_failed", f"Encryption failed: {exc}") from None


def decrypt(data: bytes, identities: list[str]) -> bytes:
    """Decrypt an age file with any of ``identities``.

    Raises ``BundleError("not_for_us", ...)`` when none of the identities can open it
    and ``BundleError("bad_ciphertext", ...)`` when the file is damaged or not age.
    """
    if not identities:
        raise BundleError("not_for_us", "There is no key to open the file with.")
    parsed = [_identity(i) for i in identities]
    if not data.startswith(_AGE_MAGIC):
        raise BundleError("bad_ciphertext", "The file is not an age-encrypted file.")
    try:
        return pyrage.decrypt(data, parsed)
    except pyrage.DecryptError as exc:
        if _NO_MATCH_MESSAGE in str(exc).lower():
            raise BundleError(
                "not_for_us", "The file is not encrypted for this installation's key."
            ) from None
        raise BundleError("bad_ciphertext", f"The encrypted file is damaged ({exc}).") from None


def identity_file_text(identity: str, recipient: str, created: str) -> str:
    """The standard age identity file, as ``age-keygen`` writes it."""
    return f"# created: {created}\n# public key: {recipient}\n{identity}\n"


def protect_identity(identity: str, passphrase: str) -> bytes:
    """Encrypt the identity file text with an age scrypt passphrase.

    Slow on purpose (rage tunes scrypt to about a second or more).
    """
    if not passphrase:
        raise ValueError("a passphrase is required")
    created = datetime.now(timezone.utc).replace(microsecond=0).isoformat()
    text = identity_file_text(identity.strip(), recipient_of(identity), created)
    return age_passphrase.encrypt(text.encode("utf-8"), passphrase)


def unlock_identity(blob: bytes, passphrase: str) -> str:
    """The ``AGE-SECRET-KEY-1...`` inside what :func:`protect_identity` wrote.

    Raises ``WrongPassphraseError`` for a wrong passphrase and
    ``BundleError("bad_ciphertext", ...)`` when the blob is damaged.
    """
    if not blob.startswith(_AGE_MAGIC):
        raise BundleError("bad_ciphertext", "The protected key file is not age-encrypted.")
    try:
        plain = age_passphrase.decrypt(blob, passphrase)
    except pyrage.DecryptError as exc:
        # rage says "Decryption failed" when the scrypt stanza does not open; a
        # damaged file gives other messages (short read, bad header).
        if "decryption failed" in str(exc).lower():
            raise WrongPassphraseError("The passphrase is wrong.") from None
        raise BundleError("bad_ciphertext", f"The protected key file is damaged ({exc}).") from None
    try:
        text = plain.decode("utf-8")
    except UnicodeDecodeError:
        raise BundleError("bad_key", "The protected key file holds no age identity.") from None
    keys = [line.strip() for line in text.splitlines() if line.strip().startswith(_IDENTITY_PREFIX)]
    if len(keys) != 1:
        raise BundleError("bad_key", "The protected key file holds no single age identity.")
    _identity(keys[0])
    return keys[0]
