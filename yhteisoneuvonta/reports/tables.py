"""The one table shape every report, export and chart uses.

A :class:`Table` is plain data: columns (with a kind that says whether a cell counts
people, and so is subject to small-cell suppression) and rows of raw values. The GUI can
chart ``rows`` directly; outgoing reports pass tables through :mod:`.suppression` first.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Literal

# count:   people (encounters, visitors, forms, answers) -> suppressed when 1-4
# int:     whole numbers that count no person (desk sessions held, observations)
# number:  hours, means; percent: a share 0-100. Both may depend on a count column.
ColumnKind = Literal["text", "count", "int", "number", "percent"]
NUMERIC_KINDS = ("count", "int", "number", "percent")


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    kind: ColumnKind = "text"
    # A derived figure (share, mean) is hidden when the count it is computed from is hidden.
    depends_on: str | None = None
    decimals: int = 1
    # How disclosure control recomputes a derived figure from published ones: "share" (of the
    # table's share_base or total row), "per:<column>" (depends_on / column), "scale_mean"
    # (mean of the columns that carry a scale ``value``).
    derive: str | None = None
    value: float | None = None


@dataclass
class Table:
    """``key`` is stable (file and sheet names); ``title`` is in the report's language.

    ``total_row``: the last row holds column totals. ``row_total``: the column with this
    key holds each row's total of the count columns (so a row is an additive line).
    ``groups``: text columns whose values split rows into further additive lines (in the
    weekly table the rows of one week add up to that week's total shown elsewhere).
    """

    key: str
    title: str
    columns: list[Column]
    rows: list[list[Any]] = field(default_factory=list)
    total_row: bool = False
    row_total: str | None = None
    row_additive: bool = False
    groups: tuple[str, ...] = ()
    note: str | None = None
    suppressed: bool = False
    # Parallel to rows: True where a cell was suppressed (filled by suppression).
    mask: list[list[bool]] | None = None
    # Parallel to rows, filled by disclosure control: "perturbed", "exact", "withheld" or None (text).
    flags: list[list[str | None]] | None = None
    # The count that shares are shares of, when it is not the table's total row.
    share_base: Any = None

    def index(self, key: str) -> int:
        for i, col in enumerate(self.columns):
            if col.key == key:
                return i
        raise KeyError(key)

    def column_values(self, key: str) -> list[Any]:
        i = self.index(key)
        return [row[i] for row in self.rows]

    def as_dicts(self) -> list[dict[str, Any]]:
        keys = [c.key for c in self.columns]
        return [dict(zip(keys, row)) for row in self.rows]

    def body(self) -> list[list[Any]]:
        """Rows without the total row."""
        return self.rows[:-1] if self.total_row and self.rows else list(self.rows)

    def copy(self, **changes: Any) -> "Table":
        return replace(self, rows=[list(r) for r in self.rows], **changes)


def add_total_row(table: Table, label: str) -> Table:
    """Append a row of column totals for count and int columns (in place; returns table)."""
    if not table.rows:
        return table
    total: list[Any] = []
    first_text = True
    for i, col in enumerate(table.columns):
        if col.kind in ("count", "int") or (col.kind == "number" and col.key.endswith("hours")):
            total.append(round(sum(r[i] or 0 for r in table.rows), 2) if col.kind == "number"
                         else sum(r[i] or 0 for r in table.rows))
        elif col.kind == "text" and first_text and col.key not in ("id", "site_id"):
            total.append(label)
            first_text = False
        else:
            total.append(None)
    table.rows.append(total)
    table.total_row = True
    return table


def format_cell(value: Any, col: Column, lang: str = "fi") -> str:
    """Text for PDF cells: Finnish decimal comma, empty for None."""
    if value is None:
        return "–" if col.kind in NUMERIC_KINDS else ""
    if isinstance(value, str):
        return value
    if col.kind in ("number", "percent") and isinstance(value, (int, float)):
        text = f"{value:.{col.decimals}f}"
        if lang in ("fi", "sv"):
            text = text.replace(".", ",")
        return text + (" %" if col.kind == "percent" else "")
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)
