"""The full forms: save, a refused save keeps the text, drafts survive a crash."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from yhteisoneuvonta.gui.app import build_main_window
from yhteisoneuvonta.services import drafts, history

HETU = "131052-308T"


def test_full_encounter_form_saves_every_field(qtbot, window):
    form = window.show_page("encounter")
    form.topics.boxes["housing"].click()
    form.help_kinds.boxes["form_filling"].click()
    form.channel.set_value("phone")
    form.involvement.set_value("pair_work")
    form.professional_roles.boxes["kela"].click()
    form.referrals.boxes["kela"].click()
    form.barriers.boxes["language"].click()
    form.outcome.set_value("referred")
    form.age_band.set_value("declined")
    form.visit_kind.set_value("unknown")
    form.note.setFocus()
    qtbot.keyClicks(form.note, "Vuokra-asia, liitteet puuttuvat")
    qtbot.mouseClick(form.save_button, Qt.LeftButton)
    [rec] = history.fetch(window.ctx.ws, history.HistoryQuery(kind="encounter"))
    assert rec["topics"] == ["housing"] and rec["channel"] == "phone"
    assert rec["involvement"] == "pair_work" and rec["professional_roles"] == ["kela"]
    assert rec["age_band"] == "declined" and rec["visit_kind"] == "unknown"
    assert rec["note"] == "Vuokra-asia, liitteet puuttuvat"
    assert form.note.toPlainText() == "" and form.status.text() == "Tallennettu."
    assert drafts.drafts(window.ctx.ws) == {}


def test_refused_save_shows_messages_beside_fields_and_keeps_the_text(qtbot, window):
    form = window.show_page("encounter")
    form.topics.boxes["tax"].click()
    form.minutes.setValue(0)
    text = f"Asiakkaan hetu {HETU} mukana"
    form.note.setFocus()
    qtbot.keyClicks(form.note, text)
    qtbot.mouseClick(form.save_button, Qt.LeftButton)
    assert history.count(window.ctx.ws, history.HistoryQuery(kind="encounter")) == 0
    minutes_error = form.rows["minutes"].error
    note_error = form.rows["note"].error
    assert minutes_error.isVisible() and minutes_error.text() == "Pitää olla vähintään 1."
    assert note_error.isVisible()
    assert "henkilötunnus" in note_error.text() and "merkit 16–26" in note_error.text()
    assert form.note.toPlainText() == text  # nothing typed is lost
    assert form.topics.value() == ["tax"]
    # fixing both lets it through and clears the messages
    form.minutes.setValue(10)
    form.note.setPlainText("Asiakkaan verokortti")
    qtbot.mouseClick(form.save_button, Qt.LeftButton)
    assert history.count(window.ctx.ws, history.HistoryQuery(kind="encounter")) == 1
    assert not minutes_error.isVisible() and not note_error.isVisible()


def test_group_session_with_proposals_only_for_house_meetings(qtbot, window):
    form = window.show_page("group_session")
    assert not form.rows["proposals"].widget.isVisible()
    form.group_kind.set_value("house_meeting")
    assert form.rows["proposals"].widget.isVisible()
    qtbot.keyClicks(form.title_edit, "Talokokous marraskuu")
    form.headcount_total.setValue(12)
    qtbot.mouseClick(form.proposals.add_button, Qt.LeftButton)
    qtbot.keyClicks(form.proposals.rows[0][1], "Pyykkitupaan lisaa vuoroja")
    qtbot.keyClicks(form.proposals.rows[0][2], "Viedaan isannoitsijalle")
    form.headcount_split.rows[0][0].setText("lapset")
    form.headcount_split.rows[0][1].setValue(20)
    qtbot.mouseClick(form.save_button, Qt.LeftButton)
    assert "20" in form.rows["headcount_split"].error.text()
    form.headcount_split.rows[0][1].setValue(3)
    qtbot.mouseClick(form.save_button, Qt.LeftButton)
    [rec] = history.fetch(window.ctx.ws, history.HistoryQuery(kind="group_session"))
    assert rec["proposals"] == [{"text": "Pyykkitupaan lisaa vuoroja", "decision": "Viedaan isannoitsijalle"}]
    assert rec["headcount_split"] == {"lapset": 3}


def test_observation_and_questionnaire(qtbot, window):
    obs = window.show_page("observation")
    obs.theme.set_value("identification")
    obs.text.setPlainText("Uusi lomake vaatii pankkitunnukset")
    obs.times_seen.setValue(4)
    qtbot.mouseClick(obs.save_button, Qt.LeftButton)
    assert history.count(window.ctx.ws, history.HistoryQuery(kind="observation")) == 1
    pei = window.show_page("instrument_answer")
    qtbot.mouseClick(pei.save_button, Qt.LeftButton)  # nothing answered
    assert pei.rows["answers"].error.text() == "Vastaa vähintään yhteen kohtaan."
    first = pei.ctx.ref.instrument("pei").items[0]
    pei.item_combos[first.id].setCurrentIndex(1)
    qtbot.mouseClick(pei.save_button, Qt.LeftButton)
    [rec] = history.fetch(window.ctx.ws, history.HistoryQuery(kind="instrument_answer"))
    assert rec["answers"] == {first.id: first.scale[0].value}


def test_draft_is_offered_after_a_crash(qtbot, window, i18n):
    ws = window.ctx.ws
    form = window.show_page("observation")
    form.theme.set_value("housing")
    form.text.setFocus()
    qtbot.keyClicks(form.text, "Vuokranantajat eivat vastaa puhelimeen")
    qtbot.waitUntil(lambda: "observation" in drafts.drafts(ws))
    # the program dies here: no close, no save. The next start offers the form back.
    again = build_main_window(ws, i18n)
    qtbot.addWidget(again)
    again.show()
    assert again.banner.isVisible()
    assert again.banner.text.text().startswith("Palauta tallentamaton lomake")
    qtbot.mouseClick(again.banner.restore_button, Qt.LeftButton)
    restored = again.page("observation")
    assert again.stack.currentWidget() is restored
    assert restored.text.toPlainText() == "Vuokranantajat eivat vastaa puhelimeen"
    assert restored.theme.value() == "housing"
    qtbot.mouseClick(restored.save_button, Qt.LeftButton)
    assert drafts.drafts(ws) == {}


def _hours_ago(hours: int):
    from datetime import datetime, timedelta, timezone

    return datetime.now(timezone.utc) - timedelta(hours=hours)


def _near_now(value) -> bool:
    from datetime import datetime, timedelta, timezone

    return abs(value - datetime.now(timezone.utc)) < timedelta(minutes=5)


def test_an_untouched_time_is_the_current_time(qtbot, window):
    form = window.show_page("encounter")
    assert form.occurred_at.follows_now
    form.occurred_at.set_value(_hours_ago(3), follows_now=True)  # a form opened this morning
    window.show_page("quick_log")
    window.show_page("encounter")
    assert _near_now(form.occurred_at.value())  # shown again: now
    form.occurred_at.set_value(_hours_ago(3), follows_now=True)
    form.topics.boxes["tax"].click()  # other fields typed, the time left alone
    qtbot.mouseClick(form.save_button, Qt.LeftButton)
    [rec] = history.fetch(window.ctx.ws, history.HistoryQuery(kind="encounter"))
    from datetime import datetime

    assert _near_now(datetime.fromisoformat(rec["occurred_at"]))
    assert form.occurred_at.follows_now  # the next, empty form follows the clock again


def test_a_time_the_user_set_is_kept(qtbot, window):
    form = window.show_page("encounter")
    form.occurred_at.setFocus()
    qtbot.keyClick(form.occurred_at, Qt.Key_Down)  # the day before, by keyboard
    chosen = form.occurred_at.value()
    assert not form.occurred_at.follows_now and not _near_now(chosen)
    window.show_page("quick_log")
    window.show_page("encounter")
    assert form.occurred_at.value() == chosen
    form.topics.boxes["tax"].click()
    qtbot.mouseClick(form.save_button, Qt.LeftButton)
    [rec] = history.fetch(window.ctx.ws, history.HistoryQuery(kind="encounter"))
    from datetime import datetime

    assert datetime.fromisoformat(rec["occurred_at"]) == chosen


def test_group_times_stay_together_once_one_is_edited(qtbot, window):
    form = window.show_page("group_session")
    form.starts_at.set_value(_hours_ago(3), follows_now=True)
    form.ends_at.set_value(_hours_ago(2), follows_now=True)
    form.starts_at.setFocus()
    qtbot.keyClick(form.starts_at, Qt.Key_Down)
    ends = form.ends_at.value()
    window.show_page("quick_log")
    window.show_page("group_session")
    assert form.ends_at.value() == ends and not form.ends_at.follows_now


def test_a_late_group_does_not_default_to_ending_after_midnight(qtbot, window, monkeypatch):
    from datetime import datetime, timedelta

    import yhteisoneuvonta.gui.group_form as group_form
    from yhteisoneuvonta.gui.widgets import HELSINKI

    late = datetime(2026, 3, 12, 23, 20, tzinfo=HELSINKI)
    monkeypatch.setattr(group_form, "_now", lambda: late)
    form = window.show_page("group_session")
    form.clear()
    assert form.starts_at.value() == late
    assert form.ends_at.value() == late.replace(minute=59)  # 23:59 the same day, not 00:20
    monkeypatch.setattr(group_form, "_now", lambda: late.replace(hour=18, minute=5))
    form.clear()
    assert form.ends_at.value() == late.replace(hour=19, minute=5)  # an hour, as before
    assert group_form.default_end(late.replace(minute=59)) == late.replace(minute=59) + timedelta(hours=1)
    # a time the user sets is kept, past midnight too
    form.starts_at.set_value(late)
    form.ends_at.set_value(late + timedelta(minutes=70))
    form.refresh_times()
    assert form.collect().ends_at == late + timedelta(minutes=70)


def test_questionnaire_answers_is_a_heading_not_an_empty_field(qtbot, window):
    from PySide6.QtWidgets import QFormLayout, QLabel

    form = window.show_page("instrument_answer")
    heading = form.rows["answers"].label
    assert heading.text() == "Vastaukset" and heading.isVisible()
    holder = heading.parentWidget()
    _, role = form.form.getWidgetPosition(holder)
    assert role == QFormLayout.SpanningRole  # across the form, nothing beside it
    assert not [w for w in form.findChildren(QLabel) if w.isVisible() and w.text() == "" and
                form.form.labelForField(w.parentWidget()) is not None]
    qtbot.mouseClick(form.save_button, Qt.LeftButton)  # nothing answered: the message is under it
    assert form.rows["answers"].error.isVisible()
    assert form.rows["answers"].error.y() > heading.y()


def test_form_help_choices_start_with_a_hint_not_a_dash(qtbot, window, i18n):
    form = window.show_page("form_help")
    for combo, hint in ((form.form_id, "Valitse lomake"), (form.status_combo, "Valitse tila")):
        assert combo.currentIndex() == -1 and combo.value() is None
        assert combo.placeholderText() == hint and combo.currentText() == ""
        assert combo.findText("—") == -1  # the list holds only real choices
    first_form = form.ctx.ref.terms("forms")[0].id
    form.form_id.set_value(first_form)
    assert form.form_id.value() == first_form
    qtbot.mouseClick(form.save_button, Qt.LeftButton)  # no status chosen: not saved, said why
    assert form.rows["status"].error.isVisible()
    assert history.count(window.ctx.ws, history.HistoryQuery(kind="form_help")) == 0
    form.clear()
    assert form.form_id.currentIndex() == -1 and form.form_id.value() is None
    i18n.set_language("sv")
    QCoreApplication.processEvents()
    assert form.form_id.placeholderText() == "Välj blankett"
    i18n.set_language("en")
    QCoreApplication.processEvents()
    assert form.status_combo.placeholderText() == "Choose how far it got"
