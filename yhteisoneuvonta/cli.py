"""The command-line interface: the same services as the GUI, no Qt on this path."""
from __future__ import annotations

import argparse
import errno
import logging
import sys

from . import __version__
from .commands import core
from .core.language import LANG_ENV, resolve
from .core.catalog import lookup
from .core.messages import display_code, render_error
from .errors import YnError
from .languages import LANGUAGES

log = logging.getLogger(__name__)

# Command groups, each a module with register(subparsers). Order = order in --help.
COMMAND_MODULES = ["core", "sync", "reports", "store"]


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # usage errors: stderr, exit 2
        self.print_usage(sys.stderr)
        print(f"{self.prog}: error: {message}", file=sys.stderr)
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="yhteisoneuvonta", description="Yhteisöneuvonta: community advising records")
    parser.add_argument("--data-dir", help="use this data directory (or set YHTEISONEUVONTA_DATA_DIR)")
    parser.add_argument("--version", action="version", version=f"yhteisoneuvonta {__version__}")
    parser.add_argument("--lang", dest="message_lang", choices=list(LANGUAGES),
                        help=f"language of messages (or set {LANG_ENV}; default: the installation's language)")
    sub = parser.add_subparsers(dest="command", parser_class=Parser)
    core.register(sub)
    import importlib

    for name in COMMAND_MODULES[1:]:
        try:
            module = importlib.import_module(f".commands.{name}", __package__)
        except ModuleNotFoundError as exc:
            if exc.name != f"{__package__}.commands.{name}":
                raise
            continue
        module.register(sub)
    return parser


def message_text(exc: YnError, args: argparse.Namespace) -> str:
    """The refusal in the user's language, with its code for support: ``… [store_full]``."""
    lang = resolve(getattr(args, "message_lang", None), getattr(args, "data_dir", None))
    return f"{render_error(exc, lang)} [{display_code(exc)}]"


def run(argv: list[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(args.func(args) or 0)
    except YnError as exc:
        print(f"yhteisoneuvonta: {message_text(exc, args)}", file=sys.stderr)
        if exc.code == "probable_personal":
            lang = resolve(getattr(args, "message_lang", None), getattr(args, "data_dir", None))
            print("yhteisoneuvonta: " + (lookup("hint.confirm_not_personal", lang) or ""), file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
            # The driver's "No space left on device" names no file: say where.
            from .paths import data_dir

            where = exc.filename or data_dir(args.data_dir)
            print(f"yhteisoneuvonta: {where}: the disk is full. Free some space there, then try again.",
                  file=sys.stderr)
            return 1
        print(f"yhteisoneuvonta: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr)
        return 1
    finally:
        from .commands.common import close_all

        close_all()
