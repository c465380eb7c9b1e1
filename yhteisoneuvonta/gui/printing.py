"""Printing a PDF: the PDF itself whenever possible, a rendering of it only as a last resort.

``print_pdf(pdf_path, printer)`` is all a screen needs (after the preview and the system
print dialog set up the printer):
- "print to file": the PDF is copied there, exactly as made (vector, searchable);
- a CUPS queue: the PDF goes to the queue unchanged (``services.printing``), so the printer
  or a PDF queue gets vector pages with their text;
- otherwise (Windows' own printers): QtPdf renders each page as an image at up to
  ``MAX_DPI`` with the page's text laid over it invisibly, like a scan with a text layer.
:class:`PrintPreview` shows the pages before anything is printed.
"""
from __future__ import annotations

import logging
from pathlib import Path

import shutil

from PySide6.QtCore import QPointF, QRectF, QSize
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout, QWidget

from ..errors import PrintError
from ..services import printing as printing_svc
from .widgets import Retranslating

log = logging.getLogger(__name__)
MAX_DPI = 300


def _text_layer(painter: QPainter, doc: QPdfDocument, page: int, scale: float, origin: QPointF) -> None:
    """Each run of text where it stands on the page, drawn transparent."""
    painter.save()
    painter.setPen(QPen(QColor(0, 0, 0, 0)))
    for poly in doc.getAllText(page).bounds():
        rect = poly.boundingRect()
        if rect.isEmpty():
            continue
        inner = rect.adjusted(0.2, 0.2, -0.2, -0.2)
        text = doc.getSelection(page, inner.topLeft(), inner.bottomRight()).text().replace("\r", "").strip()
        if not text:
            continue
        target = QRectF(origin.x() + rect.x() * scale, origin.y() + rect.y() * scale,
                        rect.width() * scale, rect.height() * scale)
        font = QFont("DejaVu Sans")
        font.setPixelSize(max(1, int(target.height() * 0.8)))
        painter.setFont(font)
        width = QFontMetricsF(font).horizontalAdvance(text.splitlines()[0]) or 1.0
        painter.save()
        painter.translate(target.left(), target.bottom() - target.height() * 0.2)
        painter.scale(min(target.width() / width, 4.0), 1.0)
        painter.drawText(QPointF(0, 0), text.splitlines()[0])
        painter.restore()
    painter.restore()


def page_count(pdf_path: str | Path) -> int:
    doc = QPdfDocument()
    status = doc.load(str(pdf_path))
    if status != QPdfDocument.Error.None_ or doc.pageCount() == 0:
        raise PrintError(f"Cannot read the PDF {pdf_path} for printing ({status.name}).")
    pages = doc.pageCount()
    doc.close()
    return pages


def print_pdf(pdf_path: str | Path, printer: QPrinter) -> int:
    """Print every page of ``pdf_path`` on ``printer``; returns the number of pages printed."""
    pages = page_count(pdf_path)
    if printer.outputFormat() == QPrinter.PdfFormat and printer.outputFileName():
        shutil.copyfile(pdf_path, printer.outputFileName())  # the document itself, not a copy of its look
        return pages
    if printer.printerName() and printing_svc.lp_command():
        printing_svc.print_pdf(pdf_path, printer.printerName(), copies=printer.copyCount(),
                               title=printer.docName() or "Yhteisöneuvonta")
        return pages
    return render_pdf(pdf_path, printer)


def render_pdf(pdf_path: str | Path, printer: QPrinter) -> int:
    """Draw every page of ``pdf_path`` on ``printer`` (images with a text layer)."""
    doc = QPdfDocument()
    status = doc.load(str(pdf_path))
    if status != QPdfDocument.Error.None_ or doc.pageCount() == 0:
        raise PrintError(f"Cannot read the PDF {pdf_path} for printing ({status.name}).")
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError("The printer could not be started.")
    pages = doc.pageCount()
    try:
        dpi = min(printer.resolution(), MAX_DPI)
        for page in range(pages):
            if page:
                printer.newPage()
            points = doc.pagePointSize(page)
            area = printer.pageLayout().paintRectPixels(printer.resolution())
            # Fit the page into the printable area, keeping its shape.
            scale = min(area.width() / points.width(), area.height() / points.height())
            origin = QPointF((area.width() - points.width() * scale) / 2,
                             (area.height() - points.height() * scale) / 2)
            image = doc.render(page, QSize(int(points.width() * dpi / 72), int(points.height() * dpi / 72)))
            painter.drawImage(QRectF(origin.x(), origin.y(), points.width() * scale,
                                     points.height() * scale), image)
            _text_layer(painter, doc, page, scale, origin)
    finally:
        painter.end()
    doc.close()
    return pages


def pdf_printer(out: str | Path | None = None) -> QPrinter:
    """A printer for the system dialog, or (``out`` given) one that writes a PDF file."""
    printer = QPrinter(QPrinter.HighResolution)
    printer.setDocName("Yhteisöneuvonta")
    if out is not None:
        printer.setOutputFormat(QPrinter.PdfFormat)
        printer.setOutputFileName(str(out))
    return printer


class PrintPreview(Retranslating, QDialog):
    """The pages as they will print, before the print dialog: Print… or Close."""

    def __init__(self, pdf_path: str | Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printPreview")
        self.pdf_path = Path(pdf_path)
        self.printer = QPrinter(QPrinter.ScreenResolution)
        self.view = QPrintPreviewWidget(self.printer, self)
        self.view.setObjectName("previewPages")
        self.view.paintRequested.connect(lambda printer: render_pdf(self.pdf_path, printer))
        self.view.fitToWidth()
        self.print_button = QPushButton()
        self.print_button.setObjectName("previewPrint")
        self.print_button.setDefault(True)
        self.close_button = QPushButton()
        self.close_button.setObjectName("previewClose")
        buttons = QDialogButtonBox()
        buttons.addButton(self.print_button, QDialogButtonBox.AcceptRole)
        buttons.addButton(self.close_button, QDialogButtonBox.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.retranslate()
        self.resize(720, 700)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Print preview"))
        self.view.setAccessibleName(self.tr("The pages as they will print"))
        self.print_button.setText(self.tr("&Print…"))
        self.close_button.setText(self.tr("Close"))

    def pages(self) -> int:
        self.view.updatePreview()
        return self.view.pageCount()
