"""Every visible string in the interface language: each window, page and dialog is opened under
the pseudo-locale, which marks every string that went through a translator; a text left
unmarked that is not data (a site, a topic, a number, a date) was never translated."""
from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QFileDialog

from yhteisoneuvonta.gui.app import build_main_window
from yhteisoneuvonta.gui.i18n import I18n
from yhteisoneuvonta.gui.setup_dialog import SetupDialog
from yhteisoneuvonta.services import identity

from gui_screens import dialog_screens, main_window_screens, visible_texts

MARKED = re.compile(r"\[[^\[\]]*~~+\]")
NOT_WORDS = re.compile(r"[\d\W_]+", re.UNICODE)


def data_strings(ws) -> list[str]:
    """Texts that are data, not interface: every string of the reference data (site and
    municipality names, term labels in every language, instruments), the adviser's code."""
    out: set[str] = {ws.setting("adviser_code") or "", "Yhteisöneuvonta", "Pirha", "PEI"}

    def walk(value) -> None:
        if isinstance(value, str):
            out.add(value)
        elif isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, (list, tuple)):
            for v in value:
                walk(v)

    walk(ws.reference().to_dict())
    return sorted((s for s in out if len(s) > 1), key=len, reverse=True)


def unmarked(text: str, data: list[str]) -> str:
    """What is left of ``text`` once translated parts and data are taken out."""
    rest = text
    while True:
        stripped = MARKED.sub(" ", rest)
        if stripped == rest:
            break
        rest = stripped
    for d in data:
        rest = rest.replace(d, " ")
    rest = re.sub(r"\b[0-9A-F]{4}( [0-9A-F]{4})+\b", " ", rest)  # fingerprints
    rest = re.sub(r"\S*[/\\]\S*", " ", rest)  # paths
    words = [w for w in NOT_WORDS.split(rest) if len(w) > 1]
    return " ".join(words)


@pytest.fixture
def pseudo(qapp, i18n):
    tr = I18n(pseudo=True)
    tr.set_language("fi")
    yield tr
    i18n.set_language("fi")


CHECKED: list[int] = [0]


def _check(screens, data) -> list[str]:
    problems: list[str] = []
    for name, root in screens:
        for t in visible_texts(root, name):
            CHECKED[0] += 1
            left = unmarked(t.text.replace("&", ""), data)
            if left:
                problems.append(f"{t.where}: {t.text!r}")
    return sorted(set(problems))


def test_every_adviser_screen_is_translated(qtbot, adviser_ws, pseudo):
    identity.after_setup(adviser_ws)
    win = build_main_window(adviser_ws, pseudo)
    qtbot.addWidget(win)
    win.show()
    data = data_strings(adviser_ws)
    problems = _check(main_window_screens(qtbot, win, "adviser"), data)
    # An error's message comes from the core's gettext catalogue by its code, which the Qt
    # pseudo-locale cannot mark: tests/core/test_error_messages checks those; the box's own
    # title and buttons are checked here.
    problems += [p for p in _check(dialog_screens(qtbot, win), data)
                 if not p.startswith("error box: QLabel 'qt_msgbox_label'")]
    assert CHECKED[0] > 500  # the walk reached the screens' texts
    assert not problems, "\n".join(problems)


def test_every_coordinator_screen_is_translated(qtbot, tmp_path, coord_template, pseudo):
    import shutil

    from yhteisoneuvonta.core.workspace import Workspace

    shutil.copytree(coord_template, tmp_path / "c")
    ws = Workspace(tmp_path / "c")
    win = build_main_window(ws, pseudo)
    qtbot.addWidget(win)
    win.show()
    problems = _check(main_window_screens(qtbot, win, "coordinator"), data_strings(ws))
    assert not problems, "\n".join(problems)
    ws.close()


def test_setup_and_qt_dialogs_are_translated(qtbot, data_dir, pseudo):
    from yhteisoneuvonta.core.workspace import Workspace

    ws = Workspace(data_dir)
    dlg = SetupDialog(ws, pseudo)
    qtbot.addWidget(dlg)
    dlg.show()
    files = QFileDialog(None, "x")
    files.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(files)
    files.show()
    problems = _check([("setup", dlg)], data_strings(ws))
    problems += [p for p in _check([("file dialog", files)], data_strings(ws)) if "window title" not in p]
    assert not problems, "\n".join(problems)
    ws.close()
