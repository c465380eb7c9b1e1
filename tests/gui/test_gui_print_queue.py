"""Printing from the window: a preview of the pages first, then the PDF itself goes to the
chosen CUPS queue (vector, with text), not a picture of it."""
from __future__ import annotations

import subprocess
from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt

from yhteisoneuvonta.gui.coordinator.dialogs import DialogService, set_dialogs
from yhteisoneuvonta.gui.printing import PrintPreview
from yhteisoneuvonta.records.inputs import EncounterInput, SessionInput
from yhteisoneuvonta.services import logbook
from yhteisoneuvonta.services import reports as report_svc


def _session(ws) -> str:
    start = datetime.now(timezone.utc).replace(microsecond=0) - timedelta(hours=3)
    sess = logbook.create(ws, SessionInput(site_id="tre-annala-neuvonta", starts_at=start,
                                           ends_at=start + timedelta(hours=2), partners=["Nauha"]))
    logbook.create(ws, EncounterInput(site_id="tre-annala-neuvonta", occurred_at=start + timedelta(minutes=5),
                                      minutes=15, topics=["tax"], session_id=sess["id"]))
    return sess["id"]


class ToQueue(DialogService):
    def __init__(self, queue: str) -> None:
        self.queue = queue
        self.previewed = 0
        self.preview_answer = True

    def print_preview(self, parent, pdf_path):
        self.previewed += 1
        return self.preview_answer

    def print_setup(self, parent, printer):
        printer.setPrinterName(self.queue)
        return True


def test_the_preview_shows_the_summary_pages(qtbot, tmp_path, adviser_ws):
    pdf = report_svc.session_summary(adviser_ws, _session(adviser_ws), tmp_path / "s.pdf")
    preview = PrintPreview(pdf)
    qtbot.addWidget(preview)
    preview.show()
    assert preview.pages() >= 1
    assert preview.print_button.text().replace("&", "")


def test_printing_from_the_summaries_page_sends_the_pdf_to_the_queue(qtbot, window, cups_pdf_queue):
    _session(window.ctx.ws)
    service = ToQueue(cups_pdf_queue.name)
    old = set_dialogs(service)
    try:
        cups_pdf_queue.clear()
        page = window.show_page("summaries")
        qtbot.waitUntil(lambda: page.list.count() == 1)
        service.preview_answer = False  # closed the preview: nothing printed
        qtbot.mouseClick(page.print_button, Qt.LeftButton)
        qtbot.waitUntil(lambda: service.previewed == 1, timeout=10000)
        assert not list(cups_pdf_queue.out.rglob("*.pdf"))
        service.preview_answer = True
        qtbot.mouseClick(page.print_button, Qt.LeftButton)
        qtbot.waitUntil(lambda: page.status.text().startswith("Tulostettu"), timeout=20000)
        printed = cups_pdf_queue.wait_for_pdf()
    finally:
        set_dialogs(old)
    text = subprocess.run(["pdftotext", str(printed), "-"], capture_output=True, text=True, check=True).stdout
    assert "yhteenveto" in text and "Annala" in text and "Nauha" in text
    images = subprocess.run(["pdfimages", "-list", str(printed)], capture_output=True, text=True).stdout
    assert not [line for line in images.splitlines()[2:] if line.strip()]  # vector, not a picture
