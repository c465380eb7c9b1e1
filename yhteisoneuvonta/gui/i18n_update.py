"""Maintaining the translation sources: ``python -m yhteisoneuvonta.gui.i18n_update``.

Runs lupdate over the GUI sources (every module under ``gui/``, subfolders such as
``gui/coordinator/`` included) into ``resources/i18n/yhteisoneuvonta_{fi,sv,en}.ts``
(existing translations are kept), makes English the source text, and lists every message
still unfinished in Finnish or Swedish (translate those in Qt Linguist:
``pyside6-linguist resources/i18n/yhteisoneuvonta_fi.ts``). Exit status 1 while any remain.
"""
from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from .i18n import BASENAME, LANGUAGES, ts_dir

Table = dict[tuple[str, str], str | tuple[str, ...]]


GUI_DIR = Path(__file__).parent


def sources(root: Path = GUI_DIR) -> list[str]:
    """Every Python module under ``root``, in subfolders too, except this tool."""
    return sorted(str(p) for p in root.rglob("*.py") if p.name != "i18n_update.py")


def run_lupdate(folder: Path | None = None) -> None:
    """Update the .ts files in ``folder`` (default: the ones in resources/i18n)."""
    import PySide6

    tool = Path(PySide6.__file__).parent / "lupdate"
    for lang in LANGUAGES:
        ts = (folder or ts_dir()) / f"{BASENAME}_{lang}.ts"
        subprocess.run([str(tool), "-silent", "-no-obsolete", "-locations", "none", "-target-language", lang,
                        *sources(), "-ts", str(ts)], check=True)


def unfinished(ts: Path) -> list[tuple[str, str]]:
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        for msg in context.iter("message"):
            tr = msg.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished") or not _texts(msg, tr):
                out.append((context.findtext("name") or "", msg.findtext("source") or ""))
    return out


def _texts(msg: ET.Element, tr: ET.Element) -> bool:
    """Whether the translation has its text: every plural form of a ``%n`` message."""
    if msg.get("numerus") == "yes":
        forms = tr.findall("numerusform")
        return bool(forms) and all((f.text or "").strip() for f in forms)
    return bool((tr.text or "").strip())


def apply(ts: Path, table: Table | None = None, *, english: bool = False) -> int:
    """Fill translations from ``table`` (or the source text for English); returns how many."""
    tree = ET.parse(ts)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for msg in context.iter("message"):
            source = msg.findtext("source") or ""
            text = source if english else (table or {}).get((name, source))
            tr = msg.find("translation")
            if text is None or tr is None:
                continue
            if msg.get("numerus") == "yes":  # (singular, plural) or one text for every form
                if english and _texts(msg, tr):
                    continue  # English plural forms are written by hand: keep them
                forms = tr.findall("numerusform") or [ET.SubElement(tr, "numerusform") for _ in range(2)]
                values = [text] * len(forms) if isinstance(text, str) else list(text)
                for form, value in zip(forms, values):
                    form.text = value
            else:
                tr.text = text
            tr.attrib.pop("type", None)
            filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    with open(ts, "r+", encoding="utf-8") as f:  # keep the DOCTYPE lupdate and Linguist expect
        body = f.read().replace("<?xml version='1.0' encoding='utf-8'?>",
                                '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
        f.seek(0)
        f.write(body)
        f.truncate()
    return filled


def main() -> int:
    run_lupdate()
    for lang in LANGUAGES:  # English is its own source; every file is written the same way
        apply(ts_dir() / f"{BASENAME}_{lang}.ts", english=lang == "en")
    missing = 0
    for lang in LANGUAGES:
        for context, source in unfinished(ts_dir() / f"{BASENAME}_{lang}.ts"):
            print(f"{lang}\t{context}\t{source}")
            missing += 1
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
