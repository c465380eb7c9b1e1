"""Maintaining the core catalogue: ``python -m yhteisoneuvonta.core.i18n_tool COMMAND``.

- ``extract``: move every ``add({...})`` call and ``_T = {...}`` table of (fi, sv, en) tuples
  found in the package's source into the ``.po`` files (``msgctxt`` = key, ``msgid`` = the
  English text), delete them from the source, drop imports of ``add`` left unused, and
  rewrite the ``.pot``. Re-runnable: with nothing left to move it changes nothing.
- ``add KEY --fi TEXT --sv TEXT --en TEXT``: one new entry (e.g. a new error code's message).
- ``pot``: rewrite the template from the English catalogue.
- ``check``: list every key some language lacks; exit status 1 while any is missing.

Babel reads and writes the files, so translators can keep using Poedit or Weblate on them.
"""
from __future__ import annotations

import argparse
import ast
import sys
from collections.abc import Iterable
from datetime import datetime, timezone
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

from ..languages import LANGUAGES, SOURCE_LANGUAGE
from . import catalog as cat

PACKAGE_DIR = Path(__file__).resolve().parent.parent
_TUPLE_ORDER = ("fi", "sv", "en")  # the order of the tuples in the source
_FIXED_DATE = datetime(2026, 12, 1, tzinfo=timezone.utc)  # stable headers: no churn in diffs
WIDTH = 100


# -- reading and writing catalogues ------------------------------------------------------------
def load(lang: str, folder: Path | None = None) -> Catalog:
    path = cat.po_path(lang, folder)
    if path.exists():
        with open(path, "rb") as fh:
            return read_po(fh, locale=lang if lang != "qps" else None, domain=cat.DOMAIN)
    return Catalog(locale=lang, domain=cat.DOMAIN, project="yhteisoneuvonta", creation_date=_FIXED_DATE,
                   revision_date=_FIXED_DATE, fuzzy=False)


def save(catalog: Catalog, lang: str, folder: Path | None = None) -> Path:
    path = cat.po_path(lang, folder)
    path.parent.mkdir(parents=True, exist_ok=True)
    catalog.fuzzy = False
    with open(path, "wb") as fh:
        write_po(fh, catalog, width=WIDTH, omit_header=False)
    return path


def entries(catalog: Catalog) -> dict[str, tuple[str, str]]:
    """``key -> (English msgid, translation)`` of a catalogue."""
    out: dict[str, tuple[str, str]] = {}
    for m in catalog:
        if m.id and m.context:
            out[m.context] = (str(m.id), m.string if isinstance(m.string, str) else "")
    return out


def set_entry(catalog: Catalog, key: str, english: str, text: str) -> bool:
    """Put ``key`` into ``catalog``; True when something changed."""
    for m in list(catalog):
        if m.context == key and m.id:
            if m.id == english and m.string == text and not m.fuzzy:
                return False
            catalog.delete(m.id, context=key)
            break
    catalog.add(english, text, context=key)
    return True


def write_pot(folder: Path | None = None) -> Path:
    english = load(SOURCE_LANGUAGE, folder)
    pot = Catalog(domain=cat.DOMAIN, project="yhteisoneuvonta", creation_date=_FIXED_DATE,
                  revision_date=_FIXED_DATE, fuzzy=False)
    for key, (msgid, _text) in sorted(entries(english).items()):
        pot.add(msgid, "", context=key)
    path = cat.pot_path(folder)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as fh:
        write_po(fh, pot, width=WIDTH, omit_header=False)
    return path


def put(texts: dict[str, dict[str, str]], folder: Path | None = None) -> int:
    """``texts``: key -> {lang: text} (English required). Returns the number of entries changed."""
    changed = 0
    for lang in LANGUAGES:
        catalog = load(lang, folder)
        dirty = False
        for key, by_lang in texts.items():
            english = by_lang[SOURCE_LANGUAGE]
            if lang in by_lang and set_entry(catalog, key, english, by_lang[lang]):
                dirty = True
                changed += 1
        if dirty:
            save(catalog, lang, folder)
    write_pot(folder)
    cat.reload()
    return changed


def missing(folder: Path | None = None) -> dict[str, list[str]]:
    """Per language, the keys another language has and it lacks (or leaves empty)."""
    by_lang = {lang: {k for k, (_id, text) in entries(load(lang, folder)).items() if text} for lang in LANGUAGES}
    every = set().union(*by_lang.values())
    return {lang: sorted(every - keys) for lang, keys in by_lang.items() if every - keys}


# -- moving tuples out of the source ------------------------------------------------------------
def _is_add_call(node: ast.AST) -> bool:
    if not (isinstance(node, ast.Expr) and isinstance(node.value, ast.Call)):
        return False
    func = node.value.func
    name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
    return name == "add" and len(node.value.args) == 1 and isinstance(node.value.args[0], ast.Dict)


def _is_table(node: ast.AST) -> bool:
    target = (node.targets[0] if isinstance(node, ast.Assign) and len(node.targets) == 1
              else node.target if isinstance(node, ast.AnnAssign) else None)
    value = getattr(node, "value", None)
    return isinstance(target, ast.Name) and target.id == "_T" and isinstance(value, ast.Dict)


