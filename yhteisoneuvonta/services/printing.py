"""Printing a PDF as it is: handed to the system's print queue (CUPS ``lp``).

The PDF goes to the queue unchanged, so the printer (or a PDF queue) gets vector pages with
their text: searchable and sharp, where a page rendered to an image would be neither. The CLI
prints through here; the GUI too, on a system with CUPS, after its preview and print dialog.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from ..core.workspace import Workspace
from ..errors import PrintError, PrintSystemMissingError

LP_TIMEOUT_S = 60


def lp_command() -> str | None:
    return shutil.which("lp")


def queues() -> list[str]:
    """The print queues this computer knows (empty without CUPS)."""
    lpstat = shutil.which("lpstat")
    if lpstat is None:
        return []
    result = subprocess.run([lpstat, "-e"], capture_output=True, text=True, timeout=LP_TIMEOUT_S)
    return [line.strip() for line in result.stdout.splitlines() if line.strip()] if result.returncode == 0 else []


def print_pdf(path: str | Path, printer: str | None = None, *, copies: int = 1, title: str = "Yhteisöneuvonta") -> str:
    """Send the PDF ``path`` to ``printer`` (the default queue when None); returns the job id."""
    lp = lp_command()
    if lp is None:
        raise PrintSystemMissingError("There is no print system on this computer (CUPS 'lp' was not found).")
    command = [lp, "-t", title, "-n", str(max(1, copies))]
    if printer:
        command += ["-d", printer]
    command += ["--", str(path)]
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=LP_TIMEOUT_S)
    except (OSError, subprocess.SubprocessError) as exc:
        raise PrintError(f"The print job could not be sent: {exc}", printer=printer or "") from None
    if result.returncode != 0:
        detail = (result.stderr or result.stdout).strip()
        raise PrintError(f"The printer {printer or '(default)'} refused the job: {detail}",
                         printer=printer or "", detail=detail)
    match = re.search(r"request id is (\S+)", result.stdout)
    return match.group(1) if match else ""


def print_session(ws: Workspace, session_id: str, printer: str | None = None, *, lang: str = "fi",
                  copies: int = 1) -> str:
    """Make the summary of a desk or group session and print it; returns the job id."""
    from . import reports

    with tempfile.TemporaryDirectory(prefix="yn-print-") as tmp:
        pdf = reports.session_summary(ws, session_id, Path(tmp) / "summary.pdf", lang=lang)
        # lp copies the file into the spool before it returns: the folder can go.
        return print_pdf(pdf, printer, copies=copies, title=f"Yhteisöneuvonta {session_id[:8]}")
