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
    name = "".join(ch for ch in key if ch not in "[]:*?/\\")[:31] or "sheet"
    base, n = name, 2
    while name in used:
        name = f"{base[:28]}_{n}"
        n += 1
    used.add(name)
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
        labels: list[tuple[str, str, str]] = []
        for key in order:
            parts = grouped[key]
            ws = wb.create_sheet(_sheet_name(key, used))
            columns = list(parts[0][1].columns)
            header = (["section"] if sectioned else []) + [c.key for c in columns]
            ws.append(header)
            for cell in ws[1]:
                cell.font = Font(bold=True)
            for section, table in parts:
                for row in table.rows:
                    ws.append(([section] if sectioned else []) + [_xlsx_value(v) for v in row])
            ws.freeze_panes = "A2"
            for i, name in enumerate(header, start=1):
                width = max([len(str(name))] + [len(str(ws.cell(r, i).value or "")) for r in range(2, min(ws.max_row, 200) + 1)])
                ws.column_dimensions[ws.cell(1, i).column_letter].width = min(max(8, width + 2), 50)
            labels.append((key, parts[0][1].title, ""))
            labels += [(key, c.key, c.label) for c in columns]
            if parts[0][1].note:
                labels.append((key, "note", parts[0][1].note))
        info = wb.create_sheet(_sheet_name("info", used))
        created = doc.created.astimezone(HELSINKI)
        info.append(["title", doc.title])
        info.append(["period", doc.period_text])
        info.append(["created", created.strftime("%Y-%m-%d %H:%M")])
        info.append(["internal", t("internal", doc.lang) if doc.internal else "no"])
        info.append(["note", t("internal_note" if doc.internal else "ck_note", doc.lang)])
        info.append([])
        info.append(["sheet", "column", "label"])
        for row in labels:
            info.append(list(row))
        info.column_dimensions["A"].width = 22
        info.column_dimensions["B"].width = 40
        info.column_dimensions["C"].width = 50
        wb.save(tmp)

    return write_atomically(path, write, ".xlsx")


def _xlsx_value(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    return value
