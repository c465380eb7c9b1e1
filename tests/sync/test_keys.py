"""Key files on disk: permissions, reuse, passphrase protection, no overwrite."""
from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from yhteisoneuvonta.errors import (
    BundleError,
    KeyExistsError,
    SetupError,
    ValidationError,
    WrongPassphraseError,
    YnError,
)
from yhteisoneuvonta.sync import agecrypt, keys
from yhteisoneuvonta.sync.minisign import PublicKey, verify

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@posix_only
def test_write_private_modes(tmp_path: Path) -> None:
    target = tmp_path / "keys" / "secret.bin"
    old = os.umask(0)  # a careless umask must not widen the file
    try:
        keys.write_private(target, b"one")
    finally:
        os.umask(old)
    assert target.read_bytes() == b"one"
    assert _mode(target) == 0o600
    assert _mode(target.parent) == 0o700
    keys.write_private(target, b"two")
    assert target.read_bytes() == b"two" and _mode(target) == 0o600
    assert [p.name for p in target.parent.iterdir()] == ["secret.bin"]  # no temp left


def test_write_private_no_overwrite(tmp_path: Path) -> None:
    target = tmp_path / "secret.bin"
    keys.write_private(target, b"first", overwrite=False)
    with pytest.raises(KeyExistsError) as info:
        keys.write_private(target, b"second", overwrite=False)
    assert isinstance(info.value, YnError)
    assert target.read_bytes() == b"first"
    assert [p.name for p in tmp_path.iterdir()] == ["secret.bin"]


@posix_only
def test_existing_keys_dir_is_tightened(tmp_path: Path) -> None:
    folder = tmp_path / "keys"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    keys.ensure_signing_key(folder)
    assert _mode(folder) == 0o700


def test_signing_key_created_once_and_reused(tmp_path: Path) -> None:
    folder = tmp_path / "keys"
    first = keys.ensure_signing_key(folder)
    key_file = folder / keys.SIGNING_KEY_FILE
    pub_file = folder / keys.SIGNING_PUB_FILE
    if os.name == "posix":
        assert _mode(key_file) == 0o600
        assert _mode(folder) == 0o700
    before = key_file.read_bytes()
    second = keys.ensure_signing_key(folder)
    assert second.public() == first.public()
    assert key_file.read_bytes() == before
    public = PublicKey.from_text(pub_file.read_text(encoding="utf-8"))
    assert public == first.public()
    assert verify(b"data", second.sign(b"data", "t"), public) == "t"


def test_signing_pub_restored_from_key(tmp_path: Path) -> None:
    secret = keys.ensure_signing_key(tmp_path)
    pub_file = tmp_path / keys.SIGNING_PUB_FILE
    pub_file.unlink()
    keys.ensure_signing_key(tmp_path)
    assert PublicKey.from_text(pub_file.read_text(encoding="utf-8")) == secret.public()
    pub_file.write_text("untrusted comment: x\nbogus\n")
    keys.ensure_signing_key(tmp_path)
    assert PublicKey.from_text(pub_file.read_text(encoding="utf-8")) == secret.public()


def test_damaged_signing_key_is_refused(tmp_path: Path) -> None:
    keys.ensure_signing_key(tmp_path)
    (tmp_path / keys.SIGNING_KEY_FILE).write_bytes(b"not a key")
    with pytest.raises(BundleError) as info:
        keys.ensure_signing_key(tmp_path)
    assert info.value.reason == "bad_key"


def test_fingerprint_of(tmp_path: Path) -> None:
    public = keys.ensure_signing_key(tmp_path).public()
    fingerprint = keys.fingerprint_of(public)
    assert fingerprint == public.fingerprint()
    groups = fingerprint.split(" ")
    assert len(groups) == 4 and all(len(g) == 4 for g in groups)
    assert fingerprint == fingerprint.upper()


def test_coordinator_identity_lifecycle(tmp_path: Path) -> None:
    folder = tmp_path / "keys"
    assert keys.coordinator_recipient(folder) is None
    with pytest.raises(SetupError):
        keys.unlock_coordinator_identity(folder, "pw")

    recipient = keys.create_coordinator_identity(folder, "Kevät-2024 salasana")
    assert recipient.startswith("age1")
    identity_file = folder / keys.AGE_IDENTITY_FILE
    if os.name == "posix":
        assert _mode(identity_file) == 0o600
        assert _mode(folder) == 0o700
    assert b"AGE-SECRET-KEY" not in identity_file.read_bytes()
    assert keys.coordinator_recipient(folder) == recipient

    unlocked = keys.unlock_coordinator_identity(folder, "Kevät-2024 salasana")
    assert unlocked.recipient == recipient
    assert agecrypt.recipient_of(unlocked.identity) == recipient
    assert "AGE-SECRET" not in repr(unlocked)
    sealed = agecrypt.encrypt(b"bundle", [keys.coordinator_recipient(folder) or ""])
    assert agecrypt.decrypt(sealed, [unlocked.identity]) == b"bundle"

    with pytest.raises(WrongPassphraseError) as info:
        keys.unlock_coordinator_identity(folder, "kevät-2024 salasana")
    assert info.value.code == "wrong_passphrase"

    before = identity_file.read_bytes()
    with pytest.raises(KeyExistsError) as exists:
        keys.create_coordinator_identity(folder, "another")
    assert exists.value.code == "key_exists"
    assert identity_file.read_bytes() == before
    assert keys.coordinator_recipient(folder) == recipient


def test_empty_passphrase_refused(tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as info:
        keys.create_coordinator_identity(tmp_path, "")
    assert info.value.field == "passphrase"
    assert not (tmp_path / keys.AGE_IDENTITY_FILE).exists()


def test_coordinator_recipient_file_tolerates_comments(tmp_path: Path) -> None:
    _identity, recipient = agecrypt.generate_identity()
    (tmp_path / keys.AGE_RECIPIENT_FILE).write_text(f"# coordinator\n\n{recipient}\n")
    assert keys.coordinator_recipient(tmp_path) == recipient
    (tmp_path / keys.AGE_RECIPIENT_FILE).write_text("age1garbage\n")
    with pytest.raises(BundleError):
        keys.coordinator_recipient(tmp_path)
