"""The minisign format, checked against the real ``minisign`` tool both ways."""
from __future__ import annotations

import base64
import shutil
import subprocess
from pathlib import Path

import pytest

from yhteisoneuvonta.errors import BundleError
from yhteisoneuvonta.sync.minisign import (
    PublicKey,
    SecretKey,
    key_id_hex,
    signature_key_id,
    verify,
)

MINISIGN = shutil.which("minisign")

DATA = b"week 12 bundle\x00\x01\xff" * 100


def _minisign_verify(tmp_path: Path, data: bytes, sig_text: str, public: PublicKey) -> subprocess.CompletedProcess[str]:
    (tmp_path / "data").write_bytes(data)
    (tmp_path / "data.minisig").write_text(sig_text, encoding="utf-8")
    (tmp_path / "key.pub").write_text(public.to_text(), encoding="utf-8")
    return subprocess.run(
        [MINISIGN or "minisign", "-V", "-m", str(tmp_path / "data"),
         "-x", str(tmp_path / "data.minisig"), "-p", str(tmp_path / "key.pub")],
        capture_output=True, text=True, timeout=30,
    )


@pytest.fixture(scope="module")
def secret() -> SecretKey:
    return SecretKey.generate()


# --- our signatures, verified by the real tool ---------------------------------------

def test_real_minisign_accepts_our_signature(tmp_path: Path, secret: SecretKey) -> None:
    comment = '{"bundle":"2024-W12","device":"ab12"}'
    result = _minisign_verify(tmp_path, DATA, secret.sign(DATA, comment), secret.public())
    assert result.returncode == 0, result.stderr
    assert comment in result.stdout


def test_real_minisign_accepts_long_utf8_trusted_comment(tmp_path: Path, secret: SecretKey) -> None:
    comment = "yhteisöneuvonta ääkköset " + "x" * 4000
    result = _minisign_verify(tmp_path, b"", secret.sign(b"", comment), secret.public())
    assert result.returncode == 0, result.stderr


def test_real_minisign_refuses_tampered_data(tmp_path: Path, secret: SecretKey) -> None:
    sig = secret.sign(DATA, "t")
    tampered = DATA[:-1] + bytes([DATA[-1] ^ 1])
    assert _minisign_verify(tmp_path, tampered, sig, secret.public()).returncode != 0


def test_real_minisign_refuses_tampered_trusted_comment(tmp_path: Path, secret: SecretKey) -> None:
    sig = secret.sign(DATA, "device=ab12")
    tampered = sig.replace("trusted comment: device=ab12", "trusted comment: device=ab13")
    assert tampered != sig
    assert _minisign_verify(tmp_path, DATA, tampered, secret.public()).returncode != 0


def test_real_minisign_refuses_other_key(tmp_path: Path, secret: SecretKey) -> None:
    other = SecretKey.generate()
    assert _minisign_verify(tmp_path, DATA, secret.sign(DATA, "t"), other.public()).returncode != 0


# --- the real tool's keys and signatures, verified by us -----------------------------

@pytest.fixture(scope="module")
def tool_key(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, PublicKey]:
    # The README's test command installs the real tool; its absence is a failure, not a skip.
    assert MINISIGN, "the minisign tool is not installed (python3 installer/bootstrap.py test installs it)"
    folder = tmp_path_factory.mktemp("minisign-tool")
    pub, sec = folder / "key.pub", folder / "key.sec"
    subprocess.run([MINISIGN, "-G", "-W", "-p", str(pub), "-s", str(sec)],
                   check=True, capture_output=True, timeout=30)
    public = PublicKey.from_text(pub.read_text(encoding="utf-8"))
    # Our rendering of the key is byte for byte what the tool wrote.
    assert public.to_text() == pub.read_text(encoding="utf-8")
    return sec, public


