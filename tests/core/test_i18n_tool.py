"""The conversion tool: (fi, sv, en) tuples left in the source move into the .po catalogues.

Run on a copy of a report module as a parallel branch writes it (``add({...})`` beside the
code), into a scratch locale folder: the texts land in every language's catalogue with the key
as msgctxt, the source loses the tuples and the unused import, and a second run changes nothing.
"""
from __future__ import annotations

import ast
import textwrap
from pathlib import Path

from yhteisoneuvonta.core import catalog, i18n_tool

MODULE = textwrap.dedent('''\
    """A report module written before the catalogue."""
    from __future__ import annotations

    from .i18n import add, t

    add({
        "d_title": ("Julkaisukelpoisuus", "Publiceringsbarhet", "Fit for publication"),
        "d_note": ("Solu {cell} on piilotettu.",
                   "Cellen {cell} är dold.", "Cell {cell} is "
                   "hidden."),
    })


    def title(lang: str) -> str:
        return t("d_title", lang)
    ''')


def test_extract_moves_tuples_into_every_catalogue_and_out_of_the_source(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    (package / "reports").mkdir(parents=True)
    module = package / "reports" / "disclosure.py"
    module.write_text(MODULE, "utf-8")
    locale = tmp_path / "locale"

    moved = i18n_tool.extract(package, locale)

    assert moved == {"pkg/reports/disclosure.py": ["d_note", "d_title"]}
    fi = catalog.read_po(catalog.po_path("fi", locale))
    sv = catalog.read_po(catalog.po_path("sv", locale))
    en = catalog.read_po(catalog.po_path("en", locale))
    assert fi["d_title"] == "Julkaisukelpoisuus" and sv["d_note"] == "Cellen {cell} är dold."
    assert en["d_note"] == "Cell {cell} is hidden."
    english = i18n_tool.entries(i18n_tool.load("en", locale))
    assert english["d_title"][0] == "Fit for publication"  # msgid: the English source text
    pot = catalog.pot_path(locale).read_text("utf-8")
    assert 'msgctxt "d_title"' in pot and 'msgid "Fit for publication"' in pot

    source = module.read_text("utf-8")
    assert "add(" not in source and "Julkaisukelpoisuus" not in source
    assert "from .i18n import t\n" in source and "def title" in source
    ast.parse(source)  # still a valid module

    before = {p: p.read_bytes() for p in locale.rglob("*.po*")}
    assert i18n_tool.extract(package, locale) == {}  # re-runnable: nothing left, nothing changed
    assert {p: p.read_bytes() for p in locale.rglob("*.po*")} == before
    assert i18n_tool.missing(locale) == {}


def test_check_lists_a_key_one_language_lacks(tmp_path: Path) -> None:
    locale = tmp_path / "locale"
    i18n_tool.put({"only_en": {"en": "Only English"}, "both": {"fi": "Molemmat", "sv": "Båda", "en": "Both"}}, locale)
    assert i18n_tool.missing(locale) == {"fi": ["only_en"], "sv": ["only_en"]}


def test_the_shipped_catalogues_are_complete_and_the_source_holds_no_tuples() -> None:
    assert i18n_tool.missing() == {}
    for path in i18n_tool.PACKAGE_DIR.rglob("*.py"):
        if path.name != "i18n_tool.py":
            found, _ = i18n_tool.find_tuples(path.read_text("utf-8"))
            assert not found, f"{path}: run python -m yhteisoneuvonta.core.i18n_tool extract"
    pot_keys = set(i18n_tool.entries(i18n_tool.load("en")))
    from babel.messages.pofile import read_po

    with open(catalog.pot_path(), "rb") as fh:
        assert {m.context for m in read_po(fh) if m.id} == pot_keys  # the template follows English
