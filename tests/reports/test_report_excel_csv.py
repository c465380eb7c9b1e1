"""The CSV for people: what Finnish and Swedish Excel need to open it by a double click
(semicolons, decimal comma, UTF-8 with BOM, headers in the report's language), read back
with the csv module by those conventions, and through LibreOffice in a Finnish locale where
it is installed. The script CSV keeps its shape; XLSX shares carry a percent format."""
from __future__ import annotations

import csv
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from xlsx_helpers import xlsx_layout  # noqa: E402
from yhteisoneuvonta.services import reports as svc

W47 = "2026-W47"
ANNALA, LEMPAALA = "tre-annala-neuvonta", "lempaala-neuvonta"


def read_excel_csv(path: Path) -> list[list[str]]:
    """As Excel in fi-FI/sv-SE reads a .csv: BOM means UTF-8, ';' separates."""
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "no UTF-8 byte order mark: Excel would read the Windows code page"
    with open(path, newline="", encoding="utf-8-sig") as fh:
        return list(csv.reader(fh, delimiter=";"))


def fi_number(text: str) -> float:
    assert "." not in text, f"{text!r}: a point decimal is text to Finnish Excel"
    return float(text.replace(",", "."))


def test_weekly_excel_csv_in_finnish(handmade, tmp_path: Path) -> None:
    ws, _ = handmade
    path = svc.export_report(ws, "weekly", "excel-csv", tmp_path / "w.csv", period=W47, internal=True)
    lines = read_excel_csv(path)
    head = lines[0]
    assert head[:6] == ["Viikko", "Toimipiste (tunnus)", "Toimipiste", "Kunta", "Toimipaikan tyyppi",
                        "Kohtaamiset"]
    assert all(len(line) == len(head) for line in lines), "every value in its own cell"
    rows = {r[1]: dict(zip(head, r)) for r in lines[1:]}
    assert (rows[ANNALA]["Kohtaamiset"], rows[LEMPAALA]["Kohtaamiset"]) == ("7", "3")
    assert rows[LEMPAALA]["Kunta"] == "Lempäälä"  # UTF-8, not "LempÃ¤Ã¤lÃ¤"
    hours = rows[ANNALA]["Päivystystunnit"]
    assert hours == "2,0" and fi_number(hours) == 2.0
    assert b"\r\n" in path.read_bytes()


def test_excel_csv_long_form_in_swedish_with_shares(handmade, tmp_path: Path) -> None:
    ws, _ = handmade
    path = svc.export_report(ws, "municipality", "excel-csv", tmp_path / "m.csv", period=W47,
                             municipality="tampere", internal=True, lang="sv")
    lines = read_excel_csv(path)
    assert lines[0] == ["Avsnitt", "Tabell", "Rad", "Kolumn", "Värde"]
    shares = [r for r in lines[1:] if r[3] == "Andel (%)"]
    assert shares, "the shares are in the file"
    consulted = {r[2]: r[4] for r in shares if r[1] == "Konsultation och arbetspar"}
    assert consulted["Konsulterad"] == "28,6" and fi_number(consulted["Konsulterad"]) == 28.6  # 2 of 7


def test_outgoing_values_are_the_published_ones(handmade, tmp_path: Path) -> None:
    """The Excel CSV of an outgoing report carries the cell key method's published values, the
    same as the scripts' CSV: a true 3 is never printed as 3, and every value is a number."""
    ws, _ = handmade
    lines = read_excel_csv(svc.export_report(ws, "weekly", "excel-csv", tmp_path / "s.csv", period=W47))
    head = lines[0]
    got = {r[1]: r[head.index("Kohtaamiset")] for r in lines[1:]}
    plain = svc.export_report(ws, "weekly", "csv", tmp_path / "s-plain.csv", period=W47)
    with open(plain, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert got == {r["site_id"]: r["encounters"] for r in rows if r["site_id"] in got}
    assert got[LEMPAALA] != "3"  # its true count: small counts are never published as they are
    assert all(v.isdigit() for v in got.values())


def test_script_csv_is_unchanged(handmade, tmp_path: Path) -> None:
    ws, _ = handmade
    raw = svc.export_report(ws, "weekly", "csv", tmp_path / "w.csv", period=W47, internal=True).read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    assert raw.decode("utf-8").startswith("week,site_id,site_name,municipality,site_kind,encounters")


def test_xlsx_shares_have_a_percent_format(handmade, tmp_path: Path) -> None:
    ws, _ = handmade
    path = svc.export_report(ws, "weekly", "xlsx", tmp_path / "w.xlsx", period=W47, internal=True)
    sheets, columns = xlsx_layout(path)
    sheet = load_workbook(path)[sheets["topics"]]
    head = [columns[sheet.title].get(c.value, c.value) for c in sheet[1]]
    col = head.index("share") + 1
    cells = {sheet.cell(r, head.index("id") + 1).value: sheet.cell(r, col) for r in range(2, sheet.max_row + 1)}
    kela = cells["kela_benefits"]
    assert kela.value == pytest.approx(0.7) and "%" in kela.number_format


def test_cli_excel_csv(handmade, tmp_path: Path) -> None:
    ws, _ = handmade
    out = tmp_path / "cli.csv"
    done = subprocess.run([sys.executable, "-m", "yhteisoneuvonta", "--data-dir", str(ws.data_dir), "report",
                           "weekly", "--period", W47, "--internal", "--format", "excel-csv", "--lang", "en",
                           "--out", str(out)], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert read_excel_csv(out)[0][:2] == ["Week", "Site id"]


# The test command installs LibreOffice Calc on Debian/Ubuntu (installer/bootstrap.py); elsewhere
# (Windows) there is no soffice to run.
@pytest.mark.skipif(not sys.platform.startswith("linux") and shutil.which("soffice") is None,
                    reason="LibreOffice is installed by the test command on Linux only")
def test_libreoffice_in_finnish_reads_numbers(handmade, tmp_path: Path) -> None:
    """LibreOffice Calc with the Finnish locale (1035) and the Excel conventions: numbers
    land in cells as numbers, decimals with the comma."""
    ws, _ = handmade
    src = svc.export_report(ws, "municipality", "excel-csv", tmp_path / "m.csv", period=W47,
                            municipality="tampere", internal=True)
    out = tmp_path / "lo"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless",
                    "--infilter=CSV:59,34,76,1,,1035", "--convert-to", "xlsx", "--outdir", str(out), str(src)],
                   check=True, capture_output=True, timeout=180)
    rows = list(load_workbook(out / "m.xlsx").active.iter_rows(values_only=True))
    assert rows[0] == ("Osio", "Taulukko", "Rivi", "Sarake", "Arvo")
    shares = {r[2]: r[4] for r in rows[1:] if r[3] == "Osuus (%)" and r[1] == "Konsultointi ja työpari"}
    assert shares["Konsultoitu"] == pytest.approx(28.6) and shares["Yhteensä"] == 100
    assert all(isinstance(r[4], (int, float)) for r in rows[1:] if r[4] not in (None, "<5", "x", "–"))
