"""Figures measured in this process through the core services (no Qt here)."""
from __future__ import annotations

import sqlite3
import statistics
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from .dataset import Dataset, copy_dir

SYNCED_TABLES = ("desk_sessions", "encounters", "form_helps", "instrument_answers", "group_sessions",
                 "observations")


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def count_rows(db: Path) -> dict[str, int]:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in SYNCED_TABLES}
    finally:
        con.close()


# -- 2. save an encounter ----------------------------------------------------------------------
def bench_save(data_dir: Path, site: str, saves: int = 200, warmup: int = 10) -> dict[str, Any]:
    """``desk.log_encounter`` at a site with an open desk session, as the quick log does."""
    from yhteisoneuvonta.core.clock import utcnow
    from yhteisoneuvonta.core.workspace import Workspace
    from yhteisoneuvonta.records.inputs import EncounterInput
    from yhteisoneuvonta.services import desk

    ws = Workspace(data_dir)
    try:
        if desk.current_session(ws, site) is None:
            desk.open_session(ws, site)
        topics = [t.id for t in ws.reference().terms("topics")][:2]
        helps = [t.id for t in ws.reference().terms("help_kinds")][:1]
        times: list[float] = []
        for n in range(warmup + saves):
            data = EncounterInput(site_id=site, occurred_at=utcnow(), minutes=15, topics=topics[: 1 + n % 2],
                                  help_kinds=helps)
            t0 = time.perf_counter()
            desk.log_encounter(ws, data)
            if n >= warmup:
                times.append((time.perf_counter() - t0) * 1000)
    finally:
        ws.close()
    return {"save_median_ms": statistics.median(times), "save_p95_ms": percentile(times, 95),
            "save_max_ms": max(times), "saves": len(times)}


def log_today(data_dir: Path, site: str, count: int = 30) -> None:
    """A busy day at the desk so far: ``count`` quick-logged encounters at ``site`` today."""
    from yhteisoneuvonta.core.workspace import Workspace
    from yhteisoneuvonta.services import desk

    ws = Workspace(data_dir)
    try:
        if desk.current_session(ws, site) is None:
            desk.open_session(ws, site)
        topics = [t.id for t in ws.reference().terms("topics")]
        helps = [t.id for t in ws.reference().terms("help_kinds")]
        for n in range(count):
            desk.quick_log(ws, site, topics[n % 3: n % 3 + 1 + n % 2], helps[n % 2: n % 2 + 1], 10 + n % 3 * 5)
    finally:
        ws.close()


# -- 4. export a week ----------------------------------------------------------------------------
def bench_export(ds: Dataset, work: Path, repeats: int = 5) -> dict[str, Any]:
    """A week of new records on an adviser who has sent a year already, then ``export_bundle``
    (records read, signed, encrypted, written twice durably and read back)."""
    from yhteisoneuvonta.core.workspace import Workspace
    from yhteisoneuvonta.services import demo
    from yhteisoneuvonta.services import sync as svc

    adviser = copy_dir(ds.adviser(0), work / "export-adviser")
    out = work / "export-out"
    ws = Workspace(adviser)
    times, sizes = [], []
    try:
        end = date.fromisoformat(ds.info["generated_on"])
        for n in range(repeats + 1):  # the first is a warm-up
            counts = demo.fill(ws, weeks=1, seed=9_000_000 + n, end=end - timedelta(weeks=n % 4))
            t0 = time.perf_counter()
            svc.export_bundle(ws, out)
            if n:
                times.append(time.perf_counter() - t0)
                sizes.append(sum(counts.values()))
    finally:
        ws.close()
    return {"export_week_s": statistics.median(times), "export_week_records": int(statistics.median(sizes))}


# -- 5. import and the raw baseline ----------------------------------------------------------------
def bench_import(ds: Dataset, work: Path) -> tuple[Path, dict[str, Any]]:
    """Every bundle of the year into a copy of the (enrolled, empty) coordinator."""
    from yhteisoneuvonta.core.workspace import Workspace
    from yhteisoneuvonta.services import sync as svc

    coord = copy_dir(ds.coordinator, work / "coordinator")
    ws = Workspace(coord)
    try:
        t0 = time.perf_counter()
        report = svc.import_bundles(ws, [ds.bundles])
        seconds = time.perf_counter() - t0
    finally:
        ws.close()
    bad = [b for b in report.bundles if b.status not in ("imported", "resent")]
    if bad or not report.ok:
        raise RuntimeError(f"import refused bundles: {[(b.file, b.status, b.message) for b in bad][:5]}")
    rows = count_rows(coord / "yhteisoneuvonta.sqlite3")
    total = sum(rows.values())
    return coord, {"import_s": seconds, "import_records_per_s": total / seconds, "import_bundles": len(report.bundles),
                   "imported_records": total, "records": rows["encounters"], "imported_by_table": rows}


def _raw_pragmas(con: sqlite3.Connection) -> None:
    # As the store's engine sets them (store/engine.py) and the importer's connection
    # (foreign keys off): the same durability for both sides.
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    con.execute("PRAGMA foreign_keys=OFF")


