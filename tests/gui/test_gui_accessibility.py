"""Every page and dialog of both roles read through Qt's accessibility interface (what a
screen reader gets) and driven by Tab alone: every interactive object has a name, the name
is its visible label, no two controls of a group share a name, and Tab from the first control
visits every focusable control and comes back (no trap). Plus the keyboard and announcement
behaviour a screen-reader user relies on."""
from __future__ import annotations

import shutil
from datetime import datetime, timezone
from pathlib import Path

import pytest
from a11y_audit import audit_names, describe, scroll_areas_with_focus, tab_cycle
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QRadioButton

from yhteisoneuvonta.core.workspace import Workspace
from yhteisoneuvonta.gui import a11y
from yhteisoneuvonta.gui.app import build_main_window
from yhteisoneuvonta.gui.errors import ReportDialog
from yhteisoneuvonta.gui.session_bar import OpenSessionDialog
from yhteisoneuvonta.gui.setup_dialog import SetupDialog
from yhteisoneuvonta.gui.shift_end import ShiftEndDialog
from yhteisoneuvonta.records.inputs import EncounterInput
from yhteisoneuvonta.services import desk, logbook

SITE = "tre-annala-neuvonta"


def _with_records(ws: Workspace) -> None:
    """Rows in today's list and in history: a table with rows is where Tab got trapped."""
    now = datetime.now(timezone.utc)
    for minutes in (10, 15):
        logbook.create(ws, EncounterInput(SITE, now, minutes, topics=["kela_benefits"]))


def check_window(root, first, where: str) -> None:
    problems = audit_names(root)
    problems += [f"focusable scroll area {w}" for w in scroll_areas_with_focus(root)]
    visited, missed = tab_cycle(root, first)
    if visited[-1] is None:
        problems.append("Tab never comes back to the first control: " +
                        " > ".join(describe(w) for w in visited[-8:-1]))
    problems += [f"Tab never reaches {describe(w)}" for w in missed]
    assert not problems, f"{where}:\n  " + "\n  ".join(problems)


def check_pages(win) -> None:
    for spec in win.specs:
        win.show_page(spec.key)
        QApplication.processEvents()
        check_window(win, win.nav, f"page {spec.key}")


@pytest.fixture
def coord_ws(tmp_path: Path, coord_template: Path):
    path = tmp_path / "coord"
    shutil.copytree(coord_template, path)
    ws = Workspace(path)
    yield ws
    ws.close()


def _show(qtbot, win):
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    return win


def test_adviser_pages_named_and_tab_cycles(qtbot, adviser_ws, i18n) -> None:
    _with_records(adviser_ws)
    check_pages(_show(qtbot, build_main_window(adviser_ws, i18n)))


def test_coordinator_pages_named_and_tab_cycles(qtbot, coord_ws, i18n) -> None:
    check_pages(_show(qtbot, build_main_window(coord_ws, i18n)))


def test_pages_in_swedish_too(qtbot, adviser_ws, i18n) -> None:
    """Names follow a language switch (the labels change, the names with them)."""
    win = _show(qtbot, build_main_window(adviser_ws, i18n))
    win.show_page("encounter")
    i18n.set_language("sv")
    qtbot.waitUntil(lambda: win.page("encounter").channel.accessibleName() == "Kanal")
    check_pages(win)


def test_dialogs_named_and_tab_cycles(qtbot, adviser_ws, data_dir, i18n) -> None:
    win = _show(qtbot, build_main_window(adviser_ws, i18n))
    setup = SetupDialog(Workspace(data_dir), i18n)
    opening = OpenSessionDialog(win.ctx)
    session = desk.open_session(adviser_ws, SITE)
    shift_end = ShiftEndDialog(win.ctx, session, 3)
    report = ReportDialog(win, "Traceback: something went wrong")
    for dlg in (setup, opening, shift_end, report):
        qtbot.addWidget(dlg)
        dlg.show()
        qtbot.waitExposed(dlg)
        dlg.activateWindow()
        qtbot.waitUntil(dlg.isActiveWindow)
        first = dlg.focusWidget() or dlg.nextInFocusChain()
        check_window(dlg, first, type(dlg).__name__)
        if isinstance(dlg, SetupDialog):  # the coordinator's half of the dialog
            dlg.findChild(QRadioButton, "roleCoordinator").setChecked(True)
            check_window(dlg, dlg.focusWidget() or first, "SetupDialog (coordinator)")
        dlg.close()


