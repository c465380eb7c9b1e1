"""Sync CLI: keys, enrolment and trust, export, verify, import, reference files, purge."""
from __future__ import annotations

import argparse
import sys
from typing import Any

from ..core.language import resolve
from ..core.messages import render_code
from ..errors import BundleError
from ..services import identity
from ..services import sync as svc
from .common import print_json, print_table, workspace


def _passphrase_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--passphrase-file", help="coordinator: file holding the key passphrase "
                   "(needed only if the key is not remembered on this computer)")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("keys", help="this installation's fingerprint and public keys")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_keys)

    p = sub.add_parser("enrolment", help="adviser: write the enrolment file for the coordinator")
    p.add_argument("--out", required=True)
    p.set_defaults(func=cmd_enrolment)

    p = sub.add_parser("enrol", help="coordinator: enrol an adviser device")
    p.add_argument("file", nargs="?", help="the adviser's enrolment file")
    p.add_argument("--fingerprint", help="enrol the device with this fingerprint seen in a refused bundle, "
                   "or (with FILE) the fingerprint the adviser read out, to check")
    p.add_argument("--device", help="with --fingerprint: the device id, when one key was seen with several")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_enrol)

    p = sub.add_parser("revoke", help="coordinator: refuse a device's later bundles")
    p.add_argument("device", help="device id or fingerprint")
    p.set_defaults(func=cmd_revoke)

    p = sub.add_parser("devices", help="coordinator: enrolled devices and devices seen")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_devices)

    p = sub.add_parser("coordinator-card", help="coordinator: write the card advisers pin")
    p.add_argument("--out", required=True)
    p.set_defaults(func=cmd_card)

    p = sub.add_parser("trust-coordinator", help="adviser: pin the coordinator's keys from its card")
    p.add_argument("file")
    p.add_argument("--fingerprint", help="the fingerprint the coordinator told you, to check")
    p.add_argument("--replace", action="store_true", help="replace a different pinned key")
    p.set_defaults(func=cmd_trust)

    p = sub.add_parser("export", help="adviser: write the next bundle (or send bundles again)")
    p.add_argument("--out", required=True, help="folder or file")
    p.add_argument("--again", action="store_true", help="send earlier bundles again")
    p.add_argument("--from-seq", type=int)
    p.add_argument("--to-seq", type=int)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("bundles", help="adviser: bundles made here and whether they are confirmed")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_bundles)

    p = sub.add_parser("verify", help="check a bundle without importing it")
    p.add_argument("file")
    p.add_argument("--json", action="store_true")
    _passphrase_arg(p)
    p.set_defaults(func=cmd_verify)

    p = sub.add_parser("import", help="coordinator: import bundle files or folders of them")
    p.add_argument("paths", nargs="+")
    p.add_argument("--dry-run", action="store_true", help="show what would change, write nothing")
    p.add_argument("--json", action="store_true")
    _passphrase_arg(p)
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("reference", help="the reference file: coordinator export, adviser import")
    rsub = p.add_subparsers(dest="action", required=True)
    e = rsub.add_parser("export")
    e.add_argument("--out", required=True)
    e.add_argument("--retention-days", type=int, help="advisers may purge confirmed records this old")
    e.add_argument("--valid-days", type=int, default=120)
    e.add_argument("--json", action="store_true")
    e.set_defaults(func=cmd_reference_export)
    i = rsub.add_parser("import")
    i.add_argument("file")
    i.add_argument("--pin", action="store_true", help="no coordinator pinned yet: pin the key in this file")
    i.add_argument("--json", action="store_true")
    i.set_defaults(func=cmd_reference_import)

    p = sub.add_parser("age-identity", help="coordinator: write the age identity file (escrow)")
    p.add_argument("--passphrase-file", required=True)
    p.add_argument("--out", required=True)
    p.set_defaults(func=cmd_age_identity)

    p = sub.add_parser("forget-key", help="coordinator: keep the key only passphrase-protected here")
    p.set_defaults(func=cmd_forget_key)

    p = sub.add_parser("purge", help="adviser: delete confirmed records older than the retention period")
    p.add_argument("--dry-run", action="store_true")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_purge)

    p = sub.add_parser("conflicts", help="coordinator: record versions kept for review (same number, "
                       "other content)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_conflicts)

    p = sub.add_parser("clock", help="warn if this computer's clock is behind times already seen")
    p.set_defaults(func=cmd_clock)


def _warn_clock(ws: Any) -> None:
    warning = svc.clock_warning(ws)
    if warning:
        print(f"warning: {warning}", file=sys.stderr)


def cmd_keys(args: argparse.Namespace) -> int:
    info = identity.keys_info(workspace(args))
    if args.json:
        print_json(info)
    else:
        print(f"fingerprint: {info['fingerprint']}")
        print(f"device: {info['device_id']}")
        if info.get("age_recipient"):
            print(f"age recipient: {info['age_recipient']}")
        print(info["public_key"], end="")
    return 0


def cmd_enrolment(args: argparse.Namespace) -> int:
    ws = workspace(args)
    path = svc.write_enrolment(ws, args.out)
    print(path)
    print(f"fingerprint: {identity.keys_info(ws)['fingerprint']}", file=sys.stderr)
    return 0


def cmd_enrol(args: argparse.Namespace) -> int:
    ws = workspace(args)
    if args.file:
        device = svc.enrol(ws, args.file, args.fingerprint)
    elif args.fingerprint:
        device = svc.enrol_seen(ws, args.fingerprint, getattr(args, "device", None))
    else:
        from ..errors import UsageError

        raise UsageError("enrol needs an enrolment FILE or --fingerprint", reason="enrol_needs_file")
    if args.json:
        print_json(device)
    else:
        print(f"enrolled {device['adviser_code'] or '?'} device {device['device_id']} "
              f"fingerprint {device['fingerprint']}")
    return 0


def cmd_revoke(args: argparse.Namespace) -> int:
    device = svc.revoke(workspace(args), args.device)
    print(f"revoked {device['adviser_code'] or '?'} device {device['device_id']}")
    return 0


def cmd_devices(args: argparse.Namespace) -> int:
    ws = workspace(args)
    rows = svc.devices(ws)
    seen = svc.unknown_devices(ws)
    if args.json:
        print_json([{**r, "enrolled": True} for r in rows] + [{**d, "enrolled": False} for d in seen])
    else:
        print_table(rows, ["adviser_code", "device_id", "fingerprint", "last_seq", "revoked_at"])
        for d in seen:
            print(f"seen, not enrolled: {d.get('adviser_code') or '?'} fingerprint {d['fingerprint']}")
    return 0


def cmd_card(args: argparse.Namespace) -> int:
    ws = workspace(args)
    print(svc.write_coordinator_card(ws, args.out))
    print(f"fingerprint: {identity.keys_info(ws)['fingerprint']}", file=sys.stderr)
    return 0


def cmd_trust(args: argparse.Namespace) -> int:
    pin = svc.trust_coordinator(workspace(args), args.file, args.fingerprint, args.replace)
    print(f"coordinator key pinned: {pin['fingerprint']}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    ws = workspace(args)
    _warn_clock(ws)
    if args.again:
        if args.from_seq is None:
            from ..errors import UsageError

            raise UsageError("export --again needs --from-seq N", reason="again_needs_from_seq")
        results = svc.send_again(ws, args.from_seq, args.to_seq, args.out)
    else:
        results = [svc.export_bundle(ws, args.out)]
        for d in results[0].delivered:
            print(f"note: bundle {d.seq} had not reached its place when it was made; it was written now: "
                  f"{d.path}", file=sys.stderr)
    if args.json:
        print_json([r.to_dict() for r in results] if args.again else results[0].to_dict())
    else:
        for r in results:
            for d in r.delivered:
                print(d.path)
            print(r.path)
    return 0


def cmd_bundles(args: argparse.Namespace) -> int:
    rows = svc.bundles(workspace(args))
    if args.json:
        print_json(rows)
    else:
        print_table(rows, ["seq", "created_at", "state", "confirmed", "path"])
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    outcome = svc.verify_bundle(workspace(args), args.file, passphrase_file=args.passphrase_file)
    if args.json:
        from dataclasses import asdict

        print_json(asdict(outcome))
    if outcome.status == "refused":
        raise BundleError(outcome.reason or "refused", f"{args.file}: {outcome.message}")
    if not args.json:
        note = {"duplicate": " (already imported)", "fork": " (differs from the one imported with this number)",
                "resent": " (sent again)"}.get(outcome.status, "")
        print(f"{args.file}: valid: bundle {outcome.seq} of {outcome.who}{note}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    ws = workspace(args)
    report = svc.import_bundles(ws, args.paths, dry_run=args.dry_run, passphrase_file=args.passphrase_file)
    if args.json:
        print_json(report.to_dict())
    else:
        for line in report.lines():
            print(line)
    lang = resolve(getattr(args, "message_lang", None), args.data_dir)
    for b in report.refused:  # by the reason code, in the user's language
        text = render_code(f"bundle.{b.reason}", {}, lang, fallback=b.message or "")
        print(f"yhteisoneuvonta: {b.file}: {text} [bundle:{b.reason}]", file=sys.stderr)
    _warn_clock(ws)
    return 0 if report.ok else 1


def cmd_reference_export(args: argparse.Namespace) -> int:
    result = svc.export_reference(workspace(args), args.out, args.retention_days, args.valid_days)
    if args.json:
        print_json(result)
    else:
        print(result["path"])
    return 0


def cmd_reference_import(args: argparse.Namespace) -> int:
    ws = workspace(args)
    result = svc.import_reference(ws, args.file, pin=args.pin)
    if args.json:
        print_json(result)
    elif not result["applied"]:
        print(result.get("message", "nothing changed"))
    else:
        print(f"reference file {result['version']} applied; confirmed bundles: "
              f"{', '.join(map(str, result['confirmed'])) or 'none'}")
        if result.get("missing"):
            print(f"not confirmed yet: {', '.join(map(str, result['missing']))} (export --again)")
    _warn_clock(ws)
    return 0


def cmd_age_identity(args: argparse.Namespace) -> int:
    ws = workspace(args)
    path = identity.write_age_identity(ws, args.out, identity.read_passphrase_file(args.passphrase_file))
    print(path)
    return 0


def cmd_forget_key(args: argparse.Namespace) -> int:
    removed = identity.forget_identity(workspace(args))
    print("the unlocked key copy was removed" if removed else "no unlocked key copy was kept")
    return 0


def cmd_purge(args: argparse.Namespace) -> int:
    result = svc.purge(workspace(args), dry_run=args.dry_run)
    if args.json:
        print_json(result)
    else:
        total = sum(result["deleted"].values())
        verb = "would delete" if args.dry_run else "deleted"
        print(f"{verb} {total} confirmed records older than {result['retention_days']} days")
    return 0


def cmd_conflicts(args: argparse.Namespace) -> int:
    rows = svc.conflicts(workspace(args))
    if args.json:
        print_json(rows)
    else:
        print_table(rows, ["kind", "record_id", "version", "seq", "noted_at", "path"])
    return 0


def cmd_clock(args: argparse.Namespace) -> int:
    warning = svc.clock_warning(workspace(args))
    print(warning or "the clock looks right")
    return 1 if warning else 0
