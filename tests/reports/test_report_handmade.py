"""Every report from the hand-made dataset (conftest.py), read back and checked figure by figure."""
from __future__ import annotations

import csv
import json
import re
import sqlite3
import subprocess
from pathlib import Path

import pdfplumber
from openpyxl import load_workbook

from xlsx_helpers import xlsx_layout, xlsx_tables  # noqa: E402
from yhteisoneuvonta.paths import DB_FILENAME
from yhteisoneuvonta.reports.cellkey import installation_secret, record_key
from yhteisoneuvonta.reports.disclosure import published_count, support
from yhteisoneuvonta.reports.query import Filters
from yhteisoneuvonta.reports.statistics import Statistics
from yhteisoneuvonta.services import municipalities
from yhteisoneuvonta.services import reports as svc

W47 = "2026-W47"
ANNALA, LEMPAALA = "tre-annala-neuvonta", "lempaala-neuvonta"


def pdf_pages(path: Path) -> list[str]:
    """Each page's text with line breaks and runs of spaces made single spaces (cells wrap)."""
    with pdfplumber.open(path) as pdf:
        return [" ".join((page.extract_text() or "").split()) for page in pdf.pages]


def has_words(text: str, phrase: str) -> bool:
    """Every word of ``phrase`` is in ``text`` (wrapped table cells interleave their lines)."""
    words = {w.strip(".,;") for w in text.split()}
    return all(w.strip(".,;") in words for w in phrase.split())


def read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def sheet(path: Path, name: str) -> list[dict[str, object]]:
    """The rows of table ``name`` by column key (the sheets themselves speak the report's language)."""
    return xlsx_tables(path)[name]


def test_statistics_exact(handmade) -> None:
    ws, _ = handmade
    st = svc.statistics(ws, W47)
    rows = {(r["week"], r["site_id"]): r for r in st.weekly_sites().as_dicts()}
    assert set(rows) == {(W47, ANNALA), (W47, LEMPAALA)}
    a, lp = rows[(W47, ANNALA)], rows[(W47, LEMPAALA)]
    assert (a["encounters"], a["group_sessions"], a["group_attendance"], a["forms"]) == (7, 1, 12, 2)
    assert (a["desk_sessions"], a["desk_hours"]) == (1, 2.0)
    assert (lp["encounters"], lp["group_sessions"], lp["group_attendance"], lp["forms"]) == (3, 1, 3, 1)
    assert {r[0]: r[2] for r in st.topics().rows} == {"kela_benefits": 7, "tax": 3, "housing": 3}
    assert {r[0]: r[2] for r in st.referrals().rows} == {"kela": 2}
    inv = {r[0]: (r[2], r[3]) for r in st.involvement().rows}
    assert inv["consulted"] == (2, 20.0) and inv["pair_work"] == (1, 10.0) and inv["none"] == (7, 70.0)
    forms = {r["id"]: r for r in st.forms().as_dicts()}
    assert forms["kela-toimeentulotuki"]["sent"] == 2 and forms["kela-toimeentulotuki"]["total"] == 2
    assert forms["kela-asumistuki"]["attachments_missing"] == 1
    pei = {r["id"]: r for r in st.pei().as_dicts()}
    assert (pei["cope_with_life"]["opt_much_better"], pei["cope_with_life"]["opt_better"]) == (1, 1)
    assert (pei["cope_with_life"]["answers_n"], pei["cope_with_life"]["mean"]) == (2, 1.5)
    assert (pei["understand_problems"]["opt_better"], pei["understand_problems"]["mean"]) == (2, 1.0)
    assert (pei["cope_with_problems"]["opt_not_applicable"], pei["cope_with_problems"]["mean"]) == (1, None)
    assert pei["keep_well"]["answers_n"] == 0
    bars = {r["id"]: r for r in st.barriers().as_dicts()}
    assert (bars["language"]["from_encounters"], bars["language"]["from_form"]) == (1, 0)
    assert (bars["no_strong_identification"]["from_form"], bars["no_strong_identification"]["observations"]) == (0 + 1, 1)
    assert {r[0]: (r[2], r[3]) for r in st.groups().body()} == {"house_meeting": (1, 12), "info": (1, 3)}
    hours = {r[0]: r for r in st.desk_hours().body()}
    assert hours[ANNALA][2:] == [1, 2.0, 7]
    # Filters: municipality, site, device; the deleted and the week-48 encounters never count.
    assert Statistics(ws, Filters(svc.make_filters(W47).period, municipality="tampere")).encounter_count() == 7
    assert Statistics(ws, Filters(svc.make_filters(W47).period, site=LEMPAALA)).encounter_count() == 3
    assert Statistics(ws, Filters(svc.make_filters(W47).period, device=ws.device_id)).encounter_count() == 10
    assert Statistics(ws, Filters(svc.make_filters(W47).period, device="other")).encounter_count() == 0
    assert svc.statistics(ws, "2026-11").encounter_count() == 11


