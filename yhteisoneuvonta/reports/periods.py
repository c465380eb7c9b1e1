"""Report periods: an ISO week, a month, a quarter, a year or a date range, in Helsinki time.

Outgoing reports take calendar periods only (week, month, quarter, year): two free ranges a
day apart would differ by one day's visitors (see docs/disclosure-control.md).

A period is half-open, ``[start, end)``, and both ends are UTC-aware datetimes of local
midnights, so a week that crosses a DST change is still exactly Monday to Monday.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from ..errors import UsageError

HELSINKI = ZoneInfo("Europe/Helsinki")

_WEEK = re.compile(r"^(\d{4})-W(\d{1,2})$", re.IGNORECASE)
_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_YEAR = re.compile(r"^(\d{4})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$", re.IGNORECASE)
_RANGE = re.compile(r"^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$")

HELP = ("an ISO week 2026-W47, a month 2026-11, a quarter 2026-Q4, a year 2026 or a range "
        "2026-10-01..2026-12-31")
CALENDAR_HELP = "an ISO week 2026-W47, a month 2026-11, a quarter 2026-Q4 or a year 2026"
CALENDAR_KINDS = ("week", "month", "quarter", "year")


@dataclass(frozen=True)
class Period:
    """``text`` is what the user typed (normalised); ``first``/``last`` are inclusive days."""

    text: str
    first: date
    last: date

    @property
    def start(self) -> datetime:
        return local_midnight(self.first)

    @property
    def end(self) -> datetime:
        return local_midnight(self.last + timedelta(days=1))

    @property
    def kind(self) -> str:
        """week, month, quarter, year or range (anything else: a free period)."""
        if _WEEK.match(self.text):
            return "week"
        if _QUARTER.match(self.text):
            return "quarter"
        if _MONTH.match(self.text):
            return "month"
        if _YEAR.match(self.text):
            return "year"
        return "range"

    @property
    def calendar(self) -> bool:
        return self.kind in CALENDAR_KINDS

    def bounds(self) -> tuple[datetime, datetime]:
        return self.start, self.end

    def weeks(self) -> list["Week"]:
        """Every ISO week that overlaps the period, clipped to it."""
        out: list[Week] = []
        monday = self.first - timedelta(days=self.first.weekday())
        while monday <= self.last:
            year, num, _ = monday.isocalendar()
            first = max(monday, self.first)
            last = min(monday + timedelta(days=6), self.last)
            out.append(Week(f"{year}-W{num:02d}", local_midnight(first), local_midnight(last + timedelta(days=1))))
            monday += timedelta(days=7)
        return out

    def describe(self) -> str:
        """Human text, e.g. ``2026-W47 (16.11.2026–22.11.2026)``."""
        span = f"{fmt_date(self.first)}–{fmt_date(self.last)}"
        return span if self.text == span else f"{self.text} ({span})"


@dataclass(frozen=True)
class Week:
    label: str
    start: datetime
    end: datetime


def local_midnight(day: date) -> datetime:
    return datetime.combine(day, time(0, 0), tzinfo=HELSINKI).astimezone(timezone.utc)


def fmt_date(day: date) -> str:
    return f"{day.day}.{day.month}.{day.year}"


def _bad(text: str, why: str = "") -> UsageError:
    return UsageError(f"period '{text}' is not valid{': ' + why if why else ''}; use {HELP}")


def parse_period(text: str) -> Period:
    """Parse ``2026-W47``, ``2026-11``, ``2026`` or ``2026-10-01..2026-12-31``."""
    raw = (text or "").strip()
    if m := _WEEK.match(raw):
        year, week = int(m[1]), int(m[2])
        try:
            monday = date.fromisocalendar(year, week, 1)
        except ValueError:
            raise _bad(raw, f"{year} has no week {week}") from None
        return Period(f"{year}-W{week:02d}", monday, monday + timedelta(days=6))
    if m := _QUARTER.match(raw):
        year, quarter = int(m[1]), int(m[2])
        first = date(year, 3 * quarter - 2, 1)
        nxt = date(year + (quarter == 4), (3 * quarter) % 12 + 1, 1)
        return Period(f"{year}-Q{quarter}", first, nxt - timedelta(days=1))
    if m := _MONTH.match(raw):
        year, month = int(m[1]), int(m[2])
        if not 1 <= month <= 12:
            raise _bad(raw, f"there is no month {month}")
        first = date(year, month, 1)
        nxt = date(year + (month == 12), month % 12 + 1, 1)
        return Period(f"{year}-{month:02d}", first, nxt - timedelta(days=1))
    if m := _YEAR.match(raw):
        year = int(m[1])
        if year < 2000:
            raise _bad(raw, "the year is too early")
        return Period(str(year), date(year, 1, 1), date(year, 12, 31))
    if m := _RANGE.match(raw):
        try:
            first, last = date.fromisoformat(m[1]), date.fromisoformat(m[2])
        except ValueError:
            raise _bad(raw, "a date does not exist") from None
        if last < first:
            raise _bad(raw, "the range ends before it starts")
        if (last - first).days > 366 * 5:
            raise _bad(raw, "the range is longer than five years")
        return Period(f"{first.isoformat()}..{last.isoformat()}", first, last)
    raise _bad(raw)


def week_of(day: date) -> str:
    year, num, _ = day.isocalendar()
    return f"{year}-W{num:02d}"


def current_week() -> Period:
    return parse_period(week_of(datetime.now(HELSINKI).date()))
