"""The committed golden files (tests/fixtures/golden, made by tests/fixtures/make_golden.py)
and workspaces holding the golden keys, to import them into today's program."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

from yhteisoneuvonta.core.workspace import Workspace
from yhteisoneuvonta.paths import keys_dir
from yhteisoneuvonta.services import identity, setup
from yhteisoneuvonta.services import sync as svc

GOLDEN = Path(__file__).resolve().parents[1] / "fixtures" / "golden"
DEVICE_ID = "901d901d901d901d901d901d901d901d"
DELETED_NOTE = "Poistettu muistiinpano: kultainen testiteksti"
# Every released record schema and reference-file format: imported by the tests forever.
BUNDLES = {1: GOLDEN / "bundle-v1.yn.zip", 2: GOLDEN / "bundle-v2.yn.zip"}
REFERENCES = {1: GOLDEN / "reference-v1.yn.zip", 2: GOLDEN / "reference-v2.yn.zip"}


def coordinator_identities() -> list[str]:
    text = (GOLDEN / "keys" / "coordinator" / "age-identity.local").read_text("utf-8")
    return [line.strip() for line in text.splitlines() if line.startswith("AGE-SECRET-KEY-1")]


def store_bytes(ws: Workspace) -> bytes:
    """The database file and its -wal file, as a thief of the disk would read them."""
    db = ws.store.path
    return b"".join(p.read_bytes() for p in (db, db.with_name(db.name + "-wal")) if p.exists())


def install_keys(ws: Workspace, who: str) -> None:
    folder = keys_dir(ws.data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    os.chmod(folder, 0o700)
    for f in (GOLDEN / "keys" / who).iterdir():
        shutil.copy2(f, folder / f.name)
        os.chmod(folder / f.name, 0o600)


def golden_coordinator(path: Path) -> Workspace:
    """A fresh coordinator holding the golden coordinator's keys, with the golden device enrolled."""
    ws = Workspace(path)
    setup.setup_coordinator(ws, "fi")
    install_keys(ws, "coordinator")
    svc.enrol(ws, GOLDEN / "adviser-enrolment.json")
    return ws


def golden_adviser(path: Path, pin: bool = True) -> Workspace:
    """A fresh adviser that is the golden device (its keys and id), the golden coordinator pinned."""
    ws = Workspace(path)
    setup.setup_adviser(ws, "G1", ["tre-annala-neuvonta"], "fi")
    ws.set_settings(device_id=DEVICE_ID)
    install_keys(ws, "adviser")
    identity.after_setup(ws)
    if pin:
        svc.trust_coordinator(ws, GOLDEN / "coordinator-card.json")
    return ws
