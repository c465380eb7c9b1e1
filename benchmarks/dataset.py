"""The regional dataset, generated with the demo generator and cached under benchmarks/out/.

Layout of one cached dataset (keyed by its parameters)::

    coordinator/     a set-up coordinator with every adviser enrolled, no records yet
    advisers/NNN/    one adviser per device; a year generated and exported week by week
    bundles/         every bundle those advisers wrote (devices x weeks files)
    adviser-big/     an adviser store holding the whole region (demo.fill with devices=N)
    dataset.json     counts, dates and how long generation took

Each adviser generates one week (``demo.fill(weeks=1, end=that Sunday)``) and exports it
before the next, so the bundles are the weekly ones an adviser really sends.
"""
from __future__ import annotations

import json
import random
import shutil
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

FORMAT = 1  # bump when the layout or the generation changes: old caches are then ignored
PASSPHRASE = "benchmark passphrase, not secret"
BIG_ADVISER_CODE = "N99"
HELSINKI = ZoneInfo("Europe/Helsinki")
OUT = Path(__file__).resolve().parent / "out"


@dataclass(frozen=True)
class Params:
    devices: int
    weeks: int
    sites_per_device: int
    seed: int

    @property
    def key(self) -> str:
        return f"ds-v{FORMAT}-d{self.devices}-w{self.weeks}-s{self.sites_per_device}-seed{self.seed}"


@dataclass
class Dataset:
    root: Path
    params: Params
    info: dict[str, Any]

    @property
    def coordinator(self) -> Path:
        return self.root / "coordinator"

    @property
    def bundles(self) -> Path:
        return self.root / "bundles"

    @property
    def adviser_big(self) -> Path:
        return self.root / "adviser-big"

    def adviser(self, index: int) -> Path:
        return self.root / "advisers" / f"{index:03d}"


def today() -> date:
    return datetime.now(HELSINKI).date()


def _log(msg: str) -> None:
    print(f"[dataset] {msg}", flush=True)


def ensure(params: Params, out: Path = OUT, jobs: int = 2) -> Dataset:
    """The cached dataset for these parameters, generated first if missing."""
    root = out / params.key
    marker = root / "dataset.json"
    if marker.exists():
        info = json.loads(marker.read_text("utf-8"))
        _log(f"cached: {root} (generated {info['generated_on']})")
        return Dataset(root, params, info)
    if root.exists():
        shutil.rmtree(root)  # a generation that did not finish
    partial = out / (params.key + ".partial")
    if partial.exists():
        shutil.rmtree(partial)
    partial.mkdir(parents=True)
    t0 = time.perf_counter()
    info = _generate(params, partial, jobs)
    info["generation_s"] = round(time.perf_counter() - t0, 1)
    (partial / "dataset.json").write_text(json.dumps(info, indent=2), "utf-8")
    partial.rename(root)
    _log(f"generated in {info['generation_s']} s: {root}")
    return Dataset(root, params, info)


def _generate(params: Params, root: Path, jobs: int) -> dict[str, Any]:
    from yhteisoneuvonta.core.workspace import Workspace
    from yhteisoneuvonta.services import identity, setup
    from yhteisoneuvonta.services import sync as svc

    _log("coordinator (keys: scrypt, once)")
    coord = Workspace(root / "coordinator")
    setup.setup_coordinator(coord, "fi", name="Benchmark")
    identity.after_setup(coord, passphrase=PASSPHRASE)
    card = svc.write_coordinator_card(coord, root / "card.json")
    scheduled = sorted(s.id for s in coord.reference().sites if s.active and s.schedule)
    coord.close()

    end = today()
    first_monday = end - timedelta(days=end.weekday()) - timedelta(weeks=params.weeks - 1)
    tasks = [(i, str(root), str(card), params, first_monday.isoformat(), end.isoformat(), scheduled)
             for i in range(params.devices)]
    _log(f"{params.devices} advisers x {params.weeks} weekly bundles ({jobs} processes)")
    per_device: list[dict[str, int]] = []
    with ProcessPoolExecutor(max_workers=max(1, jobs)) as pool:
        for done, counts in enumerate(pool.map(_make_adviser, tasks), 1):
            per_device.append(counts)
            _log(f"adviser {done}/{params.devices}: {counts.get('encounters', 0)} encounters")

    coord = Workspace(root / "coordinator")
    for enrolment in sorted((root / "enrol").iterdir()):
        svc.enrol(coord, enrolment)
    coord.close()

    _log("adviser store holding the whole region (demo.fill, devices=N)")
    big = _make_big_adviser(root / "adviser-big", params, scheduled)

    bundled: dict[str, int] = {}
    for counts in per_device:
        for k, v in counts.items():
            bundled[k] = bundled.get(k, 0) + v
    return {"params": params.__dict__, "generated_on": end.isoformat(), "first_monday": first_monday.isoformat(),
            "bundle_files": len(list((root / "bundles").iterdir())), "bundled_records": bundled,
            "adviser_big_records": big, "home_site": _home_site(scheduled)}


def _home_site(scheduled: list[str]) -> str:
    preferred = "tre-hervanta-l8-neuvonta"
    return preferred if preferred in scheduled else scheduled[0]


def _make_adviser(task: tuple) -> dict[str, int]:
    index, root_s, card, params, monday_s, end_s, scheduled = task
    from yhteisoneuvonta.core.workspace import Workspace
    from yhteisoneuvonta.services import demo, identity, setup
    from yhteisoneuvonta.services import sync as svc

    root = Path(root_s)
    rng = random.Random(params.seed * 1000 + index)
    sites = rng.sample(scheduled, min(params.sites_per_device, len(scheduled)))
    ws = Workspace(root / "advisers" / f"{index:03d}")
    try:
        setup.setup_adviser(ws, f"N{index + 1}", sites, "fi")
        identity.after_setup(ws)
        svc.trust_coordinator(ws, card)
        (root / "enrol").mkdir(exist_ok=True)
        svc.write_enrolment(ws, root / "enrol" / f"{index:03d}.json")
        monday, last = date.fromisoformat(monday_s), date.fromisoformat(end_s)
        totals: dict[str, int] = {}
        for week in range(params.weeks):
            end = min(monday + timedelta(weeks=week, days=6), last)
            counts = demo.fill(ws, weeks=1, seed=params.seed * 1_000_000 + index * 1000 + week, end=end)
            for k, v in counts.items():
                totals[k] = totals.get(k, 0) + v
            svc.export_bundle(ws, root / "bundles")
        return totals
    finally:
        ws.close()


def _make_big_adviser(path: Path, params: Params, scheduled: list[str]) -> dict[str, int]:
    from yhteisoneuvonta.core.workspace import Workspace
    from yhteisoneuvonta.services import demo, identity, setup

    ws = Workspace(path)
    try:
        setup.setup_adviser(ws, BIG_ADVISER_CODE, [_home_site(scheduled)], "fi")
        identity.after_setup(ws)
        return demo.fill(ws, weeks=params.weeks, seed=params.seed, devices=max(2, params.devices),
                         sites_per_device=params.sites_per_device)
    finally:
        ws.close()


def copy_dir(src: Path, dst: Path) -> Path:
    """A working copy of a cached data directory (the cache stays pristine)."""
    if dst.exists():
        shutil.rmtree(dst)
    shutil.copytree(src, dst)
    return dst
