"""The translation sources cover every GUI module, subfolders included, and are up to date."""
from __future__ import annotations

import shutil

from yhteisoneuvonta.gui.i18n import BASENAME, LANGUAGES, ts_dir
from yhteisoneuvonta.gui.i18n_update import GUI_DIR, run_lupdate, sources, unfinished


def test_sources_include_subfolders(tmp_path):
    (tmp_path / "coordinator").mkdir()
    for name in ("page.py", "coordinator/screen.py", "i18n_update.py"):
        (tmp_path / name).write_text("")
    assert sources(tmp_path) == [str(tmp_path / "coordinator/screen.py"), str(tmp_path / "page.py")]
    assert str(GUI_DIR / "coordinator" / "dialogs.py") in sources()


def test_a_subfolder_screen_reaches_the_ts(tmp_path, monkeypatch):
    gui = tmp_path / "gui"
    (gui / "coordinator").mkdir(parents=True)
    (gui / "coordinator" / "screen.py").write_text(
        "from PySide6.QtWidgets import QWidget\n\n\nclass FarScreen(QWidget):\n"
        "    def retranslate(self):\n        self.setWindowTitle(self.tr('Only in a subfolder'))\n")
    out = tmp_path / "ts"
    shutil.copytree(ts_dir(), out)
    monkeypatch.setattr("yhteisoneuvonta.gui.i18n_update.sources", lambda: sources(gui))
    run_lupdate(out)
    assert ("FarScreen", "Only in a subfolder") in unfinished(out / f"{BASENAME}_fi.ts")


def test_ts_sources_match_the_code(tmp_path):
    """lupdate over the code finds no message the committed .ts files lack."""
    out = tmp_path / "ts"
    shutil.copytree(ts_dir(), out)
    run_lupdate(out)
    for lang in LANGUAGES:
        assert unfinished(out / f"{BASENAME}_{lang}.ts") == [], lang
