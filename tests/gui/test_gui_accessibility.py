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


def _luminance(colour) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(a, b) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_high_contrast_from_settings(window, qtbot) -> None:
    from PySide6.QtGui import QPalette
    page = window.show_page("settings")
    app = QApplication.instance()
    try:
        page.contrast.click()
        assert window.ctx.ws.setting("high_contrast") is True
        pal = app.palette()
        for fg, bg in ((QPalette.WindowText, QPalette.Window), (QPalette.Text, QPalette.Base),
                       (QPalette.ButtonText, QPalette.Button), (QPalette.HighlightedText, QPalette.Highlight),
                       (QPalette.PlaceholderText, QPalette.Base)):
            assert contrast(pal.color(fg), pal.color(bg)) >= 7, (fg, bg)
        disabled = pal.color(QPalette.Disabled, QPalette.Text)
        assert contrast(disabled, pal.color(QPalette.Base)) >= 4.5
        page.contrast.click()
        assert window.ctx.ws.setting("high_contrast") is False
        assert app.styleSheet() == ""
    finally:
        a11y.apply_contrast(False)


def _clipped_labels(root) -> list[str]:
    from PySide6.QtWidgets import QLabel

    from yhteisoneuvonta.gui.widgets import FittedLabel
    out = []
    for label in root.findChildren(QLabel):
        if not label.isVisibleTo(root) or not label.text() or isinstance(label, FittedLabel):
            continue  # a FittedLabel shrinks and elides by design; its full text is its name
        if label.wordWrap():
            need_w, need_h = 1, label.heightForWidth(label.width())
        else:
            hint = label.minimumSizeHint()
            need_w, need_h = hint.width(), hint.height()
        if label.width() < need_w or label.height() < need_h - 1:
            out.append(f"{label.text()[:40]!r} {label.width()}x{label.height()} < {need_w}x{need_h}")
    return out


def test_200_percent_text_scrolls_instead_of_clipping(qtbot, adviser_ws, i18n) -> None:
    """A doubled font on a 1366x768 window (what 200 % text scaling does to the layout):
    the adviser's pages scroll, and no label is cut."""
    from PySide6.QtGui import QFont
    app = QApplication.instance()
    normal = QFont(app.font())
    big = QFont(normal)
    big.setPointSizeF(normal.pointSizeF() * 2)
    app.setFont(big)
    try:
        win = _show(qtbot, build_main_window(adviser_ws, i18n))
        win.setWindowState(Qt.WindowNoState)
        win.resize(1366, 768)
        for key in ("quick_log", "encounter", "form_help", "group_session", "observation", "instrument_answer",
                    "send_week", "summaries", "history", "settings"):
            win.show_page(key)
            qtbot.wait(10)
            QApplication.processEvents()
            page = win.page(key)
            assert not _clipped_labels(page), (key, _clipped_labels(page))
            host = win.page_scroll.widget()
            view = win.page_scroll.viewport().size()
            assert host.width() >= host.minimumSizeHint().width() and host.height() >= host.minimumSizeHint().height()
            if host.minimumSizeHint().height() > view.height():  # too tall: it scrolls
                assert win.page_scroll.verticalScrollBar().maximum() > 0, key
        win.show_page("quick_log")
        QApplication.processEvents()
        assert win.page_scroll.verticalScrollBar().maximum() > 0  # the quick log does not fit at 200 %
    finally:
        app.setFont(normal)


def test_setup_refusal_is_read_with_the_field(qtbot, data_dir, i18n) -> None:
    dlg = SetupDialog(Workspace(data_dir), i18n)
    qtbot.addWidget(dlg)
    dlg.findChild(QRadioButton, "roleCoordinator").setChecked(True)
    assert "tunnuslause" in dlg.pass1.accessibleDescription().lower()  # its help text
    dlg.pass1.setText("short")
    dlg.pass2.setText("short")
    a11y.announced.clear()
    dlg.finish()
    error = dlg.pass_error.text()
    assert error and a11y.announced[-1] == (error, True)
    assert error in QAccessible.queryAccessibleInterface(dlg.pass1).text(QAccessible.Text.Description)


def test_reports_page_saves_csv_for_excel(qtbot, coord_ws, i18n, tmp_path) -> None:
    from yhteisoneuvonta.gui.coordinator.dialogs import DialogService, set_dialogs

    class SaveTo(DialogService):
        def save_file(self, parent, title, suggested, name_filter=""):
            self.suggested = suggested
            return str(tmp_path / "raportti")  # no extension: the page adds .csv

    service = SaveTo()
    old = set_dialogs(service)
    try:
        win = _show(qtbot, build_main_window(coord_ws, i18n))
        page = win.show_page("reports")
        page.fmt.setCurrentIndex(page.fmt.findData("excel-csv"))
        assert page.fmt.currentText() == "CSV Exceliin (suomi/ruotsi)"
        assert "puolipisteet" in page.fmt_hint.text() and page.fmt_hint.text() in page.fmt.accessibleDescription()
        page.period.setText("2026-W47")
        page.save_report()
        out = tmp_path / "raportti.csv"
        qtbot.waitUntil(out.exists, timeout=15000)
        assert service.suggested.endswith(".csv")
        raw = out.read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf") and raw.decode("utf-8-sig").startswith("Viikko;")
    finally:
        set_dialogs(old)
