"""A visitor's take-home sheet: one page in their language, read back; nothing identifying."""
from __future__ import annotations

import re
import subprocess
from datetime import datetime, timezone
from pathlib import Path

import pdfplumber
import pytest

from yhteisoneuvonta import cli as cli_main
from yhteisoneuvonta.errors import NotFoundError, UsageError
from yhteisoneuvonta.records.inputs import EncounterInput, FormHelpInput
from yhteisoneuvonta.services import logbook
from yhteisoneuvonta.services import reports as svc

ANNALA = "tre-annala-neuvonta"
NOTE = "Tuli veljensä kanssa"
WHEN = datetime(2026, 11, 24, 7, 47, tzinfo=timezone.utc)  # 9.47 in Helsinki


def _text(pdf: Path) -> str:
    with pdfplumber.open(pdf) as doc:
        assert len(doc.pages) == 1
        return " ".join((doc.pages[0].extract_text() or "").split())


def _encounter(ws, language: str) -> str:
    enc = logbook.create(ws, EncounterInput(
        site_id=ANNALA, occurred_at=WHEN, minutes=40, topics=["housing", "tax"], help_kinds=["form_filling"],
        language=language, referrals=["kela"], outcome="referred", age_band="declined", note=NOTE))
    logbook.create(ws, FormHelpInput(site_id=ANNALA, occurred_at=WHEN, form_id="kela-asumistuki",
                                     status="attachments_missing", encounter_id=enc["id"]))
    return enc["id"]


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_sheet_in_the_encounters_language(adviser_ws, tmp_path, lang):
    ref = adviser_ws.reference()
    eid = _encounter(adviser_ws, lang)
    assert svc.take_home_language(adviser_ws, eid) == lang
    out = svc.take_home_sheet(adviser_ws, eid, tmp_path / "sheet.pdf")
    text = _text(out)

    def has(taxonomy: str, term: str) -> bool:
        return " ".join(ref.label(taxonomy, term, lang).split()) in text

    assert ref.site(ANNALA).name in text and "24.11.2026" in text
    assert has("topics", "housing") and has("topics", "tax") and has("help_kinds", "form_filling")
    assert has("forms", "kela-asumistuki") and has("form_statuses", "attachments_missing")
    assert has("referral_targets", "kela")
    assert {"fi": "ti 9.00–11.00", "sv": "tis 9.00–11.00", "en": "Tue 9.00–11.00"}[lang] in text
    assert {"fi": "Seuraavaksi", "sv": "Nästa steg", "en": "Next steps"}[lang] in text


def test_nothing_identifying(adviser_ws, tmp_path):
    eid = _encounter(adviser_ws, "fi")
    out = svc.take_home_sheet(adviser_ws, eid, tmp_path / "sheet.pdf")
    text = _text(out)
    assert NOTE not in text and eid not in text and "N7" not in text
    assert adviser_ws.reference().special_label("declined", "fi") not in text  # no profile
    # no time of day but the desk's opening hours: not the visit's 9.47, not the print time
    clocks = set(re.findall(r"(?<![\d.])\d{1,2}[.:]\d{2}(?![\d.])", text))  # clocks, not dates
    assert clocks <= {"9.00", "11.00"}, clocks
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    dates = [line for line in info.splitlines() if line.startswith(("CreationDate", "ModDate"))]
    assert dates and all("00:00:00" in line for line in dates), dates


def test_other_languages_must_choose(adviser_ws, tmp_path):
    eid = _encounter(adviser_ws, "ar")
    assert svc.take_home_language(adviser_ws, eid) is None
    with pytest.raises(UsageError):
        svc.take_home_sheet(adviser_ws, eid, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()
    assert "Your visit" in _text(svc.take_home_sheet(adviser_ws, eid, tmp_path / "en.pdf", lang="en"))
    with pytest.raises(NotFoundError):
        svc.take_home_sheet(adviser_ws, "no-such-encounter", tmp_path / "y.pdf", lang="fi")


def test_cli(adviser_ws, tmp_path, capsys):
    eid = _encounter(adviser_ws, "ar")
    base = ["--data-dir", str(adviser_ws.data_dir), "report", "take-home", "--encounter", eid]
    assert cli_main.run([*base, "--out", str(tmp_path / "a.pdf")]) != 0
    assert "choose one of fi, sv, en" in capsys.readouterr().err
    assert cli_main.run([*base, "--lang", "sv", "--out", str(tmp_path / "s.pdf")]) == 0
    assert "Ditt besök" in _text(tmp_path / "s.pdf")
