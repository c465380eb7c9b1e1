"""Reports over a generated multi-device dataset, checked against independent sqlite3 counts."""
from __future__ import annotations

import csv
import json
import sqlite3
from collections import Counter
from datetime import date, datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from xlsx_helpers import xlsx_tables  # noqa: E402
from yhteisoneuvonta.paths import DB_FILENAME
from yhteisoneuvonta.reports.disclosure import support
from yhteisoneuvonta.services import demo
from yhteisoneuvonta.services import reports as svc

HKI = ZoneInfo("Europe/Helsinki")
PERIOD = "2026-10-12..2026-11-22"  # six whole ISO weeks


@pytest.fixture
def demo_ws(adviser_ws):
    demo.fill(adviser_ws, weeks=6, seed=11, devices=3, end=date(2026, 11, 22))
    con = sqlite3.connect(adviser_ws.data_dir / DB_FILENAME)
    # Tombstone a few rows: they must never be counted.
    con.execute("UPDATE encounters SET deleted = 1 WHERE rowid % 17 = 0")
    con.execute("UPDATE form_helps SET deleted = 1 WHERE rowid % 13 = 0")
    con.commit()
    con.close()
    return adviser_ws


def week_of(text: str) -> str:
    local = datetime.fromisoformat(text).replace(tzinfo=timezone.utc).astimezone(HKI)
    year, week, _ = local.isocalendar()
    return f"{year}-W{week:02d}"


def truth(data: Path) -> dict[tuple[str, str], Counter]:
    con = sqlite3.connect(data / DB_FILENAME)
    out: dict[tuple[str, str], Counter] = {}
    queries = {
        "encounters": "SELECT site_id, occurred_at, 1 FROM encounters WHERE deleted = 0",
        "forms": "SELECT site_id, occurred_at, 1 FROM form_helps WHERE deleted = 0",
        "group_sessions": "SELECT site_id, starts_at, 1 FROM group_sessions WHERE deleted = 0",
        "group_attendance": "SELECT site_id, starts_at, headcount_total FROM group_sessions WHERE deleted = 0",
    }
    for figure, sql in queries.items():
        for site, when, n in con.execute(sql):
            week = week_of(when)
            if "2026-W42" <= week <= "2026-W47":
                out.setdefault((week, site), Counter())[figure] += n
    con.close()
    return out


def test_weekly_csv_matches_independent_counts(demo_ws, tmp_path: Path) -> None:
    expected = truth(demo_ws.data_dir)
    assert sum(c["encounters"] for c in expected.values()) > 200
    path = svc.export_report(demo_ws, "weekly", "csv", tmp_path / "w.csv", period=PERIOD, internal=True)
    with open(path, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    got = {(r["week"], r["site_id"]): Counter({k: int(r[k]) for k in
                                               ("encounters", "forms", "group_sessions", "group_attendance")})
           for r in rows}
    # A week and site can have a row of zeros (a desk held, every visit of it deleted).
    assert {k: +v for k, v in got.items() if +v} == {k: +v for k, v in expected.items() if +v}

    # Outgoing: a calendar period only, every count perturbed within the public table's support,
    # a small count never shown as itself.
    path = svc.export_report(demo_ws, "weekly", "csv", tmp_path / "s.csv", period="2026-W46")
    with open(path, newline="", encoding="utf-8") as fh:
        published = list(csv.DictReader(fh))
    seen = Counter()
    for r in published:
        assert r["week"] == "2026-W46"
        true = expected.get((r["week"], r["site_id"]), Counter())
        for key in ("encounters", "forms", "group_sessions", "group_attendance"):
            value = int(r[key])
            assert value in support(true[key])
            if 1 <= true[key] <= 4:
                assert value != true[key]
                seen["small"] += 1
            seen["changed" if value != true[key] else "same"] += 1
    assert seen["small"] and seen["changed"] and seen["same"]


def test_xlsx_and_statistics_match_sqlite(demo_ws, tmp_path: Path) -> None:
    con = sqlite3.connect(demo_ws.data_dir / DB_FILENAME)
    start, end = svc.make_filters(PERIOD).period.bounds()
    lo, hi = (d.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M:%S") for d in (start, end))
    topics = Counter()
    for (tj,) in con.execute("SELECT topics FROM encounters WHERE deleted = 0 AND occurred_at >= ? AND occurred_at < ?",
                             (lo, hi)):
        topics.update(json.loads(tj))
    pei_values: dict[str, list[int]] = {}
    for (aj,) in con.execute("SELECT answers FROM instrument_answers WHERE deleted = 0 AND instrument_id = 'pei' "
                             "AND answered_at >= ? AND answered_at < ?", (lo, hi)):
        for item, value in json.loads(aj).items():
            if isinstance(value, int):
                pei_values.setdefault(item, []).append(value)
    hours = dict(con.execute("SELECT site_id, SUM((julianday(ends_at) - julianday(starts_at)) * 24) FROM desk_sessions "
                             "WHERE deleted = 0 AND starts_at >= ? AND starts_at < ? GROUP BY site_id", (lo, hi)))
    con.close()

    path = svc.export_report(demo_ws, "weekly", "xlsx", tmp_path / "w.xlsx", period=PERIOD, internal=True)
    tables = xlsx_tables(path)

    def sheet(name: str) -> list[dict]:
        return tables[name]

    assert {r["id"]: r["count"] for r in sheet("topics")} == dict(topics)
    for row in sheet("pei"):
        values = pei_values.get(row["id"], [])
        assert row["mean"] == (round(sum(values) / len(values), 2) if values else None)
    got_hours = {r["site_id"]: r["desk_hours"] for r in sheet("desk_hours") if r["site_id"]}
    assert got_hours.keys() == hours.keys()
    for site, h in hours.items():
        assert got_hours[site] == pytest.approx(h, abs=0.01)
