"""Entry point: with a command it is the CLI, without one it starts the desktop program."""
from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from .logs import set_warning, setup_logging_for

GUI_FLAGS = ("--smoke", "--pseudo-locale")


def _wants_gui(argv: list[str]) -> bool:
    rest = list(argv)
    while rest and rest[0] == "--data-dir" or (rest and rest[0].startswith("--data-dir=")):
        rest = rest[2:] if rest[0] == "--data-dir" else rest[1:]
    return not rest or all(a.startswith(GUI_FLAGS) or a.startswith("-platform") for a in rest) and \
        not any(a in ("-h", "--help", "--version") for a in rest)


def _option(argv: list[str], name: str) -> str | None:
    for i, arg in enumerate(argv):
        if arg == name and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith(name + "="):
            return arg.split("=", 1)[1]
    return None


def _log_warning(argv: list[str]) -> Callable[[Path, BaseException, Path | None], None]:
    """Tell, in the user's language, that the log cannot be written (one line, no traceback)."""
    def warn(folder: Path, exc: BaseException, fallback: Path | None) -> None:
        from .core.catalog import t
        from .core.language import resolve

        lang = resolve(_option(argv, "--lang"), _option(argv, "--data-dir"))
        reason = getattr(exc, "strerror", None) or exc.__class__.__name__
        key, where = ("log_moved", str(fallback)) if fallback else ("log_unwritable", "")
        print(f"yhteisoneuvonta: {t(key, lang, path=folder, reason=reason, fallback=where)} [log_unwritable]",
              file=sys.stderr)
    return warn


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    set_warning(_log_warning(argv))
    setup_logging_for(argv)  # one rotating log file for the CLI and the GUI
    if _wants_gui(argv):
        from .gui.app import run_gui  # Qt is imported only here

        return run_gui(argv)
    from .cli import run

    return run(argv)


if __name__ == "__main__":
    raise SystemExit(main())