def test_weekly_csv_internal_and_suppressed(handmade, tmp_path: Path) -> None:
    ws, _ = handmade
    raw = read_csv(svc.export_report(ws, "weekly", "csv", tmp_path / "w.csv", period=W47, internal=True))
    assert list(raw[0])[:6] == ["week", "site_id", "site_name", "municipality", "site_kind", "encounters"]
    got = {(r["week"], r["site_id"]): (r["encounters"], r["group_sessions"], r["group_attendance"], r["forms"])
           for r in raw}
    assert got == {(W47, ANNALA): ("7", "1", "12", "2"), (W47, LEMPAALA): ("3", "1", "3", "1")}
    assert {r["municipality"] for r in raw} == {"Tampere", "Lempäälä"}
    out = read_csv(svc.export_report(ws, "weekly", "csv", tmp_path / "s.csv", period=W47))
    got = {r["site_id"]: tuple(int(r[k]) for k in ("encounters", "group_sessions", "group_attendance", "forms"))
           for r in out}
    true = {ANNALA: (7, 1, 12, 2), LEMPAALA: (3, 1, 3, 1)}
    for site, values in got.items():
        for value, n in zip(values, true[site]):
            assert value in support(n) and (value != n or n >= 5)
    # The published value is the public table's entry for the true count and the records' keys.
    secret = installation_secret(ws)
    con = sqlite3.connect(ws.data_dir / DB_FILENAME)
    ids = [r[0] for r in con.execute("SELECT id FROM encounters WHERE site_id = ? AND deleted = 0", (LEMPAALA,))]
    con.close()
    assert got[LEMPAALA][0] == published_count(3, sum(record_key(secret, i) for i in ids))
    # Every format and every run publishes the same value for the same cell.
    again = read_csv(svc.export_report(ws, "weekly", "csv", tmp_path / "s2.csv", period=W47))
    assert again == out
    xl = {r["site_id"]: r["encounters"] for r in sheet(
        svc.export_report(ws, "weekly", "xlsx", tmp_path / "s.xlsx", period=W47), "weekly_sites")}
    assert xl == {site: v[0] for site, v in got.items()}
    doc = json.loads(svc.export_report(ws, "weekly", "json", tmp_path / "s.json", period=W47).read_text("utf-8"))
    by_site = next(t for t in doc["tables"] if t["key"] == "by_site")
    enc = by_site["columns"].index(next(c for c in by_site["columns"] if c["key"] == "encounters"))
    assert {row[0]: row[enc] for row in by_site["rows"] if row[0]} == {site: v[0] for site, v in got.items()}
    # The municipality page publishes Lempäälä's encounters as the weekly report does.
    muni = json.loads(svc.export_report(ws, "municipality", "json", tmp_path / "m.json", period=W47,
                                        municipality="lempaala").read_text("utf-8"))
    site_rows = next(t for t in muni["tables"] if t["key"] == "by_site")["rows"]
    assert [row[enc] for row in site_rows if row[0] == LEMPAALA] == [got[LEMPAALA][0]]


