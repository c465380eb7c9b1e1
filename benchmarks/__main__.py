"""``benchmarks/run [--devices N] [--weeks W] [--json FILE]``: generate (or reuse) a regional
dataset and measure logging, lists, export, import, reports, start-up and memory."""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import time
from pathlib import Path
from typing import Any

from . import core_bench, dataset, gui_bench, machine, report

REQUIRED = ("cold_start_ratio", "save_median_ms", "save_p95_ms", "pii_check_p95_ms", "list_first_paint_ms", "export_week_s",
            "import_records_per_s", "raw_insert_rows_per_s", "import_ratio_vs_raw", "report_year_s",
            "gui_rss_mb", "records")
# 15 sites per device gives about 160 encounters per device-week: 30 x 52 ~ 250,000.
DEFAULT_SITES = 15
TODAY_ENCOUNTERS = 30  # a busy day so far in the today list the GUI figures open


def parse(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="benchmarks/run", description=__doc__)
    p.add_argument("--devices", type=int, default=30, help="adviser devices (default 30)")
    p.add_argument("--weeks", type=int, default=52, help="weeks of work per device (default 52)")
    p.add_argument("--sites-per-device", type=int, default=DEFAULT_SITES)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--json", metavar="FILE", help="also write the figures to FILE")
    p.add_argument("--out", type=Path, default=dataset.OUT, help="cache and work folder (benchmarks/out)")
    p.add_argument("--jobs", type=int, default=2, help="processes generating advisers")
    p.add_argument("--runs", type=int, default=5, help="cold-start runs of each kind (median)")
    p.add_argument("--saves", type=int, default=200)
    p.add_argument("--scroll-seconds", type=float, default=60.0,
                   help="how long the memory run scrolls the history down")
    p.add_argument("--only", help="comma-separated steps: pii,save,export,import,reports,gui (default all); "
                   "cold_start alone measures the adviser's cold start (and the coordinator's with --coordinator "
                   "or if import runs too)")
    p.add_argument("--coordinator", type=Path, metavar="DIR",
                   help="an already-imported coordinator data directory (e.g. a copy of the last run's "
                        "work/<dataset>/coordinator): copied and used instead of importing; with "
                        "--only reports this times just the reports")
    p.add_argument("--work", type=Path, metavar="DIR",
                   help="working folder, emptied first (default <out>/work/<dataset>)")
    return p.parse_args(argv)


def step(name: str) -> None:
    print(f"[bench] {name} ...", flush=True)


def main(argv: list[str] | None = None) -> int:
    args = parse(sys.argv[1:] if argv is None else argv)
    only = set(args.only.split(",")) if args.only else {"pii", "save", "export", "import", "reports", "gui"}
    started = time.perf_counter()
    figures: dict[str, Any] = {"machine": machine.describe()}
    print("machine: " + ", ".join(f"{k} {v}" for k, v in figures["machine"].items()), flush=True)
    params = dataset.Params(args.devices, args.weeks, args.sites_per_device, args.seed)
    ds = dataset.ensure(params, args.out, args.jobs)
    figures["dataset"] = ds.info
    work = args.work or args.out / "work" / params.key
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    site = ds.info["home_site"]

    adviser = work / "adviser"  # the region in an adviser's store, for the GUI figures
    if "pii" in only:
        step("PII guard on a 2,000-character note")
        figures.update(core_bench.bench_pii_check())
    if "save" in only:
        step(f"save {args.saves} encounters")
        saver = dataset.copy_dir(ds.adviser_big, work / "adviser-save")
        figures.update(core_bench.bench_save(saver, site, args.saves))
        shutil.rmtree(saver)
    if only & {"gui", "cold_start", "lists", "memory"}:
        dataset.copy_dir(ds.adviser_big, adviser)
        core_bench.log_today(adviser, site, TODAY_ENCOUNTERS)
    figures["adviser_store_encounters"] = core_bench.count_rows(
        ds.adviser_big / "yhteisoneuvonta.sqlite3")["encounters"]
    if "export" in only:
        step("export a week")
        figures.update(core_bench.bench_export(ds, work))
    coord = work / "coordinator"
    if args.coordinator:
        coord = dataset.copy_dir(args.coordinator, coord)
    elif only & {"import", "reports", "gui"}:
        step(f"import {ds.info['bundle_files']} bundles")
        coord, values = core_bench.bench_import(ds, work)
        figures.update(values)
        step("raw sqlite3 executemany of the same rows")
        figures.update(core_bench.bench_raw_insert(coord / "yhteisoneuvonta.sqlite3", work))
        figures["import_ratio_vs_raw"] = figures["import_records_per_s"] / figures["raw_insert_rows_per_s"]
        figures["import_ratio_vs_raw_one_tx"] = (figures["import_records_per_s"]
                                                 / figures["raw_insert_one_tx_rows_per_s"])
    if "reports" in only:
        step("reports over the year")
        figures.update(core_bench.bench_reports(coord, ds, work))
    if "cold_start" in only and "gui" not in only:
        has_coord = "import" in only or args.coordinator is not None
        dirs = {"adviser": adviser, **({"coordinator": coord} if has_coord else {})}
        step("cold start")
        figures.update(gui_bench.cold_start(dirs, work / "home", runs=args.runs))
    if "gui" not in only and only & {"lists", "memory"}:
        home = work / "home"  # the adviser's figures alone, on the cached dataset (no import)
        if "lists" in only:
            step("lists: first paint")
            figures.update(gui_bench.list_paint({"adviser": adviser}, site, home))
        if "memory" in only:
            step("memory")
            figures.update(gui_bench.memory(adviser, home, args.scroll_seconds))
            figures["gui_child_crashes"] = len(gui_bench.CRASHES)
            if gui_bench.CRASHES:
                figures["gui_crash_details"] = gui_bench.CRASHES
    if "gui" in only:
        home = work / "home"
        dirs = {"adviser": adviser, "coordinator": coord}
        step("cold start")
        figures.update(gui_bench.cold_start(dirs, home, runs=args.runs))
        step("lists: first paint")
        figures.update(gui_bench.list_paint(dirs, site, home))
        step("memory")
        mem = gui_bench.memory(adviser, home, args.scroll_seconds)
        figures.update({k: v for k, v in mem.items() if k != "gui_rss_mb"})
        figures["gui_rss_mb"] = mem["gui_rss_mb"]
        figures["gui_child_crashes"] = len(gui_bench.CRASHES)
        if gui_bench.CRASHES:
            figures["gui_crash_details"] = gui_bench.CRASHES
    figures["total_s"] = time.perf_counter() - started

    print()
    print(report.table(figures))
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2, default=str), "utf-8")
        missing = [k for k in REQUIRED if k not in figures]
        if missing:
            print(f"warning: not measured (--only): {', '.join(missing)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
