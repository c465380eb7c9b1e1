"""Core CLI commands: init, log, list, sites/topics, session, delete/restore, demo."""
from __future__ import annotations

import argparse
import sys
from typing import Any

from ..errors import UsageError
from ..languages import DEFAULT_LANGUAGE, LANGUAGES
from ..records.inputs import (
    EncounterInput,
    FormHelpInput,
    GroupSessionInput,
    InstrumentAnswerInput,
    ObservationInput,
    Proposal,
)
from ..services import desk, history, logbook, setup
from .common import parse_time, print_json, print_table, workspace

LIST_KINDS = {
    "encounters": "encounter", "sessions": "desk_session", "groups": "group_session",
    "forms": "form_help", "observations": "observation", "instruments": "instrument_answer",
}
LIST_COLUMNS = {
    "encounter": ["id", "occurred_at", "site_id", "minutes", "topics", "help_kinds", "deleted"],
    "desk_session": ["id", "site_id", "starts_at", "ends_at", "advisers", "deleted"],
    "group_session": ["id", "site_id", "kind", "title", "starts_at", "headcount_total", "deleted"],
    "form_help": ["id", "occurred_at", "site_id", "form_id", "status", "deleted"],
    "observation": ["id", "observed_at", "site_id", "theme", "text", "deleted"],
    "instrument_answer": ["id", "answered_at", "site_id", "instrument_id", "deleted"],
}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("init", help="set up this installation without questions")
    p.add_argument("--role", choices=["adviser", "coordinator"], required=True)
    p.add_argument("--adviser-code", help="your pseudonym (never your name)")
    p.add_argument("--site", action="append", default=[], help="home site id (repeatable)")
    p.add_argument("--language", default=DEFAULT_LANGUAGE, choices=list(LANGUAGES))
    p.add_argument("--passphrase-file", help="coordinator: file holding the key passphrase")
    p.set_defaults(func=cmd_init)

    log = sub.add_parser("log", help="record an encounter, group session, form help or observation")
    lsub = log.add_subparsers(dest="what", required=True)
    _log_encounter(lsub.add_parser("encounter", help="one visitor helped"))
    _log_group(lsub.add_parser("group", help="a group, info, house meeting or council"))
    _log_form(lsub.add_parser("form", help="a form filled in with a visitor"))
    _log_observation(lsub.add_parser("observation", help="a structural observation"))
    _log_instrument(lsub.add_parser("instrument", help="a PEI or service-barriers answer"))

    p = sub.add_parser("list", help="list records")
    p.add_argument("what", choices=sorted(LIST_KINDS))
    p.add_argument("--json", action="store_true", help="one JSON array of records")
    p.add_argument("--site")
    p.add_argument("--since", help="from this time (Helsinki time)")
    p.add_argument("--until", help="before this time")
    p.add_argument("--search", help="text in notes, titles, summaries")
    p.add_argument("--deleted", action="store_true", help="include deleted records")
    p.add_argument("--limit", type=int)
    p.set_defaults(func=cmd_list)

    for name, taxonomy in (("sites", None), ("topics", "topics"), ("terms", "")):
        p = sub.add_parser(name, help=f"reference data: {name}")
        if name == "terms":
            p.add_argument("taxonomy", help="e.g. help_kinds, referral_targets, forms")
        p.add_argument("--json", action="store_true")
        p.set_defaults(func=cmd_reference, taxonomy=taxonomy)

    p = sub.add_parser("session", help="open or close a desk session")
    ssub = p.add_subparsers(dest="action", required=True)
    o = ssub.add_parser("open")
    o.add_argument("--site", required=True)
    o.add_argument("--at")
    o.add_argument("--partner", action="append", default=[])
    o.add_argument("--professional", action="append", default=[], help="professional role id")
    _confirm(o)
    o.set_defaults(func=cmd_session_open)
    c = ssub.add_parser("close")
    c.add_argument("--session", help="session id (default: the open one)")
    c.add_argument("--at")
    c.add_argument("--note")
    _confirm(c)
    c.set_defaults(func=cmd_session_close)

    p = sub.add_parser("delete", help="delete a record (its content is erased from the store)")
    p.add_argument("what", choices=sorted(LIST_KINDS))
    p.add_argument("id")
    p.set_defaults(func=cmd_delete, deleted=True)
    p = sub.add_parser("restore", help="restore a deleted record (restore KIND ID; refused once its content "
                                       "was erased by a delete), or the data from a backup (restore BACKUP; "
                                       "the current file is kept aside first)")
    p.add_argument("what", metavar="KIND|BACKUP", help=f"one of {', '.join(sorted(LIST_KINDS))}, or a backup file")
    p.add_argument("id", nargs="?")
    p.add_argument("--json", action="store_true", help="with BACKUP: the result as JSON")
    p.set_defaults(func=cmd_restore, deleted=False)

    p = sub.add_parser("demo", help="fill this data directory with a realistic generated dataset")
    p.add_argument("--weeks", type=int, default=4)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--devices", type=int, default=1, help="coordinator only: simulated advisers")
    p.set_defaults(func=cmd_demo)