def bench_raw_insert(imported_db: Path, work: Path) -> dict[str, Any]:
    """The same rows (read back from the imported store) with sqlite3 ``executemany`` into a
    fresh migrated store: once committing per bundle as the importer must, once in a single
    transaction."""
    from yhteisoneuvonta.core.workspace import Workspace

    src = sqlite3.connect(f"file:{imported_db}?mode=ro", uri=True)
    columns: dict[str, list[str]] = {}
    by_bundle: dict[int, dict[str, list[tuple]]] = {}
    try:
        for table in SYNCED_TABLES:
            columns[table] = [r[1] for r in src.execute(f"PRAGMA table_info({table})")]
            seq = columns[table].index("change_seq")
            for row in src.execute(f"SELECT * FROM {table}"):
                by_bundle.setdefault(row[seq], {}).setdefault(table, []).append(row)
    finally:
        src.close()
    total = sum(len(rows) for tables in by_bundle.values() for rows in tables.values())
    sql = {t: f"INSERT INTO {t} ({', '.join(c)}) VALUES ({', '.join('?' * len(c))})" for t, c in columns.items()}
    out: dict[str, Any] = {"raw_rows": total}
    for label, per_bundle in (("raw_insert_rows_per_s", True), ("raw_insert_one_tx_rows_per_s", False)):
        target = work / f"raw-{label}"
        if target.exists():
            import shutil

            shutil.rmtree(target)
        Workspace(target).close()  # a fresh, migrated store file
        con = sqlite3.connect(target / "yhteisoneuvonta.sqlite3", isolation_level=None)
        _raw_pragmas(con)
        t0 = time.perf_counter()
        con.execute("BEGIN")
        for _, tables in sorted(by_bundle.items()):
            for table in SYNCED_TABLES:
                if table in tables:
                    con.executemany(sql[table], tables[table])
            if per_bundle:
                con.execute("COMMIT")
                con.execute("BEGIN")
        con.execute("COMMIT")
        seconds = time.perf_counter() - t0
        con.close()
        out[label] = total / seconds
        out[label.replace("_rows_per_s", "_s")] = seconds
    return out


# -- 6. reports -------------------------------------------------------------------------------------
def bench_reports(coord: Path, ds: Dataset, work: Path, repeats: int = 3) -> dict[str, Any]:
    """A year's municipality PDF (every municipality) and the weekly report over the year as
    XLSX, built from the imported coordinator store."""
    from yhteisoneuvonta.core.workspace import Workspace
    from yhteisoneuvonta.services import reports

    first = date.fromisoformat(ds.info["first_monday"])
    last = date.fromisoformat(ds.info["generated_on"])
    year = f"{first.isoformat()}..{last.isoformat()}"
    out: dict[str, Any] = {"report_period": year}
    for key, kind, fmt in (("report_municipality_pdf_s", "municipality", "pdf"),
                           ("report_weekly_xlsx_s", "weekly", "xlsx")):
        times = []
        for _ in range(repeats):
            ws = Workspace(coord)  # a fresh workspace: no cache survives from the last report
            try:
                t0 = time.perf_counter()
                reports.export_report(ws, kind, fmt, work / f"report-{kind}.{fmt}", period=year)
                times.append(time.perf_counter() - t0)
            finally:
                ws.close()
        out[key] = statistics.median(times)
    out["report_year_s"] = max(out["report_municipality_pdf_s"], out["report_weekly_xlsx_s"])
    return out


# A 2,000-character note of the kind advisers write, with names, a street address and places.
PII_NOTE_PARTS = [
    "Autoin Anneli Korhosta Kelan asumistukihakemuksessa, liitteet puuttuivat. ",
    "Kävijä asuu Insinöörinkatu 23 B 14 ja tarvitsee apua vuokran maksussa 680 €/kk. ",
    "Ohjattu Hervannan kirjastoon TE-palveluiden infoon torstaina klo 13. ",
    "Matti Virtanen kävi kysymässä toimeentulotuesta, päätös 8.11.2026. ",
    "Hjälpte Anna Lindqvist med bostadsbidraget från FPA. ",
    "Toivo tuli Nokian päiväkeskuksesta, kysyi velkaneuvonnasta ja ulosotosta. ",
]


def pii_note(length: int = 2000) -> str:
    text, i = "", 0
    while len(text) < length:
        text += PII_NOTE_PARTS[i % len(PII_NOTE_PARTS)].replace("Anneli", ["Anneli", "Liisa", "Sanna"][i % 3])
        i += 1
    return text[:length]


def bench_pii_check(repeats: int = 200) -> dict[str, Any]:
    """Both guard levels over a 2,000-character note, as a save or an import runs them. The
    first check (cold word cache) counts too: it is the one the first keystroke pays."""
    from yhteisoneuvonta.records import names, pii, probable

    names.use_engine(None)
    note = pii_note()
    times = []
    for n in range(repeats):
        text = note if n % 2 else note.replace("kävi", f"kävi {n}")  # vary the text a little
        t0 = time.perf_counter()
        certain = pii.find_pii(text)
        probable.find_probable(text, skip=[(f.start, f.end) for f in certain])
        times.append((time.perf_counter() - t0) * 1000)
    return {"pii_check_p95_ms": percentile(times, 95), "pii_check_first_ms": times[0],
            "pii_engine": names.engine_status().engine}
