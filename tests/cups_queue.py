"""A real CUPS print queue for the printing tests: cupsd (started here if it is not running;
CI runs as root) and a cups-pdf queue that writes each job as a PDF file into a folder of
this test session, read back with pdftotext."""
from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

QUEUE = "YnPdfTest"
# cups-pdf reads the configuration named in the device URI (cups-pdf:/NAME -> cups-pdf-NAME.conf):
# this queue writes into a folder of the test session.


@dataclass
class Queue:
    name: str
    out: Path

    def wait_for_pdf(self, timeout: float = 90.0) -> Path:
        """The first PDF the queue writes (cups-pdf works after lp has returned)."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            done = sorted(p for p in self.out.rglob("*.pdf") if p.stat().st_size > 0)
            if done:
                time.sleep(0.5)  # let cups-pdf finish writing and rename
                return done[0]
            time.sleep(0.3)
        log = Path("/var/log/cups/error_log")
        raise AssertionError("the queue wrote no PDF; CUPS says:\n" +
                             (log.read_text(errors="replace")[-2000:] if log.exists() else "(no log)"))

    def clear(self) -> None:
        for p in self.out.rglob("*.pdf"):
            p.unlink()


def _scheduler_running() -> bool:
    return subprocess.run(["lpstat", "-r"], capture_output=True, text=True).stdout.strip() == "scheduler is running"


def _cups_pdf_ppd() -> str:
    models = subprocess.run(["lpinfo", "-m"], capture_output=True, text=True, check=True).stdout
    return next(line.split()[0] for line in models.splitlines() if "CUPS-PDF" in line)


@pytest.fixture(scope="session")
def cups_pdf_queue(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Queue]:
    if os.geteuid() != 0:
        pytest.skip("adding a CUPS queue needs root (CI runs as root)")
    for tool in ("cupsd", "lpadmin", "lp", "lpinfo", "pdftotext"):
        assert shutil.which(tool), f"{tool} is missing: run 'installer/bootstrap.py test'"
    daemon = None
    if not _scheduler_running():
        daemon = subprocess.Popen(["cupsd", "-f"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        end = time.monotonic() + 30
        while not _scheduler_running():
            assert time.monotonic() < end, "cupsd did not start"
            time.sleep(0.2)
    out = tmp_path_factory.mktemp("cups-pdf-out")
    out.chmod(0o777)
    conf = Path("/etc/cups") / f"cups-pdf-{QUEUE}.conf"
    conf.write_text(f"Out {out}\nAnonDirName {out}\nLabel 0\n", encoding="utf-8")
    subprocess.run(["lpadmin", "-p", QUEUE, "-E", "-v", f"cups-pdf:/{QUEUE}", "-m", _cups_pdf_ppd()],
                   check=True, capture_output=True)
    try:
        yield Queue(QUEUE, out)
    finally:
        subprocess.run(["lpadmin", "-x", QUEUE], capture_output=True)
        conf.unlink(missing_ok=True)
        if daemon is not None:
            daemon.terminate()
            daemon.wait(timeout=30)
