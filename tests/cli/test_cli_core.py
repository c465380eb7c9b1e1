"""The CLI contract scripts rely on, run as a user runs it (a real process, a real store)."""
from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from yhteisoneuvonta.paths import DB_FILENAME

SITE = "tre-annala-neuvonta"


def cli(data: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([sys.executable, "-m", "yhteisoneuvonta", "--data-dir", str(data), *args],
                            capture_output=True, text=True, timeout=120)
    if check and result.returncode != 0:
        raise AssertionError(f"exit {result.returncode}: {result.stderr}")
    return result


def rows(data: Path, table: str) -> int:
    con = sqlite3.connect(data / DB_FILENAME)
    try:
        return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        con.close()


@pytest.fixture(scope="module")
def adviser_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("cli-adviser")
    cli(data, "init", "--role", "adviser", "--adviser-code", "N7", "--site", SITE)
    return data


def test_log_and_list_encounters_as_json(adviser_dir: Path) -> None:
    out = cli(adviser_dir, "log", "encounter", "--site", SITE, "--topic", "kela_benefits",
              "--topic", "housing_allowance", "--minutes", "12", "--note", "Asumistuen liitteet",
              "--at", "2026-11-24 10:15").stdout.strip()
    listed = json.loads(cli(adviser_dir, "list", "encounters", "--json").stdout)
    assert isinstance(listed, list)
    mine = next(r for r in listed if r["id"] == out)
    assert mine["topics"] == ["kela_benefits", "housing_allowance"]
    assert mine["minutes"] == 12 and mine["site_id"] == SITE and mine["version"] == 1
    assert mine["occurred_at"] == "2026-11-24T08:15:00+00:00"  # 10:15 in Helsinki (EET)
    assert mine["note"] == "Asumistuen liitteet"


def test_sites_and_topics_as_json(adviser_dir: Path) -> None:
    sites = json.loads(cli(adviser_dir, "sites", "--json").stdout)
    annala = next(s for s in sites if s["id"] == SITE)
    assert annala["municipality"] == "tampere"
    assert {"weekday": 1, "start": "09:00", "end": "11:00"} in annala["schedule"]
    topics = json.loads(cli(adviser_dir, "topics", "--json").stdout)
    assert "kela_benefits" in {t["id"] for t in topics}
    assert all(set(t["labels"]) >= {"fi", "sv", "en"} for t in topics)


def test_personal_identity_code_in_a_note_is_refused_and_nothing_stored(adviser_dir: Path) -> None:
    before = rows(adviser_dir, "encounters")
    result = cli(adviser_dir, "log", "encounter", "--site", SITE, "--topic", "kela_benefits",
                 "--minutes", "5", "--note", "asiakas 131052-308T soitti", check=False)
    assert result.returncode == 1
    assert "personal identity code" in result.stderr and "131052-308T" not in result.stderr
    assert rows(adviser_dir, "encounters") == before


@pytest.mark.parametrize("args, message", [
    (["--minutes", "0"], "minutes: must be at least 1"),
    (["--minutes", "5", "--note", "soita 040 123 4567"], "phone number"),
    (["--minutes", "5", "--channel", "pigeon"], "channel: unknown value 'pigeon'"),
    (["--minutes", "5", "--involvement", "pair_work"], "professional_roles"),
])
def test_bad_encounters_are_refused_with_a_specific_message(adviser_dir: Path, args: list[str], message: str) -> None:
    before = rows(adviser_dir, "encounters")
    result = cli(adviser_dir, "log", "encounter", "--site", SITE, "--topic", "kela_benefits", *args, check=False)
    assert result.returncode == 1 and message.lower() in result.stderr.lower()
    assert "Traceback" not in result.stderr
    assert rows(adviser_dir, "encounters") == before


def test_usage_errors_exit_2(adviser_dir: Path) -> None:
    assert cli(adviser_dir, "log", "encounter", "--site", SITE, check=False).returncode == 2
    assert cli(adviser_dir, "log", "encounter", "--site", SITE, "--topic", "x", "--minutes", "many",
               check=False).returncode == 2
    assert cli(adviser_dir, "log", "encounter", "--site", SITE, "--topic", "kela_benefits",
               "--minutes", "5", "--at", "yesterday-ish", check=False).returncode == 2


def test_unknown_site_is_refused(adviser_dir: Path) -> None:
    result = cli(adviser_dir, "log", "encounter", "--site", "atlantis", "--topic", "kela_benefits",
                 "--minutes", "5", check=False)
    assert result.returncode == 1 and "unknown site 'atlantis'" in result.stderr.lower()


def test_commands_before_init_say_so(tmp_path: Path) -> None:
    result = cli(tmp_path, "log", "encounter", "--site", SITE, "--topic", "kela_benefits",
                 "--minutes", "5", check=False)
    assert result.returncode == 1 and "init" in result.stderr


def test_group_form_and_observation(adviser_dir: Path) -> None:
    g = json.loads(cli(adviser_dir, "log", "group", "--site", SITE, "--kind", "house_meeting",
                       "--title", "Talokokous", "--headcount", "14", "--split", "children=3",
                       "--proposal", "Pyörävarasto => Viedään isännöitsijälle", "--json").stdout)
    assert g["headcount_total"] == 14 and g["headcount_split"] == {"children": 3}
    assert g["proposals"] == [{"text": "Pyörävarasto", "decision": "Viedään isännöitsijälle"}]
    bad = cli(adviser_dir, "log", "group", "--site", SITE, "--kind", "info", "--title", "Kela-info",
              "--headcount", "3", "--split", "children=5", check=False)
    assert bad.returncode == 1 and "more than the total" in bad.stderr
    f = json.loads(cli(adviser_dir, "log", "form", "--site", SITE, "--form", "kela-asumistuki",
                       "--status", "attachments_missing", "--json").stdout)
    assert f["form_id"] == "kela-asumistuki"
    o = json.loads(cli(adviser_dir, "log", "observation", "--site", SITE, "--theme", "identification",
                       "--text", "Lomake vaatii pankkitunnukset", "--times-seen", "3", "--json").stdout)
    assert o["times_seen"] == 3
    listed = json.loads(cli(adviser_dir, "list", "groups", "--json").stdout)
    assert g["id"] in {r["id"] for r in listed}


def test_delete_and_restore(adviser_dir: Path) -> None:
    rid = cli(adviser_dir, "log", "encounter", "--site", SITE, "--topic", "tax", "--minutes", "5").stdout.strip()
    cli(adviser_dir, "delete", "encounters", rid)
    assert rid not in {r["id"] for r in json.loads(cli(adviser_dir, "list", "encounters", "--json").stdout)}
    gone = next(r for r in json.loads(cli(adviser_dir, "list", "encounters", "--json", "--deleted").stdout)
                if r["id"] == rid)
    assert gone["deleted"] is True and gone["topics"] == [] and gone["minutes"] == 0  # content erased
    # Deleted means deleted: a later process has nothing to bring back (the GUI's Undo holds it in memory).
    refused = cli(adviser_dir, "restore", "encounters", rid, check=False)
    assert refused.returncode == 1 and rid in refused.stderr


def test_demo_fills_a_realistic_dataset(tmp_path: Path) -> None:
    cli(tmp_path, "init", "--role", "adviser", "--adviser-code", "N1", "--site", SITE,
        "--site", "lempaala-neuvonta")
    cli(tmp_path, "demo", "--weeks", "4")
    assert rows(tmp_path, "desk_sessions") >= 6  # two weekly desks, four weeks, a few cancelled
    assert rows(tmp_path, "encounters") > rows(tmp_path, "desk_sessions")
    assert rows(tmp_path, "form_helps") > 0
    encounters = json.loads(cli(tmp_path, "list", "encounters", "--json").stdout)
    assert {e["site_id"] for e in encounters} == {SITE, "lempaala-neuvonta"}
    assert all(e["session_id"] for e in encounters)


def test_coordinator_init_without_a_good_passphrase_sets_nothing_up(tmp_path: Path) -> None:
    missing = cli(tmp_path, "init", "--role", "coordinator", check=False)
    assert missing.returncode == 2 and "--passphrase-file" in missing.stderr
    short = tmp_path / "short.txt"
    short.write_text("abc\n")
    refused = cli(tmp_path, "init", "--role", "coordinator", "--passphrase-file", str(short), check=False)
    assert refused.returncode == 1 and "at least 8 characters" in refused.stderr
    # Nothing was set up, so an adviser set-up in the same folder still works.
    cli(tmp_path, "init", "--role", "adviser", "--adviser-code", "N2", "--site", SITE)


def test_two_advisers_running_the_same_demo_get_their_own_records(tmp_path: Path) -> None:
    ids = []
    for name in ("a", "b"):
        data = tmp_path / name
        cli(data, "init", "--role", "adviser", "--adviser-code", f"N{len(ids) + 1}", "--site", SITE)
        cli(data, "demo", "--weeks", "2")
        ids.append({r["id"] for r in json.loads(cli(data, "list", "encounters", "--json").stdout)})
    assert ids[0] and ids[1] and not ids[0] & ids[1]
