"""The coordinator's screens driven with qtbot over real bundles from a real adviser workspace:
import (preview first), the status board (gaps, refusals, enrolment), statistics with charts,
reports saved and read back."""
from __future__ import annotations

import shutil
import subprocess
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCharts import QLineSeries
from PySide6.QtCore import Qt

from yhteisoneuvonta.core.workspace import Workspace
from yhteisoneuvonta.gui.app import build_main_window
from yhteisoneuvonta.gui.context import AppContext
from yhteisoneuvonta.gui.coordinator.dialogs import DialogService, set_dialogs
from yhteisoneuvonta.gui.status_board import COLUMNS, StatusBoard
from yhteisoneuvonta.records.inputs import EncounterInput
from yhteisoneuvonta.reports.periods import parse_period
from yhteisoneuvonta.services import identity, logbook, status
from yhteisoneuvonta.services import sync as svc

SITE = "tre-annala-neuvonta"


class Scripted(DialogService):
    """Answers every dialog from attributes the test sets."""

    def __init__(self) -> None:
        self.folder_path: str | None = None
        self.files: list[str] = []
        self.file: str | None = None
        self.save_path: str | None = None
        self.answer = True
        self.secret: str | None = None
        self.asked: list[str] = []

    def open_files(self, parent, title, name_filter=""):
        return list(self.files)

    def open_file(self, parent, title, name_filter=""):
        return self.file

    def folder(self, parent, title):
        return self.folder_path

    def save_file(self, parent, title, suggested, name_filter=""):
        return self.save_path

    def passphrase(self, parent, title, label):
        self.asked.append("passphrase")
        return self.secret

    def text(self, parent, title, label):
        return None

    def confirm(self, parent, title, text):
        self.asked.append(text)
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


def link(adviser: Workspace, coordinator: Workspace, tmp: Path, enrol: bool = True) -> None:
    identity.after_setup(adviser)
    svc.trust_coordinator(adviser, svc.write_coordinator_card(coordinator, tmp / "card.json"))
    if enrol:
        svc.enrol(coordinator, svc.write_enrolment(adviser, tmp / f"enrol-{adviser.device_id}.json"))


def log(ws: Workspace, n: int, days_ago: float = 0) -> None:
    topic = ws.reference().terms("topics")[0].id
    when = datetime.now(timezone.utc).replace(microsecond=0) - timedelta(days=days_ago)
    for i in range(n):
        logbook.create(ws, EncounterInput(site_id=SITE, occurred_at=when - timedelta(minutes=i),
                                          minutes=10, topics=[topic]))


@pytest.fixture
def coord_window(qtbot, coord, i18n):
    win = build_main_window(coord, i18n)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def _import(qtbot, win, paths: list[str]):
    page = win.show_page("import")
    page.add_paths(paths)  # as a drop does: the preview runs first
    qtbot.waitUntil(lambda: page.preview is not None, timeout=10000)
    return page


def test_preview_then_import_updates_the_board(qtbot, tmp_path, adviser_ws, coord, coord_window):
    link(adviser_ws, coord, tmp_path)
    log(adviser_ws, 3)
    svc.export_bundle(adviser_ws, tmp_path / "lost")        # bundle 1: the stick was lost
    log(adviser_ws, 2)
    svc.export_bundle(adviser_ws, tmp_path / "stick")       # bundle 2
    page = _import(qtbot, coord_window, [str(tmp_path / "stick")])
    text = page.report.toPlainText()
    assert "ESIKATSELU" in text and "Nippu 2 / N7" in text
    board = coord_window.page("status")
    board.refresh()
    qtbot.waitUntil(lambda: len(board.rows) == 1)
    assert board.rows[0]["last_seq"] is None  # the preview wrote nothing
    assert page.import_button.isEnabled()
    qtbot.mouseClick(page.import_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: page.last_report is not None, timeout=10000)
    assert "nippu 1 / N7 puuttuu" in page.report.toPlainText()
    qtbot.waitUntil(lambda: board.rows and board.rows[0]["last_seq"] == 2)
    coord_window.show_page("status")
    cells = [board.table.item(0, c).text() for c in range(board.table.columnCount())]
    assert cells[0] == "N7" and cells[2] == "2" and cells[4] == "1"
    assert "Annala" in cells[1]


