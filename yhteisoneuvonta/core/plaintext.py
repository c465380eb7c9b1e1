"""Strings taken from files, made safe to show: control and format characters escaped visibly.

A file name or an adviser code inside a bundle is written by whoever made the file. Shown raw,
an escape sequence could repaint a terminal, a bidi override could reverse a file name's
extension, a newline could forge a line of a log. ``visible`` turns each such character into
a visible ``\\x1b`` / ``\\u202e`` escape, so what is shown is exactly what the file holds.
"""
from __future__ import annotations

import unicodedata

# Cc control, Cf format (bidi overrides, zero-width), Cs lone surrogates, Zl/Zp line breaks,
# Co private use, Cn unassigned: none belongs in a name shown to a person.
_HIDDEN = frozenset(("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"))


def _escape(ch: str) -> str:
    n = ord(ch)
    if n < 0x100:
        return f"\\x{n:02x}"
    if n < 0x10000:
        return f"\\u{n:04x}"
    return f"\\U{n:08x}"


def visible(value: object, limit: int = 200) -> str:
    """``value`` as text with every hidden character escaped, cut to ``limit`` characters."""
    text = value if isinstance(value, str) else str(value)
    if len(text) > limit:
        text = text[:limit] + "…"
    if text.isprintable() and text.isascii():
        return text
    return "".join(_escape(ch) if unicodedata.category(ch) in _HIDDEN else ch for ch in text)


def is_plain(text: str) -> bool:
    """True when ``text`` has no hidden characters (what ``visible`` would leave unchanged)."""
    return all(unicodedata.category(ch) not in _HIDDEN for ch in text)
