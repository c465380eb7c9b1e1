"""Disclosure control of every outgoing figure: the cell key method, in one place.

Each count a report shows is the number of some set of records (or, for group attendance,
the sum of their head counts). Its *cell key* is the sum of the records' keys
(:mod:`.cellkey`) modulo 2**32, so the same records always give the same cell key, in every
table, report, format and run. The published value is looked up in a public perturbation
table (``PTABLE``) by the true count and the cell key:

- 0 stays 0 (an empty cell has no records and no key);
- 1-4 are never published as themselves (``SMALL_ROWS``: mostly 0 for a 1, values 0-8);
- 5 and above get noise of -4..+4, most often 0 or +-1.

Shares and means are computed from published figures and withheld when their published base
is below ``MIN_BASE``. Hours, desk sessions held and observations count no visitor and are
exact. See docs/disclosure-control.md for what an attacker can and cannot learn.

Statistics produce counts as :class:`Counted` (an int that carries its cell key); sums of
them keep the key, so a total row's key is the key of all its records. A count that reaches
:func:`protect` without a key is a bug, and refused rather than published exactly.
"""
from __future__ import annotations

from typing import Any

from .cellkey import MODULUS
from .i18n import t
from .tables import Column, Table

METHOD = "cell_key"
METHOD_VERSION = 1
MAX_NOISE = 4
SMALL_LIMIT = 5  # counts below it (1-4) are never published as themselves
MIN_BASE = 10  # shares and means need a published base of at least this
# Weights of the noise for counts of 5 and more (per thousand): symmetric, mostly small.
NOISE_WEIGHTS: dict[int, int] = {-4: 10, -3: 40, -2: 100, -1: 200, 0: 300, 1: 200, 2: 100, 3: 40, 4: 10}
# Group attendance sums head counts of group sessions: the same sessions, another measure.
# Its cell key is the sessions' key times this odd constant, so its noise is not theirs.
ATTENDANCE_MIX = 0x9E3779B1

PERTURBED, EXACT, WITHHELD = "perturbed", "exact", "withheld"


# Counts 1-4, (published value, weight per thousand). Zeros are exact, so any non-zero value
# tells a reader "at least one": a true count that is the smallest able to give a published
# value sits at the edge of what the reader can infer, and a tight sum elsewhere could then pin
# it. The rows keep those edge cases rare (a 1 is mostly published as 0) and never publish a
# small count as itself.
SMALL_ROWS: dict[int, dict[int, int]] = {
    1: {0: 880, 2: 50, 3: 30, 4: 25, 5: 10, 6: 5},
    2: {0: 540, 1: 20, 3: 240, 4: 140, 5: 50, 6: 10},
    3: {0: 250, 1: 80, 2: 200, 4: 280, 5: 150, 6: 30, 7: 10},
    4: {0: 40, 1: 40, 2: 140, 3: 250, 5: 290, 6: 160, 7: 60, 8: 20},
}


def _row(n: int) -> list[tuple[int, int]]:
    """(published value, weight) for a true count ``n`` >= 1, ordered by value."""
    if n < SMALL_LIMIT:
        return sorted(SMALL_ROWS[n].items())
    return sorted((n + d, w) for d, w in NOISE_WEIGHTS.items())


PTABLE: dict[int, list[tuple[int, int]]] = {n: _row(n) for n in range(1, SMALL_LIMIT + 1)}
assert all(n not in dict(PTABLE[n]) for n in range(1, SMALL_LIMIT))
assert all(sum(w for _p, w in row) == 1000 for row in PTABLE.values())


def published_count(n: int, key: int) -> int:
    """The published value of a true count ``n`` whose cell key is ``key`` (any integer)."""
    if n <= 0:
        return 0
    row = PTABLE[min(n, SMALL_LIMIT)]
    shift = n - SMALL_LIMIT if n > SMALL_LIMIT else 0
    total = sum(w for _p, w in row)
    point = (key % MODULUS) * total // MODULUS  # integer arithmetic: the same on every machine
    for p, w in row:
        if point < w:
            return p + shift
        point -= w
    raise AssertionError("unreachable")


def support(n: int) -> list[int]:
    """Every value a true count ``n`` can be published as."""
    if n <= 0:
        return [0]
    shift = max(0, n - SMALL_LIMIT)
    return [p + shift for p, _w in PTABLE[min(n, SMALL_LIMIT)]]


def possible_counts(published: int) -> tuple[int, int]:
    """The narrowest range [lo, hi] of true counts that can give ``published`` (public knowledge)."""
    candidates = [n for n in range(published + MAX_NOISE + 1) if published in support(n)]
    return min(candidates), max(candidates)


class Counted(int):
    """A count with its cell key (the sum of its records' keys). ``a + b`` of disjoint record
    sets is the count of their union with its key; adding a zero keeps the key."""

    key: int

    def __new__(cls, n: int, key: int | None) -> Counted:
        obj = super().__new__(cls, int(n or 0))
        obj.key = int(key or 0) % MODULUS
        return obj

    def __add__(self, other: Any) -> Any:
        if isinstance(other, Counted):
            return Counted(int(self) + int(other), self.key + other.key)
        if isinstance(other, int) and not isinstance(other, bool) and other == 0:
            return Counted(int(self), self.key)
        return int(self) + other  # a keyless number: the result can no longer be published

    __radd__ = __add__

    def __reduce__(self) -> Any:
        return (Counted, (int(self), self.key))


