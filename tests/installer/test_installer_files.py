"""The installer files agree with pyproject.toml: one name, the version written in one place."""
from __future__ import annotations

import configparser
import os
import re
import struct
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
NAME, VERSION = PROJECT["name"], PROJECT["version"]


def test_the_version_is_written_only_in_pyproject() -> None:
    for path in INSTALLER.iterdir():
        if path.is_file() and path.suffix != ".pyc":
            assert VERSION not in path.read_text("utf-8-sig"), f"{path.name} repeats the version"


def test_the_inno_setup_script_takes_the_version_from_the_build() -> None:
    raw = (INSTALLER / "yhteisoneuvonta.iss").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Inno Setup reads UTF-8 only with a BOM ("ö")
    iss = raw.decode("utf-8-sig")
    assert re.search(r"^#ifndef AppVersion\s*\n\s*#error", iss, re.M)
    setup = dict(re.findall(r"^(\w+)=(.*)$", iss.split("[Setup]")[1].split("\n[")[0], re.M))
    assert setup["AppVersion"] == "{#AppVersion}"
    assert setup["PrivilegesRequired"] == "lowest"  # per-user, no admin rights
    assert setup["OutputBaseFilename"] == "{#AppSlug}-{#AppVersion}-windows-setup"
    assert f'#define AppSlug "{NAME}"' in iss
    assert re.search(r"^Name: \"\{autoprograms\}", iss, re.M)  # Start-menu entry
    assert "[UninstallDelete]" not in iss.replace("; No [UninstallDelete]", "")  # data is kept
    assert (ROOT / "resources/icons/yhteisoneuvonta.ico").exists()
    ps1 = (INSTALLER / "build-windows.ps1").read_text("utf-8")
    assert "pyproject.toml" in ps1 and "/DAppVersion=$Version" in ps1


def test_the_desktop_entry_starts_the_program_with_its_icon() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment]
    entry.read(INSTALLER / "yhteisoneuvonta.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert desktop["Name"] == "Yhteisöneuvonta"
    assert desktop["Exec"] == NAME and desktop["Icon"] == NAME
    assert desktop["Terminal"] == "false"


def test_the_linux_build_script_is_executable_and_takes_its_dirs() -> None:
    script = INSTALLER / "build-linux"
    assert os.access(script, os.X_OK) and os.access(INSTALLER / "install-linux.sh", os.X_OK)
    text = script.read_text("utf-8")
    assert "--dist" in text and "--work" in text and "pyproject.toml" in text
    assert f"{NAME}-$VERSION-linux-$ARCH.tar.gz" in text


def test_the_windows_icon_holds_every_size_up_to_256() -> None:
    ico = (ROOT / "resources/icons/yhteisoneuvonta.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", ico)
    assert (reserved, kind) == (0, 1)
    sizes = {struct.unpack_from("<B", ico, 6 + 16 * i)[0] or 256 for i in range(count)}
    assert {16, 32, 48, 256} <= sizes
    for size in (16, 32, 48, 256):
        assert (ROOT / f"resources/icons/yhteisoneuvonta-{size}.png").exists()
