"""What a first-time user sees at 1366x768: empty lists say what to do, labels are not cut
off, no empty menu, and the setup dialog's coordinator fields stay together."""
from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

from yhteisoneuvonta.core.workspace import Workspace
from yhteisoneuvonta.gui.forms_base import FieldLabel
from yhteisoneuvonta.gui.setup_dialog import SetupDialog
from yhteisoneuvonta.records.inputs import EncounterInput
from yhteisoneuvonta.services import logbook


def test_an_empty_today_list_says_what_to_do(qtbot, window):
    page = window.show_page("quick_log")
    table = page.table
    assert table.record_model().rowCount() == 0
    assert "Tallenna" in table.placeholder_text()  # Finnish, and names the button to press
    ws = window.ctx.ws
    topic = ws.reference().terms("topics")[0].id
    logbook.create(ws, EncounterInput(site_id=window.ctx.site_id, occurred_at=datetime.now(timezone.utc),
                                      minutes=10, topics=[topic]))
    table.record_model().reload()
    assert table.record_model().rowCount() == 1
    assert table.placeholder_text() == ""


def test_a_history_search_that_finds_nothing_says_so(qtbot, window):
    page = window.show_page("history")
    qtbot.keyClicks(page.search, "zzzzqqq")
    qtbot.waitUntil(lambda: page.table.placeholder_text().startswith("Ei löytynyt"), timeout=5000)


def test_empty_summaries_say_where_sessions_come_from(qtbot, window, i18n):
    page = window.show_page("summaries")
    qtbot.waitUntil(page.empty.isVisible, timeout=5000)
    assert "Avaa päivystys" in page.empty.text()
    assert not page.print_button.isEnabled() and not page.save_button.isEnabled()
    page.kind.setCurrentIndex(page.kind.findData("group_session"))
    qtbot.waitUntil(lambda: "Ryhmätoiminta" in page.empty.text(), timeout=5000)
    i18n.set_language("sv")
    QCoreApplication.processEvents()
    assert "Gruppverksamhet" in page.empty.text()


def test_no_empty_menu_and_every_page_has_a_shortcut(window):
    assert not window.menus["tools"].menuAction().isVisible()  # nothing in Tools for an adviser
    assert window.menus["help"].menuAction().isVisible()
    shortcuts = [act.shortcut() for act, _ in window.page_actions]
    assert len(shortcuts) == 10
    assert shortcuts[9] == QKeySequence("Ctrl+Shift+0")  # Settings, the tenth page


def test_form_labels_are_never_cut_off(qtbot, window):
    window.resize(1366, 740)
    for key in ("encounter", "form_help", "group_session", "observation", "instrument_answer"):
        page = window.show_page(key)
        qtbot.wait(50)
        labels = [lab for lab in page.findChildren(FieldLabel) if lab.isVisible()]
        assert labels, key
        for lab in labels:
            needed = lab.heightForWidth(lab.width())
            assert lab.height() >= needed, (key, lab.text(), lab.width(), lab.height(), needed)


def test_setup_coordinator_fields_stay_together(qtbot, data_dir, i18n):
    dlg = SetupDialog(Workspace(data_dir), i18n)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.coordinator_radio.setChecked(True)
    QCoreApplication.processEvents()
    assert dlg.filler.isVisible() and not dlg.adviser_box.isVisible()
    gap = dlg.coordinator_box.y() - (dlg.role_box.y() + dlg.role_box.height())
    assert gap < 30
    role_height = dlg.role_box.height()
    assert role_height < 3 * dlg.role_box.sizeHint().height()
    dlg.adviser_radio.setChecked(True)
    QCoreApplication.processEvents()
    assert not dlg.filler.isVisible() and dlg.adviser_box.isVisible()
