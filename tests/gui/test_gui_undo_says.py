"""Undo says what it undid (never "Saved" after undoing), and the outbox counts what the
lists show: an undone or deleted visit the coordinator never had is not counted."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from PySide6.QtCore import Qt

from yhteisoneuvonta.records.inputs import EncounterInput
from yhteisoneuvonta.services import history, identity, logbook, status
from yhteisoneuvonta.services import sync as svc


def test_undoing_a_quick_save_says_what_was_undone(qtbot, window):
    page = window.page("quick_log")
    label = window.ctx.label("topics", page.topic_ids[0])
    qtbot.mouseClick(page.topic_buttons[0], Qt.LeftButton)
    qtbot.mouseClick(page.save_button, Qt.LeftButton)
    assert "Tallennettu" in page.status.text()
    qtbot.keyClick(window, Qt.Key_Z, Qt.ControlModifier)
    assert history.count(window.ctx.ws, history.HistoryQuery(kind="encounter")) == 0
    text = page.status.text()
    assert "Tallennettu" not in text and "Kumottu" in text and label in text


def test_undoing_a_form_save_replaces_saved_with_what_was_undone(qtbot, window):
    form = window.show_page("observation")
    form.theme.set_value("housing")
    form.text.setPlainText("Vuokranantajat eivät vastaa puhelimeen")
    qtbot.mouseClick(form.save_button, Qt.LeftButton)
    assert form.status.text() == "Tallennettu."
    qtbot.keyClick(window, Qt.Key_Z, Qt.ControlModifier)
    assert history.count(window.ctx.ws, history.HistoryQuery(kind="observation")) == 0
    assert "Kumottu" in form.status.text() and "Tallennettu." != form.status.text()
    assert "Kumottu" in window.statusBar().currentMessage()


def test_the_outbox_does_not_count_undone_visits(qtbot, window):
    page = window.page("quick_log")
    for _ in range(2):
        qtbot.mouseClick(page.topic_buttons[0], Qt.LeftButton)
        qtbot.mouseClick(page.save_button, Qt.LeftButton)
    qtbot.mouseClick(page.undo_button, Qt.LeftButton)
    listed = history.count(window.ctx.ws, history.HistoryQuery(kind="encounter"))
    assert listed == 1
    send = window.show_page("send_week")
    assert "1 kohtaaminen" in send.next_text.text() and "2 kohtaam" not in send.next_text.text()


def _log(ws, n):
    for i in range(n):
        logbook.create(ws, EncounterInput(site_id="tre-annala-neuvonta",
                                          occurred_at=datetime.now(timezone.utc) - timedelta(minutes=i),
                                          minutes=5, topics=["tax"]))


def test_a_deletion_the_coordinator_needs_is_counted_as_removed(tmp_path, adviser_ws, coord_template):
    import shutil

    from yhteisoneuvonta.core.workspace import Workspace

    shutil.copytree(coord_template, tmp_path / "c")
    coord = Workspace(tmp_path / "c")
    identity.after_setup(adviser_ws)
    svc.trust_coordinator(adviser_ws, svc.write_coordinator_card(coord, tmp_path / "card.json"))
    _log(adviser_ws, 2)
    svc.export_bundle(adviser_ws, tmp_path / "w1")
    sent = history.fetch(adviser_ws, history.HistoryQuery(kind="encounter"))[0]
    logbook.set_deleted(adviser_ws, "encounter", sent["id"], True)
    _log(adviser_ws, 1)
    fresh = history.fetch(adviser_ws, history.HistoryQuery(kind="encounter"))[0]
    logbook.set_deleted(adviser_ws, "encounter", fresh["id"], True)  # made and undone since
    counts = status.pending_counts(adviser_ws)
    assert counts["encounter"] == 0 and counts["removed"] == 1
    coord.close()
