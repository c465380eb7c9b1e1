"""kill -9 at every step of an export, a full and a read-only stick: the next export delivers
everything, and the coordinator sees no gap and every record once."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text
from sync_helpers import PASSPHRASE, log_encounter, pair  # noqa: F401 (pair is a fixture)

from yhteisoneuvonta import faults
from yhteisoneuvonta.errors import TargetFullError, TargetReadOnlyError
from yhteisoneuvonta.services import sync as svc
from yhteisoneuvonta.sync.export import outbox_dir

ROOT = Path(__file__).parents[2]
STEPS = ["export:read", "export:reserved", "export:outbox:part", "export:outbox:renamed", "export:written",
         "export:target:part", "export:target:renamed"]


def killed_export(data: Path, out: Path, step: str) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), faults.KILL_ENV: step}
    proc = subprocess.run([sys.executable, "-m", "yhteisoneuvonta", "--data-dir", str(data), "export",
                           "--out", f"{out}/"], capture_output=True, text=True, env=env)
    assert proc.returncode == -signal.SIGKILL, proc.stderr


def parts(*folders: Path) -> list[Path]:
    return [p for f in folders if f.exists() for p in f.iterdir() if p.name.endswith(".part")]


def coordinator_sees_everything(coord, out: Path, ids: list[str]) -> None:
    report = svc.import_bundles(coord, [out], passphrase=PASSPHRASE)
    assert report.ok, report.lines()
    assert [d.missing for d in report.devices.values()] == [[]]  # no gap in the numbers
    assert sum(b.totals()["added"] for b in report.bundles) == len(ids)
    with coord.store.engine.connect() as conn:
        assert {r[0] for r in conn.execute(text("SELECT id FROM encounters"))} == set(ids)


@pytest.mark.parametrize("kills", [[s] for s in STEPS] + [["export:written", "export:pending:part"]],
                         ids=lambda k: "+".join(k))
def test_kill_9_at_each_export_step_then_the_next_export_leaves_no_gap(pair, tmp_path: Path,  # noqa: F811
                                                                          kills: list[str]) -> None:
    adviser, coord = pair
    out = tmp_path / "stick"
    ids = [log_encounter(adviser)["id"] for _ in range(2)]
    svc.export_bundle(adviser, out)
    for step in kills:
        ids.append(log_encounter(adviser)["id"])
        killed_export(adviser.data_dir, out, step)
    ids.append(log_encounter(adviser)["id"])
    result = svc.export_bundle(adviser, out)
    assert parts(out, outbox_dir(adviser)) == []
    assert svc.undelivered(adviser) == []
    assert [b["seq"] for b in svc.bundles(adviser)] == list(range(1, result.seq + 1))
    assert all(b["state"] == "sent" for b in svc.bundles(adviser))
    coordinator_sees_everything(coord, out, ids)


@pytest.fixture
def small_disk(tmp_path: Path):
    """A real file system of 64 kB (tmpfs), so writing to it runs out of space."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small file system needs root")
    mount = tmp_path / "small"
    mount.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount)], check=True)
    try:
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], check=True)


def test_a_full_stick_names_the_path_and_space_and_the_next_export_delivers(pair, tmp_path: Path,  # noqa: F811
                                                                             small_disk: Path) -> None:
    adviser, coord = pair
    (small_disk / "filler").write_bytes(os.urandom(60 * 1024))
    ids = [log_encounter(adviser, note="Kela-asia hoidettu " * 20)["id"] for _ in range(3)]
    with pytest.raises(TargetFullError) as err:
        svc.export_bundle(adviser, small_disk)
    assert err.value.params["path"].startswith(str(small_disk))
    assert err.value.params["needed_kb"] > err.value.params["free_kb"]
    assert parts(small_disk, outbox_dir(adviser)) == []
    assert svc.undelivered(adviser) == [1]  # kept on this computer, told in the bundle list
    (small_disk / "filler").unlink()
    result = svc.export_bundle(adviser, small_disk)
    assert [d.seq for d in result.delivered] == [1] and result.seq == 2
    coordinator_sees_everything(coord, small_disk, ids)


def test_a_read_only_stick_is_refused_with_its_path(pair, tmp_path: Path) -> None:  # noqa: F811
    adviser, coord = pair
    if os.geteuid() != 0:
        pytest.skip("a read-only mount needs root")
    stick = tmp_path / "ro"
    stick.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m,ro", "tmpfs", str(stick)], check=True)
    try:
        ids = [log_encounter(adviser)["id"]]
        with pytest.raises(TargetReadOnlyError) as err:
            svc.export_bundle(adviser, stick)
        assert err.value.params["path"].startswith(str(stick))
    finally:
        subprocess.run(["umount", str(stick)], check=True)
    out = tmp_path / "other"
    svc.export_bundle(adviser, out)
    coordinator_sees_everything(coord, out, ids)
