"""pyinstrument profiles of the core figures on a cached dataset (run ``benchmarks/run`` first).

    .venv/bin/python -m benchmarks.profile import|save|reports|export [--devices N] [--weeks W]

Text profiles go to benchmarks/out/profiles/. GUI children are profiled with
``YN_BENCH_PROFILE=FILE python -m benchmarks.gui_child app|lists ...``.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pyinstrument import Profiler

from . import core_bench, dataset


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(prog="benchmarks.profile")
    p.add_argument("what", choices=("import", "save", "reports", "export"))
    p.add_argument("--devices", type=int, default=30)
    p.add_argument("--weeks", type=int, default=52)
    p.add_argument("--sites-per-device", type=int, default=15)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--bundles", type=int, default=0, help="import: only the first N bundle files (0: all)")
    args = p.parse_args(argv)
    ds = dataset.ensure(dataset.Params(args.devices, args.weeks, args.sites_per_device, args.seed))
    work = dataset.OUT / "profile-work"
    work.mkdir(parents=True, exist_ok=True)
    target = dataset.OUT / "profiles" / f"{args.what}-{ds.params.key}.txt"
    target.parent.mkdir(parents=True, exist_ok=True)
    profiler = Profiler(interval=0.001)
    if args.what == "import":
        from yhteisoneuvonta.core.workspace import Workspace
        from yhteisoneuvonta.services import sync as svc

        coord = dataset.copy_dir(ds.coordinator, work / "coordinator")
        files = sorted(ds.bundles.iterdir(), key=lambda f: f.name)
        files = files[: args.bundles] if args.bundles else files
        ws = Workspace(coord)
        with profiler:
            svc.import_bundles(ws, files)
        ws.close()
    elif args.what == "save":
        adviser = dataset.copy_dir(ds.adviser_big, work / "adviser")
        with profiler:
            core_bench.bench_save(adviser, ds.info["home_site"], 200)
    elif args.what == "export":
        with profiler:
            core_bench.bench_export(ds, work)
    else:
        coord = _imported(ds, work)
        with profiler:
            core_bench.bench_reports(coord, ds, work, repeats=1)
    target.write_text(profiler.output_text(unicode=True, show_all=False), "utf-8")
    print(target)
    return 0


def _imported(ds: dataset.Dataset, work: Path) -> Path:
    coord, _ = core_bench.bench_import(ds, work)
    return coord


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
