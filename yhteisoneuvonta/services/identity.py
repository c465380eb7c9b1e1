"""This installation's keys: made at setup, shown as a fingerprint, unlocked for import.

Every installation has a minisign (Ed25519) signing key. A coordinator also has an age
X25519 identity protected by a passphrase (``keys/age-identity.age``). By default a
coordinator's computer also keeps an unlocked copy (``keys/age-identity.local``, 0600) so
that imports need no passphrase each time; see docs/bundle-format.md for why this is an
acceptable trade-off there and how to turn it off (:func:`forget_identity`).
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from ..core.clock import utcnow
from ..core.roles import ROLE_COORDINATOR
from ..core.workspace import Workspace
from ..errors import CoordinatorKeyLockedError, UsageError, ValidationError
from ..paths import keys_dir
from ..sync import agecrypt, keys

LOCAL_IDENTITY_FILE = "age-identity.local"
MIN_PASSPHRASE = 8
# Unlocking costs seconds (scrypt): keep the result for the life of the process.
_UNLOCKED: dict[str, str] = {}


def read_passphrase_file(path: str | Path) -> str:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"Cannot read the passphrase file {path}: {exc}", reason="passphrase_file_unreadable",
                         path=str(path)) from None
    passphrase = text.rstrip("\r\n")
    if not passphrase:
        raise ValidationError("passphrase", "The passphrase file is empty.", rule="passphrase_file_empty")
    return passphrase


def _passphrase(passphrase: str | None, passphrase_file: str | Path | None) -> str | None:
    if passphrase is not None:
        return passphrase
    if passphrase_file:
        return read_passphrase_file(passphrase_file)
    return None


def check_passphrase(secret: str | None) -> str:
    """Refuse a missing or short passphrase before anything is set up."""
    if not secret:
        raise UsageError("A coordinator installation needs a passphrase for its key: "
                         "init --role coordinator --passphrase-file FILE", reason="coordinator_needs_passphrase")
    if len(secret) < MIN_PASSPHRASE:
        raise ValidationError("passphrase", f"Use a passphrase of at least {MIN_PASSPHRASE} characters.",
                              rule="passphrase_short", min=MIN_PASSPHRASE)
    return secret


def after_setup(ws: Workspace, passphrase_file: str | None = None, passphrase: str | None = None,
                remember: bool = True) -> None:
    """Create this installation's keys if missing (called by ``init`` and the GUI set-up)."""
    folder = keys_dir(ws.data_dir)
    keys.ensure_signing_key(folder)
    if ws.role != ROLE_COORDINATOR or (folder / keys.AGE_IDENTITY_FILE).exists():
        return
    secret = check_passphrase(_passphrase(passphrase, passphrase_file))
    # As keys.create_coordinator_identity, keeping the identity in hand so that the
    # unlocked copy needs no second (slow) scrypt unlock.
    from ..sync.fileio import write_durable

    identity, recipient = agecrypt.generate_identity()
    keys.write_private(folder / keys.AGE_IDENTITY_FILE, agecrypt.protect_identity(identity, secret),
                       overwrite=False)
    write_durable(folder / keys.AGE_RECIPIENT_FILE, (recipient + "\n").encode("ascii"))
    _UNLOCKED[f"{ws.data_dir}|{secret}"] = identity
    if remember:
        remember_identity(ws, passphrase=secret)


def keys_info(ws: Workspace) -> dict[str, Any]:
    """What ``keys --json`` shows and what people compare: fingerprint and public key."""
    from ..sync.minisign import key_id_hex
    from ..sync.trust import fingerprint

    key = keys.ensure_signing_key(keys_dir(ws.data_dir))
    public = key.public()
    info: dict[str, Any] = {"fingerprint": fingerprint(public), "public_key": public.to_text(),
                            "key_id": key_id_hex(public.key_id), "device_id": ws.device_id,
                            "role": ws.role}
    if ws.role == ROLE_COORDINATOR:
        info["age_recipient"] = keys.coordinator_recipient(keys_dir(ws.data_dir))
        info["identity_remembered"] = (keys_dir(ws.data_dir) / LOCAL_IDENTITY_FILE).exists()
    return info


def unlock(ws: Workspace, passphrase: str) -> str:
    """The coordinator's age identity, opened with the passphrase (cached per process)."""
    cache_key = f"{ws.data_dir}|{passphrase}"
    if cache_key not in _UNLOCKED:
        _UNLOCKED[cache_key] = keys.unlock_coordinator_identity(keys_dir(ws.data_dir), passphrase).identity
    return _UNLOCKED[cache_key]


def coordinator_identities(ws: Workspace, passphrase: str | None = None,
                           passphrase_file: str | Path | None = None) -> list[str]:
    """Identities to decrypt bundles with: from the passphrase if given, else the remembered copy."""
    ws.require_role(ROLE_COORDINATOR)
    secret = _passphrase(passphrase, passphrase_file)
    if secret is not None:
        return [unlock(ws, secret)]
    local = keys_dir(ws.data_dir) / LOCAL_IDENTITY_FILE
    if local.exists():
        found = [line.strip() for line in local.read_text("utf-8").splitlines()
                 if line.strip().startswith("AGE-SECRET-KEY-1")]
        if found:
            return found[:1]
    raise CoordinatorKeyLockedError("The coordinator key is locked on this computer: give its passphrase "
                     "(--passphrase-file FILE).")


def identity_text(ws: Workspace, passphrase: str) -> str:
    identity = unlock(ws, passphrase)
    return agecrypt.identity_file_text(identity, agecrypt.recipient_of(identity),
                                       utcnow().replace(microsecond=0).isoformat())


def write_age_identity(ws: Workspace, out: str | Path, passphrase: str) -> Path:
    """The plain age identity file (escrow; ``age -d -i FILE`` reads it). Written 0600."""
    ws.require_role(ROLE_COORDINATOR)
    from ..errors import KeyExistsError
    from ..sync.fileio import write_durable

    path = Path(out)
    if path.exists():
        raise KeyExistsError(f"{path} exists already; choose another name.", path=str(path))
    return write_durable(path, identity_text(ws, passphrase).encode("utf-8"), mode=0o600)


def remember_identity(ws: Workspace, passphrase: str) -> None:
    keys.write_private(keys_dir(ws.data_dir) / LOCAL_IDENTITY_FILE,
                       identity_text(ws, passphrase).encode("utf-8"))


def forget_identity(ws: Workspace) -> bool:
    """Remove the unlocked copy; imports then need the passphrase. True if one was removed."""
    local = keys_dir(ws.data_dir) / LOCAL_IDENTITY_FILE
    if local.exists():
        local.unlink()
        return True
    return False