def test_quick_log_table_gives_tab_back(window, qtbot) -> None:
    """The trap of issue 16: Tab went cell by cell round today's list; now it goes on to
    the buttons under it, and the arrow keys move inside the list."""
    page = window.page("quick_log")
    for _ in range(2):  # two visits in today's list
        page.topic_buttons[0].setChecked(True)
        page.save()
    assert page.model.rowCount() >= 2
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key_Tab)
    assert QApplication.focusWidget() is page.edit_button
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.table, Qt.Key_Down)
    assert page.table.currentIndex().row() == 1


def test_minutes_are_one_choice_of_five(window) -> None:
    page = window.page("quick_log")
    roles = {QAccessible.queryAccessibleInterface(b).role() for b in page.duration_buttons}
    assert roles == {QAccessible.Role.RadioButton}
    names = [QAccessible.queryAccessibleInterface(b).text(QAccessible.Text.Name) for b in page.duration_buttons]
    assert names == ["5 min", "10 min", "15 min", "30 min", "45 min"]
    page.duration_buttons[0].setChecked(True)
    assert [b.isChecked() for b in page.duration_buttons] == [True, False, False, False, False]


def test_names_equal_what_buttons_show_and_shortcuts_are_described(window) -> None:
    page = window.page("quick_log")

    def said(widget, text=QAccessible.Text.Name):
        return QAccessible.queryAccessibleInterface(widget).text(text)

    assert said(page.more_button) == page.more_button.text() == "Lisätietoja…"
    assert "Avaa koko lomake" in said(page.more_button, QAccessible.Text.Description)
    for button, key in ((page.save_button, "Ctrl+Enter"), (page.delete_button, "Del"),
                        (page.form_help_button, "Ctrl+L"), (page.questionnaire_button, "Ctrl+K")):
        assert said(button) == button.text()
        assert key in said(button, QAccessible.Text.Description), button.objectName()
    form = window.page("encounter")
    assert form.channel.accessibleName() == "Yhteystapa"  # its label, not its value
    others = [b.accessibleName() for lst in (form.topics, form.help_kinds, form.referrals, form.barriers)
              for t, b in lst.boxes.items() if t == "other"]
    assert len(others) == 4 and len(set(others)) == 4 and all(n.startswith("Muu (") for n in others)


def test_encounter_form_tab_order_fields_then_save(window, qtbot) -> None:
    form = window.show_page("encounter")
    visited, _ = tab_cycle(window, form.occurred_at)
    order = [w for w in visited if w is not None]
    assert order.index(form.note) < order.index(form.save_button) < order.index(form.clear_button)
    assert order.index(form.occurred_at) < order.index(form.minutes) < order.index(form.channel)


def test_save_undo_and_refusal_are_announced(window, qtbot) -> None:
    page = window.page("quick_log")
    a11y.announced.clear()
    page.topic_buttons[0].setChecked(True)
    page.save()
    text, assertive = a11y.announced[-1]
    assert text.startswith("Tallennettu") and not assertive
    window.undo()
    assert a11y.announced[-1] == ("Kumottu.", False)
    form = window.show_page("encounter")
    form.minutes.setValue(0)
    form.save()
    text, assertive = a11y.announced[-1]
    assert assertive and "Ei tallennettu" in text
    # the error stands beside the field and is read with it
    error = form.rows["minutes"].error.text()
    assert error and error in QAccessible.queryAccessibleInterface(form.minutes).text(QAccessible.Text.Description)
    form.minutes.setValue(15)
    form.save()
    assert error not in form.minutes.accessibleDescription()
