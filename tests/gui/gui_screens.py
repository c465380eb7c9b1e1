"""Every screen a user can reach, for tests that check each one (untranslated text, Alt-key
clashes): the main window of each role with each page shown, and the dialogs."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)


@dataclass
class Text:
    where: str
    text: str


def _plain(text: str) -> str:
    if "<" in text and ">" in text:
        doc = QTextDocument()
        doc.setHtml(text)
        return doc.toPlainText()
    return text


def visible_texts(root: QWidget, name: str) -> Iterator[Text]:
    """The texts a user sees in ``root``: titles, labels, buttons, placeholders, headers,
    tabs, and the menus of a main window (their items too)."""
    yield Text(f"{name}: window title", root.windowTitle())
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(root) and w is not root:
            continue
        label = f"{name}: {type(w).__name__} {w.objectName()!r}"
        if isinstance(w, QLabel):
            full = getattr(w, "full_text", None)  # a label that wraps data to fit: its whole text
            yield Text(label, full() if callable(full) else _plain(w.text()))
        elif isinstance(w, QAbstractButton):
            yield Text(label, w.text())
        elif isinstance(w, QGroupBox):
            yield Text(label, w.title())
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                yield Text(label, w.tabText(i))
        if isinstance(w, QLineEdit) and not w.text():
            yield Text(label + " placeholder", w.placeholderText())
        if isinstance(w, (QTextEdit, QPlainTextEdit)) and not w.toPlainText():
            yield Text(label + " placeholder", w.placeholderText())
        if isinstance(w, QAbstractItemView) and w.model() is not None and not isinstance(w.parent(), QComboBox):
            model = w.model()
            header = getattr(w, "horizontalHeader", lambda: None)()
            if header is not None and header.isVisible():
                for c in range(model.columnCount()):
                    yield Text(label + f" header {c}", str(model.headerData(c, Qt.Horizontal) or ""))
    if isinstance(root, QMainWindow):
        for menu in root.menuBar().findChildren(QMenu):
            yield from menu_texts(menu, name)


def menu_texts(menu: QMenu, name: str) -> Iterator[Text]:
    yield Text(f"{name}: menu", menu.title())
    for act in menu.actions():
        if act.isVisible() and not act.isSeparator():
            yield Text(f"{name}: menu {menu.title()!r}", act.text())


def mnemonic(text: str) -> str | None:
    """The Alt key of a label (``&Save`` -> ``s``), None when it has none."""
    m = re.search(r"&([^&\s])", text.replace("&&", ""))
    return m.group(1).casefold() if m else None


Screen = tuple[str, QWidget]


def main_window_screens(qtbot, window, role: str) -> Iterator[Screen]:
    """The main window with each of its pages shown in turn."""
    for spec in window.specs:
        window.show_page(spec.key)
        qtbot.wait(5)
        yield f"{role}/{spec.key}", window


def dialog_screens(qtbot, window) -> Iterator[Screen]:
    """The adviser's dialogs, each opened as a user opens it, then closed."""
    from yhteisoneuvonta.errors import PrintSystemMissingError
    from yhteisoneuvonta.gui.errors import show_error
    from yhteisoneuvonta.gui.help_menu import about

    bar = window.session_bar
    window.show_page("quick_log")
    qtbot.mouseClick(bar.session_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: bar.dialog.isVisible())
    yield "adviser/open the desk", bar.dialog
    qtbot.mouseClick(bar.dialog.ok_button, Qt.LeftButton)
    quick = window.page("quick_log")
    qtbot.mouseClick(quick.topic_buttons[0], Qt.LeftButton)
    qtbot.mouseClick(quick.save_button, Qt.LeftButton)
    _confirm_close(qtbot, bar)
    qtbot.waitUntil(lambda: getattr(bar, "shift_dialog", None) is not None and bar.shift_dialog.isVisible())
    yield "adviser/the desk is closed", bar.shift_dialog
    bar.shift_dialog.reject()
    for title, make in _simple_dialogs(window, show_error, about, PrintSystemMissingError):
        dlg = make()
        qtbot.waitUntil(dlg.isVisible)
        yield title, dlg
        dlg.close()


def _confirm_close(qtbot, bar) -> None:
    """Close the desk, answering the question a desk with visits asks first."""
    qtbot.mouseClick(bar.session_button, Qt.LeftButton)
    box = getattr(bar, "close_question", None)
    if box is not None and box.isVisible():
        box.accept()


def _simple_dialogs(window, show_error, about, error_cls) -> list[tuple[str, Callable[[], QWidget]]]:
    return [
        # a typed error, rendered by its code in the interface language
        ("error box", lambda: show_error(window, error_cls("There is no print system."))),
        ("error report", lambda: show_error(window, RuntimeError("boom"))),
        ("about", lambda: about(window)),
    ]