def _tuples(node: ast.Dict) -> dict[str, tuple[str, ...]] | None:
    try:
        value = ast.literal_eval(node)
    except ValueError:
        return None
    if not isinstance(value, dict) or not all(
            isinstance(k, str) and isinstance(v, tuple) and len(v) == len(_TUPLE_ORDER)
            and all(isinstance(x, str) for x in v) for k, v in value.items()):
        return None
    return value


def find_tuples(source: str) -> tuple[dict[str, tuple[str, ...]], list[tuple[int, int]]]:
    """The (fi, sv, en) texts in ``source`` and the line spans (1-based, inclusive) holding them."""
    tree = ast.parse(source)
    texts: dict[str, tuple[str, ...]] = {}
    spans: list[tuple[int, int]] = []
    for node in tree.body:
        if _is_add_call(node):
            found = _tuples(node.value.args[0])  # type: ignore[attr-defined]
        elif _is_table(node):
            found = _tuples(node.value)  # type: ignore[attr-defined]
        else:
            continue
        if found is not None:
            texts.update(found)
            spans.append((node.lineno, node.end_lineno or node.lineno))
    return texts, spans


def _drop_unused_add(source: str) -> str:
    """Remove ``add`` from ``from ...i18n import ...`` / ``catalog import`` when nothing uses it."""
    tree = ast.parse(source)
    used = any(isinstance(n, ast.Name) and n.id == "add" for n in ast.walk(tree))
    if used:
        return source
    lines = source.splitlines(keepends=True)
    for node in tree.body:
        if not (isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[-1] in ("i18n", "catalog")
                and any(a.name == "add" and a.asname is None for a in node.names)):
            continue
        names = [a for a in node.names if not (a.name == "add" and a.asname is None)]
        start, end = node.lineno - 1, (node.end_lineno or node.lineno)
        indent = lines[start][: len(lines[start]) - len(lines[start].lstrip())]
        new = "" if not names else (
            f"{indent}from {'.' * node.level}{node.module} import "
            + ", ".join(a.name + (f" as {a.asname}" if a.asname else "") for a in names) + "\n")
        lines[start:end] = [new]
        return "".join(lines)
    return source


def strip_tuples(source: str, spans: Iterable[tuple[int, int]]) -> str:
    lines = source.splitlines(keepends=True)
    for first, last in sorted(spans, reverse=True):
        del lines[first - 1:last]
        # where the block was, leave at most two blank lines in a row
        lo = hi = first - 1
        while lo > 0 and not lines[lo - 1].strip():
            lo -= 1
        while hi < len(lines) and not lines[hi].strip():
            hi += 1
        del lines[lo + 2:hi]
    return _drop_unused_add("".join(lines))


def extract(root: Path = PACKAGE_DIR, folder: Path | None = None) -> dict[str, list[str]]:
    """Move every tuple text under ``root`` into the catalogues; returns file -> keys moved."""
    moved: dict[str, list[str]] = {}
    texts: dict[str, dict[str, str]] = {}
    edits: list[tuple[Path, str]] = []
    for path in sorted(root.rglob("*.py")):
        if "__pycache__" in path.parts or path.resolve() == Path(__file__).resolve():
            continue
        source = path.read_text("utf-8")
        if "add(" not in source and "_T" not in source:
            continue
        found, spans = find_tuples(source)
        if not found:
            continue
        for key, values in found.items():
            texts[key] = dict(zip(_TUPLE_ORDER, values))
        moved[str(path.relative_to(root.parent))] = sorted(found)
        edits.append((path, strip_tuples(source, spans)))
    if texts:
        put(texts, folder)
    for path, new in edits:  # the catalogues hold the texts before any source loses them
        path.write_text(new, "utf-8")
    return moved


def pseudo(mark: tuple[str, str] = ("⟦", "⟧")) -> dict[str, str]:
    """A pseudo-locale: every English text wrapped in marks, placeholders kept intact."""
    return {key: f"{mark[0]}{msgid}{mark[1]}" for key, (msgid, _t) in entries(load(SOURCE_LANGUAGE)).items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m yhteisoneuvonta.core.i18n_tool")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("extract", help="move (fi, sv, en) tuples from the source into the .po files")
    one = sub.add_parser("add", help="add or change one entry in every language")
    one.add_argument("key")
    for lang in LANGUAGES:
        one.add_argument(f"--{lang}", required=True)
    sub.add_parser("pot", help="rewrite the .pot template")
    sub.add_parser("check", help="list keys missing in some language")
    args = parser.parse_args(argv)
    if args.command == "extract":
        moved = extract()
        for file, keys in moved.items():
            print(f"{file}: {len(keys)} texts moved")
        print("nothing left to move" if not moved else f"{sum(map(len, moved.values()))} texts moved")
    elif args.command == "add":
        put({args.key: {lang: getattr(args, lang) for lang in LANGUAGES}})
    elif args.command == "pot":
        print(write_pot())
    gaps = missing()
    for lang, keys in gaps.items():
        print(f"{lang}: missing {', '.join(keys)}", file=sys.stderr)
    return 1 if gaps and args.command == "check" else 0


if __name__ == "__main__":
    raise SystemExit(main())
