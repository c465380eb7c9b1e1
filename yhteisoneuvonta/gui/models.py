"""Qt item models over the history service: today's list and the paged history.

The history model never loads everything at once: it asks for one page at a time
(``canFetchMore``/``fetchMore``) on the thread pool, by keyset (``history.fetch_after``), so
250,000 rows open as fast as 250 and the last page comes as fast as the first.

Memory: a row keeps only what the view shows, in columns rather than as a record dict: its
id, kind and deleted flag, and for each column a small *key* — the time as an int, the
site id, the topics and kinds of help as a tuple, the minutes. Keys repeat from row to row
(in the benchmark's 252,128 encounters: 23 sites, 6 durations, some 19,000 combinations of
topics and kinds of help; on the coordinator's list, the device id behind the adviser column
— one per adviser), so each distinct key is stored once and every row points to it; the shown text of a key, in the interface language, is
made the first time it is painted and cached, and a change of language only empties that
cache. Measured with the benchmark's memory child, all 252,158 rows of the history cost
about 56 MB (some 230 bytes a row, the view's share included; 142 MB open, 198 MB at the
bottom, where whole record dicts took 2.4 KB a row). So the rows stay loaded once fetched:
simpler than a sliding window that drops rows above the viewport and fetches them again on
the way back up. The whole record is read (``records.get``) only for the one row the user
edits, prints or deletes.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from ..errors import NotFoundError
from ..services import history, logbook, status
from .context import AppContext
from .widgets import local_text
from .workers import run_in_background

PAGE_SIZE = 200
Index = QModelIndex | QPersistentModelIndex
TIME_FIELDS = ("occurred_at", "starts_at", "observed_at", "answered_at")
DELETED_COLOR = QColor("#888888")


@dataclass(frozen=True)
class Column:
    title: Callable[[], str]
    key: Callable[[dict[str, Any]], Any]  # what a row keeps of this column (hashable)
    text: Callable[[Any], str]  # the shown text of a key, in the interface language
    shared: bool = True  # keys repeat across rows: store each once and cache its text
    name: str = ""  # for the page to find a column (its width, its resize mode)


class RowRef(NamedTuple):
    """What a list knows of a row without reading the record."""

    id: str
    kind: str
    deleted: bool


def time_key(rec: dict[str, Any]) -> int | None:
    """A record's time as whole seconds since the epoch (an int is the smallest to keep)."""
    for name in TIME_FIELDS:
        value = rec.get(name)
        if value:
            if isinstance(value, str):
                value = datetime.fromisoformat(value)
            if value.tzinfo is None:
                value = value.replace(tzinfo=timezone.utc)
            return int(value.timestamp())
    return None


def time_text(key: int | None, fmt: str = "%d.%m.%Y %H:%M") -> str:
    return "" if key is None else local_text(datetime.fromtimestamp(key, timezone.utc), fmt)


def what_key(rec: dict[str, Any]) -> tuple[Any, ...]:
    kind = rec.get("type", "encounter")
    if kind == "encounter":
        return kind, tuple(rec.get("topics") or ()), tuple(rec.get("help_kinds") or ())
    if kind == "form_help":
        return kind, rec.get("form_id"), rec.get("status")
    if kind == "group_session":
        return kind, rec.get("kind"), rec.get("title") or ""
    if kind == "observation":
        return kind, rec.get("theme"), (rec.get("text") or "")[:80]
    if kind == "instrument_answer":
        return kind, rec.get("instrument_id") or ""
    if kind == "desk_session":
        return kind, tuple(rec.get("advisers") or ())
    return (kind,)


def what_text(ctx: AppContext, key: tuple[Any, ...]) -> str:
    """One line saying what a record is about, in the interface language."""
    kind = key[0]
    if kind == "encounter":
        topics = ", ".join(ctx.label("topics", t) for t in key[1])
        helps = ", ".join(ctx.label("help_kinds", t) for t in key[2])
        return topics + (f" — {helps}" if helps else "")
    if kind == "form_help":
        return f"{ctx.label('forms', key[1])} — {ctx.label('form_statuses', key[2])}"
    if kind == "group_session":
        return f"{ctx.label('group_kinds', key[1])}: {key[2]}"
    if kind == "observation":
        return f"{ctx.label('observation_themes', key[1])}: {key[2]}"
    if kind == "instrument_answer":
        try:
            return ctx.ref.instrument(key[1]).label(ctx.lang)
        except Exception:  # noqa: BLE001 - a retired instrument still shows its id
            return key[1]
    if kind == "desk_session":
        return ", ".join(key[1])
    return ""


def amount_key(rec: dict[str, Any]) -> tuple[str, int] | None:
    for unit, name in (("min", "minutes"), ("people", "headcount_total"), ("seen", "times_seen")):
        if rec.get(name) is not None:
            return unit, rec[name]
    return None


def amount_text(key: tuple[str, int] | None) -> str:
    if key is None:
        return ""
    unit, n = key
    if unit == "min":
        text = QCoreApplication.translate("Models", "%1 min")
    elif unit == "people":
        return QCoreApplication.translate("Models", "%n person(s)", "", n)
    else:
        text = QCoreApplication.translate("Models", "seen %1×")
    return text.replace("%1", str(n))


