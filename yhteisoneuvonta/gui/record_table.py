"""A list of records to choose from, and deleting or restoring the chosen one with undo:
the same in today's list (quick log) and in history."""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QPainter, QPaintEvent, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from ..errors import YnError
from ..services import logbook
from .context import AppContext
from .errors import show_error
from .models import RecordTableModel, RowRef


class RecordTable(QTableView):
    """Read-only rows, one chosen at a time. Enter or a double click asks to edit the
    chosen record, Delete to delete it; the page decides what those mean."""

    edit_requested = Signal()
    delete_requested = Signal()

    def __init__(self, model: RecordTableModel, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.verticalHeader().hide()
        self.doubleClicked.connect(lambda _: self.edit_requested.emit())
        QShortcut(QKeySequence(Qt.Key_Return), self, activated=self.edit_requested.emit,
                  context=Qt.WidgetShortcut)
        QShortcut(QKeySequence(Qt.Key_Delete), self, activated=self.delete_requested.emit,
                  context=Qt.WidgetShortcut)
        # An empty list says what to do (the model's empty_text()), painted over the rows.
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(self.viewport().update)
        for name in ("loading_changed", "total_changed"):  # a history list's background answers
            signal = getattr(model, name, None)
            if signal is not None:
                signal.connect(lambda _: self.viewport().update())

    def placeholder_text(self) -> str:
        """The text shown in place of rows: the model's empty_text() while it has none."""
        model = self.record_model()
        return model.empty_text() if model.rowCount() == 0 else ""

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        text = self.placeholder_text()
        if text:
            painter = QPainter(self.viewport())
            painter.setPen(QColor("#555555"))  # darker than a placeholder: it is read
            area = self.viewport().rect().adjusted(16, 16, -16, -16)
            painter.drawText(area, Qt.AlignHCenter | Qt.AlignTop | Qt.TextWordWrap, text)
            painter.end()

    def record_model(self) -> RecordTableModel:
        return self.model()  # type: ignore[return-value]

    def selected_row(self) -> int | None:
        chosen = self.selectionModel()
        rows = chosen.selectedRows() if chosen else []
        return rows[0].row() if rows else None

    def selected_ref(self) -> RowRef | None:
        """Id, kind and deleted flag of the chosen row (no store read)."""
        row = self.selected_row()
        return None if row is None else self.record_model().row_ref(row)

    def selected(self) -> dict[str, Any] | None:
        """The whole chosen record, read from the store now."""
        row = self.selected_row()
        return None if row is None else self.record_model().record(row)


def set_deleted(ctx: AppContext, parent: QWidget, rec: Mapping[str, Any] | RowRef,
                deleted: bool = True) -> dict[str, Any] | None:
    """Delete (or restore) a record, with a step on the undo stack; tells every list.

    ``rec`` is a record or a list's ``RowRef``: only its id and kind are used. Returns the
    updated record, or None when the store refused (the error is shown)."""
    ws = ctx.ws
    if isinstance(rec, RowRef):
        kind, rid = rec.kind, rec.id
    else:
        kind, rid = rec.get("type", "encounter"), rec["id"]
    try:
        if deleted:
            # The store erases the content; Undo brings it back from memory only.
            updated, held = logbook.delete(ws, kind, rid)
            ctx.held_content[rid] = held
        else:
            updated = logbook.set_deleted(ws, kind, rid, False, ctx.held_content.get(rid))
    except YnError as exc:
        show_error(parent, exc)
        return None
    if deleted:
        text = QCoreApplication.translate("RecordTable", "Undo deleting")
        ctx.push_undo(text, lambda: logbook.restore(ws, kind, rid, held), kind)
    else:
        text = QCoreApplication.translate("RecordTable", "Undo restoring")
        ctx.push_undo(text, lambda: logbook.set_deleted(ws, kind, rid, True), kind)
    ctx.records_changed.emit(kind)
    ctx.session_changed.emit()  # a desk session's visitor count may have changed
    return updated
