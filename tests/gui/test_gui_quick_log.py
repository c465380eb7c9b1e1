"""Quick log: the common encounter in a few clicks or keys; today's list; edit; delete and undo."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from yhteisoneuvonta.services import history


def encounters(ws, deleted=False):
    return history.fetch(ws, history.HistoryQuery(kind="encounter", include_deleted=deleted))


def test_quick_log_with_four_clicks(qtbot, window):
    page = window.page("quick_log")
    ws = window.ctx.ws
    topic = page.topic_ids[0]
    help_kind = page.help_ids[1]
    for name in ("topic:0", "help:1", "duration:30", "quickSave"):  # 4 clicks, no typing
        qtbot.mouseClick(page.findChild(QWidget, name), Qt.LeftButton)
    [rec] = encounters(ws)
    assert rec["topics"] == [topic] and rec["help_kinds"] == [help_kind] and rec["minutes"] == 30
    assert rec["site_id"] == window.ctx.site_id
    assert not any(b.isChecked() for b in page.topic_buttons + page.help_buttons)  # reset for the next
    assert page.model.rowCount() == 1
    assert "Tallennettu" in page.status.text()


def test_quick_log_with_shortcuts(qtbot, window):
    page = window.page("quick_log")
    qtbot.keyClick(window, Qt.Key_2, Qt.AltModifier)
    qtbot.keyClick(window, Qt.Key_3, Qt.ControlModifier)
    qtbot.keyClick(window, Qt.Key_F5)
    qtbot.keyClick(window, Qt.Key_Return, Qt.ControlModifier)
    [rec] = encounters(window.ctx.ws)
    assert rec["topics"] == [page.topic_ids[1]]
    assert rec["help_kinds"] == [page.help_ids[2]]
    assert rec["minutes"] == 5


def test_quick_log_without_topic_says_why(qtbot, window):
    page = window.page("quick_log")
    qtbot.mouseClick(page.save_button, Qt.LeftButton)
    assert encounters(window.ctx.ws) == []
    assert "Valitse vähintään yksi" in page.status.text()


def _log_one(qtbot, page):
    qtbot.mouseClick(page.topic_buttons[0], Qt.LeftButton)
    qtbot.mouseClick(page.save_button, Qt.LeftButton)


def test_delete_and_undo_from_todays_list(qtbot, window):
    page = window.page("quick_log")
    ws = window.ctx.ws
    _log_one(qtbot, page)
    page.table.selectRow(0)
    qtbot.mouseClick(page.delete_button, Qt.LeftButton)
    assert encounters(ws) == [] and page.model.rowCount() == 0
    assert page.undo_button.isVisible()
    qtbot.mouseClick(page.undo_button, Qt.LeftButton)
    assert len(encounters(ws)) == 1 and page.model.rowCount() == 1
    # and once more with the keyboard: Delete in the list, Ctrl+Z anywhere
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key_Delete)
    assert encounters(ws) == []
    qtbot.keyClick(window, Qt.Key_Z, Qt.ControlModifier)
    assert len(encounters(ws)) == 1


def test_undo_a_quick_save(qtbot, window):
    page = window.page("quick_log")
    _log_one(qtbot, page)
    qtbot.mouseClick(page.undo_button, Qt.LeftButton)
    assert encounters(window.ctx.ws) == []
    assert [r["deleted"] for r in encounters(window.ctx.ws, deleted=True)] == [True]


def test_edit_from_todays_list_opens_the_full_form(qtbot, window):
    page = window.page("quick_log")
    ws = window.ctx.ws
    _log_one(qtbot, page)
    page.table.selectRow(0)
    qtbot.mouseClick(page.edit_button, Qt.LeftButton)
    form = window.page("encounter")
    assert window.stack.currentWidget() is form
    assert form.record_id == encounters(ws)[0]["id"]
    assert form.topics.value() == [page.topic_ids[0]]
    form.minutes.setFocus()
    form.minutes.selectAll()
    qtbot.keyClicks(form.minutes, "25")
    qtbot.mouseClick(form.rows["channel"].widget, Qt.LeftButton)
    qtbot.mouseClick(form.save_button, Qt.LeftButton)
    [rec] = encounters(ws)
    assert rec["minutes"] == 25 and rec["version"] == 2
    assert form.record_id is None  # back to a new, empty form
    assert page.model.record(0)["minutes"] == 25


def test_open_and_close_the_desk(qtbot, window):
    bar = window.session_bar
    qtbot.mouseClick(bar.session_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: bar.dialog.isVisible())
    bar.dialog.professionals.boxes["social_worker"].click()
    qtbot.mouseClick(bar.dialog.ok_button, Qt.LeftButton)
    from yhteisoneuvonta.services import desk

    session = desk.current_session(window.ctx.ws, window.ctx.site_id)
    assert session is not None and session["professionals"] == ["social_worker"]
    _log_one(qtbot, window.page("quick_log"))
    assert "1" in bar.session_label.text()
    assert encounters(window.ctx.ws)[0]["session_id"] == session["id"]
    qtbot.mouseClick(bar.session_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: bar.close_question.isVisible())  # a desk with visits asks first
    close = next(b for b in bar.close_question.buttons() if b.text().replace("&", "") == "Sulje päivystys")
    qtbot.mouseClick(close, Qt.LeftButton)
    assert desk.current_session(window.ctx.ws, window.ctx.site_id) is None


def _fits(button) -> bool:
    """The label's lines are at most three, each within the label, above the shortcut."""
    from PySide6.QtGui import QFontMetricsF

    label = button.main
    lines = label.text().split("\n")
    metrics = QFontMetricsF(label.font())
    return (len(lines) <= 3
            and all(metrics.horizontalAdvance(line) <= label.contentsRect().width() for line in lines)
            and label.sizeHint().height() <= label.height()
            and label.geometry().bottom() <= button.key.geometry().top())


def test_long_labels_fit_above_the_shortcut(qtbot):
    from yhteisoneuvonta.gui.quick_log import BigToggle

    button = BigToggle()
    qtbot.addWidget(button)
    button.resize(190, 82)
    button.show()
    qtbot.waitExposed(button)
    text = "Esteiden madaltaminen, yhteydenotto viranomaiseen"
    button.set_texts(text, "Ctrl+3")
    assert _fits(button) and not button.main.text().endswith("…")
    very_long = " ".join([text] * 4)
    button.set_texts(very_long, "Ctrl+3")
    assert _fits(button) and button.main.text().endswith("…")
    assert button.accessibleName() == very_long and very_long in button.toolTip()
    button.setChecked(True)  # bold takes more room
    assert _fits(button) and button.main.font().bold()


def test_every_quick_log_button_fits_in_finnish_and_swedish(qtbot, window, i18n):
    page = window.page("quick_log")
    window.resize(1366, 768)
    for lang in ("fi", "sv"):
        i18n.set_language(lang)
        qtbot.waitUntil(lambda: all(_fits(b) for b in page.topic_buttons + page.help_buttons if b.isVisible()))
