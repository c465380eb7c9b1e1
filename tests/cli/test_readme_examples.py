"""The README's own command lines, run as a newcomer would run them on a fresh data folder.

The commands are parsed out of README.md, so an example that stops working (or a README
that drifts from the program) fails here."""
from __future__ import annotations

import json
import re
import shlex
import subprocess
import sys
from pathlib import Path

README = Path(__file__).resolve().parents[2] / "README.md"


def _run(args: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "yhteisoneuvonta", *args],
                          capture_output=True, text=True, timeout=300)


def _cli_block_lines() -> list[str]:
    """Lines of the README's fenced blocks that start with the program's name."""
    text = README.read_text(encoding="utf-8")
    lines: list[str] = []
    for block in re.findall(r"```\n(.*?)```", text, flags=re.S):
        for line in block.splitlines():
            if line.startswith("yhteisoneuvonta "):
                lines.append(line.split("#", 1)[0].strip())
    return lines


def _bootstrap_run_examples() -> list[str]:
    """Inline examples like `python3 installer/bootstrap.py run --data-dir /tmp/try demo --weeks 4`."""
    text = README.read_text(encoding="utf-8")
    return re.findall(r"`python3 installer/bootstrap\.py run ([^`]+)`", text)


def test_the_readme_has_examples_to_run() -> None:
    assert len(_cli_block_lines()) >= 5
    assert any("demo" in e for e in _bootstrap_run_examples())


def test_the_command_line_examples_run_in_order_on_a_fresh_folder(tmp_path: Path) -> None:
    data = tmp_path / "D"
    for line in _cli_block_lines():
        args = shlex.split(line)[1:]
        args = [str(data) if a == "D" else a for a in args]
        result = _run(args)
        assert result.returncode == 0, f"{line}\n{result.stderr}"
        if "--json" in args:
            json.loads(result.stdout)  # what a script reads must be JSON
    listed = json.loads(_run(["--data-dir", str(data), "list", "encounters", "--json"]).stdout)
    assert len(listed) > 1  # the logged encounter and the demo's


def test_the_bootstrap_run_examples_work_on_a_fresh_folder(tmp_path: Path) -> None:
    for example in _bootstrap_run_examples():
        args = [str(tmp_path / "try") if a == "/tmp/try" else a for a in shlex.split(example)]
        if args[-1] == "--data-dir" or args == ["--data-dir", str(tmp_path / "try")]:
            continue  # bare --data-dir starts the GUI: not a command-line example
        result = _run(args)
        assert result.returncode == 0, f"{example}\n{result.stderr}"
        assert "encounters:" in result.stdout
        listed = json.loads(_run(["--data-dir", str(tmp_path / "try"), "list", "encounters", "--json"]).stdout)
        assert listed, "the demo made no encounters"
