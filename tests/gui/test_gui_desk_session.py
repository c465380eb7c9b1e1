"""The desk session: a desk with visits is closed only after a question ("keep it open" is the
default); a visit logged while the desk is closed is kept and opening the desk is offered,
the visit joining the session."""
from __future__ import annotations

from PySide6.QtCore import Qt

from yhteisoneuvonta.services import desk, history


def _log_one(qtbot, page):
    qtbot.mouseClick(page.topic_buttons[0], Qt.LeftButton)
    qtbot.mouseClick(page.save_button, Qt.LeftButton)


def _open_desk(qtbot, bar):
    qtbot.mouseClick(bar.session_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: bar.dialog.isVisible())
    qtbot.mouseClick(bar.dialog.ok_button, Qt.LeftButton)


def test_closing_a_desk_with_visits_asks_first(qtbot, window):
    bar, ws = window.session_bar, window.ctx.ws
    _open_desk(qtbot, bar)
    _log_one(qtbot, window.page("quick_log"))
    qtbot.mouseClick(bar.session_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: bar.close_question.isVisible())
    assert "1 kävijä" in bar.close_question.text()
    qtbot.keyClick(bar.close_question, Qt.Key_Escape)  # the default answer keeps it open
    assert desk.current_session(ws, window.ctx.site_id) is not None
    qtbot.mouseClick(bar.session_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: bar.close_question.isVisible())
    close = next(b for b in bar.close_question.buttons() if b.text().replace("&", "") == "Sulje päivystys")
    qtbot.mouseClick(close, Qt.LeftButton)
    assert desk.current_session(ws, window.ctx.site_id) is None
    qtbot.waitUntil(lambda: bar.shift_dialog.isVisible())


def test_an_empty_desk_closes_without_a_question(qtbot, window):
    bar = window.session_bar
    _open_desk(qtbot, bar)
    qtbot.mouseClick(bar.session_button, Qt.LeftButton)
    assert desk.current_session(window.ctx.ws, window.ctx.site_id) is None


def test_a_visit_while_the_desk_is_closed_offers_to_open_it(qtbot, window):
    bar, ws, page = window.session_bar, window.ctx.ws, window.page("quick_log")
    _log_one(qtbot, page)
    [rec] = history.fetch(ws, history.HistoryQuery(kind="encounter"))  # the visit is kept
    assert rec["session_id"] is None
    assert "ei ole auki" in page.status.text()
    assert page.open_desk_button.isVisible()
    qtbot.mouseClick(page.open_desk_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: bar.dialog.isVisible())
    qtbot.mouseClick(bar.dialog.ok_button, Qt.LeftButton)
    session = desk.current_session(ws, window.ctx.site_id)
    assert session is not None
    [rec] = history.fetch(ws, history.HistoryQuery(kind="encounter"))
    assert rec["session_id"] == session["id"]  # the visit joined the desk it was logged at
    assert session["starts_at"] <= rec["occurred_at"]
    assert not page.open_desk_button.isVisible()
    assert "1 kävijä" in bar.session_label.text()
