"""Yhteisöneuvonta: offline-first records for community advisers and their coordinator."""
from __future__ import annotations


def _version() -> str:
    # pyproject.toml is the only source of the version: installed metadata, else the file itself.
    from importlib import metadata

    try:
        return metadata.version("yhteisoneuvonta")
    except metadata.PackageNotFoundError:
        import re
        from pathlib import Path

        for base in (Path(__file__).resolve().parent.parent,):
            pyproject = base / "pyproject.toml"
            if pyproject.exists():
                m = re.search(r'^version\s*=\s*"([^"]+)"', pyproject.read_text("utf-8"), re.M)
                if m:
                    return m.group(1)
        return "0+unknown"


def __getattr__(name: str) -> str:
    # Read on first use, not at import: importlib.metadata costs ~40 ms of every start.
    if name == "__version__":
        version = _version()
        globals()["__version__"] = version
        return version
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