class RecordTableModel(QAbstractTableModel):
    """Rows of records, kept as column keys (see the module's docstring)."""

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.columns = self.make_columns()
        self._clear()

    def make_columns(self) -> list[Column]:
        ctx = self.ctx
        return [
            Column(lambda: QCoreApplication.translate("Models", "Time"), time_key, time_text, shared=False,
                   name="time"),
            Column(lambda: QCoreApplication.translate("Models", "Site"), lambda r: r.get("site_id") or "",
                   ctx.site_name, name="site"),
            Column(lambda: QCoreApplication.translate("Models", "What"), what_key, lambda k: what_text(ctx, k),
                   name="what"),
            Column(lambda: QCoreApplication.translate("Models", "Amount"), amount_key, amount_text,
                   name="amount"),
        ]

    def column_index(self, name: str) -> int:
        """The position of the column called ``name``, or -1 if this list has none."""
        return next((i for i, c in enumerate(self.columns) if c.name == name), -1)

    # -- the rows -------------------------------------------------------------------------
    def _clear(self) -> None:
        self._ids: list[str] = []
        self._kinds: list[str] = []
        self._deleted = bytearray()
        self._cells: list[list[Any]] = [[] for _ in self.columns]
        self._shared: dict[Any, Any] = {}  # each distinct key once
        self._texts: list[dict[Any, str]] = [{} for _ in self.columns]

    def _keep(self, recs: Iterable[dict[str, Any]]) -> None:
        share = self._shared.setdefault
        pairs = list(zip(self._cells, self.columns))
        for rec in recs:
            self._ids.append(rec["id"])
            self._kinds.append(share(rec.get("type", "encounter"), rec.get("type", "encounter")))
            self._deleted.append(1 if rec.get("deleted") else 0)
            for cells, column in pairs:
                key = column.key(rec)
                cells.append(share(key, key) if column.shared else key)

    def set_rows(self, recs: Iterable[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._clear()
        self._keep(recs)
        self.endResetModel()

    def append_rows(self, recs: list[dict[str, Any]]) -> None:
        if recs:
            first = len(self._ids)
            self.beginInsertRows(QModelIndex(), first, first + len(recs) - 1)
            self._keep(recs)
            self.endInsertRows()

    def text(self, row: int, column: int) -> str:
        col, key = self.columns[column], self._cells[column][row]
        if not col.shared:
            return col.text(key)
        cache = self._texts[column]
        text = cache.get(key)
        if text is None:
            text = cache[key] = col.text(key)
        return text

    # -- Qt -------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.DisplayRole) -> Any:
        row = index.row()
        if not index.isValid() or row >= len(self._ids):
            return None
        if role in (Qt.DisplayRole, Qt.ToolTipRole, Qt.AccessibleTextRole):
            text = self.text(row, index.column())
            if self._deleted[row] and index.column() == 0 and role == Qt.DisplayRole:
                text = QCoreApplication.translate("Models", "%1 (deleted)").replace("%1", text)
            return text
        if role == Qt.UserRole:
            return self.row_ref(row)
        if role == Qt.ForegroundRole and self._deleted[row]:
            return DELETED_COLOR
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return self.columns[section].title()
        return None

    # -- one row --------------------------------------------------------------------------
    def row_ref(self, row: int) -> RowRef | None:
        if not 0 <= row < len(self._ids):
            return None
        return RowRef(self._ids[row], self._kinds[row], bool(self._deleted[row]))

    def record(self, row: int) -> dict[str, Any] | None:
        """The whole record of a row, read from the store now (None if it is gone)."""
        ref = self.row_ref(row)
        if ref is None:
            return None
        try:
            return logbook.get(self.ctx.ws, ref.kind, ref.id)
        except NotFoundError:
            return None

    def mark_deleted(self, record_id: str, deleted: bool) -> None:
        """Show a row as deleted or restored without loading the list again."""
        try:
            row = self._ids.index(record_id)
        except ValueError:
            return
        self._deleted[row] = 1 if deleted else 0
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def empty_text(self) -> str:
        """What an empty list says to do instead (shown in place of the rows); "" for nothing."""
        return ""

    def retranslate(self) -> None:
        """Labels come from reference data in the interface language: repaint them all."""
        self._texts = [{} for _ in self.columns]
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, self.columnCount() - 1))
        self.headerDataChanged.emit(Qt.Horizontal, 0, self.columnCount() - 1)


