"""FROZEN COPY of the small-cell suppression used before the cell key method (commit cff7646),
kept only so that the attack test can show the attacker recovers hidden cells from it.

Small-cell suppression: no count that leaves the office may single out a person.

Primary: a count of 1-4 is shown as ``<5`` (0 stays 0: nobody is singled out by it).
Secondary cells are shown as ``x``.
Secondary: a published total lets a reader subtract, so in every additive *line* (a
column, a row of an additive cross table, the rows of one group, each with its total
cell when the table shows one) a lone hidden cell gets company: the next smallest
positive cell of the line is hidden too. That can create a lone hidden cell in a
crossing line, so the rule runs until nothing changes.

Derived figures (a share, a mean) are hidden with the count they are computed from.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence

from yhteisoneuvonta.reports.tables import Table

THRESHOLD = 5
SMALL = "<5"
# A cell hidden only so that totals cannot reveal a small one is not itself small:
# it gets its own mark (as in official statistics) instead of a false "<5".
SECONDARY = "x"
HIDDEN_DERIVED = "–"

Cell = tuple[int, int]


def is_small(value: object, threshold: int = THRESHOLD) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 < value < threshold


def suppress_cells(values: Sequence[Sequence[object]], lines: Iterable[Sequence[Cell]],
                   threshold: int = THRESHOLD) -> set[Cell]:
    """The cells to hide, given a grid of values and the additive lines through it.

    Only cells named in some line are considered; pass every count cell in at least one.
    Ties between equally small candidates go to the first cell in line order, so the
    result is deterministic.
    """
    lines = [list(line) for line in lines]
    cells = {cell for line in lines for cell in line}
    hidden = {c for c in cells if is_small(values[c[0]][c[1]], threshold)}
    changed = True
    while changed:
        changed = False
        for line in lines:
            lone = [c for c in line if c in hidden]
            if len(lone) != 1:
                continue
            candidates = [c for c in line if c not in hidden and _positive(values[c[0]][c[1]])]
            if not candidates:
                continue  # every other cell is 0: the line's total equals the hidden cell's
            pick = min(candidates, key=lambda c: values[c[0]][c[1]])  # type: ignore[arg-type,return-value]
            hidden.add(pick)
            changed = True
    return hidden


def _positive(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0


def table_lines(table: Table) -> list[list[Cell]]:
    """The additive lines of a table: see :class:`~.tables.Table`."""
    counts = [i for i, c in enumerate(table.columns) if c.kind == "count"]
    n = len(table.rows)
    body = range(n - 1) if table.total_row else range(n)
    lines: list[list[Cell]] = []
    for c in counts:
        line = [(r, c) for r in body]
        if table.total_row and n:
            line.append((n - 1, c))
        lines.append(line)
        for g in table.groups:
            gi = table.index(g)
            by_value: dict[object, list[Cell]] = {}
            for r in body:
                by_value.setdefault(table.rows[r][gi], []).append((r, c))
            lines.extend(v for v in by_value.values() if len(v) > 1)
    if table.row_additive or table.row_total:
        for r in range(n):
            lines.append([(r, c) for c in counts])
    return lines


def suppress_table(table: Table, threshold: int = THRESHOLD) -> Table:
    """A copy of ``table``: small counts shown as ``<5``, secondary ones as ``x``."""
    hidden = suppress_cells(table.rows, table_lines(table), threshold)
    out = table.copy(suppressed=True)
    mask = [[False] * len(table.columns) for _ in table.rows]
    for r, c in hidden:
        out.rows[r][c] = SMALL if is_small(table.rows[r][c], threshold) else SECONDARY
        mask[r][c] = True
    for i, col in enumerate(table.columns):
        if col.depends_on:
            dep = table.index(col.depends_on)
            for r in range(len(table.rows)):
                if mask[r][dep] and table.rows[r][i] is not None:
                    out.rows[r][i] = HIDDEN_DERIVED
                    mask[r][i] = True
    out.mask = mask
    return out


def prepare(tables: Iterable[Table], *, internal: bool) -> list[Table]:
    """Tables as they leave the program: suppressed unless the report is internal."""
    return [t.copy() if internal else suppress_table(t) for t in tables]
