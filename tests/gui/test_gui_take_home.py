"""Today's list: a take-home sheet ("note for the visitor") for the chosen visit, in the
visitor's language."""
from __future__ import annotations

import subprocess
from datetime import datetime, timezone

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from yhteisoneuvonta.gui.coordinator.dialogs import DialogService, set_dialogs
from yhteisoneuvonta.records.inputs import EncounterInput
from yhteisoneuvonta.services import desk


class Answers(DialogService):
    def __init__(self) -> None:
        self.language: str | None = None  # the language the user picks when asked
        self.asked: list[list[str]] = []
        self.save_path: str | None = None
        self.suggested: list[str] = []

    def choose(self, parent, title, label, items):
        self.asked.append(items)
        return items.index(self.language) if self.language in items else None

    def save_file(self, parent, title, suggested, name_filter=""):
        self.suggested.append(suggested)
        return self.save_path


@pytest.fixture
def answers():
    service = Answers()
    old = set_dialogs(service)
    yield service
    set_dialogs(old)


def _text(pdf) -> str:
    return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def _visit(window, language: str) -> None:
    desk.log_encounter(window.ctx.ws, EncounterInput(
        site_id=window.ctx.site_id, occurred_at=datetime.now(timezone.utc), minutes=20, topics=["tax"],
        referrals=["kela"], outcome="referred", language=language, note="ei tulosteeseen"))
    page = window.page("quick_log")
    page.model.reload()
    page.table.selectRow(0)
    return page


def test_sheet_in_the_visits_language(qtbot, tmp_path, window, answers):
    page = _visit(window, "sv")
    answers.save_path = str(tmp_path / "hem")
    qtbot.mouseClick(page.take_home_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: "hem.pdf" in page.status.text(), timeout=10000)
    assert answers.asked == []  # Swedish: nothing to ask
    assert answers.suggested[0].startswith("muistilappu-")  # the interface is in Finnish
    text = _text(tmp_path / "hem.pdf")
    assert "Ditt besök" in text and "FPA" in text and "ei tulosteeseen" not in text


def test_other_language_asks_which(qtbot, tmp_path, window, answers):
    page = _visit(window, "so")
    answers.save_path = str(tmp_path / "sheet.pdf")
    qtbot.mouseClick(page.take_home_button, Qt.LeftButton)  # asked, cancelled: nothing written
    assert answers.asked == [["Suomi", "Svenska", "English"]] and not (tmp_path / "sheet.pdf").exists()
    answers.language = "English"
    qtbot.mouseClick(page.take_home_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: (tmp_path / "sheet.pdf").exists() and "sheet.pdf" in page.status.text(), timeout=10000)
    assert "Your visit" in _text(tmp_path / "sheet.pdf")


@pytest.mark.parametrize("lang, text", [("fi", "Muistilappu kävijälle…"), ("sv", "Lapp till besökaren…"),
                                        ("en", "Note for the visitor…")])
def test_the_button_says_note_for_the_visitor_in_full(qtbot, window, i18n, lang, text):
    window.resize(1366, 740)
    page = window.show_page("quick_log")
    i18n.set_language(lang)
    QCoreApplication.processEvents()
    button = page.take_home_button
    assert button.text() == text
    qtbot.wait(20)  # the layout settles
    assert button.width() >= button.sizeHint().width()  # not cut off
    assert button.width() > page.edit_button.width()  # a line of its own, not a third of one
