"""The report CLI as a user runs it: files written, exit codes, municipality facts."""
from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from yhteisoneuvonta import cli as cli_main
from yhteisoneuvonta.reports.disclosure import support


def cli(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "yhteisoneuvonta", "--data-dir", str(data), *args],
                          capture_output=True, text=True, timeout=120)


class _Result:
    def __init__(self, returncode: int, stdout: str, stderr: str) -> None:
        self.returncode, self.stdout, self.stderr = returncode, stdout, stderr


@pytest.fixture
def run_cli(capsys: pytest.CaptureFixture[str]):
    """The same CLI in this process (the refusal paths; one real process is enough for the rest)."""
    def run(data: Path, *args: str) -> _Result:
        capsys.readouterr()
        try:
            code = cli_main.run(["--data-dir", str(data), *args])
        except SystemExit as exc:
            code = int(exc.code or 0)
        out = capsys.readouterr()
        return _Result(code, out.out, out.err)
    return run


def test_report_commands(handmade, tmp_path: Path, run_cli) -> None:
    ws, ids = handmade
    data = ws.data_dir
    out = tmp_path / "w.csv"
    r = cli(data, "report", "weekly", "--period", "2026-W47", "--format", "csv", "--out", str(out), "--internal")
    assert r.returncode == 0, r.stderr
    with open(out, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert sorted(int(r["encounters"]) for r in rows) == [3, 7]
    r = run_cli(data, "report", "municipality", "--period", "2026-11", "--municipality", "lempaala",
            "--out", str(tmp_path / "m.xlsx"))
    assert r.returncode == 0 and (tmp_path / "m.xlsx").stat().st_size > 0, r.stderr
    r = run_cli(data, "report", "social", "--period", "2026", "--format", "pdf", "--out", str(tmp_path / "s.pdf"),
            "--lang", "en")
    assert r.returncode == 0 and (tmp_path / "s.pdf").read_bytes().startswith(b"%PDF"), r.stderr
    sessions = json.loads(run_cli(data, "list", "sessions", "--json").stdout)
    assert ids["annala_session"] in {s["id"] for s in sessions}
    for sid in (ids["annala_session"], ids["house_meeting"]):
        r = run_cli(data, "report", "session", "--session", sid, "--out", str(tmp_path / f"{sid}.pdf"))
        assert r.returncode == 0 and (tmp_path / f"{sid}.pdf").exists(), r.stderr
    r = run_cli(data, "stats", "topics", "--period", "2026-W47", "--json", "--internal")
    assert {row["id"]: row["count"] for row in json.loads(r.stdout)["rows"]} == {
        "kela_benefits": 7, "tax": 3, "housing": 3}


def test_report_refusals(handmade, tmp_path: Path, run_cli) -> None:
    ws, _ = handmade
    data = ws.data_dir
    out = str(tmp_path / "x.pdf")
    cases = [
        (["report", "weekly", "--period", "2026-W54", "--out", out], 2, "2026-W47"),
        (["report", "weekly", "--period", "2026-13", "--out", out], 2, "month"),
        (["report", "weekly", "--out", out], 2, "--period"),
        (["report", "weekly", "--period", "2026", "--out", str(tmp_path / "x.txt")], 2, "--format"),
        (["report", "weekly", "--period", "2026", "--format", "doc", "--out", out], 2, "invalid choice"),
        (["report", "municipality", "--period", "2026", "--municipality", "atlantis", "--out", out], 1, "atlantis"),
        (["report", "session", "--session", "no-such-id", "--out", out], 1, "no-such-id"),
        (["municipality", "set", "tampere", "--schedule", "x"], 1, "coordinator"),
        # One-day-apart outgoing reports could be subtracted: free periods only with --internal.
        (["report", "weekly", "--period", "2026-11-16..2026-11-17", "--out", out], 2, "calendar period"),
        (["report", "social", "--period", "2026-11-16..2026-11-16", "--out", out], 2, "--internal"),
        (["stats", "topics", "--period", "2026-11-16..2026-11-17"], 2, "calendar period"),
        (["stats", "topics"], 2, "calendar period"),
    ]
    for args, code, words in cases:
        r = run_cli(data, *args)
        assert r.returncode == code, (args, r.returncode, r.stderr)
        assert words in r.stderr, (args, r.stderr)
    assert not (tmp_path / "x.pdf").exists()


def test_municipality_facts(handmade, run_cli) -> None:
    ws, _ = handmade
    ws.set_settings(role="coordinator")
    data = ws.data_dir
    cli = run_cli
    r = cli(data, "municipality", "set", "tampere", "--follow-up", "Neljännesvuosittain",
            "--schedule", "Arviointi 30.4.2027", "--responsible", "Sanna Esimerkki, puh. 040 123 4567")
    assert r.returncode == 0, r.stderr
    shown = json.loads(cli(data, "municipality", "show", "tampere", "--json").stdout)
    assert (shown["follow_up"], shown["schedule"]) == ("Neljännesvuosittain", "Arviointi 30.4.2027")
    assert shown["responsible"].startswith("Sanna Esimerkki")  # staff contact details are allowed here
    for args in (["--follow-up", "soita 040 123 4567"], ["--schedule", "maija@example.com"],
                 ["--responsible", "Sanna 131052-308T"]):
        r = cli(data, "municipality", "set", "tampere", *args)
        assert r.returncode == 1 and "identif" in r.stderr.lower() or "contains" in r.stderr, r.stderr
    assert json.loads(cli(data, "municipality", "show", "tampere", "--json").stdout)["schedule"] == "Arviointi 30.4.2027"


def test_json_report_states_what_was_published(handmade, tmp_path: Path, run_cli) -> None:
    ws, _ = handmade
    out = tmp_path / "m.json"
    r = run_cli(ws.data_dir, "report", "municipality", "--period", "2026-Q4", "--municipality", "tampere",
                "--out", str(out))
    assert r.returncode == 0, r.stderr
    doc = json.loads(out.read_text("utf-8"))
    assert (doc["schema"], doc["report"], doc["internal"]) == ("yhteisoneuvonta.report/1", "municipality", False)
    assert doc["period"] == {"text": "2026-Q4", "kind": "quarter", "first": "2026-10-01", "last": "2026-12-31"}
    method = doc["disclosure_control"]
    assert method["name"] == "cell_key" and method["max_noise"] == 4 and method["ptable"][0]["true"] == 1
    by_site = next(t for t in doc["tables"] if t["key"] == "by_site")
    assert by_site["section"] == "tampere" and by_site["note"]
    kinds = {c["key"]: c["kind"] for c in by_site["columns"]}
    for row, flags in zip(by_site["rows"], by_site["flags"]):
        for col, value, flag in zip(by_site["columns"], row, flags):
            assert flag == {"count": "perturbed", "text": None}.get(kinds[col["key"]], "exact")
    annala = next(row for row in by_site["rows"] if row[0] == "tre-annala-neuvonta")
    assert annala[[c["key"] for c in by_site["columns"]].index("encounters")] in support(7)
    r = run_cli(ws.data_dir, "report", "municipality", "--period", "2026-11-16..2026-11-17", "--municipality",
                "tampere", "--out", str(tmp_path / "i.json"), "--internal")
    internal = json.loads((tmp_path / "i.json").read_text("utf-8"))
    assert internal["internal"] and internal["disclosure_control"] is None
