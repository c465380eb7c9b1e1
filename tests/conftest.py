"""Shared fixtures: a fresh data directory and a set-up workspace per test.

Set-up (migrations + reference data) runs once per test session into a template
directory; each test gets a copy of that file, so tests stay fast and independent.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from yhteisoneuvonta.core.workspace import Workspace  # noqa: E402
from yhteisoneuvonta.paths import DB_FILENAME  # noqa: E402
from yhteisoneuvonta.services import setup  # noqa: E402

from cups_queue import cups_pdf_queue  # noqa: E402,F401  (a real CUPS queue for the printing tests)

ADVISER_SITES = ["tre-annala-neuvonta", "lempaala-neuvonta"]


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the real user's data or config folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.delenv("YHTEISONEUVONTA_DATA_DIR", raising=False)
    # CLI refusals follow the installation's language (Finnish by default); the tests that read
    # their wording read the English text. Tests of the other languages set it themselves.
    monkeypatch.setenv("YHTEISONEUVONTA_LANG", "en")


@pytest.fixture(scope="session")
def _template_dirs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """One migrated, set-up store per role, made once."""
    empty = tmp_path_factory.mktemp("tpl-empty")
    Workspace(empty).close()
    adviser = tmp_path_factory.mktemp("tpl-adviser")
    ws = Workspace(adviser)
    setup.setup_adviser(ws, "N7", ADVISER_SITES, "fi")
    ws.close()
    return {"empty": empty, "adviser": adviser}


def _copy_template(src: Path, dst: Path) -> Path:
    dst.mkdir(parents=True, exist_ok=True)
    shutil.copy2(src / DB_FILENAME, dst / DB_FILENAME)
    return dst


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """An empty data directory (nothing set up)."""
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture
def adviser_ws(tmp_path: Path, _template_dirs: dict[str, Path]):
    """A workspace set up as adviser 'N7' with home sites Annala and Lempäälä.

    The device id is made fresh per test so two adviser workspaces differ."""
    path = _copy_template(_template_dirs["adviser"], tmp_path / "adviser")
    ws = Workspace(path)
    from yhteisoneuvonta.core.workspace import new_device_id

    ws.set_settings(device_id=new_device_id())
    yield ws
    ws.close()
