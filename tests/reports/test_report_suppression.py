"""Small-cell suppression: primary, secondary (table-driven) and a property over random grids."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from yhteisoneuvonta.reports.suppression import (
    SECONDARY,
    SMALL,
    suppress_table,
    table_lines,
)
from yhteisoneuvonta.reports.tables import Column, Table

S, X = SMALL, SECONDARY


def grid(rows: list[list[int]], *, total_row: bool = False, row_total: bool = False,
         groups: tuple[str, ...] = (), group_values: list[str] | None = None) -> Table:
    """A table of a label column (and optional group column) plus count columns."""
    n = len(rows[0])
    cols = [Column("label", "Label")]
    if groups:
        cols.append(Column(groups[0], groups[0]))
    cols += [Column(f"c{i}", f"c{i}", "count") for i in range(n)]
    body = []
    for r, values in enumerate(rows):
        body.append([f"r{r}"] + ([group_values[r]] if groups else []) + list(values))
    return Table("t", "T", cols, body, total_row=total_row, row_total=f"c{n - 1}" if row_total else None,
                 row_additive=row_total, groups=groups)


def counts(table: Table) -> list[list[object]]:
    first = 2 if table.groups else 1
    return [row[first:] for row in table.rows]


CASES = [
    # (name, rows, options, expected)
    ("nothing small", [[10, 20], [30, 40]], {}, [[10, 20], [30, 40]]),
    ("zero stays zero", [[0], [10], [0]], {}, [[0], [10], [0]]),
    ("threshold edges", [[1], [4], [5], [0]], {}, [[S], [S], [5], [0]]),
    ("two small in a column need no company", [[3], [2], [10]], {}, [[S], [S], [10]]),
    ("lone small hides the next smallest", [[3], [10], [7]], {}, [[S], [10], [X]]),
    ("zeros are never the company", [[3], [0], [10]], {}, [[S], [0], [X]]),
    ("lone small with only zeros beside it", [[3], [0]], {}, [[S], [0]]),
    ("ties go to the first cell", [[3], [6], [6]], {}, [[S], [X], [6]]),
    ("total row is part of the column",
     [[3], [20], [23]], {"total_row": True}, [[S], [X], [23]]),
    ("cross table cascades until stable",
     [[2, 10, 12], [8, 9, 17], [10, 19, 29]], {"total_row": True, "row_total": True},
     [[S, X, 12], [X, X, 17], [10, 19, 29]]),
    ("row line alone: a small cell hides a neighbour in the row",
     [[2, 30, 32], [50, 60, 110], [52, 90, 142]], {"total_row": True, "row_total": True},
     [[S, X, 32], [X, X, 110], [52, 90, 142]]),
    ("group lines (rows of one week) cascade",
     [[3], [30], [5], [20]], {"groups": ("week",), "group_values": ["w1", "w1", "w2", "w2"]},
     [[S], [X], [X], [X]]),
    ("group line already safe",
     [[3], [10], [10], [20]], {"groups": ("week",), "group_values": ["w1", "w1", "w2", "w2"]},
     [[S], [X], [10], [20]]),
    ("a small total is small too",
     [[1], [2], [3]], {"total_row": True}, [[S], [S], [S]]),
]


@pytest.mark.parametrize("name,rows,options,expected", CASES, ids=[c[0] for c in CASES])
def test_suppression_cases(name: str, rows: list[list[int]], options: dict, expected: list[list[object]]) -> None:
    table = grid(rows, **options)
    out = suppress_table(table)
    assert counts(out) == expected
    assert out.suppressed
    assert counts(table) == rows  # the input is never changed


def test_derived_columns_follow_their_count() -> None:
    cols = [Column("label", "L"), Column("count", "n", "count"), Column("share", "%", "percent", depends_on="count")]
    table = Table("t", "T", cols, [["a", 3, 10.0], ["b", 27, 90.0], ["total", 30, 100.0]], total_row=True)
    out = suppress_table(table)
    assert out.rows == [["a", S, "–"], ["b", X, "–"], ["total", 30, 100.0]]


def test_int_and_number_columns_are_not_suppressed() -> None:
    cols = [Column("label", "L"), Column("sessions", "s", "int"), Column("hours", "h", "number")]
    table = Table("t", "T", cols, [["a", 2, 1.5], ["b", 3, 2.0]])
    assert suppress_table(table).rows == table.rows


def test_lines_of_a_cross_table() -> None:
    table = grid([[1, 2, 3], [4, 5, 9], [5, 7, 12]], total_row=True, row_total=True)
    lines = table_lines(table)
    assert [(0, 1), (1, 1), (2, 1)] in lines  # a column with its total
    assert [(0, 1), (0, 2), (0, 3)] in lines  # a row with its total


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(st.integers(min_value=0, max_value=30), min_size=3, max_size=3), min_size=1, max_size=6))
def test_no_line_is_left_with_one_hidden_cell(body: list[list[int]]) -> None:
    rows = [r[:2] + [r[0] + r[1]] for r in body]
    rows.append([sum(r[i] for r in rows) for i in range(3)])
    table = grid(rows, total_row=True, row_total=True)
    out = suppress_table(table)
    assert out.mask is not None
    for line in table_lines(table):
        hidden = [c for c in line if out.mask[c[0]][c[1] ]]
        others = [table.rows[r][c] for r, c in line if not out.mask[r][c]]
        assert len(hidden) != 1 or all(v == 0 for v in others), (rows, line)
    for r, row in enumerate(out.rows):
        for c, value in enumerate(row):
            if isinstance(value, int) and not out.mask[r][c]:
                assert value == 0 or value >= 5