def _tool_sign(tmp_path: Path, sec: Path, data: bytes, trusted: str | None = None) -> str:
    message = tmp_path / "message"
    message.write_bytes(data)
    command = [MINISIGN or "minisign", "-S", "-s", str(sec), "-m", str(message)]
    if trusted is not None:
        command += ["-t", trusted]
    subprocess.run(command, check=True, capture_output=True, timeout=30)
    return (tmp_path / "message.minisig").read_text(encoding="utf-8")


def test_we_verify_real_minisign_signature(tmp_path: Path, tool_key: tuple[Path, PublicKey]) -> None:
    sec, public = tool_key
    sig = _tool_sign(tmp_path, sec, DATA, trusted="export 2024-W12")
    assert verify(DATA, sig, public) == "export 2024-W12"
    assert signature_key_id(sig) == public.key_id


def test_we_verify_real_minisign_default_trusted_comment(tmp_path: Path, tool_key: tuple[Path, PublicKey]) -> None:
    sec, public = tool_key
    sig = _tool_sign(tmp_path, sec, b"")
    assert verify(b"", sig, public).startswith("timestamp:")


def test_we_refuse_real_signature_over_tampered_data(tmp_path: Path, tool_key: tuple[Path, PublicKey]) -> None:
    sec, public = tool_key
    sig = _tool_sign(tmp_path, sec, DATA, trusted="t")
    with pytest.raises(BundleError) as info:
        verify(DATA + b"!", sig, public)
    assert info.value.reason == "bad_signature"


def test_fingerprint_matches_tool_comment(tool_key: tuple[Path, PublicKey]) -> None:
    _sec, public = tool_key
    shown = public.to_text().splitlines()[0].rsplit(" ", 1)[1]
    assert public.fingerprint().replace(" ", "") == key_id_hex(public.key_id)
    assert int(shown, 16) == int(key_id_hex(public.key_id), 16)


# --- our own round trip and refusals -------------------------------------------------

def test_round_trip_returns_trusted_comment(secret: SecretKey) -> None:
    sig = secret.sign(DATA, "hello ä", untrusted_comment="anything")
    assert verify(DATA, sig, secret.public()) == "hello ä"
    # Windows line ends on the way do not matter.
    assert verify(DATA, sig.replace("\n", "\r\n"), secret.public()) == "hello ä"


def test_tampered_data_refused(secret: SecretKey) -> None:
    with pytest.raises(BundleError) as info:
        verify(DATA + b"x", secret.sign(DATA, "t"), secret.public())
    assert info.value.reason == "bad_signature"


def test_tampered_trusted_comment_refused(secret: SecretKey) -> None:
    sig = secret.sign(DATA, "role=adviser")
    with pytest.raises(BundleError) as info:
        verify(DATA, sig.replace("role=adviser", "role=coordinator"), secret.public())
    assert info.value.reason == "bad_signature"


def test_untrusted_comment_is_not_covered(secret: SecretKey) -> None:
    sig = secret.sign(DATA, "t", untrusted_comment="one")
    assert verify(DATA, sig.replace("untrusted comment: one", "untrusted comment: two"), secret.public()) == "t"


def test_other_key_id_is_unknown_key(secret: SecretKey) -> None:
    other = SecretKey.generate()
    with pytest.raises(BundleError) as info:
        verify(DATA, secret.sign(DATA, "t"), other.public())
    assert info.value.reason == "unknown_key"


def test_same_key_id_other_key_is_bad_signature(secret: SecretKey) -> None:
    impostor = SecretKey.generate()
    forged = PublicKey(key_id=secret.key_id, raw=impostor.public().raw)
    with pytest.raises(BundleError) as info:
        verify(DATA, secret.sign(DATA, "t"), forged)
    assert info.value.reason == "bad_signature"


