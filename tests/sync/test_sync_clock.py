"""Clock sense at the laptop: a clock behind or far ahead of everything known is named as the
cause, when logging, when exporting, and instead of "the reference file has expired"."""
from __future__ import annotations

import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import text
from sync_helpers import log_encounter, pair  # noqa: F401 (pair is a fixture)

from yhteisoneuvonta.core.clock import utcnow
from yhteisoneuvonta.core.workspace import Workspace
from yhteisoneuvonta.errors import BundleError, ClockSuspectError
from yhteisoneuvonta.services import sync as svc
from yhteisoneuvonta.sync import clock, reference_bundle

ROOT = Path(__file__).parents[2]


def cli(data: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "yhteisoneuvonta", "--data-dir", str(data), *args],
                          capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})


def age_everything(ws: Workspace, days: int) -> None:
    """As if this computer's clock had jumped ``days`` ahead since the last work."""
    then = (utcnow() - timedelta(days=days)).isoformat()
    with ws.store.engine.begin() as conn:
        conn.execute(text("UPDATE encounters SET updated_at = :t, created_at = :t"), {"t": then})
        conn.execute(text("DELETE FROM settings WHERE key = :k"), {"k": clock.SETTING})


def test_warnings_name_this_computers_clock_both_ways(adviser_ws: Workspace) -> None:
    log_encounter(adviser_ws)
    now = utcnow()
    assert clock.clock_warning(adviser_ws, now) is None
    assert clock.clock_warning(adviser_ws, now + timedelta(days=20)) is None  # a holiday is no fault
    ahead = clock.clock_warning(adviser_ws, now + timedelta(days=800))
    behind = clock.clock_warning(adviser_ws, now - timedelta(days=2))
    for warning in (ahead, behind):
        assert warning is not None and "This computer's clock" in warning


def test_cli_warns_when_logging_and_exporting_with_a_clock_far_ahead(pair, tmp_path: Path) -> None:  # noqa: F811
    adviser, _ = pair
    log_encounter(adviser)
    age_everything(adviser, 400)
    proc = cli(adviser.data_dir, "log", "encounter", "--site", "tre-annala-neuvonta", "--topic",
               "kela_benefits", "--minutes", "5")
    assert proc.returncode == 0 and "warning: This computer's clock" in proc.stderr
    age_everything(adviser, 400)
    proc = cli(adviser.data_dir, "export", "--out", f"{tmp_path}/")
    assert proc.returncode == 0 and "warning: This computer's clock" in proc.stderr


def test_cli_warns_when_the_clock_is_behind_a_file_already_seen(adviser_ws: Workspace) -> None:
    adviser_ws.set_settings(**{clock.SETTING: {"time": (utcnow() + timedelta(days=3)).isoformat(),
                                              "source": "reference file 7"}})
    proc = cli(adviser_ws.data_dir, "log", "encounter", "--site", "tre-annala-neuvonta", "--topic",
               "kela_benefits", "--minutes", "5")
    assert proc.returncode == 0 and "reference file 7" in proc.stderr and "clock" in proc.stderr


def _reference_file(coord: Workspace, out: Path, monkeypatch: pytest.MonkeyPatch, made_days_ago: int) -> Path:
    with monkeypatch.context() as m:
        m.setattr(reference_bundle, "utcnow", lambda: utcnow() - timedelta(days=made_days_ago))
        return Path(svc.export_reference(coord, out, valid_days=30)["path"])


def test_an_old_looking_reference_file_blames_the_clock_not_the_file(pair, tmp_path: Path,  # noqa: F811
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    adviser, coord = pair
    log_encounter(adviser)
    path = _reference_file(coord, tmp_path / "ref.json", monkeypatch, made_days_ago=40)
    # The file expired ten days ago, and this computer's newest work is as recent: truly expired.
    with pytest.raises(BundleError) as err:
        svc.import_reference(adviser, path)
    assert err.value.reason == "expired" and not isinstance(err.value, ClockSuspectError)
    # Everything here is from before the file was made: only a clock run ahead makes it look old.
    age_everything(adviser, 60)
    with pytest.raises(ClockSuspectError) as err:
        svc.import_reference(adviser, path)
    assert "expired" not in err.value.message and "clock" in err.value.message
    assert set(err.value.params) == {"now", "newest_known", "expires"}
