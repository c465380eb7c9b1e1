"""Every visible word of every report comes from the catalogue, or is data.

Under a pseudo-locale whose catalogue wraps every word of every text in ⟦…⟧ (made from the English
catalogue by ``i18n_tool.pseudo``), each report is written as PDF, CSV and XLSX and read back.
With the marked parts removed, what is left must be data: numbers, dates and week labels,
punctuation, and words of the reference data (site, municipality and term names) or of the
records themselves. A text typed into a report module instead of the catalogue fails here.
"""
from __future__ import annotations

import csv
import json
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from openpyxl import load_workbook

from xlsx_helpers import xlsx_layout  # noqa: E402
from yhteisoneuvonta.core import catalog, i18n_tool
from yhteisoneuvonta.languages import LANGUAGES
from yhteisoneuvonta.paths import DB_FILENAME
from yhteisoneuvonta.reports import writers
from yhteisoneuvonta.reports.municipality import build_municipality
from yhteisoneuvonta.reports.periods import parse_period
from yhteisoneuvonta.reports.query import Filters
from yhteisoneuvonta.reports.session import build_desk_summary, build_group_summary
from yhteisoneuvonta.reports.social import build_social
from yhteisoneuvonta.reports.take_home import build_take_home
from yhteisoneuvonta.reports.weekly import build_weekly

PSEUDO = "qps"
MARKED = re.compile(r"⟦[^⟦⟧\s]*⟧")
# Suppression marks and symbols a report draws itself (not words).
SYMBOLS = {"x", "×", "•", "–", "-", "%", "<5"}


@pytest.fixture
def pseudo_locale() -> Iterator[str]:
    catalog.install(PSEUDO, i18n_tool.pseudo())
    yield PSEUDO
    catalog.uninstall(PSEUDO)


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
        if value[:1] in "[{":
            try:
                yield from _strings(json.loads(value))
            except ValueError:
                pass
    elif isinstance(value, dict) and "fi" in value and set(value) <= set(LANGUAGES):
        yield from _strings(value["fi"])  # labels: a pseudo-locale falls back to the Finnish one
    elif isinstance(value, dict):
        for k, v in value.items():
            yield str(k)
            yield from _strings(v)
    elif isinstance(value, (list, tuple)):
        for v in value:
            yield from _strings(v)


def _words(text: str) -> set[str]:
    return {w for w in (_clean(t) for t in text.split()) if w}


def _clean(token: str) -> str:
    return token.strip(".,;:()[]\"'!?…")


def data_words(ws) -> set[str]:
    """Every word of the reference data (all languages) and of every stored record."""
    words = _words(" ".join(_strings(ws.reference().to_dict())))
    con = sqlite3.connect(ws.data_dir / DB_FILENAME)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            if table in ("reference_sets", "settings"):
                continue
            for row in con.execute(f"SELECT * FROM {table}"):
                words |= _words(" ".join(_strings(list(row))))
    finally:
        con.close()
    return words


def leftovers(text: str, allowed: set[str]) -> set[str]:
    """Words outside the marks that are neither data nor symbols."""
    rest = MARKED.sub(" ", text)
    cut = [w for w in rest.split() if "⟦" in w or "⟧" in w]
    assert not cut, f"marked words cut apart: {cut[:10]}"
    out = set()
    for token in rest.split():
        word = _clean(token)
        if not word or word in SYMBOLS or word in allowed or any(ch.isdigit() for ch in word):
            continue
        if not any(ch.isalpha() for ch in word):
            continue
        out.add(word)
    return out


def pdf_text(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def csv_text(path: Path) -> str:
    """The visible text of a CSV: the cells, not the header of stable column keys, nor the key
    and id columns scripts match on."""
    with open(path, newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    header, body = rows[0], rows[1:]
    keep = [i for i, name in enumerate(header)
            if name not in ("section", "table", "row_id", "column", "week", "site_id", "value")]
    return "\n".join(" ".join(row[i] for i in keep) for row in body)


def xlsx_text(path: Path) -> str:
    """Every cell people read: sheet names, headers, data (but key columns such as ids and weeks)
    and the info sheet but its two key columns (stable keys for scripts)."""
    sheets, columns = xlsx_layout(path)
    wb = load_workbook(path, read_only=True)
    out: list[str] = []
    info = wb.worksheets[-1]
    out.append(info.title)  # data sheets are named by their titles, cut at 31: the info sheet has them whole
    for sheet in wb.worksheets:
        rows = list(sheet.iter_rows(values_only=True))
        if sheet is info:
            header_at = next(i for i, r in enumerate(rows) if r and len(r) >= 4 and r[0] and r[2] and r[3])
            out += [" ".join(str(c) for c in r if c is not None) for r in rows[:header_at + 1]]
            out += [str(r[1]) for r in rows[header_at + 1:] if r and len(r) > 1 and r[1]]  # the labels
            continue
        header = [columns[sheet.title].get(label, label) for label in rows[0]]
        out.append(" ".join(str(label) for label in rows[0]))
        for row in rows[1:]:
            out.append(" ".join(str(v) for k, v in zip(header, row)
                                if v is not None and k not in ("id", "site_id", "section", "week")))
    wb.close()
    return "\n".join(out)


def test_the_pseudo_catalogue_marks_every_text(pseudo_locale: str) -> None:
    english = catalog.catalogue("en")
    words = [k for k, text in english.items() if re.sub(r"\{\w+\}", "", text).strip()]
    assert words and all("⟦" in catalog.t(k, pseudo_locale) for k in words)
    assert catalog.t("f_times", pseudo_locale, n=3) == "3 ⟦times⟧"


def test_every_report_text_comes_from_the_catalogue(handmade, pseudo_locale: str, tmp_path: Path) -> None:
    ws, ids = handmade
    allowed = data_words(ws)
    lang = pseudo_locale
    w47 = Filters(period=parse_period("2026-W47"))
    docs = {
        "weekly": build_weekly(ws, w47, lang=lang),
        "weekly_internal": build_weekly(ws, Filters(period=w47.period, device=ws.device_id), lang=lang, internal=True),
        "municipality": build_municipality(ws, Filters(period=w47.period, municipality="tampere"), lang=lang),
        "social": build_social(ws, w47, lang=lang),
        "desk": build_desk_summary(ws, ids["annala_session"], lang=lang),
        "group": build_group_summary(ws, ids["house_meeting"], lang=lang),
    }
    enc = ws.store.session
    from yhteisoneuvonta.store.models import Encounter

    with enc() as s:
        encounter_id = s.query(Encounter.id).filter(Encounter.deleted.is_(False)).first()[0]
    docs["take_home"] = build_take_home(ws, encounter_id, lang=lang)
    found: dict[str, set[str]] = {}
    checked = 0
    for name, doc in docs.items():
        formats = ("pdf",) if name in ("desk", "group", "take_home") else ("pdf", "csv", "xlsx")
        for fmt in formats:
            path = writers.write(doc, fmt, tmp_path / f"{name}.{fmt}")
            text = {"pdf": pdf_text, "csv": csv_text, "xlsx": xlsx_text}[fmt](path)
            assert "⟦" in text, f"{name}.{fmt} shows no catalogue text at all"
            checked += len(text)
            if bad := leftovers(text, allowed):
                found[f"{name}.{fmt}"] = bad
    assert not found, f"texts not from the catalogue: {found}"
    assert checked > 5000  # the reports were really read back
