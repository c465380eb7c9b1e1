"""The benchmark command still runs end to end on a tiny dataset (no timing is checked here:
benchmarks are not tests)."""
from __future__ import annotations

import json
import math
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
KEYS = ("cold_start_ratio", "save_median_ms", "save_p95_ms", "list_first_paint_ms", "export_week_s",
        "import_records_per_s", "raw_insert_rows_per_s", "import_ratio_vs_raw", "report_year_s",
        "gui_rss_mb", "records")


def test_benchmark_command_writes_every_figure(tmp_path: Path) -> None:
    out = tmp_path / "figures.json"
    result = subprocess.run(
        [str(ROOT / "benchmarks" / "run"), "--devices", "2", "--weeks", "2", "--json", str(out),
         "--out", str(tmp_path / "cache"), "--runs", "1", "--saves", "20", "--scroll-seconds", "1"],
        capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-3000:]
    figures = json.loads(out.read_text("utf-8"))
    for key in KEYS:
        value = figures.get(key)
        assert isinstance(value, (int, float)) and not isinstance(value, bool), (key, value)
        assert math.isfinite(value), (key, value)
    assert figures["records"] > 0
    assert "import / raw" in result.stdout  # the table was printed