CONFIRM_HELP = ("the texts were warned to hold a name or street address, and you confirm they name "
                "no one (the record counts the confirmation, not the words)")


def _confirm(p: argparse.ArgumentParser) -> None:
    p.add_argument("--confirm-not-personal", action="store_true", help=CONFIRM_HELP)


def _common_log(p: argparse.ArgumentParser) -> None:
    _confirm(p)
    p.add_argument("--site", required=True, help="site id (see 'sites')")
    p.add_argument("--at", help="time, e.g. '2026-11-24 10:15' (Helsinki); default now")
    p.add_argument("--json", action="store_true", help="print the stored record as JSON")


def _log_encounter(p: argparse.ArgumentParser) -> None:
    _common_log(p)
    p.add_argument("--topic", action="append", default=[], required=True)
    p.add_argument("--help-kind", action="append", default=[])
    p.add_argument("--minutes", type=int, required=True)
    p.add_argument("--channel", default="walk_in")
    p.add_argument("--language", default="fi")
    p.add_argument("--involvement", default="none", help="none, consulted or pair_work")
    p.add_argument("--professional", action="append", default=[], help="professional role id")
    p.add_argument("--referral", action="append", default=[])
    p.add_argument("--barrier", action="append", default=[])
    p.add_argument("--outcome")
    p.add_argument("--age-band", default="not_asked")
    p.add_argument("--visit", default="not_asked", help="first, returning, not_asked, unknown, declined")
    p.add_argument("--note")
    p.add_argument("--session", help="desk session id (default: the open one at the site)")
    p.set_defaults(func=cmd_log_encounter)


def _log_group(p: argparse.ArgumentParser) -> None:
    _common_log(p)
    p.add_argument("--kind", required=True, help="group, info, house_meeting, community_council")
    p.add_argument("--title", required=True)
    p.add_argument("--minutes", type=int, default=60, help="duration")
    p.add_argument("--headcount", type=int, required=True)
    p.add_argument("--split", action="append", default=[], help="part=count, e.g. children=3")
    p.add_argument("--organiser", action="append", default=[])
    p.add_argument("--facilitator", action="append", default=[])
    p.add_argument("--topic", action="append", default=[])
    p.add_argument("--summary")
    p.add_argument("--proposal", action="append", default=[], help="'proposal text' or 'text => decision'")
    p.set_defaults(func=cmd_log_group)


def _log_form(p: argparse.ArgumentParser) -> None:
    _common_log(p)
    p.add_argument("--form", required=True, help="form id (see 'terms forms')")
    p.add_argument("--status", required=True)
    p.add_argument("--medium", default="online")
    p.add_argument("--encounter", help="encounter id this belongs to")
    p.add_argument("--note")
    p.set_defaults(func=cmd_log_form)


def _log_observation(p: argparse.ArgumentParser) -> None:
    _common_log(p)
    p.add_argument("--theme", required=True)
    p.add_argument("--text", required=True)
    p.add_argument("--barrier", action="append", default=[])
    p.add_argument("--times-seen", type=int, default=1)
    p.set_defaults(func=cmd_log_observation)


