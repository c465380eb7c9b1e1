#!/usr/bin/env python3
"""Set up everything on first use, then run the program or the tests.

    python3 installer/bootstrap.py run [program arguments]   # start Yhteisöneuvonta
    python3 installer/bootstrap.py test [pytest arguments]   # run the whole test suite

Creates ``.venv`` beside pyproject.toml, installs the project into it (again only when
pyproject.toml changes), and on Debian/Ubuntu installs the system libraries Qt needs
(and, for the tests, the real minisign, age and poppler tools) with apt-get.
Standard library only: it runs before anything is installed.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
WINDOWS = os.name == "nt"

# What Qt's xcb and offscreen platform plugins load at run time on Debian/Ubuntu.
RUN_PACKAGES = [
    "libegl1", "libgl1", "libfontconfig1", "libfreetype6", "libglib2.0-0", "libdbus-1-3",
    "libxkbcommon0", "libxkbcommon-x11-0", "libxcb-cursor0", "libxcb-icccm4", "libxcb-image0",
    "libxcb-keysyms1", "libxcb-render-util0", "libxcb-xinerama0", "libxcb-shape0",
    "libxcb-randr0", "libxcb-xfixes0", "libxcb-xkb1", "libx11-xcb1", "libxrender1", "libnss3",
    "libasound2", "libcups2",
    # The name guard's Finnish morphology (records/names.py): libvoikko and its dictionary.
    "libvoikko1", "voikko-fi",
]
# The tests use the real tools a bundle must interoperate with, read PDFs back and build
# the frozen Linux bundle (PyInstaller needs objdump from binutils).
TEST_PACKAGES = ["minisign", "age", "poppler-utils", "binutils", "fonts-dejavu-core",
                 # printing through a real CUPS queue that writes PDF files (tests/print)
                 "cups", "printer-driver-cups-pdf"]
# The accessibility smoke test reads the running program through AT-SPI, as Orca does, on a
# virtual display with its own session bus (tests/gui/test_gui_atspi.py).
TEST_PACKAGES += ["at-spi2-core", "python3-pyatspi", "xvfb", "dbus-x11"]
# The Excel-style CSV is opened in LibreOffice Calc with Finnish defaults (tests/reports).
TEST_PACKAGES += ["libreoffice-calc-nogui"]


def say(message: str) -> None:
    print(f"[bootstrap] {message}", file=sys.stderr, flush=True)


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if WINDOWS else "bin/python")


def have_dpkg() -> bool:
    return shutil.which("dpkg-query") is not None and shutil.which("apt-get") is not None


def missing_debs(packages: list[str]) -> list[str]:
    missing = []
    for name in packages:
        out = subprocess.run(["dpkg-query", "-W", "-f=${Status}", name],
                             capture_output=True, text=True)
        if "install ok installed" not in out.stdout:
            missing.append(name)
    return missing


def apt_install(packages: list[str]) -> None:
    """Install Debian packages that are missing (as root, or through sudo)."""
    if not have_dpkg():
        return
    missing = missing_debs(packages)
    if not missing:
        return
    prefix: list[str] = []
    if hasattr(os, "geteuid") and os.geteuid() != 0:
        if shutil.which("sudo") is None:
            say("please install these system packages first: sudo apt-get install " + " ".join(missing))
            sys.exit(1)
        prefix = ["sudo"]
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    say("installing system packages: " + " ".join(missing))
    subprocess.run(prefix + ["apt-get", "update", "-q"], check=True, env=env,
                   stdout=subprocess.DEVNULL)
    # Some names differ between releases (e.g. libasound2t64); install what exists.
    available = [p for p in missing if subprocess.run(
        ["apt-cache", "show", p], capture_output=True).returncode == 0]
    if available:
        subprocess.run(prefix + ["apt-get", "install", "-y", "-q", "--no-install-recommends", *available],
                       check=True, env=env, stdout=subprocess.DEVNULL)


def ensure_venv() -> None:
    if venv_python().exists():
        return
    say(f"creating the virtual environment {VENV}")
    result = subprocess.run([sys.executable, "-m", "venv", str(VENV)])
    if result.returncode != 0 and have_dpkg():
        # Debian ships ensurepip separately.
        shutil.rmtree(VENV, ignore_errors=True)
        apt_install([f"python{sys.version_info.major}.{sys.version_info.minor}-venv"])
        result = subprocess.run([sys.executable, "-m", "venv", str(VENV)])
    if result.returncode != 0:
        say("could not create a virtual environment (on Debian/Ubuntu: apt-get install python3-venv)")
        sys.exit(1)


def ensure_installed(extras: str) -> None:
    """pip install the project into .venv, again only when pyproject.toml or extras change."""
    stamp = VENV / ".installed"
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + extras.encode()).hexdigest()
    done = stamp.read_text().split() if stamp.exists() else []
    if digest in done:
        return
    py = str(venv_python())
    say(f"installing the program and its libraries ({extras or 'runtime'}) — the first time takes a few minutes")
    subprocess.run([py, "-m", "pip", "install", "-q", "--upgrade", "pip"], check=True)
    target = f".[{extras}]" if extras else "."
    subprocess.run([py, "-m", "pip", "install", "-q", "-e", target], check=True, cwd=ROOT)
    stamp.write_text("\n".join([*done, digest]) + "\n")


def main(argv: list[str]) -> int:
    if sys.version_info < (3, 11):
        say("Python 3.11 or newer is needed")
        return 1
    if not argv or argv[0] not in ("run", "test"):
        print(__doc__)
        return 2
    action, rest = argv[0], argv[1:]
    if sys.platform.startswith("linux"):
        apt_install(RUN_PACKAGES + (TEST_PACKAGES if action == "test" else []))
    ensure_venv()
    ensure_installed("test,build" if action == "test" else "")
    py = str(venv_python())
    if action == "run":
        return subprocess.call([py, "-m", "yhteisoneuvonta", *rest])
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return subprocess.call([py, "-m", "pytest", *rest], cwd=ROOT, env=env)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
