"""The printed table: each figure beside its baseline and its target."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

# key, label, unit, baseline (label, key) or None, target text, met?
Row = tuple[str, str, str, tuple[str, str] | None, str, Callable[[dict[str, Any]], bool] | None]

ROWS: list[Row] = [
    ("cold_start_ratio", "1. cold start to a painted main window (worse role)", "x bare",
     ("bare window ms", "cold_bare_ms"), "<= 1.5x", lambda f: f["cold_start_ratio"] <= 1.5),
    ("cold_adviser_ms", "   adviser (the region in its store)", "ms", ("bare window ms", "cold_bare_ms"), "", None),
    ("cold_adviser_page_ms", "     its first page painted too", "ms", None, "", None),
    ("cold_coordinator_ms", "   coordinator (the year imported)", "ms", ("bare window ms", "cold_bare_ms"), "", None),
    ("cold_coordinator_page_ms", "     its first page painted too", "ms", None, "", None),
    ("save_median_ms", "2. save an encounter (desk.log_encounter): median", "ms", None, "", None),
    ("save_p95_ms", "   p95", "ms", None, "<= 20 ms", lambda f: f["save_p95_ms"] <= 20),
    ("pii_check_p95_ms", "   PII guard, 2,000-character note: p95", "ms", ("first check ms", "pii_check_first_ms"),
     "<= 20 ms", lambda f: f["pii_check_p95_ms"] <= 20),
    ("list_first_paint_ms", "3. list first paint (worst of today/history, cold)", "ms", None, "<= 200 ms",
     lambda f: f["list_first_paint_ms"] <= 200),
    ("adviser_today_first_paint_ms", "   adviser today's list", "ms", None, "", None),
    ("adviser_history_first_paint_ms", "   adviser history (first rows painted)", "ms",
     ("empty view painted ms", "adviser_history_empty_paint_ms"), "", None),
    ("coordinator_history_first_paint_ms", "   coordinator history (first rows painted)", "ms",
     ("empty view painted ms", "coordinator_history_empty_paint_ms"), "", None),
    ("export_week_s", "4. export a week (sign + encrypt + durable write)", "s",
     ("records in it", "export_week_records"), "", None),
    ("import_records_per_s", "5. import the year's bundles", "rec/s",
     ("raw executemany rec/s", "raw_insert_rows_per_s"), "", None),
    ("import_ratio_vs_raw", "   import / raw (commit per bundle)", "ratio", None, ">= 0.33",
     lambda f: f["import_ratio_vs_raw"] >= 1 / 3),
    ("import_ratio_vs_raw_one_tx", "   import / raw (one transaction)", "ratio",
     ("raw one-tx rec/s", "raw_insert_one_tx_rows_per_s"), "", None),
    ("report_year_s", "6. reports over the year (worse of the two)", "s", None, "<= 2 s",
     lambda f: f["report_year_s"] <= 2),
    ("report_municipality_pdf_s", "   municipality PDF", "s", None, "", None),
    ("report_weekly_xlsx_s", "   weekly XLSX", "s", None, "", None),
    ("gui_rss_mb", "7. GUI peak RSS: main window, today + history open", "MB", None, "<= 250 MB",
     lambda f: f["gui_rss_mb"] <= 250),
    ("scrolled_rss_mb", "   after scrolling the history", "MB", ("rows loaded", "scrolled_rows"), "", None),
]


def _fmt(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:,.3f}" if abs(value) < 10 else f"{value:,.0f}"
    return f"{value:,}" if isinstance(value, int) else str(value)


def table(figures: dict[str, Any]) -> str:
    lines = [f"{'figure':<55} {'value':>12} {'unit':<7} {'baseline':>30} {'target':>10}  ok"]
    for key, label, unit, base, target, met in ROWS:
        if key not in figures:
            continue
        baseline = f"{_fmt(figures.get(base[1]))} {base[0]}" if base else ""
        ok = "" if met is None else ("yes" if met(figures) else "NO")
        lines.append(f"{label:<55} {_fmt(figures[key]):>12} {unit:<7} {baseline:>30} {target:>10}  {ok}")
    lines.append(f"records (encounters imported): {_fmt(figures.get('records'))}; all records imported: "
                 f"{_fmt(figures.get('imported_records'))}; adviser store encounters: "
                 f"{_fmt(figures.get('adviser_store_encounters'))}")
    if figures.get("gui_child_crashes"):
        lines.append(f"GUI child processes killed by a signal and run again: {figures['gui_child_crashes']} "
                     "(tracebacks under gui_crash_details in the JSON)")
    return "\n".join(lines)
