"""The program starts offscreen, shows its window and exits 0; translations are complete."""
from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest

from yhteisoneuvonta.gui.i18n import (
    BASENAME,
    LANGUAGES,
    compile_translations,
    qm_path,
    ts_dir,
)
from yhteisoneuvonta.gui.i18n_update import unfinished


def test_smoke_returns_zero(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    done = subprocess.run([sys.executable, "-m", "yhteisoneuvonta", "--smoke"], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Traceback" not in done.stderr


def test_damaged_store_gives_a_message_not_a_traceback(tmp_path):
    from yhteisoneuvonta.gui.app import run_gui  # noqa: F401 (the path under test)

    data = tmp_path / "data"
    data.mkdir()
    db = data / "yhteisoneuvonta.sqlite3"
    db.write_bytes(b"this is not a database at all" * 100)
    before = db.read_bytes()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    # The message box waits for a click; the process is stopped after it has shown it.
    code = ("import sys\nfrom PySide6.QtCore import QTimer\nfrom PySide6.QtWidgets import QApplication\n"
            "from yhteisoneuvonta.gui.app import make_app, run_gui\napp = make_app()\n"
            "def close():\n    w = QApplication.activeModalWidget()\n"
            "    print('BOX:', w.text() if w else None, w.informativeText() if w else None)\n"
            "    w.done(0) if w else QTimer.singleShot(100, close)\n"
            "QTimer.singleShot(300, close)\n"
            f"sys.exit(run_gui(['--data-dir', {str(data)!r}]))\n")
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1, done.stderr[-2000:]
    assert "Traceback" not in done.stderr
    assert "BOX: Ohjelman tietoja ei voi avata." in done.stdout
    assert str(db) in done.stdout
    assert db.read_bytes() == before


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_is_translated(lang):
    ts = ts_dir() / f"{BASENAME}_{lang}.ts"
    root = ET.parse(ts).getroot()
    assert root.get("language") == lang
    assert len(root.findall(".//message")) > 200
    assert unfinished(ts) == []


def test_catalogues_compile():
    compile_translations()
    for lang in LANGUAGES:
        qm = qm_path(lang)
        assert qm is not None and qm.stat().st_size > 1000
        assert qm.stat().st_mtime >= (ts_dir() / f"{BASENAME}_{lang}.ts").stat().st_mtime