def test_weekly_xlsx_and_pdf(handmade, tmp_path: Path) -> None:
    ws, _ = handmade
    path = svc.export_report(ws, "weekly", "xlsx", tmp_path / "w.xlsx", period=W47, internal=True)
    wb = load_workbook(path, read_only=True)
    sheets, columns = xlsx_layout(path)
    # People read the sheets: names and headers in the report's language, keys in the info sheet.
    assert wb.sheetnames[0] == sheets["weekly_sites"] == "Viikoittain toimipisteittäin"
    assert wb.sheetnames[-1] == "Tiedot"
    assert columns[sheets["weekly_sites"]]["Kohtaamiset"] == "encounters"
    wb.close()
    rows = {r["site_id"]: r for r in sheet(path, "weekly_sites")}
    assert (rows[ANNALA]["encounters"], rows[ANNALA]["forms"], rows[LEMPAALA]["group_attendance"]) == (7, 2, 3)
    totals = sheet(path, "weekly_totals")
    assert totals[-1]["encounters"] == 10 and totals[-1]["group_attendance"] == 15
    topics = {r["id"]: r["count"] for r in sheet(path, "topics")}
    assert topics == {"kela_benefits": 7, "tax": 3, "housing": 3}

    pages = pdf_pages(svc.export_report(ws, "weekly", "pdf", tmp_path / "w.pdf", period=W47, internal=True))
    n = len(pages)
    for i, text in enumerate(pages, start=1):
        assert f"Sivu {i} / {n}" in text
        assert "SISÄINEN / INTERNAL" in text
        assert "Viikkotilasto" in text and "Ajanjakso: 2026-W47 (16.11.2026–22.11.2026)" in text
    body = "\n".join(pages)
    assert "Lempäälä" in body and "Työllisyyspalvelut" not in body
    assert re.search(r"2026-W47\s+10\s+2\s+15\s+3\s+2\s+4,0", body), body
    assert re.search(r"Kelan etuudet\s+7\s+70,0 %", body)

    pages = pdf_pages(svc.export_report(ws, "weekly", "pdf", tmp_path / "s.pdf", period=W47, lang="en"))
    assert all("INTERNAL" not in p for p in pages)
    assert "Weekly statistics" in pages[0] and f"Page 1 / {len(pages)}" in pages[0]
    assert has_words("\n".join(pages), "totals may differ slightly from the sum of their parts")


def test_municipality_page_covers_the_seed_list(handmade, tmp_path: Path) -> None:
    ws, _ = handmade
    ws.set_settings(role="coordinator")  # the coordinator edits these facts
    municipalities.set_info(ws, "tampere", follow_up="Kuukausittain tilastot, arviointi keväällä",
                            schedule="Arviointi 30.4.2027", responsible="Sanna Esimerkki, sanna.esimerkki@pirha.fi")
    pages = pdf_pages(svc.export_report(ws, "municipality", "pdf", tmp_path / "m.pdf", period=W47,
                                        municipality="tampere", internal=True))
    text = "\n".join(pages)
    for item in ("Alue ja paikka", "Toimija tai toimijat", "Toiminnan tiheys", "Toimintaa kuvaavat mittarit",
                 "Konsultointi ja työpari", "Seuranta ja arviointi", "Sovittu aikataulu",
                 "Vastuuhenkilö HOPPU-hankkeesta"):
        assert has_words(text, item), item
    assert "Annala, yhteisöneuvonta" in text and "Yhteisöneuvonta" in text
    assert "Nauha" in text and "A-kilta" in text  # reference organisations and partners present
    assert "viikoittain ti 9–11 (1 kertaa)" in text
    assert "kohtaamiset 7" in text and "ryhmien osallistujat 12" in text and "PEI-mittari: 2 vastausta" in text
    assert has_words(text, "konsultoitiin 2 kohtaamisessa (28,6 %)") and has_words(text, "työparina toimittiin 1")
    assert "Arviointi 30.4.2027" in text and "Sanna Esimerkki" in text
    assert "Sivu 1 / " in pages[0] and "SISÄINEN / INTERNAL" in pages[0]
    # Suppressed: the small figures of the page text are hidden too.
    text = "\n".join(pdf_pages(svc.export_report(ws, "municipality", "pdf", tmp_path / "s.pdf", period=W47,
                                                 municipality="tampere")))
    flat = " ".join(text.split())
    pei = int(re.search(r"PEI-mittari: (\d+) vastausta", flat)[1])
    consulted = int(re.search(r"konsultoitiin (\d+) kohtaamisessa", flat)[1]) if "konsultoitiin" in flat else 0
    assert pei != 2 and pei in support(2) and consulted != 2 and consulted in support(2)
    assert "SISÄINEN" not in text


