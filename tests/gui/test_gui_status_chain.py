"""The status board says what went wrong with a device's chain and clock, in words that name
the device and what to do; text taken from files is shown as plain text, never as markup."""
from __future__ import annotations

import shutil
from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from yhteisoneuvonta.core.workspace import Workspace
from yhteisoneuvonta.errors import BundleError
from yhteisoneuvonta.gui.context import AppContext
from yhteisoneuvonta.gui.errors import show_error
from yhteisoneuvonta.gui.status_board import COLUMNS, StatusBoard
from yhteisoneuvonta.services import status


@pytest.fixture
def coord(tmp_path, coord_template):
    shutil.copytree(coord_template, tmp_path / "coordinator")
    ws = Workspace(tmp_path / "coordinator")
    yield ws
    ws.close()


def _device(code: str, **extra) -> dict:
    made = (datetime.now(timezone.utc) - timedelta(days=2)).isoformat()
    return {"device_id": f"{code.lower():0<32}", "adviser_code": code, "sites": [], "fingerprint": "AB CD",
            "enrolled": True, "revoked_at": None, "last_seq": 7, "last_bundle_at": made, "last_import": made,
            "days_since": 2, "received": 7, "missing": [], "forks": [], "rollbacks": [], "chain_breaks": [],
            "clock_ahead_days": None, "conflicts": [], "refusals": []} | extra


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_chain_and_clock_trouble_named_with_what_to_do(qtbot, coord, i18n, lang, monkeypatch, tmp_path):
    data = {"unknown": [], "unattributed": [], "refusals": 0, "devices": [
        _device("N7", forks=[3, 5], rollbacks=[3], chain_breaks=[6], clock_ahead_days=26000,
                conflicts=[{"path": str(tmp_path / "conflicts" / "x.json")}]),
        _device("K3", clock_ahead_days=3),
        _device("M1"),
    ]}
    monkeypatch.setattr(status, "board", lambda ws: data)
    i18n.set_language(lang)
    board = StatusBoard(AppContext(coord, i18n))
    qtbot.addWidget(board)
    qtbot.waitUntil(lambda: len(board.rows) == 3)
    state = COLUMNS.index("state")
    states = [board.table.item(i, state).text() for i in range(3)]
    assert len(set(states)) == 3  # chain trouble, clock ahead, OK: three different words
    board.table.selectRow(0)
    details = board.details.toPlainText()
    assert details.count("N7") >= 4 and "26000" in details and "5" in details and "6" in details
    if lang == "en":
        assert "rollback" in details and "(fork)" in details and "chain is broken" in details
        assert "clock of N7's computer" in details and "kept for review" in details
        assert states == ["Check the chain", "Clock ahead", "OK"]
    board.table.selectRow(1)
    assert "K3" in board.details.toPlainText() and "3" in board.details.toPlainText()


def test_error_messages_from_files_are_plain_text(qtbot):
    box = show_error(None, BundleError("not_a_bundle", "<b>evil</b> <a href='x'>file</a>.yn.zip"))
    qtbot.addWidget(box)
    assert isinstance(box, QMessageBox) and box.textFormat() == Qt.PlainText
    box.close()
