"""Yhteisöneuvonta: offline-first records for community advisers and their coordinator."""
from __future__ import annotations


def _version() -> str:
    # pyproject.toml is the only source of the version: in a source checkout the file itself
    # (read first: a quick regex, where importing importlib.metadata costs ~30 ms of a start,
    # and an editable install's metadata may lag behind the file), else installed metadata.
    import re
    from pathlib import Path

    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    if pyproject.exists():
        text = pyproject.read_text("utf-8")
        m = re.search(r'^version\s*=\s*"([^"]+)"', text, re.M)
        if m and re.search(r'^name\s*=\s*"yhteisoneuvonta"', text, re.M):
            return m.group(1)
    from importlib import metadata

    try:
        return metadata.version("yhteisoneuvonta")
    except metadata.PackageNotFoundError:
        return "0+unknown"


def __getattr__(name: str) -> str:
    # Read on first use, not at import: importlib.metadata costs ~40 ms of every start.
    if name == "__version__":
        version = _version()
        globals()["__version__"] = version
        return version
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