def test_all_municipalities_one_page_each(handmade, tmp_path: Path) -> None:
    ws, _ = handmade
    path = svc.export_report(ws, "municipality", "pdf", tmp_path / "all.pdf", period=W47)
    pages = pdf_pages(path)
    names = [m.name for m in ws.reference().municipalities]
    assert len(pages) >= len(names)
    for name in names:
        assert any(re.search(r"Luotu: [\d.]+ [\d:]+ " + re.escape(name) + " Alue ja paikka", p) for p in pages), name
    rows = read_csv(svc.export_report(ws, "municipality", "csv", tmp_path / "m.csv", period=W47, internal=True))
    enc = {(r["section"], r["row_id"]): r["value"] for r in rows if r["table"] == "by_site" and r["column"] == "encounters"}
    assert enc[("tampere", ANNALA)] == "7" and enc[("lempaala", LEMPAALA)] == "3"
    xl = sheet(svc.export_report(ws, "municipality", "xlsx", tmp_path / "m.xlsx", period=W47, internal=True), "by_site")
    assert {(r["section"], r["id"]): r["encounters"] for r in xl if r["id"]} == {("tampere", ANNALA): 7,
                                                                               ("lempaala", LEMPAALA): 3}


def test_social_report(handmade, tmp_path: Path) -> None:
    ws, _ = handmade
    text = "\n".join(pdf_pages(svc.export_report(ws, "social", "pdf", tmp_path / "s.pdf", period="2026-11")))
    assert "Sosiaalinen raportti" in text and "Tunnistautuminen" in text
    assert has_words(text, "Pankkitunnuksettomat eivät pääse hakemaan tukea verkossa.")
    assert has_words(text, "Pihavalot korjattava ennen joulua") and has_words(text, "Viedään isännöitsijälle 1.12.")
    rows = read_csv(svc.export_report(ws, "social", "csv", tmp_path / "s.csv", period="2026-11"))
    seen = {r["row_id"]: r["value"] for r in rows if r["table"] == "observations_by_theme" and r["column"] == "times_seen"}
    assert seen["identification"] == "4"
    props = sheet(svc.export_report(ws, "social", "xlsx", tmp_path / "s.xlsx", period="2026-11"), "proposals")
    assert [(p["proposal"], p["decision"]) for p in props] == [("Pihavalot korjattava ennen joulua",
                                                               "Viedään isännöitsijälle 1.12.")]


def test_session_summaries(handmade, tmp_path: Path) -> None:
    ws, ids = handmade
    pages = pdf_pages(svc.session_summary(ws, ids["annala_session"], tmp_path / "d.pdf"))
    text = "\n".join(pages)
    assert "Päivystyksen yhteenveto" in text and "Annala, yhteisöneuvonta" in text
    assert "ti 17.11.2026 09.00–11.00" in text and "N7" in text and "Nauha" in text and "Sosiaalityöntekijä" in text
    assert re.search(r"Kohtaamisia\s+7", text) and re.search(r"Kelan etuudet\s+7", text)
    assert re.search(r"Verotus\s+3", text) and "Pankkitunnuksettomat" in text
    assert "SISÄINEN / INTERNAL" in text and "Sivu 1 / 1" in text
    text = "\n".join(pdf_pages(svc.session_summary(ws, ids["house_meeting"], tmp_path / "g.pdf", lang="sv")))
    assert "Talokokous marraskuu" in text and "12 (varav barn 2)" in text
    assert has_words(text, "Pihavalot korjattava ennen joulua") and has_words(text, "Viedään isännöitsijälle")


def test_pdf_renders_to_png(handmade, tmp_path: Path) -> None:
    ws, _ = handmade
    path = svc.export_report(ws, "municipality", "pdf", tmp_path / "m.pdf", period=W47, municipality="tampere")
    subprocess.run(["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", str(path), str(tmp_path / "m")], check=True)
    assert list(tmp_path.glob("m*.png"))
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    assert "DejaVuSans" in fonts and " yes " in fonts  # embedded
