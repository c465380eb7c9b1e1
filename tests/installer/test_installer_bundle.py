"""The frozen Linux bundle, built once for this module with the documented command.

Every run of the bundle gets a clean environment (no virtualenv, no PYTHONPATH, an empty HOME),
so a pass means the bundle does not lean on the build machine's Python.
"""
from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]
FIXTURE = ROOT / "tests" / "fixtures" / "schema_0001.sqlite3"


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("bundle")
    result = subprocess.run(
        [str(ROOT / "installer" / "build-linux"), "--dist", str(out / "dist"), "--work", str(out / "work")],
        cwd=ROOT, capture_output=True, text=True, timeout=900,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return out / "dist"


@pytest.fixture(scope="module")
def exe(dist: Path) -> Path:
    return dist / "yhteisoneuvonta" / "yhteisoneuvonta"


def run_clean(args: list[str], home: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    """Run with nothing of this machine's Python: only PATH, HOME and what the call adds."""
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "QT_QPA_PLATFORM": "offscreen", **extra}
    return subprocess.run(args, env=env, capture_output=True, text=True, timeout=180)


def test_smoke_starts_the_window_and_exits_0(exe: Path, tmp_path: Path) -> None:
    result = run_clean([str(exe), "--smoke"], tmp_path)
    assert result.returncode == 0, result.stderr[-3000:]
    # The log went to the platform log folder of that (empty) home; the Finnish catalogue loaded.
    (log_file,) = tmp_path.glob(".local/state/yhteisoneuvonta/log/yhteisoneuvonta.log")
    log = log_file.read_text("utf-8")
    assert "started (frozen" in log
    assert "no compiled translations" not in log and "lrelease" not in log


def test_version_is_pyprojects(exe: Path, tmp_path: Path) -> None:
    result = run_clean([str(exe), "--version"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["yhteisoneuvonta", VERSION]


def test_the_bundle_does_not_point_into_the_build_machine(dist: Path) -> None:
    bundle = dist / "yhteisoneuvonta"
    # Only the metadata written from pyproject.toml, not the checkout's editable install.
    (meta,) = (bundle / "_internal").glob("yhteisoneuvonta*-info")
    assert meta.name == f"yhteisoneuvonta-{VERSION}.dist-info"
    assert sorted(p.name for p in meta.iterdir()) == ["INSTALLER", "METADATA"]
    needle = str(ROOT).encode()
    leaks = [p for p in bundle.rglob("*") if p.is_file() and needle in p.read_bytes()]
    assert leaks == []
    # Every shared library resolves inside the bundle or from the system (Wayland's client
    # libraries come from the desktop that uses them).
    libdirs = f"{bundle / '_internal'}:{bundle / '_internal/PySide6/Qt/lib'}"
    missing = set()
    for lib in [bundle / "yhteisoneuvonta", *bundle.rglob("*.so*")]:
        out = subprocess.run(["ldd", str(lib)], capture_output=True, text=True,
                             env={"PATH": "/usr/bin:/bin", "LD_LIBRARY_PATH": libdirs}).stdout
        missing |= {line.split()[0] for line in out.splitlines() if "not found" in line}
        assert str(ROOT) not in out
    assert {m for m in missing if not m.startswith("libwayland-")} == set()


def test_the_cli_demo_runs_in_the_bundle(exe: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    init = run_clean([str(exe), "--data-dir", str(data), "init", "--role", "adviser",
                      "--adviser-code", "N7", "--site", "tre-annala-neuvonta"], tmp_path)
    assert init.returncode == 0, init.stderr
    demo = run_clean([str(exe), "--data-dir", str(data), "demo", "--weeks", "1"], tmp_path)
    assert demo.returncode == 0, demo.stderr
    listed = run_clean([str(exe), "--data-dir", str(data), "list", "encounters", "--json"], tmp_path)
    assert listed.returncode == 0, listed.stderr
    assert len(json.loads(listed.stdout)) > 0
    assert (data / "logs" / "yhteisoneuvonta.log").exists()


def test_the_bundle_carries_voikko(dist: Path, exe: Path, tmp_path: Path) -> None:
    """"Taunoa" (the name Tauno, inflected) is on no built-in list: only Voikko knows it, so its
    refusal shows the frozen program runs with Voikko; the library and the dictionary are in the
    bundle, where the program looks first (a machine without Voikko has nothing else)."""
    folder = next((dist / "yhteisoneuvonta").rglob("voikko"))
    assert (folder / "libvoikko.so.1").exists() and (folder / "5" / "mor-standard" / "mor.vfst").exists()
    data = tmp_path / "data"
    init = run_clean([str(exe), "--data-dir", str(data), "init", "--role", "adviser",
                      "--adviser-code", "N7", "--site", "tre-annala-neuvonta"], tmp_path)
    assert init.returncode == 0, init.stderr
    base = [str(exe), "--data-dir", str(data), "log", "encounter", "--site", "tre-annala-neuvonta",
            "--topic", "kela_benefits", "--minutes", "5", "--note", "Autoin Taunoa Kelan asiassa"]
    refused = run_clean(base, tmp_path)
    assert refused.returncode == 1 and "Taunoa" in refused.stderr, refused.stderr
    assert "Voikko is not available" not in (data / "logs" / "yhteisoneuvonta.log").read_text("utf-8")
    assert run_clean([*base, "--confirm-not-personal"], tmp_path).returncode == 0


def test_a_first_schema_store_upgrades_through_the_bundle(exe: Path, tmp_path: Path) -> None:
    data = tmp_path / "old"
    data.mkdir()
    shutil.copy2(FIXTURE, data / "yhteisoneuvonta.sqlite3")
    result = run_clean([str(exe), "--data-dir", str(data), "list", "encounters", "--json"], tmp_path)
    assert result.returncode == 0, result.stderr
    encounters = json.loads(result.stdout)
    assert [e["id"] for e in encounters] == ["22222222-2222-4222-8222-222222222222"]
    assert list(data.glob("yhteisoneuvonta.before-0001_first_schema-*.sqlite3"))  # the backup
    with sqlite3.connect(data / "yhteisoneuvonta.sqlite3") as db:
        (revision,) = db.execute("select version_num from alembic_version").fetchone()
    assert revision != "0001_first_schema"


def test_the_tarball_holds_the_bundle_and_its_desktop_entry(dist: Path) -> None:
    tarball = dist / f"yhteisoneuvonta-{VERSION}-linux-{os.uname().machine}.tar.gz"
    with tarfile.open(tarball) as tar:
        names = set(tar.getnames())
    for name in ("yhteisoneuvonta/yhteisoneuvonta", "yhteisoneuvonta/yhteisoneuvonta.desktop",
                 "yhteisoneuvonta/yhteisoneuvonta.png", "yhteisoneuvonta/install.sh",
                 "yhteisoneuvonta/_internal/resources/reference/sites.json",
                 "yhteisoneuvonta/_internal/resources/i18n/yhteisoneuvonta_fi.qm",
                 "yhteisoneuvonta/_internal/resources/icons/yhteisoneuvonta.svg",
                 "yhteisoneuvonta/_internal/yhteisoneuvonta/store/migrations/env.py"):
        assert name in names


def test_install_upgrade_and_uninstall_keep_the_data(dist: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    copy = tmp_path / "unpacked"
    shutil.copytree(dist / "yhteisoneuvonta", copy / "yhteisoneuvonta", symlinks=True)
    install = copy / "yhteisoneuvonta" / "install.sh"
    first = run_clean([str(install)], home)
    assert first.returncode == 0, first.stderr
    installed = home / ".local/opt/yhteisoneuvonta/yhteisoneuvonta"
    entry = (home / ".local/share/applications/yhteisoneuvonta.desktop").read_text("utf-8")
    assert f'Exec="{installed}"' in entry
    assert (home / ".local/bin/yhteisoneuvonta").resolve() == installed

    # Data in the default (platformdirs) folder, made by the installed program.
    made = run_clean([str(installed), "init", "--role", "adviser", "--adviser-code", "N7",
                      "--site", "tre-annala-neuvonta"], home)
    assert made.returncode == 0, made.stderr
    store = home / ".local/share/yhteisoneuvonta/yhteisoneuvonta.sqlite3"
    before = store.read_bytes()

    again = run_clean([str(install)], home)  # an upgrade is the same step with a newer folder
    assert again.returncode == 0, again.stderr
    assert store.read_bytes() == before
    removed = run_clean([str(installed.parent / "install.sh"), "--uninstall"], home)
    assert removed.returncode == 0, removed.stderr
    assert not installed.exists() and store.read_bytes() == before
