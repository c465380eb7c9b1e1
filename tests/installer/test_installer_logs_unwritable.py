"""A log that cannot be written: one short line on stderr, never a traceback, and the program
goes on (real folders made read-only, for root too, and a real process)."""
from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from yhteisoneuvonta import logs


@contextmanager
def read_only(path: Path) -> Iterator[None]:
    """Make a folder or file unwritable even for root (immutable attribute); chmod otherwise."""
    if os.geteuid() == 0:
        subprocess.run(["chattr", "+i", str(path)], check=True)
        try:
            yield
        finally:
            subprocess.run(["chattr", "-i", str(path)], check=True)
    else:
        mode = path.stat().st_mode
        path.chmod(0o555 if path.is_dir() else 0o444)
        try:
            yield
        finally:
            path.chmod(mode)


def run(data: Path, tmp: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TMPDIR": str(tmp), "YHTEISONEUVONTA_LANG": "fi"}
    return subprocess.run([sys.executable, "-m", "yhteisoneuvonta", "--data-dir", str(data), *args],
                          capture_output=True, text=True, timeout=120, env=env)


def test_a_read_only_log_folder_gives_one_line_and_the_command_still_works(tmp_path: Path) -> None:
    data, tmp = tmp_path / "data", tmp_path / "tmp"
    (data / "logs").mkdir(parents=True)
    tmp.mkdir()
    with read_only(data / "logs"):
        result = run(data, tmp, "init", "--role", "adviser", "--adviser-code", "N7", "--site", "tre-annala-neuvonta")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr and "Logging error" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(data / "logs") in lines[0] and "[log_unwritable]" in lines[0]
    assert "Lokitiedostoa ei voi kirjoittaa" in lines[0]  # the user's language (here fi)
    moved = next(tmp.glob("yhteisoneuvonta-logs-*")) / logs.LOG_FILENAME
    assert "started" in moved.read_text("utf-8")  # the log went to the temp folder instead
    assert (data / "yhteisoneuvonta.sqlite3").exists()


def test_no_writable_folder_at_all_goes_on_without_a_log(tmp_path: Path) -> None:
    data, tmp = tmp_path / "data", tmp_path / "tmp"
    (data / "logs").mkdir(parents=True)
    fallback = tmp / f"yhteisoneuvonta-logs-{os.getuid()}"  # the temp folder's log folder
    fallback.mkdir(parents=True)
    with read_only(data / "logs"), read_only(fallback):
        result = run(data, tmp, "init", "--role", "adviser", "--adviser-code", "N7", "--site", "tre-annala-neuvonta")
        listed = run(data, tmp, "--lang", "en", "list", "encounters", "--json")
    assert result.returncode == 0 and listed.returncode == 0, result.stderr + listed.stderr
    for out in (result.stderr, listed.stderr):
        assert "Traceback" not in out and "Logging error" not in out
        assert len(out.strip().splitlines()) == 1
    assert "goes on without a log" in listed.stderr  # --lang en
    assert not list(data.glob("logs/*")) and not list(fallback.iterdir())


def test_a_read_only_log_file_is_not_a_traceback(tmp_path: Path) -> None:
    data, tmp = tmp_path / "data", tmp_path / "tmp"
    (data / "logs").mkdir(parents=True)
    tmp.mkdir()
    log_file = data / "logs" / logs.LOG_FILENAME
    log_file.write_text("old line\n", "utf-8")
    with read_only(log_file):
        result = run(data, tmp, "--lang", "sv", "sites", "--json")
    assert "Traceback" not in result.stderr and "Logging error" not in result.stderr
    assert "Loggfilen kan inte skrivas" in result.stderr and str(data / "logs") in result.stderr
    assert log_file.read_text("utf-8") == "old line\n"


def test_a_write_that_fails_later_is_said_once_and_logging_stops(tmp_path: Path, capsys) -> None:
    import logging

    path = logs.setup_logging(tmp_path)
    assert path is not None
    handler = next(h for h in logging.getLogger().handlers if h.get_name() == logs._HANDLER_NAME)
    handler.stream.close()  # the file can no longer be written, as on a pulled USB stick
    try:
        for _ in range(3):
            logging.getLogger("yhteisoneuvonta.test").warning("after the stick was pulled")
        err = capsys.readouterr().err
        assert "Traceback" not in err and "Logging error" not in err
        assert err.count("cannot be written") == 1
    finally:
        logging.getLogger().removeHandler(handler)
