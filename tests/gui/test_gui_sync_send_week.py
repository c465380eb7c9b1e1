"""Send the week on a real adviser window: the bundle written is one `verify` accepts; the
coordinator's file confirms it and offers the purge."""
from __future__ import annotations

import shutil
from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt

from yhteisoneuvonta.core.workspace import Workspace
from yhteisoneuvonta.gui.coordinator.dialogs import DialogService, set_dialogs
from yhteisoneuvonta.records.inputs import EncounterInput
from yhteisoneuvonta.services import identity, logbook
from yhteisoneuvonta.services import sync as svc


class Scripted(DialogService):
    def __init__(self) -> None:
        self.folder_path: str | None = None
        self.file: str | None = None
        self.save_path: str | None = None
        self.confirms: list[str] = []

    def folder(self, parent, title):
        return self.folder_path

    def open_file(self, parent, title, name_filter=""):
        return self.file

    def save_file(self, parent, title, suggested, name_filter=""):
        return self.save_path

    def confirm(self, parent, title, text):
        self.confirms.append(text)
        return True


@pytest.fixture
def scripted():
    s = Scripted()
    old = set_dialogs(s)
    yield s
    set_dialogs(old)


def test_send_the_week_then_the_coordinators_file(qtbot, tmp_path, window, coord_template, scripted):
    adviser = window.ctx.ws
    shutil.copytree(coord_template, tmp_path / "coordinator")
    coord = Workspace(tmp_path / "coordinator")
    identity.after_setup(adviser)
    old = datetime.now(timezone.utc) - timedelta(days=400)
    for i in range(3):
        logbook.create(adviser, EncounterInput(site_id="tre-annala-neuvonta", occurred_at=old + timedelta(hours=i),
                                               minutes=10, topics=["tax"]))
    page = window.show_page("send_week")
    assert "3 kohtaamista" in page.next_text.text()
    # No coordinator key yet: the page says what to do instead of failing.
    qtbot.mouseClick(page.send_button, Qt.LeftButton)
    assert "koordinaattorin tiedosto" in page.result.text()

    svc.trust_coordinator(adviser, svc.write_coordinator_card(coord, tmp_path / "card.json"))
    svc.enrol(coord, svc.write_enrolment(adviser, tmp_path / "enrol.json"))
    stick = tmp_path / "stick"
    stick.mkdir()
    scripted.folder_path = str(stick)
    qtbot.mouseClick(page.send_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: page.table.rowCount() == 1 and page.send_button.isEnabled(), timeout=10000)
    files = list(stick.iterdir())
    assert len(files) == 1 and str(files[0]) in page.result.text()
    assert svc.verify_bundle(adviser, files[0]).status == "valid"
    assert svc.verify_bundle(coord, files[0]).status != "refused"
    assert "Ei mitään uutta" in page.next_text.text()
    assert page.table.item(0, 3).text() == "Koordinaattorilta ei vielä vastausta"

    # The coordinator imports it and sends the reference file back.
    assert svc.import_bundles(coord, [files[0]]).ok
    ref = svc.export_reference(coord, tmp_path / "reference.yn.zip", retention_days=180)
    scripted.file = ref["path"]
    box = page.reference
    qtbot.mouseClick(box.import_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: "Perillä olevat niput: 1" in box.result.text(), timeout=10000)
    assert page.table.item(0, 3).text() == "Kyllä, vahvistettu"
    qtbot.waitUntil(lambda: box.purge_button.isVisible(), timeout=10000)
    assert box.purge_text.text().startswith("3 ")  # the three old encounters
    qtbot.mouseClick(box.purge_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: box.purge_text.text().startswith("Poistettiin"), timeout=10000)
    coord.close()


def test_enrolment_file_and_fingerprint(qtbot, tmp_path, window, scripted):
    identity.after_setup(window.ctx.ws)
    page = window.show_page("send_week")
    fp = identity.keys_info(window.ctx.ws)["fingerprint"]
    assert page.computer.fingerprint.text() == fp
    scripted.save_path = str(tmp_path / "enrol.json")
    qtbot.mouseClick(page.computer.enrol_button, Qt.LeftButton)
    assert (tmp_path / "enrol.json").exists() and "enrol.json" in page.computer.result.text()