def test_refused_bundle_is_listed_with_its_reason_then_enrolled(qtbot, tmp_path, adviser_ws, coord,
                                                                coord_window, scripted):
    link(adviser_ws, coord, tmp_path, enrol=False)  # the coordinator has not enrolled it
    log(adviser_ws, 1)
    svc.export_bundle(adviser_ws, tmp_path / "stick")
    page = _import(qtbot, coord_window, [str(tmp_path / "stick")])
    assert not page.import_button.isEnabled()  # nothing importable
    page._run(False)  # a refusal is recorded (quarantined) only by a real import
    qtbot.waitUntil(lambda: page.last_report is not None, timeout=10000)
    assert "hylättiin" in page.report.toPlainText()
    board = coord_window.show_page("status")
    qtbot.waitUntil(lambda: any(not d["enrolled"] for d in board.rows))
    row = next(i for i, d in enumerate(board.rows) if not d["enrolled"])
    board.table.selectRow(row)
    details = board.details.toPlainText()
    assert "ei ole rekisteröity" in details and "quarantine" in details
    assert board.enrol_seen_button.isEnabled()
    qtbot.mouseClick(board.enrol_seen_button, Qt.LeftButton)
    assert identity.keys_info(adviser_ws)["fingerprint"] in scripted.asked[-1]
    qtbot.waitUntil(lambda: board.rows and all(d["enrolled"] for d in board.rows))


def test_locked_key_asks_the_passphrase_once(qtbot, tmp_path, adviser_ws, coord, coord_window, scripted,
                                             coord_passphrase):
    import yhteisoneuvonta.gui.import_page as import_page

    link(adviser_ws, coord, tmp_path)
    log(adviser_ws, 1)
    svc.export_bundle(adviser_ws, tmp_path / "stick")
    identity.forget_identity(coord)
    import_page._passphrase[0] = None
    scripted.secret = coord_passphrase
    page = _import(qtbot, coord_window, [str(tmp_path / "stick")])
    qtbot.mouseClick(page.import_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: page.last_report is not None, timeout=15000)
    assert scripted.asked.count("passphrase") == 1 and page.last_report.ok


def test_statistics_chart_and_report_pdf(qtbot, tmp_path, coord, coord_window, scripted):
    from yhteisoneuvonta.services import demo

    demo.fill(coord, weeks=3, seed=4, devices=2)
    page = coord_window.show_page("statistics")
    page.internal.setChecked(True)  # internal view: every point is a number
    qtbot.waitUntil(lambda: not page.busy and bool(page.tables) and not page.tables[0].suppressed,
                    timeout=10000)
    assert "SISÄINEN" in page.banner.text()
    assert page.model.table.key == "weekly_totals"
    period = page.period.text()
    series = [s for s in page.chart_view.chart().series() if isinstance(s, QLineSeries)]
    weeks = len(parse_period(period).weeks())
    assert series and series[0].count() == weeks
    assert page.model.rowCount() == weeks + 1  # and the total row
    page.choice.setCurrentRow([t.key for t in page.tables].index("topics"))
    assert page.chart_view.chart().series()[0].count() >= 1  # a bar set per figure

    reports = coord_window.show_page("reports")
    out = tmp_path / "viikko.pdf"
    scripted.save_path = str(out)
    reports.period.setText(period)
    qtbot.mouseClick(reports.save_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: out.exists() and "viikko.pdf" in reports.result.text(), timeout=15000)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "Kohtaamiset" in text


def test_municipality_facts_message_beside_the_field(qtbot, coord_window):
    page = coord_window.show_page("reports")
    page.facts_muni.setCurrentIndex(page.facts_muni.findData("tampere"))
    page.fields["schedule"].setText("Kahdesti vuodessa, soita 040 1234567")
    page.fields["responsible"].setText("Maija Meikäläinen")
    qtbot.mouseClick(page.facts_save, Qt.LeftButton)
    assert page.errors["schedule"].isVisible() and "puhelinnumero" in page.errors["schedule"].text()
    page.fields["schedule"].setText("Kahdesti vuodessa")
    qtbot.mouseClick(page.facts_save, Qt.LeftButton)
    assert not page.errors["schedule"].isVisible() and page.facts_status.text()


