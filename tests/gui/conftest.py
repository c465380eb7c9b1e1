"""GUI fixtures: the real main window over a set-up adviser workspace, in Finnish."""
from __future__ import annotations

from pathlib import Path

import pytest

from yhteisoneuvonta.core.workspace import Workspace
from yhteisoneuvonta.gui.app import build_main_window, make_app
from yhteisoneuvonta.gui.i18n import I18n, compile_translations
from yhteisoneuvonta.services import identity, setup

PASSPHRASE = "correct horse battery staple"


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


@pytest.fixture
def coord_passphrase() -> str:
    return PASSPHRASE


@pytest.fixture(scope="session")
def coord_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A set-up coordinator with keys; copy it per test (scrypt makes it slow: made once)."""
    path = tmp_path_factory.mktemp("coord-tpl")
    ws = Workspace(path)
    setup.setup_coordinator(ws, "fi")
    identity.after_setup(ws, passphrase=PASSPHRASE)
    ws.close()
    return path
