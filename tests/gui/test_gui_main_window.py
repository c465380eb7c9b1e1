"""The main window builds only the page shown first; the others when first asked for."""
from __future__ import annotations

from yhteisoneuvonta.gui.app import build_main_window


def test_only_the_first_page_is_built_at_start_and_after_the_first_frame(qtbot, adviser_ws, i18n):
    win = build_main_window(adviser_ws, i18n)
    qtbot.addWidget(win)
    assert win.pages.built() == {}  # nothing before the window's first frame
    assert win.nav.currentRow() == 0  # but the page list already shows which page comes
    win.show()
    qtbot.waitUntil(lambda: win.stack.currentWidget() is not None)
    assert list(win.pages.built()) == ["quick_log"]
    assert win.stack.currentWidget() is win.page("quick_log")
    assert "history" in win.pages and "history" not in win.pages.built()
    history = win.show_page("history")
    assert win.stack.currentWidget() is history and "history" in win.pages.built()


def test_a_page_asked_for_before_the_first_frame_is_not_replaced(qtbot, adviser_ws, i18n):
    win = build_main_window(adviser_ws, i18n)
    qtbot.addWidget(win)
    form = win.show_page("encounter")
    win.show()
    qtbot.waitExposed(win)
    qtbot.wait(50)  # let the deferred first-page step run
    assert win.stack.currentWidget() is form
    assert "quick_log" not in win.pages.built()
