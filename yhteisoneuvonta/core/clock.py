"""The one clock of the core: aware UTC times, shown in Europe/Helsinki by the front ends."""
from __future__ import annotations

from datetime import datetime, timezone


def utcnow() -> datetime:
    return datetime.now(timezone.utc)
