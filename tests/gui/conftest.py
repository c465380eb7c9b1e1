"""GUI fixtures: the real main window over a set-up adviser workspace, in Finnish."""
from __future__ import annotations

import pytest

from yhteisoneuvonta.gui.app import build_main_window, make_app
from yhteisoneuvonta.gui.i18n import I18n, compile_translations


@pytest.fixture(scope="session")
def _compiled() -> None:
    compile_translations()


@pytest.fixture
def i18n(qapp, _compiled):
    make_app()
    tr = I18n()
    tr.set_language("fi")
    yield tr
    tr.set_language("fi")


@pytest.fixture
def window(qtbot, adviser_ws, i18n):
    win = build_main_window(adviser_ws, i18n)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    return win
