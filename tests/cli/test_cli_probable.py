"""Probable names and addresses on the command line: refused with exit 1 naming the words,
saved with --confirm-not-personal (the record counts the confirmation, not the words);
certain identifiers stay refused either way."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.cli.test_cli_core import SITE, cli, rows
from yhteisoneuvonta.paths import DB_FILENAME


@pytest.fixture(scope="module")
def adviser_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("cli-probable")
    cli(data, "init", "--role", "adviser", "--adviser-code", "N7", "--site", SITE)
    return data


def _log(data: Path, note: str, *extra: str):
    return cli(data, "log", "encounter", "--site", SITE, "--topic", "kela_benefits", "--minutes", "5",
               "--note", note, "--json", *extra, check=False)


@pytest.mark.parametrize(("note", "words"), [
    ("Autoin Anneli Korhosta Kelan lomakkeessa", ["Anneli Korhosta"]),
    ("kävijä Liisa tuli tyttärensä kanssa", ["Liisa"]),
    ("Matti Virtanen kävi kysymässä asumistuesta", ["Matti Virtanen"]),
    ("Asuu Insinöörinkatu 23 B 14", ["Insinöörinkatu 23 B 14"]),
])
def test_probable_personal_is_refused_naming_the_words(adviser_dir: Path, note: str, words: list[str]) -> None:
    before = rows(adviser_dir, "encounters")
    result = _log(adviser_dir, note)
    assert result.returncode == 1
    for word in words:
        assert f'"{word}"' in result.stderr
    assert "--confirm-not-personal" in result.stderr
    assert rows(adviser_dir, "encounters") == before


def test_confirmed_note_is_saved_with_a_count_only(adviser_dir: Path) -> None:
    result = _log(adviser_dir, "Kari Laine ohjasi, asuu Insinöörinkatu 23 B 14", "--confirm-not-personal")
    assert result.returncode == 0, result.stderr
    rec = json.loads(result.stdout)
    assert rec["note"] == "Kari Laine ohjasi, asuu Insinöörinkatu 23 B 14"
    assert rec["pii_confirmations"] == 2
    con = sqlite3.connect(adviser_dir / DB_FILENAME)
    try:
        assert con.execute("SELECT pii_confirmations FROM encounters WHERE id = ?", (rec["id"],)).fetchone() == (2,)
    finally:
        con.close()


def test_an_ordinary_note_needs_no_confirmation(adviser_dir: Path) -> None:
    result = _log(adviser_dir, "Autettiin Kelan asumistukihakemuksessa, liitteet puuttuivat")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["pii_confirmations"] == 0


@pytest.mark.parametrize("note", ["hetu 131052 -308T", "posti liisa.m(at)gmail.com"])
def test_certain_identifiers_are_refused_even_when_confirmed(adviser_dir: Path, note: str) -> None:
    before = rows(adviser_dir, "encounters")
    result = _log(adviser_dir, note, "--confirm-not-personal")
    assert result.returncode == 1 and "131052" not in result.stderr and "gmail" not in result.stderr
    assert rows(adviser_dir, "encounters") == before


def test_every_command_with_free_text_takes_the_flag(adviser_dir: Path) -> None:
    obs = cli(adviser_dir, "log", "observation", "--site", SITE, "--theme", "housing",
              "--text", "Toivo Mäkinen ei saa asuntoa", check=False)
    assert obs.returncode == 1 and '"Toivo Mäkinen"' in obs.stderr
    obs = cli(adviser_dir, "log", "observation", "--site", SITE, "--theme", "housing",
              "--text", "Toivo Mäkinen ei saa asuntoa", "--confirm-not-personal", check=False)
    assert obs.returncode == 0, obs.stderr
    group = cli(adviser_dir, "log", "group", "--site", SITE, "--kind", "info", "--title", "Liisan info",
                "--headcount", "5", check=False)
    assert group.returncode == 1 and '"Liisan"' in group.stderr
    opened = cli(adviser_dir, "session", "open", "--site", SITE, "--partner", "Pekka Virtanen", check=False)
    assert opened.returncode == 1 and '"Pekka Virtanen"' in opened.stderr
    cli(adviser_dir, "session", "open", "--site", SITE, "--partner", "Pekka Virtanen", "--confirm-not-personal")
    closed = cli(adviser_dir, "session", "close", "--note", "Hiljainen aamu", check=False)
    assert closed.returncode == 0, closed.stderr  # the partner confirmed at opening is not asked again
