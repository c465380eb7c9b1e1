"""No two things in one window answer the same Alt key: the menu bar's titles and every
visible button, label and tab of the page shown (else Alt+K opens a menu and typing is lost),
and no two items of one menu."""
from __future__ import annotations

import shutil
from collections import defaultdict

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMainWindow, QMenu, QTabBar, QWidget

from yhteisoneuvonta.core.workspace import Workspace
from yhteisoneuvonta.gui.app import build_main_window
from yhteisoneuvonta.services import identity

from gui_screens import dialog_screens, main_window_screens, mnemonic


def window_keys(root: QWidget) -> dict[str, list[str]]:
    keys: dict[str, list[str]] = defaultdict(list)

    def add(text: str, where: str) -> None:
        key = mnemonic(text)
        if key:
            keys[key].append(f"{where} {text!r}")

    if isinstance(root, QMainWindow):
        for act in root.menuBar().actions():
            if act.isVisible():
                add(act.text(), "menu")
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root) or not w.isEnabled():
            continue
        if isinstance(w, QLabel) and w.buddy() is not None:
            add(w.text(), "label")
        elif isinstance(w, QAbstractButton):
            add(w.text(), type(w).__name__)
        elif isinstance(w, QGroupBox) and w.isCheckable():
            add(w.title(), "group")
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                add(w.tabText(i), "tab")
    return keys


def clashes(name: str, keys: dict[str, list[str]]) -> list[str]:
    return [f"{name}: Alt+{k.upper()}: {' / '.join(v)}" for k, v in sorted(keys.items()) if len(v) > 1]


def menu_clashes(win: QMainWindow, name: str) -> list[str]:
    out = []
    for menu in win.menuBar().findChildren(QMenu):
        keys: dict[str, list[str]] = defaultdict(list)
        for act in menu.actions():
            key = mnemonic(act.text()) if act.isVisible() else None
            if key:
                keys[key].append(act.text())
        out += clashes(f"{name} menu {menu.title()!r}", keys)
    return out


def _all_clashes(screens) -> list[str]:
    found: list[str] = []
    for name, root in screens:
        found += clashes(name, window_keys(root))
        if isinstance(root, QMainWindow):
            found += menu_clashes(root, name)
    return sorted(set(found))


def test_no_alt_key_clash_on_any_adviser_screen(qtbot, adviser_ws, i18n):
    identity.after_setup(adviser_ws)
    for lang in ("fi", "sv", "en"):
        i18n.set_language(lang)
        win = build_main_window(adviser_ws, i18n)
        qtbot.addWidget(win)
        win.show()
        found = _all_clashes(main_window_screens(qtbot, win, f"adviser {lang}"))
        if lang == "fi":
            found += _all_clashes(dialog_screens(qtbot, win))
        win.close()
        assert not found, "\n".join(found)


def test_no_alt_key_clash_on_any_coordinator_screen(qtbot, tmp_path, coord_template, i18n):
    shutil.copytree(coord_template, tmp_path / "c")
    ws = Workspace(tmp_path / "c")
    for lang in ("fi", "sv", "en"):
        i18n.set_language(lang)
        win = build_main_window(ws, i18n)
        qtbot.addWidget(win)
        win.show()
        found = _all_clashes(main_window_screens(qtbot, win, f"coordinator {lang}"))
        win.close()
        assert not found, "\n".join(found)
    ws.close()


def test_alt_keys_are_sorted_out_again_after_a_language_switch(qtbot, window, i18n):
    window.show_page("observation")
    i18n.set_language("sv")
    qtbot.wait(20)
    found = clashes("observation sv", window_keys(window))
    i18n.set_language("fi")
    qtbot.wait(20)
    found += clashes("observation fi", window_keys(window))
    assert not found, "\n".join(found)
