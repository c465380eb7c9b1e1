"""Entry point: with a command it is the CLI, without one it starts the desktop program."""
from __future__ import annotations

import sys

from .logs import setup_logging_for

GUI_FLAGS = ("--smoke", "--pseudo-locale")


def _wants_gui(argv: list[str]) -> bool:
    rest = list(argv)
    while rest and rest[0] == "--data-dir" or (rest and rest[0].startswith("--data-dir=")):
        rest = rest[2:] if rest[0] == "--data-dir" else rest[1:]
    return not rest or all(a.startswith(GUI_FLAGS) or a.startswith("-platform") for a in rest) and \
        not any(a in ("-h", "--help", "--version") for a in rest)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    setup_logging_for(argv)  # one rotating log file for the CLI and the GUI
    if _wants_gui(argv):
        from .gui.app import run_gui  # Qt is imported only here

        return run_gui(argv)
    from .cli import run

    return run(argv)


if __name__ == "__main__":
    raise SystemExit(main())
