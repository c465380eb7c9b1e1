"""Where a word of a PDF table may break: soft hyphens at hyphenation points.

ReportLab breaks a word that does not fit in a narrow column wherever it runs out of room
("yhteis|öneuvonta"); given soft hyphens (U+00AD) and ``embeddedHyphenation`` it breaks only
there, with a visible hyphen. Swedish and English use pyphen's dictionaries. pyphen has no
Finnish dictionary, and Finnish needs none: it is hyphenated by syllable, with two rules —
a break goes before a consonant that is followed by a vowel (yh-tei-sö-neu-von-ta), and
between two vowels that are neither a long vowel nor a diphthong (ra-di-o)."""
from __future__ import annotations

import re
from functools import lru_cache

SOFT = "\u00ad"
MIN_WORD = 7  # shorter words always fit a column
MIN_EDGE = 2  # never leave one letter alone on a line
VOWELS = set("aeiouyäöå")
# Diphthongs of Finnish; "ie", "uo", "yö" only in a word's first syllable, but a break
# inside them is never wrong to avoid.
DIPHTHONGS = {"ai", "ei", "oi", "ui", "yi", "äi", "öi", "au", "eu", "iu", "ou", "ey", "iy", "äy", "öy",
              "ie", "uo", "yö"}
WORD = re.compile(r"[^\W\d_]{%d,}" % MIN_WORD)


def _finnish_points(word: str) -> list[int]:
    w = word.casefold()
    points = []
    for i in range(1, len(w)):
        a, b = w[i - 1], w[i]
        if b not in VOWELS and i + 1 < len(w) and w[i + 1] in VOWELS and i > 0:
            # before a consonant followed by a vowel, unless it starts the word
            if any(c in VOWELS for c in w[:i]):
                points.append(i)
        elif a in VOWELS and b in VOWELS and a != b and a + b not in DIPHTHONGS:
            # two vowels apart, unless the first ends a long vowel or diphthong itself
            if not (i >= 2 and w[i - 2] in VOWELS):
                points.append(i)
    return [p for p in points if MIN_EDGE <= p <= len(w) - MIN_EDGE]


@lru_cache(maxsize=8)
def _pyphen(lang: str):  # type: ignore[no-untyped-def]
    try:
        import pyphen
    except ImportError:  # hyphenation is a nicety: without it words break as before
        return None
    code = {"sv": "sv", "en": "en_GB"}.get(lang)
    if code is None or code not in pyphen.LANGUAGES:
        return None
    return pyphen.Pyphen(lang=code, left=MIN_EDGE, right=MIN_EDGE)


def points(word: str, lang: str) -> list[int]:
    """Indexes in ``word`` where a line may break."""
    if lang == "fi":
        return _finnish_points(word)
    dic = _pyphen(lang)
    return list(dic.positions(word)) if dic is not None else []


def soft_hyphens(text: str, lang: str) -> str:
    """``text`` with a soft hyphen at every hyphenation point of its long words (compounds
    written with a hyphen already break there)."""
    def mark(m: re.Match[str]) -> str:
        word = m.group(0)
        cuts = points(word, lang)
        if not cuts:
            return word
        parts, last = [], 0
        for cut in cuts:
            parts.append(word[last:cut])
            last = cut
        parts.append(word[last:])
        return SOFT.join(parts)
    return WORD.sub(mark, text)
