"""CLI: reports, session summaries, statistics tables and the municipality facts."""
from __future__ import annotations

import argparse

from ..languages import DEFAULT_LANGUAGE, LANGUAGES
from ..services import municipalities
from ..services import reports as svc
from .common import print_json, print_table, workspace


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("report", help="write a report (PDF, CSV, XLSX) or a session summary (PDF)")
    rsub = p.add_subparsers(dest="report", required=True)
    for kind, text in (("weekly", "weekly statistics for the region"),
                       ("municipality", "the per-municipality page (all municipalities without --municipality)"),
                       ("social", "the social report for decision makers")):
        r = rsub.add_parser(kind, help=text)
        r.add_argument("--period", required=True,
                       help="2026-W47 (ISO week), 2026-11 (month), 2026-Q4 (quarter), 2026 (year); "
                            "a range 2026-10-01..2026-12-31 only with --internal")
        r.add_argument("--municipality", help="municipality id, e.g. tampere")
        r.add_argument("--site", help="site id (weekly and social)")
        r.add_argument("--device", help="only this adviser device")
        r.add_argument("--format", choices=svc.FORMATS,
                       help="default: from the --out file name. csv is for scripts (comma, UTF-8, "
                            "column keys); excel-csv opens in Finnish and Swedish Excel (semicolon, "
                            "decimal comma, UTF-8 with BOM, headers in --lang)")
        r.add_argument("--out", required=True, help="file to write")
        r.add_argument("--internal", action="store_true",
                       help="exact figures (no disclosure control), any period; every page is marked internal")
        r.add_argument("--lang", default=DEFAULT_LANGUAGE, choices=list(LANGUAGES))
        r.set_defaults(func=cmd_report, kind=kind)
    r = rsub.add_parser("session", help="summary of one desk or group session (ids from 'list sessions/groups')")
    r.add_argument("--session", required=True, help="desk-session or group-session id")
    r.add_argument("--out", required=True, help="PDF file to write")
    r.add_argument("--lang", default=DEFAULT_LANGUAGE, choices=list(LANGUAGES))
    r.set_defaults(func=cmd_session)
    r = rsub.add_parser("take-home", help="a visitor's one-page take-home sheet of one encounter "
                                          "(nothing that identifies them)")
    r.add_argument("--encounter", required=True, help="encounter id (from 'list encounters --json')")
    r.add_argument("--out", required=True, help="PDF file to write")
    r.add_argument("--lang", choices=list(LANGUAGES),
                   help="the visitor's language (default: the encounter's, if it is fi, sv or en)")
    r.set_defaults(func=cmd_take_home)

    p = sub.add_parser("print", help="print on a printer (through the system's print queue)")
    psub = p.add_subparsers(dest="what", required=True)
    r = psub.add_parser("session", help="the summary of one desk or group session")
    r.add_argument("--session", required=True, help="desk-session or group-session id")
    r.add_argument("--printer", help="print queue name (default: the system's default printer)")
    r.add_argument("--copies", type=int, default=1)
    r.add_argument("--lang", default="fi", choices=["fi", "sv", "en"])
    r.set_defaults(func=cmd_print_session)

    p = sub.add_parser("stats", help="print a statistics table")
    p.add_argument("table", nargs="?", default="weekly_totals",
                   help="weekly_totals, weekly_sites, by_site, by_municipality, by_site_kind, topics, "
                        "help_kinds, forms, referrals, barriers, involvement, pei, groups, desk_hours")
    p.add_argument("--period", help="as for reports (default: all data, which needs --internal)")
    p.add_argument("--municipality")
    p.add_argument("--site")
    p.add_argument("--device")
    p.add_argument("--internal", action="store_true", help="exact counts (no disclosure control), any period")
    p.add_argument("--json", action="store_true")
    p.add_argument("--lang", default=DEFAULT_LANGUAGE, choices=list(LANGUAGES))
    p.set_defaults(func=cmd_stats)

    p = sub.add_parser("municipality", help="the coordinator-edited facts of a municipality page")
    msub = p.add_subparsers(dest="action", required=True)
    m = msub.add_parser("set", help="set follow-up, schedule or the responsible person")
    m.add_argument("municipality")
    m.add_argument("--follow-up", help="follow-up and evaluation")
    m.add_argument("--schedule", help="the agreed schedule")
    m.add_argument("--responsible", help="person responsible in the HOPPU project (staff)")
    m.set_defaults(func=cmd_municipality_set)
    m = msub.add_parser("show", help="show the facts of one municipality (or all)")
    m.add_argument("municipality", nargs="?")
    m.add_argument("--json", action="store_true")
    m.set_defaults(func=cmd_municipality_show)


