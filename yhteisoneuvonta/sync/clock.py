"""Clock sense: remember the newest time seen in any bundle or reference file.

Offline laptops drift or are set wrong. Nothing in sync depends on clocks (versions are
counters), but times shown and stored do, so the user is warned when this computer's
clock is behind a time it has already seen (in a file, or the last change of a record), or
far ahead of it: more than AHEAD_LIMIT after anything this computer has seen or written.
"""
from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..core.clock import utcnow
from ..core.roles import ROLE_ADVISER
from ..core.workspace import Workspace
from ..store.models import SYNCED_MODELS, Setting

SETTING = "clock_newest_seen"
TOLERANCE = timedelta(minutes=10)
# Weekly desks log every week: a month after the newest known time is more likely a clock set
# wrong than a pause (the warning says to ignore it if the date is right).
AHEAD_LIMIT = timedelta(days=30)
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


def newest_known(ws: Workspace) -> tuple[datetime | None, str]:
    """The newest time this computer has seen in a file or written to a record, and where."""
    seen = ws.setting(SETTING)
    when = parse_time(seen.get("time")) if isinstance(seen, dict) else None
    source = (seen.get("source") if isinstance(seen, dict) else None) or "a file"
    if ws.role != ROLE_ADVISER:
        return when, source  # a coordinator's records carry the advisers' clocks, not its own
    device = ws.setting("device_id")
    with ws.store.session(read=True) as s:
        for model in SYNCED_MODELS:  # this computer's last change of each kind (change_seq is indexed)
            last = s.scalar(select(model.updated_at).where(model.device_id == device)
                            .order_by(model.change_seq.desc()).limit(1))
            if last is not None and (when is None or last > when):
                when, source = last, "the last record saved"
    return when, source


def clock_ahead(ws: Workspace, now: datetime | None = None) -> datetime | None:
    """The newest known time when this computer's clock is far ahead of it, else None."""
    when, _ = newest_known(ws)
    now = now or utcnow()
    return when if when is not None and now > when + AHEAD_LIMIT else None


def clock_warning(ws: Workspace, now: datetime | None = None) -> str | None:
    """A sentence for the user when the clock is behind a time already seen or far ahead of
    everything known, else None. It names this computer's clock: the fix is its settings."""
    when, source = newest_known(ws)
    now = now or utcnow()
    if when is None:
        return None
    if now + TOLERANCE < when:
        if source.startswith("bundle ") and when - now > LAPTOP_AHEAD:
            return None  # noted before imports told a laptop's clock from ours: the laptop's problem
        return (f"This computer's clock ({now:%Y-%m-%d %H:%M} UTC) is behind a time already seen in "
                f"{source} ({when:%Y-%m-%d %H:%M} UTC). Check this computer's date and time "
                "settings: the times of new records may be wrong.")
    if now > when + AHEAD_LIMIT:
        return (f"This computer's clock shows {now:%Y-%m-%d %H:%M} UTC, {(now - when).days} days after the "
                f"newest time known here ({source}, {when:%Y-%m-%d %H:%M} UTC). If that date is wrong, correct "
                "this computer's date and time settings; if it is right, ignore this.")
    return None
