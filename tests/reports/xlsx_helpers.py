"""Reading a report's XLSX the way a script would: by the stable keys its info sheet lists."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import load_workbook


def xlsx_layout(path: Path) -> tuple[dict[str, str], dict[str, dict[str, str]]]:
    """(table key -> sheet name, sheet name -> {column label: column key}) from the info sheet."""
    wb = load_workbook(path, read_only=True)
    try:
        rows = list(wb.worksheets[-1].iter_rows(values_only=True))
    finally:
        wb.close()
    start = next(i for i, r in enumerate(rows) if r and len(r) >= 4 and r[0] and r[2] and r[3]) + 1
    sheets: dict[str, str] = {}
    columns: dict[str, dict[str, str]] = {}
    for sheet, label, table, column in (tuple(r[:4]) for r in rows[start:] if r and r[0]):
        if not column:
            sheets[table] = sheet
        elif column != "note":
            columns.setdefault(sheet, {})[label] = column
    return sheets, columns


def xlsx_tables(path: Path) -> dict[str, list[dict[str, Any]]]:
    """Every data table by its key, its rows as dicts by column key."""
    sheets, columns = xlsx_layout(path)
    wb = load_workbook(path, read_only=True)
    try:
        out: dict[str, list[dict[str, Any]]] = {}
        for key, name in sheets.items():
            rows = list(wb[name].iter_rows(values_only=True))
            head = [columns[name].get(label, label) for label in rows[0]]
            out[key] = [dict(zip(head, r)) for r in rows[1:]]
        return out
    finally:
        wb.close()
