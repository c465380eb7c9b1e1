"""Quick-log keys stay bound to their topic and kind of help from one day to the next; only
the adviser moves them (pin another choice on a button, or reorder)."""
from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from yhteisoneuvonta.core.clock import utcnow
from yhteisoneuvonta.gui.app import build_main_window
from yhteisoneuvonta.gui.coordinator.dialogs import DialogService, set_dialogs
from yhteisoneuvonta.records.inputs import EncounterInput
from yhteisoneuvonta.services import desk, history, logbook


class Chooser(DialogService):
    def __init__(self) -> None:
        self.pick: str | None = None
        self.offered: list[str] = []

    def choose(self, parent, title, label, items):
        self.offered = list(items)
        return items.index(self.pick) if self.pick in items else None


@pytest.fixture
def chooser():
    s = Chooser()
    old = set_dialogs(s)
    yield s
    set_dialogs(old)


def _reopen(qtbot, window, i18n):
    window.close()
    win = build_main_window(window.ctx.ws, i18n)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    return win


def test_keys_keep_their_topic_when_use_changes(qtbot, window, i18n):
    ws = window.ctx.ws
    page = window.page("quick_log")
    before_topics, before_helps = list(page.topic_ids), list(page.help_ids)
    # A week of visits about the sixth topic and a topic not on any button.
    other = next(t.id for t in ws.reference().terms("topics") if t.id not in before_topics)
    for i in range(20):
        logbook.create(ws, EncounterInput(site_id=window.ctx.site_id, occurred_at=utcnow() - timedelta(hours=i),
                                          minutes=10, topics=[other, before_topics[5]]))
    win = _reopen(qtbot, window, i18n)  # the next morning
    page = win.page("quick_log")
    assert page.topic_ids == before_topics and page.help_ids == before_helps
    qtbot.keyClick(win, Qt.Key_1, Qt.AltModifier)
    qtbot.keyClick(win, Qt.Key_Return, Qt.ControlModifier)
    newest = history.fetch(ws, history.HistoryQuery(kind="encounter"))[0]
    assert newest["topics"] == [before_topics[0]]
    # Each button shows its key.
    assert [b.key.text() for b in page.topic_buttons] == [f"Alt+{i}" for i in range(1, 7)]
    assert [b.key.text() for b in page.help_buttons] == [f"Ctrl+{i}" for i in range(1, 7)]


def test_the_adviser_pins_and_reorders_and_it_lasts(qtbot, window, i18n, chooser):
    ws = window.ctx.ws
    page = window.page("quick_log")
    topics = list(page.topic_ids)
    other = next(t.id for t in ws.reference().terms("topics") if t.id not in topics)
    chooser.pick = window.ctx.label("topics", other)
    page.choose_term("topic", 2)
    assert window.ctx.label("topics", topics[0]) not in chooser.offered  # already on a button
    assert page.topic_ids[2] == other
    assert page.topic_buttons[2].accessibleName() == window.ctx.label("topics", other)
    page.move_button("topic", 2, -1)
    assert page.topic_ids[:3] == [topics[0], other, topics[1]]
    win = _reopen(qtbot, window, i18n)
    assert win.page("quick_log").topic_ids[:3] == [topics[0], other, topics[1]]
    qtbot.keyClick(win, Qt.Key_2, Qt.AltModifier)
    qtbot.keyClick(win, Qt.Key_Return, Qt.ControlModifier)
    assert history.fetch(ws, history.HistoryQuery(kind="encounter"))[0]["topics"] == [other]


def test_a_term_leaving_the_reference_leaves_the_others_in_place(adviser_ws):
    site = "tre-annala-neuvonta"
    ids = desk.quick_buttons(adviser_ws, site, "topics")
    desk.set_quick_buttons(adviser_ws, site, "topics", ids)
    stored = adviser_ws.setting(desk.QUICK_BUTTONS_SETTING)
    stored[site]["topics"][1] = "no_longer_a_topic"
    adviser_ws.set_settings(**{desk.QUICK_BUTTONS_SETTING: stored})
    after = desk.quick_buttons(adviser_ws, site, "topics")
    assert after[0] == ids[0] and after[2:] == ids[2:] and after[1] != "no_longer_a_topic"