def _device(code: str, sites: list[str], **extra) -> dict:
    made = (datetime.now(timezone.utc) - timedelta(days=12)).isoformat()
    return {"device_id": f"{code.lower():0<32}", "adviser_code": code, "sites": sites, "fingerprint": "AB CD",
            "enrolled": True, "revoked_at": None, "last_seq": 40, "last_bundle_at": made,
            "last_import": made, "days_since": 12, "received": 30, "missing": [], "forks": [],
            "refusals": []} | extra


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_status_board_columns_fit_a_laptop_screen(qtbot, coord, i18n, lang, monkeypatch):
    sites = [s.id for s in coord.reference().sites][:6]
    refusal = {"file": "x.yn.zip", "reason": "unknown_device", "refused_at": None}
    data = {"unknown": [], "unattributed": [], "refusals": 3, "devices": [
        _device("N7", sites, missing=[1, 2, 3, 5, 8, 9, *range(11, 60, 2)],  # a stick lost every other week
                refusals=[refusal] * 3),
        _device("N12", sites[:2], revoked_at=datetime.now(timezone.utc).isoformat()),
        _device("N3", sites[:1], last_seq=None, last_bundle_at=None, days_since=None, received=0),
    ] + [_device(f"N{n}", sites[:3]) for n in range(20, 40)]}  # enough for a scroll bar
    monkeypatch.setattr(status, "board", lambda ws: data)
    i18n.set_language(lang)
    board = StatusBoard(AppContext(coord, i18n))
    qtbot.addWidget(board)
    board.resize(1366 - 200, 600)  # what is left beside the page list at 1366x768
    board.show()
    qtbot.waitExposed(board)
    qtbot.waitUntil(lambda: len(board.rows) == len(data["devices"]))
    qtbot.wait(50)
    header = board.table.horizontalHeader()
    last = len(COLUMNS) - 1
    assert header.sectionViewportPosition(last) + header.sectionSize(last) <= board.table.viewport().width()
    for row in range(3):  # revoked, silent and late: the longest states
        text = board.table.item(row, last).text()
        assert header.sectionSize(last) >= board.table.fontMetrics().horizontalAdvance(text), text
    missing = board.table.item(0, COLUMNS.index("missing"))
    assert missing.text() == "1–3, 5, 8–9, …" and "59" in missing.toolTip()
    assert board.ctx.site_name(sites[-1]) in board.table.item(0, COLUMNS.index("sites")).toolTip()


def test_coordinator_history_says_whose_record_it_is(qtbot, tmp_path, adviser_ws, coord, coord_window):
    link(adviser_ws, coord, tmp_path)  # N7, enrolled
    log(adviser_ws, 2)
    svc.export_bundle(adviser_ws, tmp_path / "stick")
    svc.import_bundles(coord, [tmp_path / "stick"])
    log(coord, 1, days_ago=3)  # a record from a device with no adviser code enrolled here
    page = coord_window.show_page("history")
    model = page.model
    qtbot.waitUntil(lambda: model.rowCount() == 3)
    col = model.column_index("adviser")
    assert col == 1 and model.headerData(col, Qt.Horizontal) == "Neuvoja"
    texts = [model.data(model.index(row, col)) for row in range(3)]
    assert texts[:2] == ["N7", "N7"] and texts[2] == coord.device_id[:8]
    assert page.table.horizontalHeader().sectionSize(col) >= 60


def test_an_advisers_history_has_no_adviser_column(qtbot, window):
    page = window.show_page("history")
    assert page.model.column_index("adviser") == -1
    assert [page.model.headerData(c, Qt.Horizontal) for c in range(page.model.columnCount())] == \
        ["Aika", "Paikka", "Mitä", "Määrä"]


def test_outgoing_views_take_calendar_periods_only(qtbot, tmp_path, coord, coord_window, scripted):
    """A day range is refused beside the period field unless the view or report is internal."""
    page = coord_window.show_page("statistics")
    qtbot.waitUntil(lambda: not page.busy, timeout=10000)
    page.period.setText("2026-11-02..2026-11-03")
    qtbot.mouseClick(page.show_button, Qt.LeftButton)
    # The message (in any language) names the calendar periods, e.g. 2026-Q4.
    qtbot.waitUntil(lambda: not page.busy and "2026-Q4" in page.period_error.text(), timeout=10000)
    page.internal.setChecked(True)
    qtbot.waitUntil(lambda: not page.busy and page.period_error.text() == "" and bool(page.tables)
                    and not page.tables[0].suppressed, timeout=10000)
    page.period.setText("2026-Q4")
    page.internal.setChecked(False)  # counts again, as an outgoing view
    qtbot.waitUntil(lambda: not page.busy and bool(page.tables) and page.tables[0].suppressed, timeout=10000)
    assert page.period_error.text() == ""

    reports = coord_window.show_page("reports")
    out = tmp_path / "range.pdf"
    scripted.save_path = str(out)
    reports.period.setText("2026-11-02..2026-11-03")
    qtbot.mouseClick(reports.save_button, Qt.LeftButton)
    assert "2026-Q4" in reports.period_error.text() and not out.exists()