class TodayModel(RecordTableModel):
    """Today's encounters of this device at the chosen site (a few dozen rows at most)."""

    def make_columns(self) -> list[Column]:
        ctx = self.ctx

        def terms(field: str) -> Callable[[dict[str, Any]], tuple[str, ...]]:
            return lambda rec: tuple(rec.get(field) or ())

        def labels(taxonomy: str) -> Callable[[tuple[str, ...]], str]:
            return lambda ids: ", ".join(ctx.label(taxonomy, t) for t in ids)

        return [
            Column(lambda: QCoreApplication.translate("Models", "Time"), time_key,
                   lambda k: time_text(k, "%H:%M"), shared=False),
            Column(lambda: QCoreApplication.translate("Models", "Topics"), terms("topics"), labels("topics")),
            Column(lambda: QCoreApplication.translate("Models", "Kinds of help"), terms("help_kinds"),
                   labels("help_kinds")),
            Column(lambda: QCoreApplication.translate("Models", "Minutes"), lambda r: r.get("minutes"),
                   lambda k: "" if k is None else str(k)),
        ]

    def empty_text(self) -> str:
        return QCoreApplication.translate(
            "Models", "No visits logged here today yet. Choose a topic, a kind of help and the time "
            "spent, then press Save.")

    def reload(self) -> None:
        start, end = history.today_bounds()
        q = history.HistoryQuery(kind="encounter", site_id=self.ctx.site_id or None, since=start, until=end,
                          device_id=self.ctx.ws.device_id)
        self.set_rows(history.fetch_after(self.ctx.ws, q))


class HistoryModel(RecordTableModel):
    """Any record kind, filtered; loads ``page_size`` rows at a time off the GUI thread.

    Each answer carries the generation (query) and keyset position it was asked for; an
    answer for an older query, or for a position the list has moved past, is dropped."""

    loading_changed = Signal(bool)
    total_changed = Signal(int)
    page_size = PAGE_SIZE

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        self._codes: dict[str, str] = {}  # device id -> adviser code (coordinator)
        super().__init__(ctx, parent)
        self.query = history.HistoryQuery()
        self.total: int | None = None
        self.loading = False
        self._generation = 0
        self._exhausted = False
        self._after: history.Cursor | None = None  # the keyset position of the last row

    def make_columns(self) -> list[Column]:
        columns = super().make_columns()
        if self.ctx.role == "coordinator":  # records from every adviser: say whose each is
            columns.insert(1, Column(lambda: QCoreApplication.translate("Models", "Adviser"),
                                     lambda r: r.get("device_id") or "", self.adviser_text, name="adviser"))
        return columns

    @property
    def with_advisers(self) -> bool:
        return self.column_index("adviser") >= 0

    def adviser_text(self, device_id: str) -> str:
        """The adviser code of a device; a device not enrolled here shows its id's start."""
        return self._codes.get(device_id) or device_id[:8]

    def _codes_loaded(self, codes: dict[str, str]) -> None:
        if codes == self._codes:
            return
        self._codes = codes
        col = self.column_index("adviser")
        self._texts[col] = {}
        if self._ids:
            self.dataChanged.emit(self.index(0, col), self.index(len(self._ids) - 1, col))

    def set_query(self, query: history.HistoryQuery) -> None:
        """Start over with a new query; the count and first page come in the background."""
        self._generation += 1
        gen = self._generation
        self.query = query
        self.beginResetModel()
        self._clear()
        self.total = None
        self._exhausted = False
        self._after = None
        self.loading = False
        self.endResetModel()
        ws = self.ctx.ws  # the job closes over plain values only, never over this model
        if self.with_advisers:  # enrolments change: read the codes again with every query
            run_in_background(None, lambda: status.adviser_codes(ws), on_success=self._codes_loaded, owner=self)
        run_in_background(None, lambda: history.count(ws, query),
                          on_success=lambda n: self._counted(gen, n), owner=self)
        self.fetchMore(QModelIndex())

    def empty_text(self) -> str:
        if self.loading or self.total is None:
            return ""  # not known yet
        return QCoreApplication.translate(
            "Models", "Nothing found. Change the search words or the choices above, or tick "
            "\"Show deleted\".")

    def _counted(self, gen: int, n: int) -> None:
        if gen == self._generation:
            self.total = n
            self.total_changed.emit(n)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802
        if parent.isValid() or self.loading or self._exhausted:
            return False
        return self.total is None or len(self._ids) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802
        if parent.isValid() or self.loading or self._exhausted:
            return
        gen, after, q, ws, limit = self._generation, self._after, self.query, self.ctx.ws, self.page_size
        extra = ("device_id",) if self.with_advisers else ()
        self.loading = True
        self.loading_changed.emit(True)
        run_in_background(None, lambda: history.fetch_after(ws, q, after, limit, extra),
                          on_success=lambda rows: self._arrived(gen, after, rows),
                          on_failure=lambda exc: self._failed(gen, exc), owner=self)

    def _arrived(self, gen: int, after: history.Cursor | None, rows: list[dict[str, Any]]) -> None:
        if gen != self._generation or after != self._after:
            return  # an answer to a query the user has already changed
        self.loading = False
        if len(rows) < self.page_size:
            self._exhausted = True
        if rows:
            self._after = history.cursor(self.query, rows[-1])
            self.append_rows(rows)
        self.loading_changed.emit(False)

    def _failed(self, gen: int, exc: BaseException) -> None:
        if gen != self._generation:
            return
        self.loading = False
        self._exhausted = True
        self.loading_changed.emit(False)
        from .errors import show_error

        show_error(None, exc)
