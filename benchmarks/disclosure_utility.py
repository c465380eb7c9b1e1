"""What the cell key method costs in accuracy, measured on the demo dataset.

    python -m benchmarks.disclosure_utility [--weeks 13] [--devices 4] [--seed 7]

Makes a fresh data folder with demo work ending 2026-12-31, builds the weekly and municipality
reports for every ISO week, month and the quarter 2026-Q4, internal (exact) and outgoing
(protected), and compares every count cell: mean absolute deviation (MAD), the largest
deviation, how often a cell is changed, and the same for cells of 5 or more and for 1-4.
The numbers go into docs/disclosure-control.md.
"""
from __future__ import annotations

import argparse
import tempfile
from collections import defaultdict
from datetime import date, timedelta

from yhteisoneuvonta.core.workspace import Workspace
from yhteisoneuvonta.reports.periods import parse_period, week_of
from yhteisoneuvonta.services import demo, setup
from yhteisoneuvonta.services import reports as svc


def periods() -> list[str]:
    q = parse_period("2026-Q4")
    weeks = sorted({week_of(q.first + timedelta(days=i)) for i in range((q.last - q.first).days + 1)})
    return weeks + ["2026-10", "2026-11", "2026-12", "2026-Q4"]


def measure(ws: Workspace) -> dict[str, dict[str, float]]:
    devs: dict[str, list[int]] = defaultdict(list)
    for period in periods():
        for kind in ("weekly", "municipality"):
            raw = svc.build_report(ws, kind, period=period, internal=True)
            pub = svc.build_report(ws, kind, period=period)
            for (_s, a), (_s2, b) in zip(raw.sections, pub.sections):
                for c, col in enumerate(a.columns):
                    if col.kind != "count":
                        continue
                    for ra, rb in zip(a.rows, b.rows):
                        true, shown = ra[c], rb[c]
                        if true is None:
                            continue
                        group = "zero" if true == 0 else ("1-4" if true < 5 else ">=5")
                        devs[group].append(shown - true)
                        devs["all"].append(shown - true)
    out = {}
    for group, values in devs.items():
        n = len(values)
        out[group] = {"cells": n, "mad": sum(abs(v) for v in values) / n, "max": max(abs(v) for v in values),
                      "changed": sum(1 for v in values if v) / n, "bias": sum(values) / n}
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--weeks", type=int, default=15)
    ap.add_argument("--devices", type=int, default=4)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        ws = Workspace(tmp)
        setup.setup_coordinator(ws)
        demo.fill(ws, weeks=args.weeks, seed=args.seed, devices=args.devices, end=date(2027, 1, 3))
        result = measure(ws)
        ws.close()
    print(f"{'cells':<8} {'n':>7} {'MAD':>6} {'max':>4} {'changed':>8} {'bias':>6}")
    for group in ("all", ">=5", "1-4", "zero"):
        r = result.get(group)
        if r:
            print(f"{group:<8} {r['cells']:>7} {r['mad']:>6.2f} {r['max']:>4} {r['changed']:>8.1%} {r['bias']:>+6.2f}")


if __name__ == "__main__":
    main()
