"""Deleting in the GUI erases the record's content from the store; Undo and Restore in the
same run bring it back from memory."""
from __future__ import annotations

from PySide6.QtCore import Qt

from yhteisoneuvonta.services import history, logbook


def _all(ws):
    return history.fetch(ws, history.HistoryQuery(kind="encounter", include_deleted=True))


def test_delete_erases_and_undo_brings_the_content_back(qtbot, window):
    page = window.page("quick_log")
    ws = window.ctx.ws
    for name in ("topic:0", "help:1", "duration:30", "quickSave"):
        qtbot.mouseClick(page.findChild(type(page.save_button), name), Qt.LeftButton)
    [saved] = _all(ws)
    page.table.selectRow(0)
    qtbot.mouseClick(page.delete_button, Qt.LeftButton)
    [gone] = _all(ws)
    assert gone["deleted"] and gone["topics"] == [] and gone["minutes"] == 0 and gone["site_id"] == ""
    qtbot.mouseClick(page.undo_button, Qt.LeftButton)
    [back] = _all(ws)
    assert not back["deleted"] and back["version"] == saved["version"] + 2
    assert {k: back[k] for k in ("topics", "help_kinds", "minutes", "site_id", "occurred_at")} == {
        k: saved[k] for k in ("topics", "help_kinds", "minutes", "site_id", "occurred_at")}


def test_restore_in_history_uses_the_content_held_in_memory(qtbot, window):
    page = window.page("quick_log")
    ws = window.ctx.ws
    qtbot.mouseClick(page.topic_buttons[0], Qt.LeftButton)
    qtbot.mouseClick(page.save_button, Qt.LeftButton)
    [saved] = _all(ws)
    page.table.selectRow(0)
    qtbot.mouseClick(page.delete_button, Qt.LeftButton)
    hist = window.show_page("history")
    hist.deleted.setChecked(True)
    qtbot.waitUntil(lambda: hist.model.rowCount() == 1)
    hist.table.selectRow(0)
    qtbot.mouseClick(hist.delete_button, Qt.LeftButton)  # the button says Restore for a deleted row
    [back] = _all(ws)
    assert not back["deleted"] and back["topics"] == saved["topics"]
    assert logbook.get(ws, "encounter", saved["id"])["minutes"] == saved["minutes"]
