"""GUI figures, each from child processes (:mod:`benchmarks.gui_child`); no Qt in this process."""
from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def child_env(home: Path) -> dict[str, str]:
    """Offscreen Qt, and a home of its own so no real user's folders are touched."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = str(ROOT) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    for var, sub in (("HOME", ""), ("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"),
                     ("XDG_STATE_HOME", "state"), ("XDG_CACHE_HOME", "cache")):
        path = home / sub
        path.mkdir(parents=True, exist_ok=True)
        env[var] = str(path)
    env.pop("YHTEISONEUVONTA_DATA_DIR", None)
    return env


# Children that died of a signal (e.g. SIGSEGV) and were run again: reported with the figures.
CRASHES: list[dict[str, Any]] = []


def run_child(args: list[str], home: Path, timeout: float = 600, retries: int = 1) -> tuple[float, dict[str, Any]]:
    """(monotonic start, the child's BENCH values). A child killed by a signal is noted in
    ``CRASHES`` (with its faulthandler traceback) and run again."""
    env = child_env(home)
    t0 = time.monotonic()
    proc = subprocess.run([sys.executable, "-X", "faulthandler", "-m", "benchmarks.gui_child", *args], env=env,
                          cwd=ROOT, capture_output=True, text=True, timeout=timeout)
    for line in proc.stdout.splitlines():
        if line.startswith("BENCH "):
            return t0, json.loads(line[6:])
    if proc.returncode < 0 and retries > 0:
        tail = [ln for ln in proc.stderr.splitlines() if "propagateSizeHints" not in ln][-40:]
        CRASHES.append({"args": args[:1], "signal": -proc.returncode, "stderr": "\n".join(tail)})
        print(f"[bench] gui child {args[0]} died of signal {-proc.returncode}; running it again", flush=True)
        return run_child(args, home, timeout, retries - 1)
    raise RuntimeError(f"gui child {args} failed (exit {proc.returncode}):\n{proc.stderr[-3000:]}")


def cold_start(data_dirs: dict[str, Path], home: Path, runs: int = 5, warmup: int = 1) -> dict[str, Any]:
    """Process start to the main window's first painted frame, against a bare QMainWindow
    started the same way (``python -m benchmarks.gui_child``). Runs are interleaved so that
    machine noise falls on both alike."""
    times: dict[str, list[float]] = {"bare": [], **{name: [] for name in data_dirs}}
    page_times: dict[str, list[float]] = {name: [] for name in data_dirs}
    for n in range(warmup + runs):
        for name in times:
            args = ["bare"] if name == "bare" else ["app", str(data_dirs[name])]
            t0, values = run_child(args, home)
            if n >= warmup:
                times[name].append((values["frame_done"] - t0) * 1000)
                if "page_frame_done" in values:  # the first page painted too (may be a later frame)
                    page_times[name].append((values["page_frame_done"] - t0) * 1000)
    out: dict[str, Any] = {"cold_bare_ms": statistics.median(times["bare"])}
    for name in data_dirs:
        out[f"cold_{name}_ms"] = statistics.median(times[name])
        if page_times[name]:
            out[f"cold_{name}_page_ms"] = statistics.median(page_times[name])
        out[f"cold_start_ratio_{name}"] = out[f"cold_{name}_ms"] / out["cold_bare_ms"]
    out["cold_start_ratio"] = max(out[f"cold_start_ratio_{name}"] for name in data_dirs)
    return out


def list_paint(data_dirs: dict[str, Path], site: str, home: Path, processes: int = 3,
               runs: int = 3) -> dict[str, Any]:
    """Today's list and the history view, from creating the page to its first paint (for
    history: the first paint with rows). Several fresh processes; the first page of each
    process is the cold one."""
    out: dict[str, Any] = {}
    worst = 0.0
    for name, path in data_dirs.items():
        # The coordinator has no desk and no today's list: only its history.
        pages = ("history",) if name == "coordinator" else ("today", "history")
        cold: dict[str, list[float]] = {page: [] for page in pages}
        warm: dict[str, list[float]] = {page: [] for page in pages}
        empty: list[float] = []
        for _ in range(processes):
            _, values = run_child(["lists", str(path), site, str(runs), ",".join(pages)], home)
            for which in pages:
                series = values[which]
                if not all(r["ok"] for r in series):
                    raise RuntimeError(f"{which} never painted with rows on {name}")
                cold[which].append(series[0]["first_paint_ms"])
                warm[which] += [r["first_paint_ms"] for r in series[1:]]
            empty += [r["empty_paint_ms"] for r in values["history"]]
            if "today" in pages:
                out[f"{name}_today_rows"] = values["today"][0]["rows"]
        for which in pages:
            out[f"{name}_{which}_first_paint_ms"] = statistics.median(cold[which])
            out[f"{name}_{which}_warm_paint_ms"] = statistics.median(warm[which]) if warm[which] else None
            worst = max(worst, out[f"{name}_{which}_first_paint_ms"])
        out[f"{name}_history_empty_paint_ms"] = statistics.median(empty)
    out["list_first_paint_ms"] = worst
    return out


def memory(data_dir: Path, home: Path, scroll_seconds: float) -> dict[str, Any]:
    # 0 scrolls to the bottom, however long that takes (the child gives up after an hour)
    timeout = 600 + (scroll_seconds or 3600)
    _, values = run_child(["rss", str(data_dir), str(scroll_seconds)], home, timeout=timeout)
    return values
