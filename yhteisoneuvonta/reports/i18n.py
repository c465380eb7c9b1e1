"""Texts of the reports, from the core catalogue (``core/catalog.py``, gettext ``.po`` files).

Reports are files that leave the program, so their language is chosen per report
(``--lang``), not taken from the GUI's translator. ``t(key, lang, **values)`` and ``add()``
keep their old shape, so report modules call them as before.
"""
from __future__ import annotations

from collections.abc import Iterator, Mapping

from ..core.catalog import add, available, t
from ..languages import DEFAULT_LANGUAGE, LANGUAGES

LANGS = LANGUAGES

__all__ = ["LANGS", "WEEKDAYS", "add", "available", "t", "weekdays"]

_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def weekdays(lang: str) -> tuple[str, ...]:
    """Short weekday names, Monday first (``date.weekday()`` indexes them)."""
    return tuple(t(f"wd_{d}", lang if available(lang) else DEFAULT_LANGUAGE) for d in _DAYS)


class _Weekdays(Mapping[str, tuple[str, ...]]):
    """``WEEKDAYS[lang]`` / ``WEEKDAYS.get(lang, ...)`` as before, read from the catalogue."""

    def __getitem__(self, lang: str) -> tuple[str, ...]:
        if not available(lang):
            raise KeyError(lang)
        return weekdays(lang)

    def __iter__(self) -> Iterator[str]:
        return iter(LANGUAGES)

    def __len__(self) -> int:
        return len(LANGUAGES)


WEEKDAYS: Mapping[str, tuple[str, ...]] = _Weekdays()
