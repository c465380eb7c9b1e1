"""Keys made at setup (filled in by the sync layer)."""
from __future__ import annotations

from .workspace import Workspace


def after_setup(ws: Workspace, passphrase_file: str | None = None) -> None:
    """Create this installation's keys; the sync layer completes this."""
