"""Printing or saving one session's summary: the one piece every screen that offers it uses.

The summaries page, the end-of-shift offer on the session bar and the history page all hand
a session record (desk or group) to a :class:`SummaryPrinter`. It makes the PDF off the GUI
thread (``services.reports.session_summary``), then either opens the system print dialog
(through the dialogs service) and prints with :func:`printing.print_pdf`, or asks where to
save it. What happened comes back as a text on the ``message`` signal.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from ..errors import YnError
from .context import AppContext
from .coordinator.dialogs import dialogs
from .errors import show_error
from .printing import pdf_printer, print_pdf
from .widgets import local_text
from .workers import run_in_background

SESSION_KINDS = ("desk_session", "group_session")


def is_session(rec: dict[str, Any] | None) -> bool:
    """Whether a history row is a desk or group session (those have summaries)."""
    return bool(rec) and rec.get("type", "desk_session") in SESSION_KINDS and not rec.get("deleted")


def ask_pdf_path(widget: QWidget, title: str, suggested: str) -> Path | None:
    """Where to save a PDF (through the dialogs service); ".pdf" is added when left out."""
    path = dialogs().save_file(widget, title, suggested,
                               QCoreApplication.translate("SummaryPrinter", "PDF files (*.pdf)"))
    if not path:
        return None
    return Path(path if path.lower().endswith(".pdf") else path + ".pdf")


class SummaryPrinter(QObject):
    """Makes a session's summary PDF in the background, then prints it or saves it."""

    message = Signal(str)  # translated status text for the screen that asked
    done = Signal(object)  # the printed or saved file (Path)

    def __init__(self, ctx: AppContext, widget: QWidget) -> None:
        super().__init__(widget)
        self.ctx = ctx
        self.widget = widget  # parent of the dialogs, and of error messages
        self.busy = False

    def _say(self, text: str) -> None:
        self.message.emit(text)

    def print_summary(self, rec: dict[str, Any] | None) -> None:
        """Make the summary, then the system print dialog, then print."""
        self._build(rec, None, self._print)

    def save_summary(self, rec: dict[str, Any] | None) -> None:
        """Ask for a file name, then write the summary there."""
        if rec is None:
            self._say(self.tr("Choose a session first."))
            return
        day = local_text(rec.get("starts_at"), "%Y-%m-%d")
        name = self.tr("summary")  # the suggested file name
        path = ask_pdf_path(self.widget, self.tr("Save the summary as PDF"), f"{name}-{day}.pdf")
        if path is not None:
            self._build(rec, path, self._saved)

    def _build(self, rec: dict[str, Any] | None, target: Path | None, then: Callable[[Path], None]) -> None:
        if rec is None:
            self._say(self.tr("Choose a session first."))
            return
        if self.busy:
            return
        ws, lang, sid = self.ctx.ws, self.ctx.lang, rec["id"]
        self.busy = True
        self._say(self.tr("Making the summary…"))

        def built(result: Path) -> None:
            self.busy = False
            then(result)

        def failed(exc: BaseException) -> None:
            self.busy = False
            self._say("")
            show_error(self.widget, exc)

        from ..services import (
            reports as report_svc,  # reportlab: only when a summary is made
        )

        if target is None:  # a private copy for the printer, removed once printed
            job = lambda: report_svc.print_copy(ws, sid, lang=lang)  # noqa: E731
        else:
            job = lambda: report_svc.session_summary(ws, sid, target, lang=lang)  # noqa: E731
        run_in_background(self.widget, job, on_success=built, on_failure=failed,
                          label=self.tr("Making the summary…"))

    def _print(self, pdf: Path) -> None:
        from ..services.reports import discard_print_copy

        try:
            if not dialogs().print_preview(self.widget, str(pdf)):
                self._say(self.tr("Not printed."))
                return
            printer = pdf_printer()
            if not dialogs().print_setup(self.widget, printer):
                self._say(self.tr("Not printed."))
                return
            try:
                pages = print_pdf(pdf, printer)  # the queue has its own copy once this returns
            except YnError as exc:
                self._say("")
                show_error(self.widget, exc)
                return
        finally:
            discard_print_copy(pdf)  # printed or not, the private copy goes
        self._say(self.tr("Printed %1 page(s).").replace("%1", str(pages)))
        self.done.emit(pdf)

    def _saved(self, path: Path) -> None:
        self._say(self.tr("Saved: %1").replace("%1", str(path)))
        self.done.emit(path)
