"""Times in a bundle must be possible: not before this program existed, and not after the
bundle itself was made (plus a day for a laptop in another time zone or a slow clock).

A laptop whose clock runs far ahead of the coordinator's makes bundles "from the future":
they are imported (the times inside agree with the laptop's own clock) but flagged as that
laptop's clock problem, and never taken as a sign that the coordinator's clock is behind.
"""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

from ..errors import BundleError
from .clock import parse_time

FIRST_YEAR = 2024  # the program's first year: no record can be older
EARLIEST = datetime(FIRST_YEAR, 1, 1, tzinfo=timezone.utc)
AFTER_CREATION = timedelta(days=1)
CLOCK_AHEAD = timedelta(days=1)  # a bundle made this far after the coordinator's "now"


def _utc(value: datetime) -> datetime | None:
    try:
        return value.astimezone(timezone.utc)
    except (OverflowError, ValueError):  # year 1 at +14:00, year 9999 at -12:00
        return None


def check_created(manifest: dict[str, Any]) -> datetime:
    """The bundle's creation time, in UTC; refused before the program's first year."""
    created = parse_time(manifest.get("created_at"))
    when = _utc(created) if created else None
    if when is None or when < EARLIEST:
        raise BundleError("implausible_time", f"The bundle says it was made at {manifest.get('created_at')!s:.40}, "
                          f"before {FIRST_YEAR}: the computer's clock was wrong.", created_at=str(
                              manifest.get("created_at"))[:40])
    return when


def check_record_times(records: dict[str, list[dict[str, Any]]], created: datetime) -> None:
    """Every time in every record between the program's first year and the bundle's creation
    time plus a day; else ``BundleError("implausible_time")`` naming the record and field."""
    latest = created + AFTER_CREATION
    for kind, rows in records.items():
        for row in rows:
            for key, value in row.items():
                if not isinstance(value, datetime):
                    continue
                when = _utc(value)
                if when is not None and EARLIEST <= when <= latest:
                    continue
                what = kind.replace("_", " ")
                raise BundleError(
                    "implausible_time",
                    f"{'An' if what[0] in 'aeiou' else 'A'} {what} record ({row.get('id')}) has the time "
                    f"{value.isoformat()} in '{key}', "
                    + (f"before {FIRST_YEAR}" if when is None or when < EARLIEST
                       else f"after the bundle was made ({created:%Y-%m-%d %H:%M} UTC)")
                    + ": the computer's clock was wrong when it was saved.",
                    kind=kind, record=row.get("id"), field=key, time=value.isoformat())


def clock_ahead(created: datetime, now: datetime) -> bool:
    return created > now + CLOCK_AHEAD


def clock_note(who: str, created: datetime, now: datetime) -> tuple[str, str]:
    days = max(1, (created - now).days)
    return ("clock_ahead", f"The clock of {who}'s computer is about {days} days ahead: the bundle says it was "
            f"made at {created:%Y-%m-%d %H:%M} UTC. Ask the adviser to correct the computer's date and time; "
            "the times of its records may be wrong. This computer's clock is not affected.")
