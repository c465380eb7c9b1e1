"""CLI commands for the store itself: backups, and restoring one."""
from __future__ import annotations

import argparse
from datetime import datetime

from ..services import backups
from .common import HELSINKI, print_json, print_table


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("backups", help="the automatic backups of this data folder, newest first")
    p.add_argument("--json", action="store_true", help="path, time and number of records of each")
    p.set_defaults(func=cmd_backups)
    # "restore BACKUP" shares its name with "restore KIND ID" (commands.core), which calls below.


def cmd_backups(args: argparse.Namespace) -> int:
    rows = backups.list_backups(args.data_dir)
    if args.json:
        print_json(rows)
    else:
        print_table([{**r, "time": datetime.fromisoformat(r["time"]).astimezone(HELSINKI).strftime("%Y-%m-%d %H:%M")}
                     for r in rows], ["time", "records", "path"])
    return 0


def cmd_restore_backup(args: argparse.Namespace) -> int:
    result = backups.restore(args.data_dir, args.what)
    if args.json:
        print_json(result)
    else:
        print(f"restored {result['restored']} ({result['records']} records)")
        if result["kept"]:
            print(f"the replaced file was kept as {result['kept']}")
    return 0
