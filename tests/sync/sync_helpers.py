"""Shared pieces of the sync tests: a coordinator made once per process, a linked pair,
record helpers and a snapshot of a store to prove that nothing changed."""
from __future__ import annotations

import shutil
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from yhteisoneuvonta.core.workspace import Workspace
from yhteisoneuvonta.records.inputs import EncounterInput, FormHelpInput, SessionInput
from yhteisoneuvonta.services import identity, logbook, setup
from yhteisoneuvonta.services import sync as svc

PASSPHRASE = "correct horse battery staple"
SITE = "tre-annala-neuvonta"
_TEMPLATE: dict[str, Path] = {}


def coordinator_template() -> Path:
    """A set-up coordinator data dir with keys (scrypt is slow: made once per process)."""
    if "dir" not in _TEMPLATE:
        path = Path(tempfile.mkdtemp(prefix="yn-coord-tpl-"))
        ws = Workspace(path)
        setup.setup_coordinator(ws, "fi")
        identity.after_setup(ws, passphrase=PASSPHRASE)
        ws.close()
        _TEMPLATE["dir"] = path
    return _TEMPLATE["dir"]


def new_coordinator(dst: Path) -> Workspace:
    shutil.copytree(coordinator_template(), dst)
    return Workspace(dst)


def link(adviser: Workspace, coordinator: Workspace, tmp: Path) -> None:
    """Pin the coordinator on the adviser and enrol the adviser on the coordinator."""
    identity.after_setup(adviser)
    card = svc.write_coordinator_card(coordinator, tmp / "card.json")
    svc.trust_coordinator(adviser, card)
    enrol = svc.write_enrolment(adviser, tmp / f"enrol-{adviser.device_id}.json")
    svc.enrol(coordinator, enrol)


@pytest.fixture
def pair(tmp_path: Path, adviser_ws: Workspace):
    coord = new_coordinator(tmp_path / "coordinator")
    link(adviser_ws, coord, tmp_path)
    yield adviser_ws, coord
    coord.close()


def topic(ws: Workspace) -> str:
    return ws.reference().terms("topics")[0].id


def at(days_ago: float = 0) -> datetime:
    return datetime.now(timezone.utc).replace(microsecond=0) - timedelta(days=days_ago)


def log_encounter(ws: Workspace, minutes: int = 10, note: str | None = None, days_ago: float = 0,
                  session_id: str | None = None) -> dict[str, Any]:
    return logbook.create(ws, EncounterInput(site_id=SITE, occurred_at=at(days_ago), minutes=minutes,
                                             topics=[topic(ws)], note=note, session_id=session_id))


def log_session(ws: Workspace, days_ago: float = 0) -> dict[str, Any]:
    return logbook.create(ws, SessionInput(site_id=SITE, starts_at=at(days_ago)))


def log_form(ws: Workspace, encounter_id: str | None = None, days_ago: float = 0) -> dict[str, Any]:
    ref = ws.reference()
    return logbook.create(ws, FormHelpInput(site_id=SITE, occurred_at=at(days_ago),
                                            form_id=ref.terms("forms")[0].id,
                                            status=ref.terms("form_statuses")[0].id,
                                            encounter_id=encounter_id))


def edit_minutes(ws: Workspace, record_id: str, minutes: int) -> dict[str, Any]:
    current = logbook.get(ws, "encounter", record_id)
    data = logbook.to_input("encounter", current)
    data.minutes = minutes
    return logbook.update(ws, record_id, data)


SYNCED_TABLES = ("desk_sessions", "encounters", "form_helps", "group_sessions", "observations",
                 "instrument_answers")


def state(ws: Workspace, device_id: str | None = None) -> dict[str, dict[str, tuple]]:
    """Every synced record (without the local change number), by table and id.

    A deletion travels without times (schema 2), so a deleted record is compared by its
    id, version and erased content only."""
    out: dict[str, dict[str, tuple]] = {}
    with ws.store.engine.connect() as conn:
        for table in SYNCED_TABLES:
            rows = conn.execute(text(f"SELECT * FROM {table}")).mappings().all()
            out[table] = {r["id"]: tuple(sorted((k, v) for k, v in r.items() if k != "change_seq"
                                                and not (r["deleted"] and k.endswith("_at"))))
                          for r in rows if device_id is None or r["device_id"] == device_id}
    return out


def snapshot(ws: Workspace) -> dict[str, list[tuple]]:
    """The whole store, table by table, to prove a refused bundle changed nothing."""
    out: dict[str, list[tuple]] = {}
    with ws.store.engine.connect() as conn:
        tables = [r[0] for r in conn.execute(text(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"))]
        for table in tables:
            out[table] = sorted(tuple(r) for r in conn.execute(text(f"SELECT * FROM {table}")))
    return out
