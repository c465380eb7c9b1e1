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

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..errors import YnError
from ..services import history
from ..services import reports as report_svc
from . import registry
from .context import AppContext
from .coordinator.dialogs import dialogs
from .errors import show_error
from .widgets import Retranslating, local_text
from .workers import run_in_background

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





# --- the screen: session summaries to print or save, on both roles ---------------------------
LIST_LIMIT = 300


def _temp_pdf(ws_dir: Path, session_id: str) -> Path:
    folder = ws_dir / "print"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"summary-{session_id[:8]}.pdf"


class SummariesPage(Retranslating, QWidget):
    """Desk and group sessions, newest first: *Print…* and *Save as PDF…* for the chosen one."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summariesPage")
        self.ctx = ctx
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.kind = QComboBox()
        self.kind.setObjectName("summaryKind")
        self.kind.addItem("", "desk_session")
        self.kind.addItem("", "group_session")
        self.kind_label = QLabel()
        self.kind_label.setBuddy(self.kind)
        self.list = QListWidget()
        self.list.setObjectName("summaryList")
        self.list.itemDoubleClicked.connect(lambda _: self.print_chosen())
        self.print_button = QPushButton()
        self.print_button.setObjectName("summaryPrint")
        self.print_button.clicked.connect(self.print_chosen)
        self.save_button = QPushButton()
        self.save_button.setObjectName("summarySave")
        self.save_button.clicked.connect(self.save_chosen)
        self.status = QLabel()
        self.status.setObjectName("summaryStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextSelectableByMouse)
        top = QHBoxLayout()
        top.addWidget(self.kind_label)
        top.addWidget(self.kind)
        top.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.kind.currentIndexChanged.connect(lambda _: self.reload())
        ctx.records_changed.connect(self._records_changed)
        ctx.session_changed.connect(self.reload)
        self.busy = False
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Session summaries"))
        self.intro.setText(self.tr("Print the summary of a desk session at the end of the shift, or of a "
                                   "group session. It holds no visitor details."))
        self.kind_label.setText(self.tr("&Show:"))
        self.kind.setItemText(0, self.tr("Desk sessions"))
        self.kind.setItemText(1, self.tr("Group sessions"))
        self.kind.setAccessibleName(self.tr("Kind of session"))
        self.list.setAccessibleName(self.tr("Sessions"))
        self.print_button.setText(self.tr("&Print…"))
        self.save_button.setText(self.tr("Save as P&DF…"))
        for b in (self.print_button, self.save_button):
            b.setAccessibleName(b.text().replace("&", "").rstrip("…"))
        self._relabel()

    def showEvent(self, event: object) -> None:  # noqa: N802
        self.reload()  # sessions may have been closed or imported since
        super().showEvent(event)  # type: ignore[arg-type]

    def _records_changed(self, kind: str) -> None:
        if kind in ("desk_session", "group_session"):
            self.reload()

    def reload(self) -> None:
        kind = self.kind.currentData()
        device = self.ctx.ws.device_id if self.ctx.role == registry.ADVISER else None
        query = history.Query(kind=kind, device_id=device)
        run_in_background(self, lambda: history.fetch(self.ctx.ws, query, limit=LIST_LIMIT),
                          on_success=self._show)

    def _show(self, rows: list[dict]) -> None:
        self.list.clear()
        for rec in rows:
            item = QListWidgetItem()
            item.setData(Qt.UserRole, rec)
            self.list.addItem(item)
        self._relabel()
        if self.list.count():
            self.list.setCurrentRow(0)

    def _relabel(self) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            rec = item.data(Qt.UserRole)
            when = local_text(rec.get("starts_at"), "%d.%m.%Y %H:%M")
            end = local_text(rec.get("ends_at"), "%H:%M") if rec.get("ends_at") else self.tr("open")
            who = ", ".join(rec.get("advisers") or rec.get("facilitators") or [])
            title = rec.get("title") or ""
            parts = [f"{when}–{end}", self.ctx.site_name(rec.get("site_id") or ""), title, who]
            item.setText(" · ".join(p for p in parts if p))

    def chosen(self) -> dict | None:
        item = self.list.currentItem()
        return item.data(Qt.UserRole) if item else None

    def _build(self, then: object, target: Path | None = None) -> None:
        rec = self.chosen()
        if rec is None or self.busy:
            self.status.setText(self.tr("Choose a session first."))
            return
        path = target or _temp_pdf(self.ctx.ws.data_dir, rec["id"])
        ws, lang = self.ctx.ws, self.ctx.lang
        self.busy = True
        self.status.setText(self.tr("Making the summary…"))

        def done(result: Path) -> None:
            self.busy = False
            then(result)  # type: ignore[operator]

        def failed(exc: BaseException) -> None:
            self.busy = False
            self.status.setText("")
            show_error(self, exc)

        run_in_background(self, lambda: report_svc.session_summary(ws, rec["id"], path, lang=lang),
                          on_success=done, on_failure=failed, label=self.tr("Making the summary…"))

    def print_chosen(self) -> None:
        self._build(self._print)

    def _print(self, pdf: Path) -> None:
        printer = pdf_printer()
        if not dialogs().print_setup(self, printer):
            self.status.setText(self.tr("Not printed."))
            return
        try:
            pages = print_pdf(pdf, printer)
        except YnError as exc:
            show_error(self, exc)
            return
        self.status.setText(self.tr("Printed %1 page(s).").replace("%1", str(pages)))

    def save_chosen(self) -> None:
        rec = self.chosen()
        if rec is None:
            self.status.setText(self.tr("Choose a session first."))
            return
        day = local_text(rec.get("starts_at"), "%Y-%m-%d")
        path = dialogs().save_file(self, self.tr("Save the summary as PDF"),
                                   f"{self.tr('summary')}-{day}.pdf", self.tr("PDF files (*.pdf)"))
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        self._build(lambda p: self.status.setText(self.tr("Saved: %1").replace("%1", str(p))), Path(path))


def _show_summaries(window: object) -> None:
    window.show_page("summaries")  # type: ignore[attr-defined]


registry.register_page(registry.PageSpec(
    key="summaries",
    title=lambda: QCoreApplication.translate("Pages", "Session summaries"),
    factory=SummariesPage,
    roles=registry.BOTH,
    order=75,
    needs_site=False,
))
registry.register_action(registry.ActionSpec(
    key="print_summary",
    menu="file",
    text=lambda: QCoreApplication.translate("Printing", "Print a session summary…"),
    handler=_show_summaries,
    shortcut="Ctrl+P",
    order=50,
))
