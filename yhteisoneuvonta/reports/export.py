"""The tables of a report as CSV and XLSX, for people who count further in a spreadsheet.

Headers are the stable column keys (``week,site_id,encounters,...``), so a script that
reads one month's file reads the next; the XLSX ``info`` sheet gives the labels.

- A document with a *primary* table (the weekly report: one row per week and site)
  writes that table as its CSV; every other table goes to the XLSX only.
- Other documents write a long CSV: ``section,table,row_id,row_label,column,value``.
- The XLSX has one sheet per table key; tables repeated per section (per municipality)
  are stacked on one sheet with a leading ``section`` column.
"""
from __future__ import annotations

import csv
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from ..core.timefmt import MACHINE_MINUTE
from .document import Document
from .files import write_atomically
from .i18n import t
from .tables import Table

HELSINKI = ZoneInfo("Europe/Helsinki")


def _csv_value(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.2f}".rstrip("0").rstrip(".") if value != int(value) else str(int(value))
    return value


def primary_table(doc: Document) -> Table | None:
    for _, table in doc.sections:
        if table.key == doc_primary(doc):
            return table
    return None


def doc_primary(doc: Document) -> str | None:
    return {"weekly": "weekly_sites"}.get(doc.kind)


def write_csv(doc: Document, path: Path) -> Path:
    main = primary_table(doc)

    def write(tmp: str) -> None:
        # Plain UTF-8 without a BOM: scripts read it as is; Excel users take the XLSX.
        with open(tmp, "w", newline="", encoding="utf-8") as fh:
            out = csv.writer(fh)
            if main is not None:
                out.writerow([c.key for c in main.columns])
                for row in main.rows:
                    out.writerow([_csv_value(v) for v in row])
                return
            out.writerow(["section", "table", "row_id", "row_label", "column", "value"])
            for section, table in doc.sections:
                for row in table.rows:
                    row_id, row_label = _row_names(table, row)
                    for i, col in enumerate(table.columns):
                        if col.kind == "text":
                            continue
                        out.writerow([section, table.key, row_id, row_label, col.key, _csv_value(row[i])])
                if table.note:  # an outgoing table's note: its totals may not add up exactly
                    out.writerow([section, table.key, "", "", "note", table.note])

    return write_atomically(path, write, ".csv")


def _row_names(table: Table, row: list[Any]) -> tuple[str, str]:
    texts = [(c.key, row[i]) for i, c in enumerate(table.columns) if c.kind == "text"]
    ids = [str(v) for k, v in texts if k in ("id", "site_id", "week") and v is not None]
    labels = [str(v) for k, v in texts if k not in ("id", "site_id") and v is not None]
    return (ids[0] if ids else (labels[0] if labels else "")), (labels[0] if labels else "")


def _sheet_name(key: str, used: set[str]) -> str:
    # Excel's rules: at most 31 characters, none of []:*?/\, no apostrophe at either end.
    name = "".join(ch for ch in key if ch not in "[]:*?/\\")[:31].strip().strip("'") or "sheet"
    base, n = name, 2
    while name.casefold() in used:  # Excel compares sheet names without case
        name = f"{base[:28]}_{n}"
        n += 1
    used.add(name.casefold())
    return name


def write_xlsx(doc: Document, path: Path) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    grouped: dict[str, list[tuple[str, Table]]] = {}
    for section, table in doc.sections:
        grouped.setdefault(table.key, []).append((section, table))
    primary = doc_primary(doc)
    order = sorted(grouped, key=lambda k: k != primary)
    sectioned = any(section for section, _ in doc.sections)

    def write(tmp: str) -> None:
        wb = Workbook()
        wb.remove(wb.active)
        used: set[str] = set()
        # The sheets and their headers speak the report's language; the info sheet maps each
        # sheet and column back to its stable key for scripts (the CSV keeps the keys).
        keys: list[tuple[str, str, str, str]] = []
        section_label = t("xi_section", doc.lang)
        for key in order:
            parts = grouped[key]
            title = parts[0][1].title
            name = _sheet_name(title or key, used)
            ws = wb.create_sheet(name)
            columns = list(parts[0][1].columns)
            header = ([section_label] if sectioned else []) + [c.label for c in columns]
            ws.append(header)
            for cell in ws[1]:
                cell.font = Font(bold=True)
            for section, table in parts:
                for row in table.rows:
                    ws.append(([section] if sectioned else []) + [_xlsx_value(v) for v in row])
            _percent_format(ws, columns, 1 + sectioned)
            ws.freeze_panes = "A2"
            for i, label in enumerate(header, start=1):
                width = max([len(str(label))] + [len(str(ws.cell(r, i).value or "")) for r in range(2, min(ws.max_row, 200) + 1)])
                ws.column_dimensions[ws.cell(1, i).column_letter].width = min(max(8, width + 2), 50)
            keys.append((name, title, key, ""))  # the whole title: a sheet name is cut at 31
            if sectioned:
                keys.append((name, section_label, key, "section"))
            keys += [(name, c.label, key, c.key) for c in columns]
            if parts[0][1].note:
                keys.append((name, parts[0][1].note, key, "note"))
        info = wb.create_sheet(_sheet_name(t("xi_info", lang := doc.lang), used))
        created = doc.created.astimezone(HELSINKI)
        info.append([t("xi_title", lang), doc.title])
        info.append([t("xi_period", lang), doc.period_text])
        info.append([t("xi_created", lang), created.strftime(MACHINE_MINUTE)])
        info.append([t("xi_internal", lang), t("internal", lang) if doc.internal else t("xi_no", lang)])
        info.append([t("xi_note", lang), t("internal_note" if doc.internal else "ck_note", lang)])
        info.append([])
        info.append([t("xi_sheet", lang), t("xi_label", lang), t("xi_table_key", lang), t("xi_column", lang)])
        for row in keys:
            info.append(list(row))
        info.column_dimensions["A"].width = 31
        info.column_dimensions["B"].width = 50
        info.column_dimensions["C"].width = 24
        info.column_dimensions["D"].width = 24
        wb.save(tmp)

    return write_atomically(path, write, ".xlsx")


def _percent_format(sheet: Any, columns: list[Any], first: int) -> None:
    """Shares (0-100 in the tables) become fractions with a percent format, so a
    spreadsheet shows "12.5 %" and counts with 0.125."""
    for i, col in enumerate(columns, start=first):
        if col.kind != "percent":
            continue
        for (cell,) in sheet.iter_rows(min_row=2, min_col=i, max_col=i):
            if isinstance(cell.value, (int, float)) and not isinstance(cell.value, bool):
                cell.value = cell.value / 100
                cell.number_format = "0.0%"


def _xlsx_value(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    return value
