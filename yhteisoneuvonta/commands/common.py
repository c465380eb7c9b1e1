"""Helpers shared by CLI command modules: output, times, the workspace."""
from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime, timezone
from typing import Any
from zoneinfo import ZoneInfo

from ..core.plaintext import visible
from ..core.workspace import Workspace
from ..errors import UsageError

HELSINKI = ZoneInfo("Europe/Helsinki")


_opened: list[Workspace] = []


def workspace(args: argparse.Namespace, warn_clock: bool = False) -> Workspace:
    """The data folder's workspace; ``warn_clock`` (logging): a clock set wrong is warned about
    on stderr before anything is saved with its time."""
    ws = Workspace(args.data_dir)
    _opened.append(ws)
    if warn_clock:
        from ..sync.clock import clock_warning

        warning = clock_warning(ws)
        if warning:
            print(f"warning: {warning}", file=sys.stderr)
    return ws


def close_all() -> None:
    """Close what the command opened (a clean close: the next start skips the full check), with
    a backup if the data changed and the newest backup is older than an hour."""
    from ..services import backups

    while _opened:
        ws = _opened.pop()
        try:
            backups.auto_backup(ws, backups.CLI_INTERVAL)
        finally:
            ws.close()


def parse_time(text: str | None, name: str = "--at") -> datetime:
    """'2026-11-24 10:15' or ISO 8601; naive times are Helsinki time. None means now."""
    if not text:
        return datetime.now(timezone.utc)
    try:
        value = datetime.fromisoformat(text.replace(" ", "T", 1) if "T" not in text else text)
    except ValueError:
        raise UsageError(f"{name}: '{text}' is not a time like 2026-11-24 10:15", reason="bad_time",
                         option=name, value=text) from None
    if value.tzinfo is None:
        value = value.replace(tzinfo=HELSINKI)
    return value.astimezone(timezone.utc)


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def print_table(rows: list[dict[str, Any]], columns: list[str]) -> None:
    if not rows:
        print("(none)")
        return
    cells = [[_cell(r.get(c)) for c in columns] for r in rows]
    widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(columns)]
    print("  ".join(c.ljust(w) for c, w in zip(columns, widths)))
    for row in cells:
        print("  ".join(v.ljust(w) for v, w in zip(row, widths)))


def _cell(value: Any) -> str:
    if isinstance(value, list):
        return ",".join(str(v) for v in value)
    if value is None:
        return ""
    text = visible(str(value), 10_000)  # cells may quote codes and names taken from files
    return text if len(text) <= 40 else text[:39] + "…"
