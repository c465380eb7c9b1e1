"""Backups from the File menu with restore, one window per data folder, the clock warning."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from yhteisoneuvonta.core.workspace import Workspace
from yhteisoneuvonta.gui import app as gui_app
from yhteisoneuvonta.gui.backups_dialog import BackupsDialog
from yhteisoneuvonta.gui.coordinator.dialogs import DialogService, set_dialogs
from yhteisoneuvonta.gui.single_instance import SingleInstance
from yhteisoneuvonta.records.inputs import EncounterInput
from yhteisoneuvonta.services import backups, logbook
from yhteisoneuvonta.sync import clock


def log(ws: Workspace) -> str:
    return logbook.create(ws, EncounterInput(site_id="tre-annala-neuvonta", minutes=5,
                                             topics=[ws.reference().terms("topics")[0].id],
                                             occurred_at=datetime.now(timezone.utc).replace(microsecond=0)))["id"]


class Confirming(DialogService):
    def __init__(self) -> None:
        self.asked: list[str] = []

    def confirm(self, parent, title: str, text: str) -> bool:
        self.asked.append(text)
        return True


@pytest.fixture
def confirming():
    service = Confirming()
    old = set_dialogs(service)
    yield service
    set_dialogs(old)


def test_file_menu_lists_backups_and_restores_one_after_confirming(qtbot, window, confirming) -> None:
    ws = window.ctx.ws
    kept = log(ws)
    made = backups.backup_now(ws)
    later = log(ws)
    window.actions_by_key["file.backups"].trigger()
    dialog = window.findChild(BackupsDialog, "backupsDialog")
    assert dialog is not None and dialog.isVisible()
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 1).text() == "1"
    assert not dialog.restore_button.isEnabled()
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.restore_button, Qt.LeftButton)
    assert confirming.asked and window.restore_path == made["path"]
    assert not window.isVisible()
    # What run_gui does next: the store is closed, the backup put back, the store opened again.
    data = ws.data_dir
    ws.close()
    gui_app._restore(data, window.restore_path)
    again = Workspace(data)
    assert logbook.get(again, "encounter", kept)["id"] == kept
    with pytest.raises(Exception):
        logbook.get(again, "encounter", later)
    again.close()


def second_reaches(folder: Path) -> bool:
    return SingleInstance(folder).call_first(timeout_ms=200)


def test_a_second_start_for_the_same_folder_brings_the_first_window_forward(qtbot, tmp_path: Path) -> None:
    first = SingleInstance(tmp_path)
    assert first.acquire()
    assert not second_reaches(tmp_path)  # the window listens only once it is up
    first.listen()
    second = SingleInstance(tmp_path)
    assert not second.acquire()  # the folder has its window
    (tmp_path / "other").mkdir()
    other = SingleInstance(tmp_path / "other")
    assert other.acquire()  # another data folder may have its own
    with qtbot.waitSignal(first.activated, timeout=5000):
        assert second.call_first()
    first.release()
    other.release()
    assert SingleInstance(tmp_path).acquire()  # free again once the first window closed


def test_the_main_window_warns_about_a_clock_behind_a_file_seen(qtbot, adviser_ws, i18n) -> None:
    adviser_ws.set_settings(**{clock.SETTING: {"time": (datetime.now(timezone.utc) + timedelta(days=2)).isoformat(),
                                              "source": "reference file 3"}})
    win = gui_app.build_main_window(adviser_ws, i18n)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.clock is not None and win.clock.isVisible())
    assert "reference file 3" in win.clock.text()