def _log_instrument(p: argparse.ArgumentParser) -> None:
    _common_log(p)
    p.add_argument("--instrument", required=True, help="pei or service_barriers")
    p.add_argument("--answer", action="append", default=[], help="item=value")
    p.add_argument("--encounter")
    p.set_defaults(func=cmd_log_instrument)


def _pairs(values: list[str], flag: str, convert=str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for v in values:
        key, sep, val = v.partition("=")
        if not sep or not key:
            raise UsageError(f"{flag}: expected name=value, got '{v}'", reason="not_name_value", option=flag, value=v)
        try:
            out[key] = convert(val)
        except ValueError:
            raise UsageError(f"{flag}: '{val}' is not a valid value for {key}", reason="bad_value", option=flag,
                             value=val, name=key) from None
    return out


def _scalar(text: str) -> Any:
    if text in ("null", "none", ""):
        return None
    try:
        return int(text)
    except ValueError:
        return text


def _done(args: argparse.Namespace, record: dict[str, Any]) -> int:
    if args.json:
        print_json(record)
    else:
        print(record["id"])
    return 0


def cmd_init(args: argparse.Namespace) -> int:
    # Keys (signing key; the coordinator's age identity) belong to the sync layer.
    from ..services import identity

    passphrase = None
    if args.role == "adviser":
        if not args.adviser_code or not args.site:
            raise UsageError("init --role adviser needs --adviser-code and at least one --site",
                             reason="adviser_needs_code_and_site")
        ws = workspace(args)
        setup.setup_adviser(ws, args.adviser_code, args.site, args.language)
    else:
        # Checked first, so a refused passphrase leaves nothing half set up.
        passphrase = identity.check_passphrase(
            identity.read_passphrase_file(args.passphrase_file) if args.passphrase_file else None)
        ws = workspace(args)
        setup.setup_coordinator(ws, args.language)
    identity.after_setup(ws, passphrase=passphrase)
    print(f"Set up as {args.role} in {ws.data_dir}")
    return 0


def cmd_log_encounter(args: argparse.Namespace) -> int:
    ws = workspace(args, warn_clock=True)
    data = EncounterInput(
        site_id=args.site, occurred_at=parse_time(args.at), minutes=args.minutes,
        topics=args.topic, help_kinds=args.help_kind, channel=args.channel, language=args.language,
        involvement=args.involvement, professional_roles=args.professional, referrals=args.referral,
        barriers=args.barrier, outcome=args.outcome, age_band=args.age_band, visit_kind=args.visit,
        note=args.note, session_id=args.session,
    )
    return _done(args, desk.log_encounter(ws, data, confirm_not_personal=args.confirm_not_personal))


def cmd_log_group(args: argparse.Namespace) -> int:
    from datetime import timedelta

    start = parse_time(args.at)
    proposals = []
    for text in args.proposal:
        p, sep, d = text.partition("=>")
        proposals.append(Proposal(text=p.strip(), decision=d.strip() or None if sep else None))
    data = GroupSessionInput(
        site_id=args.site, kind=args.kind, title=args.title, starts_at=start,
        ends_at=start + timedelta(minutes=args.minutes), headcount_total=args.headcount,
        headcount_split=_pairs(args.split, "--split", int), organisers=args.organiser,
        facilitators=args.facilitator, topics=args.topic, summary=args.summary, proposals=proposals,
    )
    return _done(args, logbook.create(workspace(args, warn_clock=True), data,
                                      confirm_not_personal=args.confirm_not_personal))


def cmd_log_form(args: argparse.Namespace) -> int:
    data = FormHelpInput(site_id=args.site, occurred_at=parse_time(args.at), form_id=args.form,
                         status=args.status, medium=args.medium, note=args.note,
                         encounter_id=args.encounter)
    return _done(args, logbook.create(workspace(args, warn_clock=True), data,
                                      confirm_not_personal=args.confirm_not_personal))


def cmd_log_observation(args: argparse.Namespace) -> int:
    data = ObservationInput(site_id=args.site, observed_at=parse_time(args.at), theme=args.theme,
                            text=args.text, barriers=args.barrier, times_seen=args.times_seen)
    return _done(args, logbook.create(workspace(args, warn_clock=True), data,
                                      confirm_not_personal=args.confirm_not_personal))


def cmd_log_instrument(args: argparse.Namespace) -> int:
    data = InstrumentAnswerInput(site_id=args.site, instrument_id=args.instrument,
                                 answered_at=parse_time(args.at),
                                 answers=_pairs(args.answer, "--answer", _scalar),
                                 encounter_id=args.encounter)
    return _done(args, logbook.create(workspace(args, warn_clock=True), data,
                                      confirm_not_personal=args.confirm_not_personal))


def cmd_list(args: argparse.Namespace) -> int:
    ws = workspace(args)
    kind = LIST_KINDS[args.what]
    q = history.HistoryQuery(kind=kind, site_id=args.site, text=args.search, include_deleted=args.deleted,
                      since=parse_time(args.since, "--since") if args.since else None,
                      until=parse_time(args.until, "--until") if args.until else None)
    rows = history.fetch(ws, q, limit=args.limit)
    if args.json:
        print_json(rows)
    else:
        print_table(rows, LIST_COLUMNS[kind])
    return 0


def cmd_reference(args: argparse.Namespace) -> int:
    ref = workspace(args).reference()
    if args.taxonomy is None:
        rows = [{"id": s.id, "name": s.name, "municipality": s.municipality, "kind": s.kind,
                 "organisations": list(s.organisations),
                 "schedule": [{"weekday": x.weekday, "start": x.start, "end": x.end} for x in s.schedule],
                 "active": s.active} for s in ref.sites]
        columns = ["id", "name", "municipality", "kind"]
    else:
        try:
            terms = ref.terms(args.taxonomy)
        except Exception:
            raise UsageError(f"unknown taxonomy '{args.taxonomy}'", reason="unknown_taxonomy",
                             taxonomy=args.taxonomy) from None
        rows = [{"id": t.id, "labels": dict(t.labels), **dict(t.extra)} for t in terms]
        for r in rows:
            r["label"] = r["labels"].get("fi", r["id"])
        columns = ["id", "label"]
    if args.json:
        print_json(rows)
    else:
        print_table(rows, columns)
    return 0


def cmd_session_open(args: argparse.Namespace) -> int:
    rec = desk.open_session(workspace(args), args.site, starts_at=parse_time(args.at),
                            partners=args.partner, professionals=args.professional,
                            confirm_not_personal=args.confirm_not_personal)
    print(rec["id"])
    return 0


def cmd_session_close(args: argparse.Namespace) -> int:
    ws = workspace(args)
    session_id = args.session
    if not session_id:
        open_ = desk.current_session(ws)
        if open_ is None:
            raise UsageError("no desk session is open", reason="no_open_session")
        session_id = open_["id"]
    desk.close_session(ws, session_id, ends_at=parse_time(args.at) if args.at else None, note=args.note,
                       confirm_not_personal=args.confirm_not_personal)
    print(session_id)
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    if args.id is None:
        from .store import cmd_restore_backup

        return cmd_restore_backup(args)
    if args.what not in LIST_KINDS:
        raise UsageError(f"restore: '{args.what}' is not one of {', '.join(sorted(LIST_KINDS))}",
                         reason="unknown_restore_kind", what=args.what, choices=", ".join(sorted(LIST_KINDS)))
    return cmd_delete(args)


def cmd_delete(args: argparse.Namespace) -> int:
    rec = logbook.set_deleted(workspace(args), LIST_KINDS[args.what], args.id, args.deleted)
    print(rec["id"])
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from ..services import demo

    if args.weeks < 1 or args.weeks > 260:
        raise UsageError("--weeks must be between 1 and 260", reason="out_of_range", option="--weeks", min=1, max=260)
    ws = workspace(args)
    if demo.ensure_demo_setup(ws):
        # A newcomer's first command: say what was set up, on stderr so stdout stays the summary.
        print(f"set up a demo adviser '{demo.DEMO_ADVISER_CODE}' in {args.data_dir or 'the data folder'}",
              file=sys.stderr)
    summary = demo.fill(ws, weeks=args.weeks, seed=args.seed, devices=args.devices)
    print(", ".join(f"{k}: {v}" for k, v in summary.items()))
    return 0
