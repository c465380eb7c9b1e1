"""First run: the setup dialog, then the main window; settings are stored."""
from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog

from yhteisoneuvonta.core.workspace import Workspace
from yhteisoneuvonta.gui.app import build_main_window
from yhteisoneuvonta.gui.setup_dialog import SetupDialog


def _ok(dlg: SetupDialog):
    return dlg.start_button


def test_first_run_as_adviser(qtbot, data_dir, i18n):
    ws = Workspace(data_dir)
    dlg = SetupDialog(ws, i18n)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.windowTitle() == "Tervetuloa Yhteisöneuvontaan"  # Finnish by default
    # nothing filled in: both problems shown beside their fields, nothing stored
    qtbot.mouseClick(_ok(dlg), Qt.LeftButton)
    assert dlg.code_error.isVisible() and dlg.sites_error.isVisible()
    assert ws.role is None
    qtbot.keyClicks(dlg.code, "N9")
    qtbot.keyClicks(dlg.sites.search, "Annala")
    shown = [i for i in dlg.sites.items.values() if not i.isHidden()]
    assert [i.text(0) for i in shown] == ["Annala, yhteisöneuvonta"]
    dlg.sites.tree.setFocus()
    dlg.sites.tree.setCurrentItem(shown[0])
    qtbot.keyClick(dlg.sites.tree, Qt.Key_Space)  # keyboard alone
    qtbot.mouseClick(_ok(dlg), Qt.LeftButton)
    assert dlg.result() == QDialog.Accepted
    assert ws.role == "adviser"
    assert ws.setting("adviser_code") == "N9"
    assert ws.setting("home_sites") == ["tre-annala-neuvonta"]
    assert ws.setting("language") == "fi"
    win = build_main_window(ws, i18n)
    qtbot.addWidget(win)
    win.show()
    assert win.ctx.site_id == "tre-annala-neuvonta"
    assert win.nav.item(0).text() == "Pikakirjaus"
    ws.close()


def test_setup_language_switch_retranslates_the_dialog(qtbot, data_dir, i18n):
    ws = Workspace(data_dir)
    dlg = SetupDialog(ws, i18n)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.language.setCurrentIndex(dlg.language.findData("sv"))
    qtbot.waitUntil(lambda: dlg.windowTitle() == "Välkommen till Yhteisöneuvonta")
    dlg.language.setCurrentIndex(dlg.language.findData("en"))
    qtbot.waitUntil(lambda: dlg.windowTitle() == "Welcome to Yhteisöneuvonta")
    assert _ok(dlg).text() == "Start"
    ws.close()


def test_adviser_code_that_is_not_a_pseudonym_is_refused(qtbot, data_dir, i18n):
    ws = Workspace(data_dir)
    dlg = SetupDialog(ws, i18n)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.keyClicks(dlg.code, "Matti Virtanen")
    dlg.sites.set_value(["lempaala-neuvonta"])
    qtbot.mouseClick(_ok(dlg), Qt.LeftButton)
    assert "nimimerkkiä" in dlg.code_error.text()
    assert not dlg.sites_error.isVisible()
    assert ws.role is None and dlg.code.text() == "Matti Virtanen"
    ws.close()


def test_first_run_as_coordinator_asks_the_passphrase_twice(qtbot, data_dir, i18n):
    ws = Workspace(data_dir)
    dlg = SetupDialog(ws, i18n)
    qtbot.addWidget(dlg)
    dlg.show()
    radio = dlg.coordinator_radio
    qtbot.mouseClick(radio, Qt.LeftButton, pos=QPoint(8, radio.height() // 2))
    assert dlg.coordinator_box.isVisible() and not dlg.adviser_box.isVisible()
    qtbot.keyClicks(dlg.pass1, "correct horse battery")
    qtbot.keyClicks(dlg.pass2, "correct horse battery!")
    qtbot.mouseClick(_ok(dlg), Qt.LeftButton)
    assert "eroavat" in dlg.pass_error.text() and ws.role is None
    qtbot.keyClicks(dlg.pass2, "correct horse battery")
    qtbot.mouseClick(_ok(dlg), Qt.LeftButton)
    assert dlg.result() == QDialog.Accepted
    assert ws.role == "coordinator"
    win = build_main_window(ws, i18n)
    qtbot.addWidget(win)
    assert win.session_bar is None  # the coordinator has no desk
    assert "history" in win.pages and "quick_log" not in win.pages
    ws.close()
