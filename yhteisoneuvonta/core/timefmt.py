"""How times are shown: the one place for the zone and the text formats.

Times are stored in UTC and shown in Helsinki time. The GUI's lists use zero-padded dates
(``05.11.2026 09:30``); printed reports use the unpadded Finnish style (``5.11.2026``) and a
dot in the clock (``9.30``–``11.00`` is how a notice board writes it). Every screen and report
takes its formats from here, so a change of style is one edit.
"""
from __future__ import annotations

from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

HELSINKI = ZoneInfo("Europe/Helsinki")

DATE = "%d.%m.%Y"  # GUI lists and dialogs: 05.11.2026
DATE_TIME = "%d.%m.%Y %H:%M"  # 05.11.2026 09:30
CLOCK = "%H:%M"  # 09:30
REPORT_CLOCK = "%H.%M"  # printed reports: 09.30
MONTH = "%Y-%m"  # a report period as typed: 2026-11
MACHINE_MINUTE = "%Y-%m-%d %H:%M"  # files read by scripts (the XLSX info sheet)


def to_local(value: datetime | str | None) -> datetime | None:
    """``value`` (aware, naive UTC or ISO text) in Helsinki time."""
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone(HELSINKI)


def local_text(value: datetime | str | None, fmt: str = DATE_TIME) -> str:
    local = to_local(value)
    return local.strftime(fmt) if local else ""


def day_text(day: date | datetime) -> str:
    """A day as printed in reports: ``16.11.2026``, ``5.1.2027``."""
    return f"{day.day}.{day.month}.{day.year}"


def report_time_text(value: datetime) -> str:
    """A day and a clock time as printed in reports: ``16.11.2026 09:05``."""
    local = to_local(value)
    assert local is not None
    return f"{day_text(local)} {local.hour:02d}:{local.minute:02d}"
