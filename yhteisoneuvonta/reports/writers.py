"""Writing a report document to a file in one of its formats (imports each writer when used).

Kept apart from ``document.py`` so the writers can use the document model without a cycle.
"""
from __future__ import annotations

from pathlib import Path

from .document import Document
from .excel_csv import write_excel_csv
from .export import write_csv, write_xlsx
from .json_report import write_json


def write(doc: Document, fmt: str, out: Path | str, mode: int | None = None) -> Path:
    """Write ``doc`` as pdf, csv, excel-csv, xlsx or json; returns the path written (``mode``: PDF only)."""
    path = Path(out)
    if fmt == "excel-csv":  # the CSV for people (Finnish/Swedish Excel); "csv" is for scripts
        write_excel_csv(doc, path)
    elif fmt == "pdf":
        from .pdf import render_pdf  # reportlab: imported only when a PDF is made

        render_pdf(doc, path, mode)
    elif fmt == "csv":
        write_csv(doc, path)
    elif fmt == "xlsx":
        write_xlsx(doc, path)
    elif fmt == "json":
        write_json(doc, path)
    else:
        from ..errors import UsageError

        raise UsageError(f"unknown format '{fmt}': use pdf, csv, excel-csv, xlsx, json", reason="unknown_format",
                         fmt=fmt, choices="pdf, csv, excel-csv, xlsx, json")
    return path
