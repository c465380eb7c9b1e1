"""The adviser takes the coordinator card and the reference file with the same button (and in
the first-run setup), after seeing the fingerprint; declining trusts nothing."""
from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt

from yhteisoneuvonta.core.workspace import Workspace
from yhteisoneuvonta.gui.coordinator.dialogs import DialogService, set_dialogs
from yhteisoneuvonta.gui.setup_dialog import SetupDialog
from yhteisoneuvonta.services import identity
from yhteisoneuvonta.services import sync as svc


class Scripted(DialogService):
    def __init__(self) -> None:
        self.file: str | None = None
        self.answer = True
        self.confirms: list[str] = []

    def open_file(self, parent, title, name_filter=""):
        return self.file

    def confirm(self, parent, title, text):
        self.confirms.append(text)
        return self.answer


@pytest.fixture
def scripted():
    s = Scripted()
    old = set_dialogs(s)
    yield s
    set_dialogs(old)


@pytest.fixture
def coord(tmp_path, coord_template):
    shutil.copytree(coord_template, tmp_path / "coordinator")
    ws = Workspace(tmp_path / "coordinator")
    yield ws
    ws.close()


def test_the_import_button_pins_the_card_after_showing_its_fingerprint(qtbot, tmp_path, window, coord, scripted):
    adviser = window.ctx.ws
    identity.after_setup(adviser)
    card = svc.write_coordinator_card(coord, tmp_path / "coordinator-card.json")
    fingerprint = identity.keys_info(coord)["fingerprint"]
    box = window.show_page("send_week").reference
    scripted.file = str(card)
    scripted.answer = False  # declined: nothing trusted
    qtbot.mouseClick(box.import_button, Qt.LeftButton)
    assert fingerprint in scripted.confirms[-1]
    assert adviser.setting("coordinator_pin") is None

    scripted.answer = True
    qtbot.mouseClick(box.import_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: adviser.setting("coordinator_pin") is not None, timeout=10000)
    assert adviser.setting("coordinator_pin")["fingerprint"] == fingerprint
    qtbot.waitUntil(lambda: fingerprint in box.result.text())
    assert "not a bundle" not in box.result.text()

    # The coordinator's reference file through the very same button: verified against the pin.
    svc.enrol(coord, svc.write_enrolment(adviser, tmp_path / "enrol.json"))
    ref = svc.export_reference(coord, tmp_path / "reference.yn.zip")
    asked = len(scripted.confirms)
    scripted.file = ref["path"]
    qtbot.mouseClick(box.import_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: "luettiin" in box.result.text(), timeout=10000)
    assert len(scripted.confirms) == asked  # the key is known: nothing to ask


def test_first_run_setup_takes_the_card(qtbot, tmp_path, data_dir, i18n, coord, scripted):
    card = svc.write_coordinator_card(coord, tmp_path / "coordinator-card.json")
    fingerprint = identity.keys_info(coord)["fingerprint"]
    ws = Workspace(data_dir)
    dlg = SetupDialog(ws, i18n)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.code.setText("N9")
    dlg.sites.set_value(["tre-annala-neuvonta"])
    scripted.file = str(card)
    qtbot.mouseClick(dlg.card_button, Qt.LeftButton)
    assert fingerprint in scripted.confirms[-1]
    assert fingerprint in dlg.card_label.text()
    dlg.finish()
    assert dlg.result() == dlg.DialogCode.Accepted
    assert ws.setting("coordinator_pin")["fingerprint"] == fingerprint
    ws.close()
