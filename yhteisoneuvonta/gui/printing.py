"""Printing a PDF through Qt: QtPdf renders each page, QPainter puts it on a QPrinter.

``print_pdf(pdf_path, printer)`` is all a screen needs (after the system print dialog set
up the printer). Pages are drawn as images at up to ``MAX_DPI`` (a printer needs no more,
and an A4 page at a PDF printer's 1200 dpi would take half a gigabyte), with the page's
text laid over them invisibly, so "print to PDF" gives a file that can still be searched
and copied from, like a scanned page with a text layer.
"""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from ..errors import YnError

log = logging.getLogger(__name__)
MAX_DPI = 300


class PrintError(YnError):
    code = "print_failed"


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


def print_pdf(pdf_path: str | Path, printer: QPrinter) -> int:
    """Print every page of ``pdf_path`` on ``printer``; returns the number of pages printed."""
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
