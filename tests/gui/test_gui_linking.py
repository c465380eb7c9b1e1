"""Form-filling help and questionnaires linked to a visit: from quick log's list of today
and from the encounter form after a save; unlinking; a link to a deleted visit is refused
beside the field; the forms still save unlinked."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt

from yhteisoneuvonta.gui.app import build_main_window
from yhteisoneuvonta.gui.widgets import to_local
from yhteisoneuvonta.services import drafts, history, logbook


def fetch(ws, kind):
    return history.fetch(ws, history.HistoryQuery(kind=kind))


def quick_save(qtbot, window) -> dict:
    page = window.show_page("quick_log")
    qtbot.mouseClick(page.topic_buttons[0], Qt.LeftButton)
    qtbot.mouseClick(page.save_button, Qt.LeftButton)
    [rec] = fetch(window.ctx.ws, "encounter")
    return rec


def fill_form_help(form) -> None:
    form.form_id.set_value(form.ctx.ref.terms("forms")[0].id)
    form.status_combo.set_value(form.ctx.ref.terms("form_statuses")[0].id)


def answer_first_item(form) -> None:
    first = form.ctx.ref.instrument(form.current_instrument()).items[0]
    form.item_combos[first.id].setCurrentIndex(1)


def test_form_help_from_todays_list_is_linked_to_the_visit(qtbot, window):
    ws = window.ctx.ws
    visit = quick_save(qtbot, window)
    page = window.page("quick_log")
    assert page.table.selected()["id"] == visit["id"]  # the visit just saved is the chosen one
    qtbot.mouseClick(page.form_help_button, Qt.LeftButton)
    form = window.page("form_help")
    assert window.stack.currentWidget() is form
    when = to_local(visit["occurred_at"])
    topic = window.ctx.label("topics", visit["topics"][0])
    line = form.link.text.text()  # "... 27.11. klo 23:59 (...)" if the day changed meanwhile
    assert line.startswith("Liitetty käyntiin ") and line.endswith(f"klo {when:%H:%M} ({topic}).")
    assert form.link.unlink_button.isVisible() and form.rows["encounter_id"].widget.isVisible()
    assert form.occurred_at.value() == when.replace(second=0, microsecond=0)  # the visit's time
    fill_form_help(form)
    qtbot.mouseClick(form.save_button, Qt.LeftButton)
    [rec] = fetch(ws, "form_help")
    assert rec["encounter_id"] == visit["id"] and rec["site_id"] == visit["site_id"]
    # the next one, begun on the emptied form, is not linked
    assert form.link.value() is None and form.link.text.text().startswith("Ei liitetty käyntiin.")


def test_unlinking_saves_a_form_help_without_a_visit_and_link_again_undoes_it(qtbot, window):
    ws = window.ctx.ws
    visit = quick_save(qtbot, window)
    qtbot.keyClick(window, Qt.Key_L, Qt.ControlModifier)  # form help for the chosen visit
    form = window.page("form_help")
    assert window.stack.currentWidget() is form and form.link.value() == visit["id"]
    qtbot.mouseClick(form.link.unlink_button, Qt.LeftButton)
    assert form.link.text.text() == "Ei liitetty käyntiin."
    assert form.link.relink_button.isVisible() and not form.link.unlink_button.isVisible()
    qtbot.mouseClick(form.link.relink_button, Qt.LeftButton)
    assert form.link.value() == visit["id"]
    qtbot.mouseClick(form.link.unlink_button, Qt.LeftButton)
    fill_form_help(form)
    qtbot.mouseClick(form.save_button, Qt.LeftButton)
    [rec] = fetch(ws, "form_help")
    assert rec["encounter_id"] is None


def test_questionnaire_after_saving_the_full_encounter_form(qtbot, window):
    ws = window.ctx.ws
    enc = window.show_page("encounter")
    assert not enc.follow_up.isVisible()
    enc.topics.boxes["housing"].click()
    qtbot.mouseClick(enc.save_button, Qt.LeftButton)
    [visit] = fetch(ws, "encounter")
    assert enc.follow_up.isVisible()
    assert enc.questionnaire_button.text() == "Kysely tähän käyntiin (Ctrl+K)"
    qtbot.keyClick(window, Qt.Key_K, Qt.ControlModifier)
    form = window.page("instrument_answer")
    assert window.stack.currentWidget() is form
    assert form.link.value() == visit["id"] and "Asuminen" in form.link.text.text()
    answer_first_item(form)
    qtbot.mouseClick(form.save_button, Qt.LeftButton)
    [rec] = fetch(ws, "instrument_answer")
    assert rec["encounter_id"] == visit["id"] and rec["instrument_id"] == "pei"
    ended = datetime.fromisoformat(visit["occurred_at"])
    assert datetime.fromisoformat(rec["answered_at"]) >= ended.replace(second=0, microsecond=0)

    # a second questionnaire for the same visit, unlinked before saving
    window.show_page("encounter")
    qtbot.mouseClick(enc.questionnaire_button, Qt.LeftButton)
    assert form.link.value() == visit["id"]
    qtbot.mouseClick(form.link.unlink_button, Qt.LeftButton)
    answer_first_item(form)
    qtbot.mouseClick(form.save_button, Qt.LeftButton)
    linked = sorted((r["encounter_id"] is None) for r in fetch(ws, "instrument_answer"))
    assert linked == [False, True]


def test_the_offer_after_saving_goes_when_the_next_visit_is_begun(qtbot, window):
    enc = window.show_page("encounter")
    enc.topics.boxes["housing"].click()
    qtbot.mouseClick(enc.save_button, Qt.LeftButton)
    assert enc.follow_up.isVisible()
    enc.topics.boxes["tax"].click()
    assert not enc.follow_up.isVisible()
    qtbot.keyClick(window, Qt.Key_L, Qt.ControlModifier)  # nothing to link to: stays here
    assert window.stack.currentWidget() is enc


def test_a_link_to_a_visit_deleted_meanwhile_is_refused_beside_the_field(qtbot, window):
    ws = window.ctx.ws
    visit = quick_save(qtbot, window)
    page = window.page("quick_log")
    qtbot.mouseClick(page.form_help_button, Qt.LeftButton)
    form = window.page("form_help")
    fill_form_help(form)
    window.show_page("quick_log")
    page.choose(visit["id"])
    qtbot.mouseClick(page.delete_button, Qt.LeftButton)  # the visit is deleted meanwhile
    window.show_page("form_help")
    assert form.link.text.text().startswith("Liitetty käyntiin, joka on poistettu")
    qtbot.mouseClick(form.save_button, Qt.LeftButton)
    assert fetch(ws, "form_help") == []
    error = form.rows["encounter_id"].error
    assert error.isVisible()
    assert error.text() == ("Tätä käyntiä ei enää ole tallennettuna (se on poistettu). "
                            "Poista liitos tai liitä toinen käynti.")
    assert form.form_id.value() is not None  # nothing chosen is lost
    qtbot.mouseClick(form.link.unlink_button, Qt.LeftButton)
    qtbot.mouseClick(form.save_button, Qt.LeftButton)
    [rec] = fetch(ws, "form_help")
    assert rec["encounter_id"] is None and not error.isVisible()


def test_questionnaire_for_a_deleted_visit_is_refused_too(qtbot, window):
    ws = window.ctx.ws
    visit = quick_save(qtbot, window)
    qtbot.keyClick(window, Qt.Key_K, Qt.ControlModifier)
    form = window.page("instrument_answer")
    answer_first_item(form)
    logbook.set_deleted(ws, "encounter", visit["id"], True)  # e.g. from the command line
    qtbot.mouseClick(form.save_button, Qt.LeftButton)
    assert fetch(ws, "instrument_answer") == []
    assert "ei enää ole tallennettuna" in form.rows["encounter_id"].error.text()


def test_forms_opened_from_the_page_list_save_unlinked(qtbot, window):
    ws = window.ctx.ws
    form = window.show_page("form_help")
    assert form.link.text.text().startswith("Ei liitetty käyntiin. ")
    assert not form.link.unlink_button.isVisible() and not form.link.relink_button.isVisible()
    fill_form_help(form)
    qtbot.mouseClick(form.save_button, Qt.LeftButton)
    pei = window.show_page("instrument_answer")
    answer_first_item(pei)
    qtbot.mouseClick(pei.save_button, Qt.LeftButton)
    assert [r["encounter_id"] for r in fetch(ws, "form_help")] == [None]
    assert [r["encounter_id"] for r in fetch(ws, "instrument_answer")] == [None]


def test_editing_a_linked_form_help_keeps_its_visit(qtbot, window):
    ws = window.ctx.ws
    visit = quick_save(qtbot, window)
    qtbot.keyClick(window, Qt.Key_L, Qt.ControlModifier)
    form = window.page("form_help")
    fill_form_help(form)
    qtbot.mouseClick(form.save_button, Qt.LeftButton)
    [saved] = fetch(ws, "form_help")
    window.ctx.edit_requested.emit("form_help", saved["id"])
    assert form.record_id == saved["id"] and form.link.value() == visit["id"]
    form.note.setPlainText("Liitteet puuttuvat")
    qtbot.mouseClick(form.save_button, Qt.LeftButton)
    [rec] = fetch(ws, "form_help")
    assert rec["note"] == "Liitteet puuttuvat" and rec["encounter_id"] == visit["id"]


def test_a_restored_draft_keeps_its_visit(qtbot, window, i18n):
    ws = window.ctx.ws
    visit = quick_save(qtbot, window)
    qtbot.keyClick(window, Qt.Key_L, Qt.ControlModifier)
    form = window.page("form_help")
    fill_form_help(form)
    qtbot.waitUntil(lambda: "form_help" in drafts.drafts(ws))
    again = build_main_window(ws, i18n)  # the program died; the next start offers the form back
    qtbot.addWidget(again)
    again.show()
    qtbot.mouseClick(again.banner.restore_button, Qt.LeftButton)
    restored = again.page("form_help")
    assert restored.link.value() == visit["id"] and restored.link.unlink_button.isVisible()
    qtbot.mouseClick(restored.save_button, Qt.LeftButton)
    [rec] = fetch(ws, "form_help")
    assert rec["encounter_id"] == visit["id"]


def test_without_a_chosen_visit_quick_log_says_to_choose_one(qtbot, window):
    page = window.show_page("quick_log")
    qtbot.keyClick(window, Qt.Key_L, Qt.ControlModifier)
    assert window.stack.currentWidget() is page
    assert page.status.text() == "Valitse ensin käynti tämän päivän listasta."
