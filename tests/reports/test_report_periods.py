"""Report periods: ISO week, month, year, range; Helsinki midnights as UTC; bad input."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from yhteisoneuvonta.errors import UsageError
from yhteisoneuvonta.reports.periods import parse_period


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=timezone.utc)


@pytest.mark.parametrize("text,start,end,label", [
    ("2026-W47", utc(2026, 11, 15, 22), utc(2026, 11, 22, 22), "2026-W47"),
    ("2026-w1", utc(2025, 12, 28, 22), utc(2026, 1, 4, 22), "2026-W01"),
    ("2026-W53", utc(2026, 12, 27, 22), utc(2027, 1, 3, 22), "2026-W53"),
    ("2026-11", utc(2026, 10, 31, 22), utc(2026, 11, 30, 22), "2026-11"),
    ("2026-3", utc(2026, 2, 28, 22), utc(2026, 3, 31, 21), "2026-03"),  # DST starts 29.3.
    ("2026", utc(2025, 12, 31, 22), utc(2026, 12, 31, 22), "2026"),
    ("2026-Q4", utc(2026, 9, 30, 21), utc(2026, 12, 31, 22), "2026-Q4"),
    ("2026-q1", utc(2025, 12, 31, 22), utc(2026, 3, 31, 21), "2026-Q1"),
    ("2026-10-01..2026-12-31", utc(2026, 9, 30, 21), utc(2026, 12, 31, 22), "2026-10-01..2026-12-31"),
    (" 2026-10-25..2026-10-25 ", utc(2026, 10, 24, 21), utc(2026, 10, 25, 22), "2026-10-25..2026-10-25"),
])
def test_periods(text: str, start: datetime, end: datetime, label: str) -> None:
    p = parse_period(text)
    assert (p.start, p.end) == (start, end)
    assert p.start.tzinfo is not None
    assert p.text == label


def test_weeks_of_a_month_are_clipped() -> None:
    weeks = parse_period("2026-11").weeks()
    assert [w.label for w in weeks] == ["2026-W44", "2026-W45", "2026-W46", "2026-W47", "2026-W48", "2026-W49"]
    assert weeks[0].start == parse_period("2026-11").start
    assert weeks[-1].end == parse_period("2026-11").end
    assert all(a.end == b.start for a, b in zip(weeks, weeks[1:]))


@pytest.mark.parametrize("text", [
    "", "2026-W54", "2025-W53", "2026-W0", "2026-13", "2026-00", "1999", "26", "2026/11", "W47",
    "2026-02-30..2026-03-01", "2026-12-31..2026-01-01", "2026-01-01..", "2026-01-01..2032-01-01", "last week",
])
def test_bad_periods(text: str) -> None:
    with pytest.raises(UsageError) as err:
        parse_period(text)
    assert "2026-W47" in err.value.message  # says what would be right
    assert err.value.exit_code == 2


def test_calendar_periods_are_told_from_free_ones() -> None:
    kinds = {t: parse_period(t).kind for t in ("2026-W47", "2026-11", "2026-Q4", "2026", "2026-11-01..2026-11-30")}
    assert kinds == {"2026-W47": "week", "2026-11": "month", "2026-Q4": "quarter", "2026": "year",
                     "2026-11-01..2026-11-30": "range"}
    assert [parse_period(t).calendar for t in kinds] == [True, True, True, True, False]
    with pytest.raises(UsageError):
        parse_period("2026-Q5")
