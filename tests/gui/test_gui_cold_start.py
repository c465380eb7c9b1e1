"""The first frame comes before the store and the screens: a start answers at once."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from yhteisoneuvonta.gui import registry

PROBE = r"""
import json, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
from yhteisoneuvonta.gui import app as gui_app

seen = {}
shell = gui_app.create_shell

class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Paint and "first" not in seen:
            seen["first"] = {
                "sqlalchemy": "sqlalchemy" in sys.modules,
                "screens": sorted(m for m in sys.modules if m.startswith("yhteisoneuvonta.gui.")
                                  and m.rsplit(".", 1)[1] in SCREENS),
            }
        return False

SCREENS = set(sys.argv[2].split(","))
def watched():
    window = shell()
    w = Watch(window)
    window.installEventFilter(w)
    seen["watch"] = w
    from PySide6.QtCore import QTimer
    QTimer.singleShot(2500, QApplication.quit)  # the start is over by then
    return window

gui_app.create_shell = watched
code = gui_app.run_gui(["--data-dir", sys.argv[1]])
seen.pop("watch")
seen["code"] = code
seen["after"] = sorted(m.rsplit(".", 1)[1] for m in sys.modules if m.startswith("yhteisoneuvonta.gui.")
                       and m.rsplit(".", 1)[1] in SCREENS)
print("PROBE " + json.dumps(seen))
"""


def _screen_modules() -> list[str]:
    return sorted({spec.factory.split(":")[0] for spec in registry.PAGES}
                  | {a.handler.split(":")[0] for a in registry.ACTIONS})


def test_first_frame_is_painted_before_the_store_and_the_screens(adviser_ws, tmp_path: Path) -> None:
    data_dir = adviser_ws.data_dir
    adviser_ws.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", PROBE, str(data_dir), ",".join(_screen_modules())],
                         capture_output=True, text=True, env=env, timeout=120)
    line = next(li for li in out.stdout.splitlines() if li.startswith("PROBE "))
    seen = json.loads(line[len("PROBE "):])
    assert seen["code"] == 0, out.stderr
    assert seen["first"] == {"sqlalchemy": False, "screens": []}
    # After the start only the first page's module was imported (with the two forms it links a
    # visit to), not every screen.
    assert seen["after"] == ["form_help_form", "instrument_form", "quick_log"]


def test_every_page_and_action_resolves_to_its_class() -> None:
    for spec in registry.PAGES:
        assert isinstance(registry.resolve(spec.factory), type), spec.key
    for act in registry.ACTIONS:
        assert callable(registry.resolve(act.handler)), act.key