def counted(n: Any, key: Any) -> Counted:
    return Counted(n or 0, key)


def attendance(heads: Any, sessions_key: Any) -> Counted:
    return Counted(heads or 0, (int(sessions_key or 0) * ATTENDANCE_MIX) % MODULUS)


class UnkeyedCountError(RuntimeError):
    """A count without a cell key reached publication: a programming error, never published."""


def publish(value: Any) -> int:
    """The published value of one count."""
    if isinstance(value, Counted):
        return published_count(int(value), value.key)
    if value in (0, None):
        return 0
    raise UnkeyedCountError(f"count {value!r} has no cell key")


def _plain(value: Any) -> Any:
    return int(value) if isinstance(value, Counted) else value


def protect(tables: list[Table], *, internal: bool, lang: str = "fi") -> list[Table]:
    """Tables as they leave the program: perturbed unless the report is internal (then exact,
    and the caller marks it internal)."""
    return [_internal(t) if internal else protect_table(t, lang) for t in tables]


def _internal(table: Table) -> Table:
    out = table.copy()
    out.rows = [[_plain(v) for v in row] for row in table.rows]
    out.flags = [[None if c.kind == "text" else EXACT for c in table.columns] for _ in table.rows]
    return out


def protect_table(table: Table, lang: str = "fi") -> Table:
    out = table.copy(suppressed=True)
    flags: list[list[str | None]] = [[None] * len(table.columns) for _ in table.rows]
    for r, row in enumerate(table.rows):
        for c, col in enumerate(table.columns):
            value = row[c]
            if col.kind == "count":
                out.rows[r][c] = publish(value) if value is not None else None
                flags[r][c] = PERTURBED
            elif col.kind != "text":
                out.rows[r][c] = _plain(value)
                flags[r][c] = EXACT
    for c, col in enumerate(table.columns):
        if col.derive:
            for r in range(len(out.rows)):
                if table.rows[r][c] is None and col.derive != "share":
                    continue
                value = _derived(out, table, r, col)
                out.rows[r][c] = value
                flags[r][c] = PERTURBED if value is not None else WITHHELD
    out.flags = flags
    out.mask = [[f == WITHHELD for f in row] for row in flags]
    out.note = " ".join(x for x in (table.note, t("ck_note", lang)) if x)
    return out


def _derived(out: Table, raw: Table, r: int, col: Column) -> float | None:
    """A share or mean computed from published figures (None: withheld)."""
    row = out.rows[r]
    if col.derive == "share":
        if raw.rows[r][raw.index(col.depends_on or "count")] is None:
            return None
        part = row[out.index(col.depends_on or "count")]
        base = publish(raw.share_base) if raw.share_base is not None else _published_total(out, col)
        if not isinstance(part, int) or base is None or base < MIN_BASE:
            return None
        return round(100.0 * part / base, 1)
    if col.derive and col.derive.startswith("per:"):
        num = row[out.index(col.depends_on or "")]
        den = row[out.index(col.derive[4:])]
        if not isinstance(num, int) or not isinstance(den, int) or num < MIN_BASE or den <= 0:
            return None
        return round(num / den, col.decimals)
    if col.derive == "scale_mean":
        scored = [(c.value, row[i]) for i, c in enumerate(out.columns) if c.value is not None]
        n = sum(v for _s, v in scored if isinstance(v, int))
        if n < MIN_BASE:
            return None
        return round(sum(s * v for s, v in scored if isinstance(v, int)) / n, col.decimals)
    raise ValueError(f"unknown derived figure {col.derive}")


def _published_total(out: Table, col: Column) -> int | None:
    if not (out.total_row and out.rows):
        return None
    value = out.rows[-1][out.index(col.depends_on or "count")]
    return value if isinstance(value, int) else None


def method_description() -> dict[str, Any]:
    """The method and its public parameters, as the JSON report and the documentation state them."""
    return {
        "name": METHOD,
        "version": METHOD_VERSION,
        "key_bits": 32,
        "cell_key": "sum of the record keys modulo 2**32; record key = HMAC-SHA256(installation secret, "
                    "record id), first 32 bits; the secret is never published",
        "lookup": "published = value at position floor(cell_key * W / 2**32) of the row's cumulative "
                  "weights W (values in ascending order)",
        "zero": "0 is published as 0",
        "small_limit": SMALL_LIMIT,
        "max_noise": MAX_NOISE,
        "min_base": MIN_BASE,
        "ptable": [{"true": n if n < SMALL_LIMIT else f">={SMALL_LIMIT}",
                    "published": [[p if n < SMALL_LIMIT else f"true{p - n:+d}", w] for p, w in PTABLE[n]]}
                   for n in sorted(PTABLE)],
        "attendance_key": f"sessions' cell key * {ATTENDANCE_MIX} modulo 2**32",
        "exact_figures": "desk sessions held, desk hours, observations and times seen count no visitor "
                         "and are published exactly",
        "derived": f"shares and means are computed from published counts; withheld when the published "
                   f"base is below {MIN_BASE}",
    }
