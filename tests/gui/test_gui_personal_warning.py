"""The name guard's warning at the field: highlighted words, replace, or confirm and save;
a restored draft says what was removed; Help → About names the guard's engine."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from yhteisoneuvonta.gui.app import build_main_window
from yhteisoneuvonta.gui.help_menu import about
from yhteisoneuvonta.records import names
from yhteisoneuvonta.services import drafts, history

NOTE = "Autoin Anneli Korhosta, asuu Insinöörinkatu 23 B 14"


def _typed_encounter(qtbot, window, text: str):
    form = window.show_page("encounter")
    form.topics.boxes["housing"].click()
    form.note.setFocus()
    form.note.insertPlainText(text)  # keyClicks types ASCII only
    qtbot.mouseClick(form.save_button, Qt.LeftButton)
    return form


def _encounters(window) -> list[dict]:
    return history.fetch(window.ctx.ws, history.HistoryQuery(kind="encounter"))


def test_probable_name_is_highlighted_and_not_saved(qtbot, window):
    form = _typed_encounter(qtbot, window, NOTE)
    assert _encounters(window) == []
    warning = form.rows["note"].warning
    assert warning is not None and warning.isVisible()
    assert "Anneli Korhosta" in warning.message.text() and "Insinöörinkatu 23 B 14" in warning.message.text()
    marked = [form.note.toPlainText()[s.cursor.selectionStart():s.cursor.selectionEnd()]
              for s in form.note.extraSelections()]
    assert marked == ["Anneli Korhosta", "Insinöörinkatu 23 B 14"]
    assert form.note.toPlainText() == NOTE  # nothing lost


def test_replace_puts_neutral_words_then_save_goes_through(qtbot, window):
    form = _typed_encounter(qtbot, window, NOTE)
    qtbot.mouseClick(form.rows["note"].warning.replace_button, Qt.LeftButton)
    assert form.note.toPlainText() == "Autoin [nimi], asuu [osoite]"
    assert not form.rows["note"].warning.isVisible() and form.note.extraSelections() == []
    qtbot.mouseClick(form.save_button, Qt.LeftButton)
    [rec] = _encounters(window)
    assert rec["note"] == "Autoin [nimi], asuu [osoite]"


def test_confirm_saves_the_words_as_typed(qtbot, window):
    form = _typed_encounter(qtbot, window, "Kari Laine ohjasi kävijän Kelaan")
    confirm = form.rows["note"].warning.findChild(QPushButton, "confirmNotPersonal")
    qtbot.mouseClick(confirm, Qt.LeftButton)
    [rec] = _encounters(window)
    assert rec["note"] == "Kari Laine ohjasi kävijän Kelaan"
    assert rec["pii_confirmations"] == 1  # the count, never the words
    assert form.status.text() == "Tallennettu."
    # the next save is asked again: a confirmation holds for one save only
    _typed_encounter(qtbot, window, "Liisa kävi")
    assert len(_encounters(window)) == 1


def test_restored_draft_says_what_was_removed(qtbot, window, i18n):
    ws = window.ctx.ws
    form = window.show_page("observation")
    form.theme.set_value("housing")
    form.text.setFocus()
    form.text.insertPlainText("Liisan hetu 131052-308T, pankkitunnukset puuttuvat")
    qtbot.waitUntil(lambda: "observation" in drafts.drafts(ws))
    saved = drafts.drafts(ws)["observation"]["values"]["text"]
    assert saved == "[poistettu: mahdollinen nimi] hetu [poistettu: henkilötunnus], pankkitunnukset puuttuvat"
    again = build_main_window(ws, i18n)
    qtbot.addWidget(again)
    again.show()
    assert "henkilötunnus" in again.banner.text.text() and "mahdollinen nimi" in again.banner.text.text()
    qtbot.mouseClick(again.banner.restore_button, Qt.LeftButton)
    restored = again.page("observation")
    assert "\u2588" not in restored.text.toPlainText()
    assert restored.text.toPlainText() == saved
    assert "henkilötunnus" in restored.form_error.text()
    qtbot.mouseClick(restored.save_button, Qt.LeftButton)  # markers hold nothing personal
    [rec] = history.fetch(ws, history.HistoryQuery(kind="observation"))
    assert rec["text"] == saved


def test_about_names_the_guard_engine(qtbot, window):
    box = about(window)
    qtbot.addWidget(box)
    assert "Nimivahti: Voikko" in box.informativeText() and "nimilistoista" not in box.informativeText()
    names.use_engine("fallback")
    try:
        box = about(window)
        qtbot.addWidget(box)
        assert "Voikko ei ole käytettävissä" in box.informativeText()
        assert "nimilistoista" in box.informativeText()
    finally:
        names.use_engine(None)


def test_the_warning_shows_while_typing_before_save(qtbot, window):
    form = window.show_page("encounter")
    form.note.setFocus()
    form.note.insertPlainText("Liisa kävi kysymässä asumistuesta")
    qtbot.waitUntil(lambda: form.rows["note"].warning is not None and form.rows["note"].warning.isVisible())
    assert "Liisa" in form.rows["note"].warning.message.text()
    assert form.note.hasFocus()  # the warning does not take the keyboard away
    form.note.clear()
    form.note.insertPlainText("Kelan asumistuki, liitteet puuttuivat")
    # the check runs with the draft, a moment after the last change: nothing to warn about now
    qtbot.waitUntil(lambda: "Kelan" in (drafts.drafts(window.ctx.ws).get("encounter", {})
                                        .get("values", {}).get("note") or ""))
    assert not form.rows["note"].warning.isVisible()


def test_a_partner_that_looks_like_a_person_is_confirmed_before_the_desk_opens(qtbot, window):
    from yhteisoneuvonta.services import desk

    bar = window.session_bar
    qtbot.mouseClick(bar.session_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: bar.dialog.isVisible())
    bar.dialog.other_partner.setText("Pekka Virtanen")
    qtbot.mouseClick(bar.dialog.ok_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: getattr(bar, "not_personal_box", None) is not None and bar.not_personal_box.isVisible())
    assert "Pekka Virtanen" in bar.not_personal_box.text()
    assert desk.current_session(window.ctx.ws) is None  # not opened yet
    qtbot.mouseClick(bar.not_personal_box.findChild(QPushButton, "confirmNotPersonal"), Qt.LeftButton)
    opened = desk.current_session(window.ctx.ws)
    assert opened is not None and opened["partners"][-1] == "Pekka Virtanen" and opened["pii_confirmations"] == 1
