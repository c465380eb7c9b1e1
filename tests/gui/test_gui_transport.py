"""Bundles travel through folders set once: the adviser's send folder (Send the week writes
there without asking again) and the coordinator's inbox (new bundle files in it are previewed
by themselves and imported on one click; other files are left alone)."""
from __future__ import annotations

import shutil
from datetime import datetime, timezone

import pytest
from PySide6.QtCore import Qt

from yhteisoneuvonta.core.workspace import Workspace
from yhteisoneuvonta.errors import ValidationError
from yhteisoneuvonta.gui.app import build_main_window
from yhteisoneuvonta.gui.coordinator.dialogs import DialogService, set_dialogs
from yhteisoneuvonta.records.inputs import EncounterInput
from yhteisoneuvonta.services import identity, logbook, status, transport
from yhteisoneuvonta.services import sync as svc


class Folders(DialogService):
    def __init__(self) -> None:
        self.folder_path: str | None = None
        self.asked = 0

    def folder(self, parent, title):
        self.asked += 1
        return self.folder_path

    def passphrase(self, parent, title, label):
        return "correct horse battery staple"


@pytest.fixture
def folders():
    s = Folders()
    old = set_dialogs(s)
    yield s
    set_dialogs(old)


@pytest.fixture
def coord(tmp_path, coord_template):
    shutil.copytree(coord_template, tmp_path / "coordinator")
    ws = Workspace(tmp_path / "coordinator")
    yield ws
    ws.close()


def _log(ws) -> None:
    logbook.create(ws, EncounterInput(site_id="tre-annala-neuvonta", occurred_at=datetime.now(timezone.utc),
                                      minutes=5, topics=["tax"]))


def _link(adviser, coord, tmp):
    identity.after_setup(adviser)
    svc.trust_coordinator(adviser, svc.write_coordinator_card(coord, tmp / "card.json"))
    svc.enrol(coord, svc.write_enrolment(adviser, tmp / "enrol.json"))


def test_the_send_folder_is_asked_once(qtbot, tmp_path, window, coord, folders):
    adviser = window.ctx.ws
    _link(adviser, coord, tmp_path)
    stick = tmp_path / "stick"
    stick.mkdir()
    folders.folder_path = str(stick)
    page = window.show_page("send_week")
    assert "ei ole vielä valittu" in page.folder_text.text()
    _log(adviser)
    qtbot.mouseClick(page.send_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: len(list(stick.iterdir())) == 1 and page.send_button.isEnabled(), timeout=10000)
    assert folders.asked == 1 and str(stick) in page.folder_text.text()
    _log(adviser)
    qtbot.mouseClick(page.send_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: len(list(stick.iterdir())) == 2 and page.send_button.isEnabled(), timeout=10000)
    assert folders.asked == 1  # written there without asking again
    # The stick is not plugged in: the page says so and asks for a folder instead.
    stick.rename(tmp_path / "elsewhere")
    page.refresh()
    assert "ei ole nyt" in page.folder_text.text()
    folders.folder_path = None
    qtbot.mouseClick(page.send_button, Qt.LeftButton)
    assert folders.asked == 2


def test_a_send_folder_must_exist(adviser_ws, tmp_path):
    with pytest.raises(ValidationError) as refused:
        transport.set_send_folder(adviser_ws, tmp_path / "nowhere")
    assert refused.value.field == "send_folder"
    assert transport.send_folder(adviser_ws) is None


def test_new_bundles_in_the_inbox_appear_by_themselves(qtbot, tmp_path, adviser_ws, coord, i18n, folders):
    _link(adviser_ws, coord, tmp_path)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    win = build_main_window(coord, i18n)
    qtbot.addWidget(win)
    win.show()
    page = win.show_page("import")
    folders.folder_path = str(inbox)
    qtbot.mouseClick(page.inbox_button, Qt.LeftButton)
    assert transport.inbox_folder(coord) == str(inbox.resolve())
    assert str(inbox.resolve()) in page.inbox_text.text()

    _log(adviser_ws)
    bundle = svc.export_bundle(adviser_ws, tmp_path / "out").path
    (inbox / "kuva.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 40)  # not a bundle: left alone
    shutil.copy(bundle, inbox / bundle.name)  # the sync client drops the file in
    qtbot.waitUntil(lambda: page.preview is not None, timeout=15000)
    assert [p.rsplit("/", 1)[-1] for p in page.paths] == [bundle.name]
    assert "ESIKATSELU" in page.report.toPlainText()
    assert status.board(coord)["devices"][0]["last_seq"] is None  # a preview writes nothing
    qtbot.mouseClick(page.import_button, Qt.LeftButton)  # the one confirmation
    qtbot.waitUntil(lambda: page.last_report is not None, timeout=15000)
    assert status.board(coord)["devices"][0]["last_seq"] == 1
    # An imported bundle is not offered again when the folder changes.
    (inbox / "muistio.pdf").write_bytes(b"%PDF-1.4\n")
    page.scan_inbox()
    assert page.paths == [] and transport.new_inbox_bundles(coord) == []
