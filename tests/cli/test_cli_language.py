"""CLI refusals in the installation's language, with the code, overridable per run."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SITE = "tre-annala-neuvonta"


def cli(data: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if k != "YHTEISONEUVONTA_LANG"} | (env or {})
    return subprocess.run([sys.executable, "-m", "yhteisoneuvonta", "--data-dir", str(data), *args],
                          capture_output=True, text=True, timeout=120, env=environ)


@pytest.fixture(scope="module")
def swedish(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("cli-sv")
    done = cli(data, "init", "--role", "adviser", "--adviser-code", "N7", "--site", SITE, "--language", "sv")
    assert done.returncode == 0, done.stderr
    return data


def test_a_refusal_speaks_the_installation_language_and_names_its_code(swedish: Path) -> None:
    result = cli(swedish, "log", "encounter", "--site", SITE, "--topic", "kela_benefits", "--minutes", "0")
    assert result.returncode == 1
    assert result.stderr.strip() == "yhteisoneuvonta: minutes: Måste vara minst 1. [validation]"


def test_lang_option_and_environment_override_the_installation(swedish: Path) -> None:
    args = ("log", "encounter", "--site", SITE, "--topic", "kela_benefits", "--minutes", "0")
    assert "Pitää olla vähintään 1." in cli(swedish, *args, env={"YHTEISONEUVONTA_LANG": "fi"}).stderr
    assert "Must be at least 1." in cli(swedish, "--lang", "en", *args, env={"YHTEISONEUVONTA_LANG": "fi"}).stderr


def test_wrong_role_is_said_with_the_roles_translated(swedish: Path) -> None:
    result = cli(swedish, "--lang", "fi", "import", str(swedish))
    assert result.returncode == 1
    assert "Tämä on neuvoja-asennus; tähän tarvitaan koordinaattori-asennus. [wrong_role]" in result.stderr


def test_a_damaged_store_is_refused_in_finnish_with_its_path(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    store = data / "yhteisoneuvonta.sqlite3"
    store.write_bytes(b"this is not a database, it only has the name of one" * 100)
    before = store.read_bytes()
    result = cli(data, "list", "encounters")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert str(store) in result.stderr and "[store_corrupt]" in result.stderr
    assert "vioittunut" in result.stderr  # no language can be read from the file: Finnish
    assert store.read_bytes() == before
