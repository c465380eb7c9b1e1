"""Key files on disk, in one keys directory (0700) with private files at 0600.

Files in ``keys_dir``:

``signing.key``
    this device's minisign signing key (``SecretKey.to_pem`` text, unencrypted, 0600)
``signing.pub``
    its public key in minisign ``.pub`` text (not secret)
``age-identity.age``
    the coordinator's age identity file, encrypted with a passphrase (0600)
``age-recipient.txt``
    the coordinator's ``age1...`` recipient in plain text (not secret)
"""
from __future__ import annotations

import contextlib
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from ..errors import (
    BundleError,
    KeyExistsError,
    NoCoordinatorKeyError,
    ValidationError,
)
from . import agecrypt
from .minisign import PublicKey, SecretKey

__all__ = [
    "SIGNING_KEY_FILE",
    "SIGNING_PUB_FILE",
    "AGE_IDENTITY_FILE",
    "AGE_RECIPIENT_FILE",
    "write_private",
    "ensure_private_dir",
    "ensure_signing_key",
    "fingerprint_of",
    "CoordinatorIdentity",
    "create_coordinator_identity",
    "unlock_coordinator_identity",
    "coordinator_recipient",
]

SIGNING_KEY_FILE = "signing.key"
SIGNING_PUB_FILE = "signing.pub"
AGE_IDENTITY_FILE = "age-identity.age"
AGE_RECIPIENT_FILE = "age-recipient.txt"

_POSIX = os.name == "posix"


def ensure_private_dir(folder: Path) -> None:
    """Create ``folder`` (and parents) if needed and make it 0700 (POSIX)."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if _POSIX:
        os.chmod(folder, 0o700)


def _fsync_dir(folder: Path) -> None:
    if not _POSIX:
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_temp(folder: Path, name: str, data: bytes, mode: int) -> Path:
    """Write ``data`` to a new temp file in ``folder`` created with ``mode``; fsync it."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    while True:
        temp = folder / f".{name}.{secrets.token_hex(6)}.tmp"
        try:
            fd = os.open(temp, flags, mode)
            break
        except FileExistsError:  # pragma: no cover - 48 random bits
            continue
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    return temp


def _publish(temp: Path, path: Path, overwrite: bool) -> None:
    """Move the finished temp file into place, never leaving a half-written file."""
    try:
        if overwrite:
            os.replace(temp, path)
            return
        try:
            os.link(temp, path)  # atomic "create only if absent"
        except FileExistsError:
            raise KeyExistsError(f"{path.name} already exists; it is never overwritten.", path=str(path)) from None
        except OSError:
            # Hard links unsupported (e.g. FAT): check, then rename (a tiny race).
            if path.exists():
                raise KeyExistsError(f"{path.name} already exists; it is never overwritten.", path=str(path)) from None
            os.replace(temp, path)
    finally:
        with contextlib.suppress(OSError):
            temp.unlink()


def write_private(path: Path, data: bytes, *, overwrite: bool = True) -> None:
    """Write a secret file: 0600 from its creation, fsynced, put in place atomically.

    The parent directory is created (or tightened) to 0700. With ``overwrite=False``
    an existing file raises ``KeyExistsError`` and is left as it was.
    """
    path = Path(path)
    ensure_private_dir(path.parent)
    temp = _write_temp(path.parent, path.name, data, 0o600)
    _publish(temp, path, overwrite)
    _fsync_dir(path.parent)


def _write_public(path: Path, text: str) -> None:
    """Write a non-secret file atomically (mode per umask, normally 0644)."""
    temp = _write_temp(path.parent, path.name, text.encode("utf-8"), 0o644)
    _publish(temp, path, overwrite=True)
    _fsync_dir(path.parent)


def ensure_signing_key(keys_dir: Path) -> SecretKey:
    """This device's signing key: made on the first call, loaded on later calls.

    ``signing.pub`` is (re)written from the key whenever it is missing or differs.
    Raises ``BundleError("bad_key", ...)`` if ``signing.key`` is damaged.
    """
    keys_dir = Path(keys_dir)
    ensure_private_dir(keys_dir)
    key_path = keys_dir / SIGNING_KEY_FILE
    if key_path.exists():
        secret = SecretKey.from_pem(key_path.read_bytes())
    else:
        secret = SecretKey.generate()
        try:
            write_private(key_path, secret.to_pem(), overwrite=False)
        except KeyExistsError:
            # Another process made it between our check and our write: use theirs.
            secret = SecretKey.from_pem(key_path.read_bytes())
    pub_path = keys_dir / SIGNING_PUB_FILE
    pub_text = secret.public().to_text()
    try:
        current = pub_path.read_text(encoding="utf-8")
    except (FileNotFoundError, UnicodeDecodeError):
        current = None
    if current != pub_text:
        _write_public(pub_path, pub_text)
    return secret


def fingerprint_of(public: PublicKey) -> str:
    """The fingerprint people compare by phone or on paper: ``"ABCD EF01 2345 6789"``."""
    return public.fingerprint()


@dataclass
class CoordinatorIdentity:
    recipient: str
    identity: str

    def __repr__(self) -> str:  # never show the secret
        return f"CoordinatorIdentity(recipient={self.recipient!r}, identity=<secret>)"


def create_coordinator_identity(keys_dir: Path, passphrase: str) -> str:
    """Make the coordinator's age identity, protect it with ``passphrase``, return the recipient.

    Raises ``KeyExistsError`` if one exists already (it is never replaced here) and
    ``ValidationError`` for an empty passphrase.
    """
    if not passphrase:
        raise ValidationError("passphrase", "A passphrase is required to protect the key.", rule="required")
    keys_dir = Path(keys_dir)
    ensure_private_dir(keys_dir)
    identity_path = keys_dir / AGE_IDENTITY_FILE
    if identity_path.exists():
        raise KeyExistsError(
            f"{AGE_IDENTITY_FILE} already exists; the coordinator key is never overwritten.", path=str(identity_path)
        )
    identity, recipient = agecrypt.generate_identity()
    blob = agecrypt.protect_identity(identity, passphrase)
    write_private(identity_path, blob, overwrite=False)
    _write_public(keys_dir / AGE_RECIPIENT_FILE, recipient + "\n")
    return recipient


def unlock_coordinator_identity(keys_dir: Path, passphrase: str) -> CoordinatorIdentity:
    """Open the coordinator's identity with its passphrase.

    Raises ``SetupError`` when there is none, ``WrongPassphraseError`` for a wrong
    passphrase and ``BundleError`` when the file is damaged.
    """
    identity_path = Path(keys_dir) / AGE_IDENTITY_FILE
    try:
        blob = identity_path.read_bytes()
    except FileNotFoundError:
        raise NoCoordinatorKeyError("There is no coordinator key on this computer.") from None
    identity = agecrypt.unlock_identity(blob, passphrase)
    recipient = agecrypt.recipient_of(identity)
    stored = coordinator_recipient(keys_dir)
    if stored is not None and stored != recipient:
        raise BundleError(
            "bad_key", f"{AGE_RECIPIENT_FILE} does not belong to the coordinator key."
        )
    return CoordinatorIdentity(recipient=recipient, identity=identity)


def coordinator_recipient(keys_dir: Path) -> str | None:
    """The coordinator's ``age1...`` recipient, or ``None`` if none is stored."""
    try:
        text = (Path(keys_dir) / AGE_RECIPIENT_FILE).read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            agecrypt.parse_recipient(line)
            return line
    return None
