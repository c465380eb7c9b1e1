"""The tables of a report as a CSV file for people: Finnish or Swedish Excel opens it by a
double click, every value in its own cell, numbers as numbers.

The CSV for scripts (:mod:`.export`) stays as it is: comma-separated UTF-8, point decimals,
stable English column keys. This one follows what Excel in a Finnish or Swedish locale
expects of a ``.csv`` it is given without an import dialog:

- semicolon between fields (the list separator where the comma is the decimal sign);
- decimal comma (``12,5``); whole numbers as digits; shares as numbers 0–100 under a
  header that ends in ``(%)``;
- UTF-8 with a byte order mark, the only thing that tells Excel the file is not in the
  Windows code page (without it "ö" shows as "Ã¶");
- headers and row labels in the report's language, the same words the PDF uses;
- the same rows as the script CSV: the primary table of the weekly report, else every
  table of the report in a long form (section; table; row; column; value).

Suppressed cells keep their marks (``<5``, ``x``, ``–``) as text, as in the PDF.
"""
from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from .document import Document
from .export import primary_table
from .files import write_atomically
from .i18n import t
from .tables import NUMERIC_KINDS, Column, Table

DELIMITER = ";"
ENCODING = "utf-8-sig"  # UTF-8 with a BOM


def excel_number(value: Any, col: Column) -> str:
    """A cell as Excel in a comma-decimal locale reads it: ``12,5``, ``7``, or the text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, int) and col.kind in NUMERIC_KINDS:
        return str(value)
    if isinstance(value, float) and col.kind in NUMERIC_KINDS:
        decimals = col.decimals if col.kind in ("number", "percent") else 0
        return f"{value:.{decimals}f}".replace(".", ",")
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    return str(value)


def header(col: Column) -> str:
    return f"{col.label} (%)" if col.kind == "percent" and "%" not in col.label else col.label


def _row_label(table: Table, row: list[Any]) -> str:
    for i, col in enumerate(table.columns):
        if col.kind == "text" and col.key not in ("id", "site_id") and row[i] is not None:
            return str(row[i])
    for i, col in enumerate(table.columns):
        if col.kind == "text" and row[i] is not None:
            return str(row[i])
    return ""


def rows(doc: Document) -> list[list[str]]:
    """Every line of the file, header first."""
    main = primary_table(doc)
    if main is not None:
        out = [[header(c) for c in main.columns]]
        out += [[excel_number(v, c) for v, c in zip(row, main.columns)] for row in main.rows]
        return out
    lang = doc.lang
    out = [[t(k, lang) for k in ("csv_section", "csv_table", "csv_row", "csv_column", "csv_value")]]
    for section, table in doc.sections:
        for row in table.rows:
            label = _row_label(table, row)
            for value, col in zip(row, table.columns):
                if col.kind == "text":
                    continue
                out.append([section or "", table.title, label, header(col), excel_number(value, col)])
    return out


def write_excel_csv(doc: Document, path: Path) -> Path:
    lines = rows(doc)

    def write(tmp: str) -> None:
        with open(tmp, "w", newline="", encoding=ENCODING) as fh:
            # CRLF line ends, every field that holds a separator, quote or line end quoted
            csv.writer(fh, delimiter=DELIMITER, lineterminator="\r\n").writerows(lines)

    return write_atomically(path, write, ".csv")
