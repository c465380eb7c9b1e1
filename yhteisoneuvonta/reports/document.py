"""A report as plain blocks (headings, paragraphs, facts, tables), before any file format.

Builders (weekly, municipality, social, session) make a :class:`Document`; the PDF,
CSV and XLSX writers render it. Suppression has already been applied to its tables
unless ``internal`` is set, so a writer never has to think about it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
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
