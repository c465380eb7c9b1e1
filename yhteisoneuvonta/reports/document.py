"""A report as plain blocks (headings, paragraphs, facts, tables), before any file format.

Builders (weekly, municipality, social, session) make a :class:`Document`; the PDF,
CSV and XLSX writers render it. Suppression has already been applied to its tables
unless ``internal`` is set, so a writer never has to think about it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Union

from .tables import Table


@dataclass
class Heading:
    text: str
    level: int = 1


@dataclass
class Para:
    text: str
    small: bool = False


@dataclass
class Facts:
    """Label / value pairs, e.g. the items of the per-municipality page."""

    rows: list[tuple[str, str]]


@dataclass
class TableBlock:
    table: Table
    # Columns left out of the PDF (ids that a file export keeps for machines).
    hide: tuple[str, ...] = ("id", "site_id")


@dataclass
class PageBreak:
    pass


Block = Union[Heading, Para, Facts, TableBlock, PageBreak]


@dataclass
class Document:
    kind: str  # weekly | municipality | social | desk_session | group_session | take_home
    title: str
    period_text: str
    lang: str = "fi"
    internal: bool = False
    period_label: str = "period"  # i18n key of the header's "Ajanjakso" (sessions: "Aika")
    created: datetime = field(default_factory=lambda: datetime.now(timezone.utc))
    date_only: bool = False  # no time of day anywhere in the file (a visitor's take-home sheet)
    blocks: list[Block] = field(default_factory=list)
    # (section, table): section is e.g. the municipality id, "" for region-wide tables.
    sections: list[tuple[str, Table]] = field(default_factory=list)
    # The report's Period and scope text (the JSON report states them); None for sessions.
    period: Any = None
    scope: str = ""

    def add(self, *blocks: Block) -> "Document":
        self.blocks.extend(blocks)
        return self

    def add_table(self, table: Table, section: str = "", hide: tuple[str, ...] = ("id", "site_id")) -> None:
        self.blocks.append(TableBlock(table, hide))
        self.sections.append((section, table))

    def tables(self) -> list[Table]:
        return [t for _, t in self.sections]


def write(doc: Document, fmt: str, out: Path | str, mode: int | None = None) -> Path:
    """Write ``doc`` as pdf, csv, excel-csv, xlsx or json; returns the path written (``mode``: PDF only)."""
    path = Path(out)
    if fmt == "excel-csv":  # the CSV for people (Finnish/Swedish Excel); "csv" is for scripts
        from .excel_csv import write_excel_csv

        write_excel_csv(doc, path)
        return path
    if fmt == "pdf":
        from .pdf import render_pdf

        render_pdf(doc, path, mode)
    elif fmt == "csv":
        from .export import write_csv

        write_csv(doc, path)
    elif fmt == "xlsx":
        from .export import write_xlsx

        write_xlsx(doc, path)
    elif fmt == "json":
        from .json_report import write_json

        write_json(doc, path)
    else:
        from ..errors import UsageError

        raise UsageError(f"unknown format '{fmt}': use pdf, csv, xlsx or json")
    return path
