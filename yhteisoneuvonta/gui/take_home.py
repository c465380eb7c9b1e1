"""Today's list: a take-home sheet for the visitor of the chosen encounter, in their language.

The sheet is made by the core (``services.reports.take_home_sheet``); here the adviser only
chooses the language when the encounter's is not Finnish, Swedish or English, and where to
save the PDF.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from ..errors import YnError
from .adviser_fields import LANGUAGE_NAMES
from .context import AppContext
from .coordinator.dialogs import dialogs
from .errors import show_error
from .summary_printer import ask_pdf_path
from .widgets import local_text
from .workers import run_in_background


def _reports() -> Any:
    """The reports service (statistics, PDF): imported on first use, not at program start."""
    from ..services import reports

    return reports


class TakeHomeMaker(QObject):
    """Asks for the language (if needed) and a file, then writes the sheet in the background."""

    message = Signal(str)

    def __init__(self, ctx: AppContext, widget: QWidget) -> None:
        super().__init__(widget)
        self.ctx = ctx
        self.widget = widget

    def language_for(self, rec: dict[str, Any]) -> str | None:
        try:
            lang = _reports().take_home_language(self.ctx.ws, rec["id"])
        except YnError as exc:
            show_error(self.widget, exc)
            return None
        if lang is not None:
            return lang
        codes = list(LANGUAGE_NAMES)
        chosen = dialogs().choose(self.widget, self.tr("Take-home sheet"),
                                  self.tr("In which language does the visitor want the sheet?"),
                                  [LANGUAGE_NAMES[c] for c in codes])
        return None if chosen is None else codes[chosen]

    def make(self, rec: dict[str, Any] | None) -> None:
        if rec is None:
            self.message.emit(self.tr("Choose a visit first."))
            return
        lang = self.language_for(rec)
        if lang is None:
            return
        day = local_text(rec.get("occurred_at"), "%Y-%m-%d")
        name = self.tr("visitor-note")  # the suggested file name
        path = ask_pdf_path(self.widget, self.tr("Save the note for the visitor as PDF"), f"{name}-{day}.pdf")
        if path is None:
            return
        ws, eid, reports = self.ctx.ws, rec["id"], _reports()  # imported here, not in the worker
        run_in_background(self.widget, lambda: reports.take_home_sheet(ws, eid, path, lang=lang),
                          on_success=lambda p: self.message.emit(self.tr("Saved: %1").replace("%1", str(p))),
                          on_failure=lambda exc: show_error(self.widget, exc))
