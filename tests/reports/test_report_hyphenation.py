"""Words in PDF tables break only at hyphenation points, with a hyphen (never
"yhteis|öneuvonta"); read back from a real PDF with pdftotext."""
from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from yhteisoneuvonta.reports.document import Document, TableBlock
from yhteisoneuvonta.reports.hyphenate import points, soft_hyphens
from yhteisoneuvonta.reports.pdf import render_pdf
from yhteisoneuvonta.reports.tables import Column, Table

WORDS = {"fi": ["yhteisöneuvonta", "toimeentulotuki", "työllisyyspalvelut", "ammattihenkilöiden",
                "päivystystunnit", "henkilötunnus"],
         "sv": ["verksamhetsställe", "bostadsbidrag", "sysselsättningstjänster", "utkomststöd"]}


def test_finnish_syllables() -> None:
    def shown(word: str) -> str:
        return soft_hyphens(word, "fi").replace("\u00ad", "-")

    assert shown("yhteisöneuvonta") == "yh-tei-sö-neu-von-ta"
    assert shown("toimeentulotuki") == "toi-meen-tu-lo-tu-ki"
    assert shown("lomakkeiden") == "lo-mak-kei-den"
    assert shown("Kela") == "Kela"  # short words stay whole


def _pdf_lines(doc: Document, tmp: Path) -> list[str]:
    path = render_pdf(doc, tmp / f"{doc.lang}.pdf")
    text = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    return [line.strip() for line in text.splitlines() if line.strip()]


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_narrow_table_cells_break_words_at_hyphenation_points(tmp_path: Path, lang: str) -> None:
    words = WORDS[lang]
    # Many columns make each one narrow: the long words cannot fit on one line.
    columns = [Column(f"c{i}", words[i % len(words)]) for i in range(9)]
    table = Table("words", "Sanat", columns, rows=[[w for w in (words * 3)[:9]] for _ in range(2)])
    doc = Document(kind="weekly", title="Tavutus", period_text="2026-W47", lang=lang,
                   blocks=[TableBlock(table, hide=())])
    lines = _pdf_lines(doc, tmp_path)
    broken = 0
    for word in words:
        lower = word.casefold()
        for i, line in enumerate(lines[:-1]):
            for piece in line.split():
                if not piece.endswith("-") or len(piece) < 2:
                    continue
                left = piece[:-1].casefold()
                if not lower.startswith(left) or left == lower:
                    continue
                rest = lines[i + 1].split()[0].casefold() if lines[i + 1].split() else ""
                if not lower[len(left):].startswith(rest[:2]):
                    continue
                broken += 1
                assert len(left) in points(word, lang), f"{word} broken after {left!r}"
    assert broken > 0  # the columns are narrow enough that words did break
    # and nowhere is a word cut without a hyphen: every fragment is a whole word or ends in "-"
    fragments = {p.casefold() for line in lines for p in line.split()}
    for word in words:
        for cut in range(3, len(word) - 2):
            if cut not in points(word, lang):
                assert word[:cut].casefold() not in fragments, f"{word} cut after {word[:cut]!r}"
