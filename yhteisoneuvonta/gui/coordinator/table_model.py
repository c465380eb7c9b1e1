"""A Qt table model over a reports ``Table`` (the same tables the PDFs and CSVs use)."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ...reports.tables import NUMERIC_KINDS, Table, format_cell

Index = QModelIndex | QPersistentModelIndex


class ReportTableModel(QAbstractTableModel):
    """Read-only; hides the ``id``/``site_id`` columns people do not need; the total row bold."""

    HIDDEN = ("id", "site_id")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.table: Table | None = None
        self.lang = "fi"
        self._cols: list[int] = []

    def set_table(self, table: Table | None, lang: str = "fi") -> None:
        self.beginResetModel()
        self.table = table
        self.lang = lang
        self._cols = [i for i, c in enumerate(table.columns) if c.key not in self.HIDDEN] if table else []
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() or self.table is None else len(self.table.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._cols)

    def raw(self, row: int, key: str) -> Any:
        assert self.table is not None
        return self.table.rows[row][self.table.index(key)]

    def data(self, index: Index, role: int = Qt.DisplayRole) -> Any:
        if not index.isValid() or self.table is None:
            return None
        col = self.table.columns[self._cols[index.column()]]
        value = self.table.rows[index.row()][self._cols[index.column()]]
        masked = bool(self.table.mask and self.table.mask[index.row()][self._cols[index.column()]])
        if role in (Qt.DisplayRole, Qt.AccessibleTextRole):
            return value if masked and isinstance(value, str) else format_cell(value, col, self.lang)
        if role == Qt.TextAlignmentRole and col.kind in NUMERIC_KINDS:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.FontRole and self.table.total_row and index.row() == len(self.table.rows) - 1:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.UserRole:
            return value
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole) -> Any:  # noqa: N802
        if role != Qt.DisplayRole or self.table is None:
            return None
        if orientation == Qt.Horizontal:
            return self.table.columns[self._cols[section]].label
        return str(section + 1)
