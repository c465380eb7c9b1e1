"""A command refused as typed is said whole in the user's language, named by its reason."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SITE = "tre-annala-neuvonta"


def cli(data: Path, *args: str, lang: str = "fi") -> subprocess.CompletedProcess[str]:
    environ = os.environ | {"YHTEISONEUVONTA_LANG": lang}  # conftest sets en; these tests read Finnish
    return subprocess.run([sys.executable, "-m", "yhteisoneuvonta", "--data-dir", str(data), *args],
                          capture_output=True, text=True, timeout=120, env=environ)


@pytest.fixture(scope="module")
def adviser(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("cli-usage")
    done = cli(data, "init", "--role", "adviser", "--adviser-code", "N7", "--site", SITE)
    assert done.returncode == 0, done.stderr
    return data


def test_demo_weeks_out_of_range_is_finnish_with_its_reason(adviser: Path) -> None:
    result = cli(adviser, "demo", "--weeks", "0")
    assert result.returncode == 2
    assert result.stderr.strip() == "yhteisoneuvonta: --weeks: arvon pitää olla välillä 1–260. [usage:out_of_range]"


def test_a_report_without_a_format_is_finnish_with_no_english_detail(adviser: Path, tmp_path: Path) -> None:
    result = cli(adviser, "report", "weekly", "--period", "2026-W47", "--out", str(tmp_path / "x.txt"))
    assert result.returncode == 2
    text = result.stderr.strip()
    assert text.startswith("yhteisoneuvonta: Kerro tiedostomuoto: --format pdf|csv|xlsx|json")
    assert text.endswith("[usage:format_needed]")
    for english in ("say", " or ", "end --out", "Komentoa ei voi suorittaa"):
        assert english not in text
    assert not (tmp_path / "x.txt").exists()


def test_the_same_refusal_in_swedish_and_english(adviser: Path) -> None:
    sv = cli(adviser, "demo", "--weeks", "300", lang="sv").stderr.strip()
    assert sv == "yhteisoneuvonta: --weeks: värdet måste vara mellan 1 och 260. [usage:out_of_range]"
    en = cli(adviser, "demo", "--weeks", "300", lang="en").stderr.strip()
    assert en == "yhteisoneuvonta: --weeks must be between 1 and 260 [usage:out_of_range]"