@pytest.mark.parametrize(
    "mangle",
    [
        lambda s: "",
        lambda s: "garbage",
        lambda s: "\n".join(s.splitlines()[:3]),
        lambda s: s.replace("trusted comment: ", "comment: "),
        lambda s: s.replace("untrusted comment: ", "note: ", 1),
        lambda s: s.splitlines()[0] + "\n!!notbase64!!\n" + "\n".join(s.splitlines()[2:]),
        lambda s: "\n".join(s.splitlines()[:3] + ["AAAA"]),
    ],
)
def test_malformed_signature(secret: SecretKey, mangle) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(BundleError) as info:
        verify(DATA, mangle(secret.sign(DATA, "t")), secret.public())
    assert info.value.reason == "malformed_signature"


def test_legacy_signature_refused(secret: SecretKey) -> None:
    lines = secret.sign(DATA, "t").splitlines()
    blob = base64.b64decode(lines[1])
    lines[1] = base64.b64encode(b"Ed" + blob[2:]).decode()
    with pytest.raises(BundleError) as info:
        verify(DATA, "\n".join(lines), secret.public())
    assert info.value.reason == "malformed_signature"


def test_comment_must_be_one_line(secret: SecretKey) -> None:
    with pytest.raises(ValueError):
        secret.sign(DATA, "two\nlines")
    with pytest.raises(ValueError):
        secret.sign(DATA, "t", untrusted_comment="a\rb")


def test_public_key_text_round_trip(secret: SecretKey) -> None:
    public = secret.public()
    text = public.to_text()
    assert text.endswith("\n") and len(text.splitlines()) == 2
    shown = text.splitlines()[0].rsplit(" ", 1)[1]  # as minisign prints it: no leading zeros
    assert text.startswith("untrusted comment: minisign public key ")
    assert shown == key_id_hex(public.key_id).lstrip("0") or shown == "0"
    assert PublicKey.from_text(text) == public
    assert PublicKey.from_text(public.to_base64()) == public


@pytest.mark.parametrize(
    "text",
    ["", "untrusted comment: x\n", "untrusted comment: x\n%%%\n", "untrusted comment: x\nRWQ=\n",
     "untrusted comment: x\n" + base64.b64encode(b"Xx" + bytes(40)).decode() + "\n"],
)
def test_bad_public_key_text(text: str) -> None:
    with pytest.raises(BundleError) as info:
        PublicKey.from_text(text)
    assert info.value.reason == "bad_key"


def test_fingerprint_format() -> None:
    public = PublicKey(key_id=bytes.fromhex("8967452301efcdab"), raw=bytes(32))
    assert public.fingerprint() == "ABCD EF01 2345 6789"


def test_secret_key_pem_round_trip(secret: SecretKey) -> None:
    pem = secret.to_pem()
    loaded = SecretKey.from_pem(pem)
    assert loaded.public() == secret.public()
    assert verify(DATA, loaded.sign(DATA, "t"), secret.public()) == "t"
    bare = pem[pem.index(b"-----BEGIN"):]
    assert SecretKey.from_pem(bare, secret.key_id).public() == secret.public()
    with pytest.raises(BundleError):
        SecretKey.from_pem(bare)
    with pytest.raises(BundleError):
        SecretKey.from_pem(b"key-id: 0000000000000000\n-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n")
    assert "PRIVATE" not in repr(secret)


def test_key_id_with_leading_zero_is_written_as_minisign_writes_it() -> None:
    # minisign prints the id with %PRIX64, so 0x03F5... shows as 3F5...; 1 key in 16 has this.
    key_id = bytes.fromhex("03F51F1443957AAC")[::-1]
    public = PublicKey(key_id=key_id, raw=bytes(32))
    assert public.to_text().splitlines()[0].endswith("public key 3F51F1443957AAC")
    assert public.fingerprint() == "03F5 1F14 4395 7AAC"
    assert PublicKey.from_text(public.to_text()) == public


def test_the_real_tool_is_installed() -> None:
    # Interoperability is tested against the real tool; the README's test command installs it.
    assert MINISIGN, "install the real tool: python3 installer/bootstrap.py test does it"
