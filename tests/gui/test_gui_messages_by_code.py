"""Core refusals in the interface language, chosen by their code: switching the language
switches the messages, and no English wording is matched anywhere in the GUI."""
from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

import yhteisoneuvonta.gui
from yhteisoneuvonta.errors import BundleError, StoreFullError
from yhteisoneuvonta.gui.errors import show_error
from yhteisoneuvonta.gui.import_page import reason_text


def test_a_refused_save_speaks_swedish_after_switching(qtbot, window, i18n):
    i18n.set_language("sv")
    form = window.show_page("encounter")
    form.topics.boxes["tax"].click()
    form.minutes.setValue(0)
    form.note.setFocus()
    qtbot.keyClicks(form.note, "ring 040 123 4567")
    qtbot.mouseClick(form.save_button, Qt.LeftButton)
    assert form.rows["minutes"].error.text() == "Måste vara minst 1."
    assert form.rows["note"].error.text().startswith("Innehåller ett telefonnummer (tecken 6–17)")
    i18n.set_language("en")
    qtbot.mouseClick(form.save_button, Qt.LeftButton)
    assert form.rows["minutes"].error.text() == "Must be at least 1."


def test_an_error_dialog_names_the_path_in_the_interface_language(qtbot, window, i18n):
    i18n.set_language("fi")
    exc = StoreFullError("The disk holding /media/usb/data.sqlite3 is full.", path="/media/usb/data.sqlite3")
    box = show_error(window, exc)
    qtbot.addWidget(box)
    assert isinstance(box, QMessageBox)
    assert "/media/usb/data.sqlite3" in box.text() and "täynnä" in box.text()
    box.close()


def test_bundle_reasons_come_from_the_core_catalogue(qapp, i18n):
    i18n.set_language("sv")
    assert reason_text("bad_signature", "The signature does not match the data.").startswith("Signaturen")
    assert reason_text("a_reason_from_the_future", "English detail") == "English detail"
    BundleError("bad_signature", "x")  # the reason is the code, the message only a fallback


def test_no_gui_module_matches_english_message_text():
    gui = Path(yhteisoneuvonta.gui.__file__).parent
    for path in gui.rglob("*.py"):
        source = path.read_text("utf-8")
        # the old way: regular expressions over the core's English messages
        assert "translate_message" not in source, path
        assert not re.search(r"re\.(compile|match|search)\(.*(exc|message)", source), path
        assert not re.search(r"\bin (str\(exc\)|exc\.message)", source), path
