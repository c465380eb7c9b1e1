"""age encryption, checked against the real ``age`` tool."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from yhteisoneuvonta.errors import BundleError, WrongPassphraseError, YnError
from yhteisoneuvonta.sync import agecrypt

AGE = shutil.which("age")

DATA = b"PK\x03\x04 bundle bytes \x00\xff" * 500


@pytest.fixture(scope="module")
def keypair() -> tuple[str, str]:
    return agecrypt.generate_identity()


@pytest.fixture(scope="module")
def protected(keypair: tuple[str, str]) -> bytes:
    # scrypt is slow on purpose: make the blob once for the module.
    return agecrypt.protect_identity(keypair[0], "oikea salasana ä")


def test_generate_identity_shape(keypair: tuple[str, str]) -> None:
    identity, recipient = keypair
    assert identity.startswith("AGE-SECRET-KEY-1")
    assert recipient.startswith("age1")
    assert agecrypt.recipient_of(identity) == recipient
    assert agecrypt.generate_identity()[0] != identity


def test_real_age_decrypts_ours(tmp_path: Path, keypair: tuple[str, str]) -> None:
    identity, recipient = keypair
    _other_id, other_recipient = agecrypt.generate_identity()
    encrypted = agecrypt.encrypt(DATA, [other_recipient, recipient])
    assert encrypted.startswith(b"age-encryption.org/v1\n")
    (tmp_path / "bundle.age").write_bytes(encrypted)
    id_file = tmp_path / "key.txt"
    id_file.write_text(agecrypt.identity_file_text(identity, recipient, "2024-03-18T10:00:00+02:00"))
    result = subprocess.run(
        [AGE or "age", "-d", "-i", str(id_file), "-o", str(tmp_path / "out"), str(tmp_path / "bundle.age")],
        capture_output=True, timeout=30,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out").read_bytes() == DATA


def test_we_decrypt_real_age(tmp_path: Path, keypair: tuple[str, str]) -> None:
    identity, recipient = keypair
    (tmp_path / "plain").write_bytes(DATA)
    subprocess.run(
        [AGE or "age", "-r", recipient, "-o", str(tmp_path / "enc.age"), str(tmp_path / "plain")],
        check=True, capture_output=True, timeout=30,
    )
    other_identity, _ = agecrypt.generate_identity()
    assert agecrypt.decrypt((tmp_path / "enc.age").read_bytes(), [other_identity, identity]) == DATA


def test_we_decrypt_real_age_armored(tmp_path: Path, keypair: tuple[str, str]) -> None:
    identity, recipient = keypair
    (tmp_path / "plain").write_bytes(b"x")
    subprocess.run(
        [AGE or "age", "-a", "-r", recipient, "-o", str(tmp_path / "enc.age"), str(tmp_path / "plain")],
        check=True, capture_output=True, timeout=30,
    )
    # Only the binary format is accepted for bundles.
    with pytest.raises(BundleError) as info:
        agecrypt.decrypt((tmp_path / "enc.age").read_bytes(), [identity])
    assert info.value.reason == "bad_ciphertext"


def test_round_trip_empty_and_large(keypair: tuple[str, str]) -> None:
    identity, recipient = keypair
    for data in (b"", DATA * 20):
        assert agecrypt.decrypt(agecrypt.encrypt(data, [recipient]), [identity]) == data


def test_wrong_identity_is_not_for_us(keypair: tuple[str, str]) -> None:
    _identity, recipient = keypair
    other_identity, _ = agecrypt.generate_identity()
    with pytest.raises(BundleError) as info:
        agecrypt.decrypt(agecrypt.encrypt(DATA, [recipient]), [other_identity])
    assert info.value.reason == "not_for_us"


@pytest.mark.parametrize(
    "damage",
    [
        lambda c: c[: len(c) // 2],
        lambda c: c[:-1],
        lambda c: c[:-20] + bytes(b ^ 0x55 for b in c[-20:]),
        lambda c: c[:60],
        lambda c: b"not age at all",
        lambda c: b"",
    ],
)
def test_damaged_ciphertext(keypair: tuple[str, str], damage) -> None:  # type: ignore[no-untyped-def]
    identity, recipient = keypair
    with pytest.raises(BundleError) as info:
        agecrypt.decrypt(damage(agecrypt.encrypt(DATA, [recipient])), [identity])
    assert info.value.reason == "bad_ciphertext"


def test_bad_recipient_and_identity_text(keypair: tuple[str, str]) -> None:
    with pytest.raises(BundleError) as info:
        agecrypt.encrypt(b"x", ["age1notarecipient"])
    assert info.value.reason == "bad_key"
    with pytest.raises(BundleError) as info:
        agecrypt.recipient_of("AGE-SECRET-KEY-1NOPE")
    assert info.value.reason == "bad_key"
    with pytest.raises(ValueError):
        agecrypt.encrypt(b"x", [])


def test_identity_file_text() -> None:
    text = agecrypt.identity_file_text("AGE-SECRET-KEY-1ABC", "age1xyz", "2024-01-01T00:00:00Z")
    assert text == "# created: 2024-01-01T00:00:00Z\n# public key: age1xyz\nAGE-SECRET-KEY-1ABC\n"


def test_protect_unlock_round_trip(keypair: tuple[str, str], protected: bytes) -> None:
    assert protected.startswith(b"age-encryption.org/v1\n-> scrypt ")
    assert keypair[0].encode() not in protected
    assert agecrypt.unlock_identity(protected, "oikea salasana ä") == keypair[0]


def test_unlock_wrong_passphrase(protected: bytes) -> None:
    with pytest.raises(WrongPassphraseError) as info:
        agecrypt.unlock_identity(protected, "väärä")
    assert isinstance(info.value, YnError)
    assert info.value.code == "wrong_passphrase"


def test_unlock_damaged_blob(protected: bytes, keypair: tuple[str, str]) -> None:
    with pytest.raises(BundleError):
        agecrypt.unlock_identity(protected[:-3], "oikea salasana ä")
    with pytest.raises(BundleError):
        agecrypt.unlock_identity(b"garbage", "oikea salasana ä")
    # An X25519 file is not a passphrase-protected key.
    with pytest.raises(BundleError):
        agecrypt.unlock_identity(agecrypt.encrypt(b"x", [keypair[1]]), "oikea salasana ä")


def test_the_real_tool_is_installed() -> None:
    # Interoperability is tested against the real tool; the README's test command installs it.
    assert AGE, "install the real tool: python3 installer/bootstrap.py test does it"
