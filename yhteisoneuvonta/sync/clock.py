"""Clock sense: remember the newest time seen in any bundle or reference file.

Offline laptops drift or are set wrong. Nothing in sync depends on clocks (versions are
counters), but times shown and stored do, so the user is warned when this computer's
clock is behind a time it has already seen in a file.
"""
from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from ..core.clock import utcnow
from ..core.workspace import Workspace
from ..store.models import Setting

SETTING = "clock_newest_seen"
TOLERANCE = timedelta(minutes=10)
LAPTOP_AHEAD = timedelta(days=1)  # as plausibility.CLOCK_AHEAD: beyond it, a bundle's time is not noted


def parse_time(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else None


def note_seen(s: Session, when: datetime | None, source: str) -> None:
    """Remember ``when`` (in the caller's transaction) if it is the newest time seen."""
    if when is None:
        return
    row = s.get(Setting, SETTING)
    current = parse_time(row.value.get("time")) if row is not None and isinstance(row.value, dict) else None
    if current is None or when > current:
        s.merge(Setting(key=SETTING, value={"time": when.isoformat(), "source": source[:200]}))


def clock_warning(ws: Workspace, now: datetime | None = None) -> str | None:
    """A sentence for the user when the clock is behind a time already seen, else None."""
    seen = ws.setting(SETTING)
    if not isinstance(seen, dict):
        return None
    when = parse_time(seen.get("time"))
    now = now or utcnow()
    if when is None or now + TOLERANCE >= when:
        return None
    if str(seen.get("source") or "").startswith("bundle ") and when - now > LAPTOP_AHEAD:
        return None  # noted before imports told a laptop's clock from ours: the laptop's problem

    return (f"This computer's clock ({now:%Y-%m-%d %H:%M} UTC) is behind a time already seen in "
            f"{seen.get('source') or 'a file'} ({when:%Y-%m-%d %H:%M} UTC). Check the date and time "
            "settings: the times of new records may be wrong.")
