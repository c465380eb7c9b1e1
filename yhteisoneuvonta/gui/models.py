"""Qt item models over the history service: today's list and the paged history.

The history model never loads everything: it asks for one page at a time
(``canFetchMore``/``fetchMore``) on the thread pool, so 250,000 rows open as fast as 250.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QObject, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal

from ..services import history
from .context import AppContext
from .widgets import local_text
from .workers import run_in_background

PAGE_SIZE = 200
Index = QModelIndex | QPersistentModelIndex


def summary(ctx: AppContext, rec: dict[str, Any]) -> str:
    """One line saying what a record is about, in the interface language."""
    kind = rec.get("type", "encounter")
    if kind == "encounter":
        topics = ", ".join(ctx.label("topics", t) for t in rec.get("topics") or [])
        helps = ", ".join(ctx.label("help_kinds", t) for t in rec.get("help_kinds") or [])
        return topics + (f" — {helps}" if helps else "")
    if kind == "form_help":
        return f"{ctx.label('forms', rec['form_id'])} — {ctx.label('form_statuses', rec['status'])}"
    if kind == "group_session":
        return f"{ctx.label('group_kinds', rec['kind'])}: {rec.get('title', '')}"
    if kind == "observation":
        return f"{ctx.label('observation_themes', rec['theme'])}: {rec.get('text', '')[:80]}"
    if kind == "instrument_answer":
        try:
            return ctx.ref.instrument(rec["instrument_id"]).label(ctx.lang)
        except Exception:  # noqa: BLE001
            return rec.get("instrument_id", "")
    if kind == "desk_session":
        return ", ".join(rec.get("advisers") or [])
    return ""


def when(rec: dict[str, Any]) -> str:
    for key in ("occurred_at", "starts_at", "observed_at", "answered_at"):
        if rec.get(key):
            return local_text(rec[key])
    return ""


def amount(rec: dict[str, Any]) -> str:
    if rec.get("minutes") is not None:
        return QCoreApplication.translate("Models", "%1 min").replace("%1", str(rec["minutes"]))
    if rec.get("headcount_total") is not None:
        return QCoreApplication.translate("Models", "%1 people").replace("%1", str(rec["headcount_total"]))
    if rec.get("times_seen") is not None:
        return QCoreApplication.translate("Models", "seen %1×").replace("%1", str(rec["times_seen"]))
    return ""


class RecordTableModel(QAbstractTableModel):
    """Rows are record dicts; columns are (title, value function)."""

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[dict[str, Any]] = []

    def columns(self) -> list[tuple[Callable[[], str], Callable[[dict[str, Any]], str]]]:
        return [
            (lambda: QCoreApplication.translate("Models", "Time"), when),
            (lambda: QCoreApplication.translate("Models", "Site"), lambda r: self.ctx.site_name(r.get("site_id", ""))),
            (lambda: QCoreApplication.translate("Models", "What"), lambda r: summary(self.ctx, r)),
            (lambda: QCoreApplication.translate("Models", "Amount"), amount),
        ]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns())

    def data(self, index: Index, role: int = Qt.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        rec = self.rows[index.row()]
        if role in (Qt.DisplayRole, Qt.ToolTipRole, Qt.AccessibleTextRole):
            text = self.columns()[index.column()][1](rec)
            if rec.get("deleted") and index.column() == 0 and role == Qt.DisplayRole:
                text = QCoreApplication.translate("Models", "%1 (deleted)").replace("%1", text)
            return text
        if role == Qt.UserRole:
            return rec
        if role == Qt.ForegroundRole and rec.get("deleted"):
            from PySide6.QtGui import QColor

            return QColor("#888888")
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return self.columns()[section][0]()
        return None

    def record(self, row: int) -> dict[str, Any] | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def retranslate(self) -> None:
        """Labels come from reference data in the interface language: repaint them all."""
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, self.columnCount() - 1))
        self.headerDataChanged.emit(Qt.Horizontal, 0, self.columnCount() - 1)


class TodayModel(RecordTableModel):
    """Today's encounters of this device at the chosen site (a few dozen rows at most)."""

    def columns(self) -> list[tuple[Callable[[], str], Callable[[dict[str, Any]], str]]]:
        return [
            (lambda: QCoreApplication.translate("Models", "Time"), lambda r: local_text(r["occurred_at"], "%H:%M")),
            (lambda: QCoreApplication.translate("Models", "Topics"), lambda r: ", ".join(self.ctx.label("topics", t) for t in r["topics"])),
            (lambda: QCoreApplication.translate("Models", "Kinds of help"),
             lambda r: ", ".join(self.ctx.label("help_kinds", t) for t in r["help_kinds"])),
            (lambda: QCoreApplication.translate("Models", "Minutes"), lambda r: str(r["minutes"])),
        ]

    def reload(self) -> None:
        start, end = history.today_bounds()
        q = history.Query(kind="encounter", site_id=self.ctx.site_id or None, since=start, until=end,
                          device_id=self.ctx.ws.device_id)
        self.beginResetModel()
        self.rows = history.fetch(self.ctx.ws, q)
        self.endResetModel()


class HistoryModel(RecordTableModel):
    """Any record kind, filtered; loads ``PAGE_SIZE`` rows at a time off the GUI thread."""

    loading_changed = Signal(bool)
    total_changed = Signal(int)
    page_size = PAGE_SIZE

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(ctx, parent)
        self.query = history.Query()
        self.total: int | None = None
        self.loading = False
        self._generation = 0
        self._exhausted = False

    def set_query(self, query: history.Query) -> None:
        """Start over with a new query; the count and first page come in the background."""
        self._generation += 1
        gen = self._generation
        self.query = query
        self.beginResetModel()
        self.rows = []
        self.total = None
        self._exhausted = False
        self.loading = False
        self.endResetModel()
        ws = self.ctx.ws
        run_in_background(None, lambda: history.count(ws, query),
                          on_success=lambda n: self._counted(gen, n), owner=self)
        self.fetchMore(QModelIndex())

    def _counted(self, gen: int, n: int) -> None:
        if gen == self._generation:
            self.total = n
            self.total_changed.emit(n)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802
        if parent.isValid() or self.loading or self._exhausted:
            return False
        return self.total is None or len(self.rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802
        if parent.isValid() or self.loading or self._exhausted:
            return
        gen, offset, q, ws = self._generation, len(self.rows), self.query, self.ctx.ws
        self.loading = True
        self.loading_changed.emit(True)
        run_in_background(None, lambda: history.fetch(ws, q, offset, self.page_size),
                          on_success=lambda rows: self._arrived(gen, offset, rows),
                          on_failure=lambda exc: self._failed(gen, exc), owner=self)

    def _arrived(self, gen: int, offset: int, rows: list[dict[str, Any]]) -> None:
        if gen != self._generation or offset != len(self.rows):
            return  # an answer to a query the user has already changed
        self.loading = False
        if len(rows) < self.page_size:
            self._exhausted = True
        if rows:
            self.beginInsertRows(QModelIndex(), offset, offset + len(rows) - 1)
            self.rows.extend(rows)
            self.endInsertRows()
        self.loading_changed.emit(False)

    def _failed(self, gen: int, exc: BaseException) -> None:
        if gen != self._generation:
            return
        self.loading = False
        self._exhausted = True
        self.loading_changed.emit(False)
        from .errors import show_error

        show_error(None, exc)

    def replace_row(self, rec: dict[str, Any]) -> None:
        for i, r in enumerate(self.rows):
            if r["id"] == rec["id"]:
                self.rows[i] = rec
                self.dataChanged.emit(self.index(i, 0), self.index(i, self.columnCount() - 1))
                return
