"""Kept for callers of the old name: outgoing figures are protected by the cell key method
in :mod:`.disclosure` (small-cell suppression per table did not hold across tables)."""
from __future__ import annotations

from collections.abc import Iterable

from .disclosure import protect
from .tables import Table

SMALL = "<5"  # no longer published; kept for code that still recognises it


def prepare(tables: Iterable[Table], *, internal: bool, lang: str = "fi") -> list[Table]:
    return protect(list(tables), internal=internal, lang=lang)
