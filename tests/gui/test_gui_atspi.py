"""One smoke test through AT-SPI, the interface Orca reads on Linux: the real program on a
virtual X display with a session D-Bus and the accessibility bus, read from outside by the
system python's pyatspi (tests/gui/atspi_probe.py): names, descriptions, roles, the combo
box's label and value, a Tab press moving the focus, and a save announced.

The fixture starts everything itself (Xvfb, dbus-daemon, at-spi-bus-launcher); the Debian
packages come from TEST_PACKAGES in installer/bootstrap.py. Skipped only off Linux, where
AT-SPI does not exist; on Linux a missing piece is a failure, not a skip."""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from yhteisoneuvonta.core.workspace import Workspace
from yhteisoneuvonta.services import setup

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="AT-SPI exists only on Linux")

SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
PROBE = Path(__file__).with_name("atspi_probe.py")
APP_NAME = "Yhteisöneuvonta"


def _need() -> None:
    missing = [t for t in ("Xvfb", "dbus-daemon") if shutil.which(t) is None]
    missing += [p for p in (SYSTEM_PYTHON, BUS_LAUNCHER) if not Path(p).exists()]
    if not missing and subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True,
                                      check=False).returncode:
        missing.append("python3-pyatspi")
    assert not missing, (f"AT-SPI test needs {missing}: run `python3 installer/bootstrap.py test` "
                         "(Debian: at-spi2-core python3-pyatspi xvfb dbus-x11)")


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(10)


@pytest.fixture
def desktop(tmp_path: Path) -> Iterator[dict[str, str]]:
    """An X display, a session bus and the accessibility bus; yields their environment."""
    _need()
    procs: list[subprocess.Popen] = []
    try:
        read, write = os.pipe()
        xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten",
                                 "tcp"], pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                start_new_session=True)
        procs.append(xvfb)
        os.close(write)
        with os.fdopen(read) as fh:
            display = ":" + fh.readline().strip()
        assert display != ":", "Xvfb did not start"
        bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                               stdout=subprocess.PIPE, text=True, start_new_session=True)
        procs.append(bus)
        address = bus.stdout.readline().strip()
        assert address, "the session bus did not start"
        runtime = tmp_path / "xdg-runtime"
        runtime.mkdir(mode=0o700)
        env = {**os.environ, "DISPLAY": display, "DBUS_SESSION_BUS_ADDRESS": address,
               "XDG_RUNTIME_DIR": str(runtime), "QT_QPA_PLATFORM": "xcb",
               "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1", "QT_ACCESSIBILITY": "1", "NO_AT_BRIDGE": "0",
               "GTK_MODULES": "", "LANG": "C.UTF-8"}
        launcher = subprocess.Popen([BUS_LAUNCHER, "--launch-immediately"], env=env, start_new_session=True,
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        procs.append(launcher)
        time.sleep(1.0)
        yield env
    finally:
        for proc in reversed(procs):
            _stop(proc)


def test_quick_log_through_atspi(desktop: dict[str, str], tmp_path: Path) -> None:
    data = tmp_path / "data"
    ws = Workspace(data)
    setup.setup_adviser(ws, "N7", ["tre-annala-neuvonta"], "fi")
    ws.close()
    log = (tmp_path / "app.log").open("w")
    app = subprocess.Popen([sys.executable, "-m", "yhteisoneuvonta", "--data-dir", str(data)], env=desktop,
                           stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        probe = subprocess.run([SYSTEM_PYTHON, str(PROBE), APP_NAME], env=desktop, capture_output=True,
                               text=True, timeout=120, check=False)
    finally:
        _stop(app)
        log.close()
    assert probe.returncode == 0, probe.stdout + probe.stderr + (tmp_path / "app.log").read_text()
    seen = json.loads(probe.stdout)
    assert seen["unnamed"] == [], "focusable objects without a name"  # what Orca would say nothing for
    buttons = {b["name"]: b for b in seen["buttons"]}
    # the names a screen reader speaks are what the buttons show
    assert "Tallenna (Ctrl+Enter)" in buttons, sorted(buttons)
    assert "Ctrl+Enter" in buttons["Tallenna (Ctrl+Enter)"]["description"]
    assert "Lisätietoja…" in buttons and "Avaa koko lomake" in buttons["Lisätietoja…"]["description"]
    assert all(b["name"] for b in seen["buttons"]), [b for b in seen["buttons"] if not b["name"]]
    # a combo box is named by its label, not by its current value (Qt's own choice on Linux)
    assert [c["name"] for c in seen["combos"]] == ["Paikka"], seen["combos"]
    assert seen["combo_choices"] == [["Annala, yhteisöneuvonta"]]  # its value: the chosen item
    minutes = [b for b in seen["buttons"] if b["name"].endswith(" min")]
    assert minutes and {b["role"] for b in minutes} == {"radio button"}
    # a save is spoken: the announcement reaches the screen reader's bus
    assert any(text.startswith("Tallennettu:") for text in seen["announced"]), seen["announced"]
    # Tab moves the focus
    assert seen["focus_before"] is not None, seen
    assert seen["focus_after"] is not None and seen["focus_after"] != seen["focus_before"], seen
