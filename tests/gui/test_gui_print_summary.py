"""Printing session summaries through Qt: QtPdf renders the summary onto a QPrinter that
writes a PDF file (offscreen); the printed file is read back with pdftotext."""
from __future__ import annotations

import subprocess
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from yhteisoneuvonta.gui.coordinator.dialogs import DialogService, set_dialogs
from yhteisoneuvonta.gui.printing import pdf_printer, print_pdf
from yhteisoneuvonta.records.inputs import EncounterInput, SessionInput
from yhteisoneuvonta.services import logbook
from yhteisoneuvonta.services import reports as report_svc


def _text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def _session(ws) -> str:
    start = datetime.now(timezone.utc).replace(microsecond=0) - timedelta(hours=3)
    sess = logbook.create(ws, SessionInput(site_id="tre-annala-neuvonta", starts_at=start,
                                           ends_at=start + timedelta(hours=2), partners=["Nauha"]))
    logbook.create(ws, EncounterInput(site_id="tre-annala-neuvonta", occurred_at=start + timedelta(minutes=5),
                                      minutes=15, topics=["tax"], session_id=sess["id"]))
    return sess["id"]


class PrintToFile(DialogService):
    """The print dialog, answered: the user chose "print to file"."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.save_path: str | None = None
        self.previewed: list[str] = []

    def print_preview(self, parent, pdf_path):
        self.previewed.append(pdf_path)  # the user looked at the pages, then chose Print
        return True

    def print_setup(self, parent, printer):
        from PySide6.QtPrintSupport import QPrinter

        printer.setOutputFormat(QPrinter.PdfFormat)
        printer.setOutputFileName(str(self.out))
        return True

    def save_file(self, parent, title, suggested, name_filter=""):
        return self.save_path


@pytest.fixture
def print_to(tmp_path):
    service = PrintToFile(tmp_path / "printed.pdf")
    old = set_dialogs(service)
    yield service
    set_dialogs(old)


def test_print_pdf_onto_a_pdf_printer(qapp, tmp_path, adviser_ws):
    summary = report_svc.session_summary(adviser_ws, _session(adviser_ws), tmp_path / "summary.pdf")
    printed = tmp_path / "printed.pdf"
    assert print_pdf(summary, pdf_printer(printed)) >= 1
    text = _text(printed)
    assert "Päivystyksen yhteenveto" in text and "Annala" in text and "Nauha" in text


def test_summaries_page_prints_and_saves(qtbot, tmp_path, window, print_to):
    _session(window.ctx.ws)
    page = window.show_page("summaries")
    qtbot.waitUntil(lambda: page.list.count() == 1)
    assert "Annala" in page.list.item(0).text()
    qtbot.mouseClick(page.print_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: page.status.text().startswith("Tulostettu"), timeout=10000)
    assert "Annala" in _text(print_to.out)
    print_to.save_path = str(tmp_path / "oma")  # ".pdf" is added
    qtbot.mouseClick(page.save_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: (tmp_path / "oma.pdf").exists() and "oma.pdf" in page.status.text(), timeout=10000)
    assert "Kohtaamisia" in _text(tmp_path / "oma.pdf")


def test_closing_the_desk_offers_its_summary(qtbot, tmp_path, window, print_to):
    from yhteisoneuvonta.services import desk

    ws, bar = window.ctx.ws, window.session_bar
    assert window.ctx.site_id == "tre-annala-neuvonta"
    desk.open_session(ws, "tre-annala-neuvonta", partners=["Nauha"])
    for topic in ("tax", "housing", "tax"):
        desk.quick_log(ws, "tre-annala-neuvonta", [topic], [], 10)
    bar.refresh()
    qtbot.mouseClick(bar.session_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: bar.close_question.isVisible())  # a desk with visits asks first
    bar.close_question.accept()
    assert desk.current_session(ws, "tre-annala-neuvonta") is None
    offer = bar.shift_dialog
    qtbot.waitUntil(offer.isVisible)
    assert "Annala" in offer.text.text() and "3" in offer.text.text()
    print_to.save_path = str(tmp_path / "vuoro.pdf")
    qtbot.mouseClick(offer.save_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: "vuoro.pdf" in offer.status.text(), timeout=10000)
    text = _text(tmp_path / "vuoro.pdf")
    assert "Annala" in text and "Nauha" in text
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    assert lines[lines.index("Kohtaamisia") + 1] == "3"  # the encounter count beside its label
    qtbot.mouseClick(offer.print_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: offer.status.text().startswith("Tulostettu"), timeout=10000)
    assert "Annala" in _text(print_to.out)
    qtbot.mouseClick(offer.close_button, Qt.LeftButton)
    assert not offer.isVisible()


def test_history_prints_a_group_session(qtbot, window, print_to):
    from yhteisoneuvonta.records.inputs import GroupSessionInput

    ws = window.ctx.ws
    start = datetime.now(timezone.utc).replace(microsecond=0) - timedelta(days=1)
    logbook.create(ws, GroupSessionInput(site_id="tre-annala-neuvonta", kind="house_meeting", title="Talokokous B",
                                         starts_at=start, ends_at=start + timedelta(hours=1), headcount_total=12))
    _session(ws)
    page = window.show_page("history")
    page.kind.setCurrentIndex(page.kind.findData("encounter"))
    assert not page.print_button.isVisible()  # encounters have no summary
    page.kind.setCurrentIndex(page.kind.findData("group_session"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.print_button.isVisible() and not page.print_button.isEnabled()
    page.table.selectRow(0)
    assert page.print_button.isEnabled()
    qtbot.mouseClick(page.print_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: print_to.out.exists() and "Talokokous B" in _text(print_to.out), timeout=10000)


class SeeThePrintCopy(PrintToFile):
    """Answers the print dialog and notes what the program left for the printer at that moment."""

    def __init__(self, out: Path, data_dir: Path, answer: bool = True) -> None:
        super().__init__(out)
        self.data_dir, self.answer, self.seen = data_dir, answer, []

    def print_setup(self, parent, printer):
        folder = self.data_dir / "print"
        self.seen = [(folder.stat().st_mode & 0o777, p.name, p.stat().st_mode & 0o777) for p in folder.iterdir()]
        return super().print_setup(parent, printer) and self.answer


@pytest.mark.parametrize("answer", [True, False], ids=["printed", "cancelled"])
def test_print_copies_are_private_and_removed(qtbot, tmp_path, window, answer):
    ws = window.ctx.ws
    (ws.data_dir / "print").mkdir(mode=0o755)  # as an older version left it: readable by all
    _session(ws)
    service = SeeThePrintCopy(tmp_path / "printed.pdf", ws.data_dir, answer)
    old = set_dialogs(service)
    try:
        page = window.show_page("summaries")
        qtbot.waitUntil(lambda: page.list.count() == 1)
        qtbot.mouseClick(page.print_button, Qt.LeftButton)
        qtbot.waitUntil(lambda: bool(service.seen) and not page.printer.busy, timeout=10000)
        qtbot.waitUntil(lambda: not list((ws.data_dir / "print").iterdir()), timeout=5000)
    finally:
        set_dialogs(old)
    [(folder_mode, name, file_mode)] = service.seen
    assert folder_mode == 0o700 and file_mode == 0o600 and name.endswith(".pdf")
    assert (ws.data_dir / "print").stat().st_mode & 0o777 == 0o700
    assert service.out.exists() == answer and (not answer or "Annala" in _text(service.out))
    # Saving a copy keeps it where the user chose, as an ordinary document.
    service.save_path = str(tmp_path / "kept.pdf")
    set_dialogs(service)
    try:
        qtbot.mouseClick(page.save_button, Qt.LeftButton)
        qtbot.waitUntil(lambda: (tmp_path / "kept.pdf").exists(), timeout=10000)
    finally:
        set_dialogs(old)
    assert not list((ws.data_dir / "print").iterdir())
