"""History pages through the records; never loads them all at once."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from PySide6.QtCore import Qt

from yhteisoneuvonta.gui.models import HistoryModel
from yhteisoneuvonta.records.inputs import EncounterInput
from yhteisoneuvonta.services import logbook

PAGE = 40  # a small page keeps the test fast; the paging is the same at 200
N = PAGE * 2 + 15


def _fill(ws, n: int) -> None:
    start = datetime.now(timezone.utc) - timedelta(days=20)
    for i in range(n):
        logbook.create(ws, EncounterInput(
            site_id="tre-annala-neuvonta", occurred_at=start + timedelta(minutes=10 * i), minutes=10,
            topics=["tax" if i % 2 else "housing"], note="vuokra" if i % 10 == 0 else None))


def test_history_fetches_more_on_scroll_and_filters(qtbot, window, monkeypatch):
    monkeypatch.setattr(HistoryModel, "page_size", PAGE)
    _fill(window.ctx.ws, N)
    page = window.show_page("history")
    model = page.model
    qtbot.waitUntil(lambda: model.rowCount() == PAGE and model.total == N)
    assert page.count_label.text() == f"{N} kirjausta"
    page.table.scrollToBottom()  # the view asks the model for more
    qtbot.waitUntil(lambda: model.rowCount() == 2 * PAGE)
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == N)
    assert not model.canFetchMore()
    # newest first
    assert model.record(0)["occurred_at"] > model.record(N - 1)["occurred_at"]
    # text search and topic filter run again in the background
    page.search.setFocus()
    qtbot.keyClicks(page.search, "vuokra")
    qtbot.waitUntil(lambda: model.total == len(range(0, N, 10)) and model.rowCount() == model.total)
    page.search.clear()
    page.topic.setCurrentIndex(page.topic.findData("tax"))
    qtbot.waitUntil(lambda: model.total == N // 2)


def test_delete_from_history_and_undo(qtbot, window):
    _fill(window.ctx.ws, 3)
    page = window.show_page("history")
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    page.table.selectRow(0)
    qtbot.mouseClick(page.delete_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: page.model.total == 2 and page.model.rowCount() == 2)
    qtbot.keyClick(window, Qt.Key_Z, Qt.ControlModifier)
    qtbot.waitUntil(lambda: page.model.total == 3 and page.model.rowCount() == 3)


def test_edit_from_history_opens_the_right_form(qtbot, window):
    _fill(window.ctx.ws, 1)
    page = window.show_page("history")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key_Return)
    form = window.page("encounter")
    assert window.stack.currentWidget() is form and form.record_id is not None
    assert form.mode_label.text().startswith("Muokkaat tallennettua kirjausta")
