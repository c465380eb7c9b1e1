"""The machine-readable report (``--format json``): exactly what was published, for a
municipality's data warehouse or an auditor. The schema is documented in
docs/disclosure-control.md ("The JSON report").
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .disclosure import method_description
from .document import Document
from .files import write_atomically
from .i18n import t

SCHEMA = "yhteisoneuvonta.report/1"


def document_json(doc: Document) -> dict[str, Any]:
    period = doc.period
    return {
        "schema": SCHEMA,
        "report": doc.kind,
        "title": doc.title,
        "lang": doc.lang,
        "scope": doc.scope,
        "period": {"text": period.text, "kind": period.kind, "first": period.first.isoformat(),
                   "last": period.last.isoformat()} if period is not None else {"text": doc.period_text},
        "created": doc.created.isoformat(timespec="seconds"),
        "internal": doc.internal,
        "disclosure_control": None if doc.internal else method_description(),
        "note": t("internal_note", doc.lang) if doc.internal else t("ck_note", doc.lang),
        "tables": [_table(section, table) for section, table in doc.sections],
    }


def _table(section: str, table: Any) -> dict[str, Any]:
    return {
        "key": table.key,
        "section": section,
        "title": table.title,
        "note": table.note,
        "total_row": table.total_row,
        "columns": [{"key": c.key, "label": c.label, "kind": c.kind} for c in table.columns],
        "rows": [[_value(v) for v in row] for row in table.rows],
        "flags": table.flags or [[None] * len(table.columns) for _ in table.rows],
    }


def _value(value: Any) -> Any:
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return value
    if isinstance(value, (list, tuple)):
        return [_value(v) for v in value]
    return str(value)


def write_json(doc: Document, path: Path) -> Path:
    def write(tmp: str) -> None:
        with open(tmp, "w", encoding="utf-8") as fh:
            json.dump(document_json(doc), fh, ensure_ascii=False, indent=1)
            fh.write("\n")

    return write_atomically(Path(path), write, ".json")
