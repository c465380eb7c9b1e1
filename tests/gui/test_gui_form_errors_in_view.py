"""On a 1366×768 screen a refused save shows its reason: the first field in error gets the
focus and is scrolled into view; the draft banner names its form and leaves Save on screen."""
from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt

from yhteisoneuvonta.gui.app import build_main_window
from yhteisoneuvonta.services import drafts, history

HETU = "131052-308T"


def _in_viewport(scroll, widget) -> bool:
    top_left = widget.mapTo(scroll.viewport(), QPoint(0, 0))
    return scroll.viewport().rect().contains(QRect(top_left, widget.size()))


def _laptop(qtbot, window) -> None:
    window.showNormal()
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: window.height() <= 768)


def test_a_refused_field_below_the_fold_is_focused_and_shown(qtbot, window):
    _laptop(qtbot, window)
    form = window.show_page("encounter")
    form.topics.boxes["tax"].click()
    form.note.setPlainText(f"Asiakkaan hetu {HETU} mukana")
    form.scroll.verticalScrollBar().setValue(0)
    assert not _in_viewport(form.scroll, form.rows["note"].error) or form.scroll.verticalScrollBar().maximum() == 0
    qtbot.mouseClick(form.save_button, Qt.LeftButton)
    assert history.count(window.ctx.ws, history.HistoryQuery(kind="encounter")) == 0
    note = form.rows["note"]
    qtbot.waitUntil(lambda: _in_viewport(form.scroll, note.error))
    assert _in_viewport(form.scroll, note.widget)
    assert form.note.hasFocus()


def test_the_first_field_of_the_form_wins_not_the_first_message(qtbot, window):
    _laptop(qtbot, window)
    form = window.show_page("encounter")
    form.minutes.setValue(0)
    form.note.setPlainText(f"Asiakkaan hetu {HETU} mukana")
    qtbot.mouseClick(form.save_button, Qt.LeftButton)
    order = list(form.rows)
    refused = [name for name, row in form.rows.items() if row.error.text()]
    first = min(refused, key=order.index)
    assert len(refused) >= 2
    qtbot.waitUntil(lambda: _in_viewport(form.scroll, form.rows[first].error))
    focused = window.focusWidget()
    assert focused is form.rows[first].widget or form.rows[first].widget.isAncestorOf(focused)


def test_the_draft_banner_names_its_form_and_save_stays_on_screen(qtbot, window, i18n):
    ws = window.ctx.ws
    form = window.show_page("observation")
    form.text.setFocus()
    qtbot.keyClicks(form.text, "Vuokranantajat eivat vastaa puhelimeen")
    qtbot.waitUntil(lambda: "observation" in drafts.drafts(ws))
    again = build_main_window(ws, i18n)
    qtbot.addWidget(again)
    again.show()
    _laptop(qtbot, again)
    assert again.banner.isVisible()
    title = next(s for s in again.specs if s.key == "observation").title().replace("&", "")
    assert title in again.banner.text.text()
    assert again.banner.height() <= 90
    for key in ("observation", "encounter", "group", "form_help"):
        if key not in again.pages:
            continue
        page = again.show_page(key)
        qtbot.wait(10)
        bottom = page.save_button.mapTo(again, QPoint(0, page.save_button.height())).y()
        assert page.save_button.isVisible() and bottom <= again.height(), key