def cmd_report(args: argparse.Namespace) -> int:
    fmt = svc.format_of(args.out, args.format)
    path = svc.export_report(workspace(args), args.kind, fmt, args.out, period=args.period,
                             municipality=args.municipality, site=args.site, device=args.device,
                             lang=args.lang, internal=args.internal)
    print(f"Wrote {path}")
    return 0


def cmd_session(args: argparse.Namespace) -> int:
    path = svc.session_summary(workspace(args), args.session, args.out, lang=args.lang)
    print(f"Wrote {path}")
    return 0


def cmd_take_home(args: argparse.Namespace) -> int:
    path = svc.take_home_sheet(workspace(args), args.encounter, args.out, lang=args.lang)
    print(f"Wrote {path}")
    return 0


_TABLES = {
    "weekly_totals": lambda s: s.weekly_totals(), "weekly_sites": lambda s: s.weekly_sites(),
    "by_site": lambda s: s.by_dimension("site"), "by_municipality": lambda s: s.by_dimension("municipality"),
    "by_site_kind": lambda s: s.by_dimension("site_kind"), "topics": lambda s: s.topics(),
    "help_kinds": lambda s: s.help_kinds(), "forms": lambda s: s.forms(), "referrals": lambda s: s.referrals(),
    "barriers": lambda s: s.barriers(), "involvement": lambda s: s.involvement(), "pei": lambda s: s.pei(),
    "groups": lambda s: s.groups(), "desk_hours": lambda s: s.desk_hours(),
}


def cmd_stats(args: argparse.Namespace) -> int:
    from ..errors import UsageError

    if args.table not in _TABLES:
        raise UsageError(f"unknown table '{args.table}': use one of {', '.join(_TABLES)}", reason="unknown_table",
                         table=args.table, choices=", ".join(_TABLES))
    stats = svc.statistics(workspace(args), args.period, municipality=args.municipality, site=args.site,
                           device=args.device, lang=args.lang)
    svc.check_outgoing_period(stats.filters.period, internal=args.internal)
    table = svc.publish_tables(stats, [_TABLES[args.table](stats)], internal=args.internal)[0]
    if args.json:
        print_json({"table": table.key, "title": table.title, "period": stats.period.text,
                    "suppressed": table.suppressed, "rows": table.as_dicts(), "flags": table.flags})
    else:
        print(f"{table.title} — {stats.period.describe()}")
        print_table(table.as_dicts(), [c.key for c in table.columns])
    return 0


def cmd_municipality_set(args: argparse.Namespace) -> int:
    info = municipalities.set_info(workspace(args), args.municipality, follow_up=args.follow_up,
                                   schedule=args.schedule, responsible=args.responsible)
    print_json(info)
    return 0


def cmd_municipality_show(args: argparse.Namespace) -> int:
    ws = workspace(args)
    infos = [municipalities.get_info(ws, args.municipality)] if args.municipality else municipalities.all_info(ws)
    if args.json:
        print_json(infos[0] if args.municipality else infos)
    else:
        print_table(infos, ["municipality_id", "name", "follow_up", "schedule", "responsible"])
    return 0


def cmd_print_session(args: argparse.Namespace) -> int:
    from ..errors import UsageError
    from ..services import printing

    if not 1 <= args.copies <= 20:
        raise UsageError("--copies must be between 1 and 20", reason="out_of_range", option="--copies", min=1, max=20)
    job = printing.print_session(workspace(args), args.session, args.printer, lang=args.lang, copies=args.copies)
    print(job)
    return 0
