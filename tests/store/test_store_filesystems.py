"""Real file systems that refuse: full, read-only (file system, folder), and a log file that
cannot be written. Each refusal names the path; nothing prints a traceback. Needs root to
mount (tmpfs, read-only bind mounts); skipped otherwise."""
from __future__ import annotations

import os
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest

from yhteisoneuvonta.core.workspace import Workspace
from yhteisoneuvonta.errors import StoreCannotOpenError, StoreReadOnlyError
from yhteisoneuvonta.paths import DB_FILENAME
from yhteisoneuvonta.services import setup

ROOT = Path(__file__).parents[2]
pytestmark = pytest.mark.skipif(os.geteuid() != 0, reason="mounting file systems needs root")


@contextmanager
def mounted(path: Path, *options: str, bind: Path | None = None):
    path.mkdir(parents=True, exist_ok=True)
    if bind is None:
        subprocess.run(["mount", "-t", "tmpfs", "-o", ",".join(options), "tmpfs", str(path)], check=True)
    else:
        subprocess.run(["mount", "--bind", str(bind), str(path)], check=True)
        subprocess.run(["mount", "-o", "remount,bind,ro", str(path)], check=True)
    try:
        yield path
    finally:
        subprocess.run(["umount", str(path)], check=True)


def cli(data: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "yhteisoneuvonta", "--data-dir", str(data), *args],
                          capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})


def fill(folder: Path) -> None:
    """Take every byte left (large writes, then small ones for the last page)."""
    fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT)
    try:
        for size in (65536, 512, 1):
            try:
                while True:
                    os.write(fd, b"\0" * size)
            except OSError:
                pass
    finally:
        os.close(fd)


def test_a_new_store_on_a_read_only_file_system_names_the_folder(tmp_path: Path) -> None:
    with mounted(tmp_path / "ro", "size=1m", "ro") as data:
        with pytest.raises(StoreCannotOpenError) as err:
            Workspace(data)
        assert err.value.params == {"path": str(data / DB_FILENAME), "folder": str(data)}
        proc = cli(data, "log", "encounter", "--site", "tre-annala-neuvonta", "--topic", "kela_benefits", "--minutes", "5")
        assert proc.returncode == 1 and str(data) in proc.stderr
        assert "unable to open" not in proc.stderr and "Traceback" not in proc.stderr


def test_an_existing_store_on_a_read_only_file_system_is_refused_unchanged(tmp_path: Path) -> None:
    data = tmp_path / "data"
    ws = Workspace(data)
    setup.setup_adviser(ws, "N7", ["tre-annala-neuvonta"])
    ws.close()
    before = (data / DB_FILENAME).read_bytes()
    with mounted(tmp_path / "ro", bind=data) as ro:
        proc = cli(ro, "log", "encounter", "--site", "tre-annala-neuvonta", "--topic", "kela_benefits", "--minutes", "5")
        assert proc.returncode == 1, proc.stderr
        assert str(ro / DB_FILENAME) in proc.stderr and "Traceback" not in proc.stderr
        with pytest.raises(StoreReadOnlyError):
            w = Workspace(ro)
            w.set_settings(x=1)
    assert (data / DB_FILENAME).read_bytes() == before


def test_a_full_file_system_refuses_a_log_with_the_path_and_keeps_the_store(tmp_path: Path) -> None:
    with mounted(tmp_path / "small", "size=2m") as data:
        ws = Workspace(data)
        setup.setup_adviser(ws, "N7", ["tre-annala-neuvonta"])
        ws.close()
        fill(data)
        proc = cli(data, "log", "encounter", "--site", "tre-annala-neuvonta", "--topic", "kela_benefits",
                   "--minutes", "5", "--note", "x" * 3000)
        assert proc.returncode == 1, proc.stdout
        assert str(data) in proc.stderr and "full" in proc.stderr and "Traceback" not in proc.stderr
        (data / "filler").unlink()
        ws = Workspace(data)
        assert ws.store.integrity_check() == "ok"
        assert ws.role == "adviser"  # what was stored before is all there
        ws.close()


def test_a_log_file_that_cannot_be_written_prints_no_traceback(tmp_path: Path) -> None:
    data = tmp_path / "data"
    ws = Workspace(data)
    setup.setup_adviser(ws, "N7", ["tre-annala-neuvonta"])
    ws.close()
    with mounted(data / "logs", "size=64k") as logs:
        fill(logs)
        proc = cli(data, "log", "encounter", "--site", "tre-annala-neuvonta", "--topic", "kela_benefits", "--minutes", "5")
        assert proc.returncode == 0, proc.stderr
        assert "Traceback" not in proc.stderr and "Logging error" not in proc.stderr
