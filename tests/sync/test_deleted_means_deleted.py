"""Deleted means deleted: a deleted note is gone from the adviser's file, the next bundle,
the coordinator's file and the coordinator's quarantine folder."""
from __future__ import annotations

import json
from pathlib import Path

from golden import store_bytes
from sync_helpers import log_encounter, log_session, pair  # noqa: F401
from test_sync_bad_bundles import craft

from yhteisoneuvonta.errors import BundleError
from yhteisoneuvonta.paths import quarantine_dir
from yhteisoneuvonta.services import identity, logbook
from yhteisoneuvonta.services import sync as svc
from yhteisoneuvonta.sync import bundle as B

NOTE = "Kirjasto-orientaatio ruusupuu 9173"


def _quarantined_texts(coord) -> list[str]:
    """Every quarantined bundle copy, decrypted where this coordinator can."""
    out = []
    ids = identity.coordinator_identities(coord)
    for path in quarantine_dir(coord.data_dir).iterdir():
        if path.name.endswith(".reason.json"):
            out.append(path.read_text("utf-8"))
            continue
        try:
            out.append(json.dumps(B.decrypt_payload(B.parse(path.read_bytes()), ids), ensure_ascii=False))
        except BundleError:
            out.append(path.read_bytes().decode("latin-1"))
    return out


def test_deleted_note_is_gone_everywhere(pair, tmp_path: Path) -> None:
    adviser, coord = pair
    session = log_session(adviser)
    enc = log_encounter(adviser, note=NOTE, session_id=session["id"])
    first = svc.export_bundle(adviser, tmp_path / "w1")
    assert svc.import_bundles(coord, [first.path]).ok
    # A refused copy holding the note sits in quarantine (a bundle numbered absurdly far ahead).
    (tmp_path / "odd.yn.zip").write_bytes(craft(adviser, seq=5000))
    assert svc.import_bundles(coord, [tmp_path / "odd.yn.zip"]).bundles[0].reason == "seq_jump"
    assert any(NOTE in text for text in _quarantined_texts(coord))
    assert NOTE.encode() in store_bytes(coord) and NOTE.encode() in store_bytes(adviser)

    gone, held = logbook.delete(adviser, "encounter", enc["id"])
    assert held["note"] == NOTE and gone["note"] is None  # the caller holds it for Undo, the store not
    assert NOTE.encode() not in store_bytes(adviser)
    second = svc.export_bundle(adviser, tmp_path / "w2")
    parsed = B.parse(second.path.read_bytes())
    payload = B.decrypt_payload(parsed, identity.coordinator_identities(coord))
    assert parsed.manifest["record_schema"] == 2
    assert payload["records"]["encounter"] == [{"id": enc["id"], "version": 2, "deleted": True}]
    assert NOTE not in json.dumps(payload, ensure_ascii=False)

    report = svc.import_bundles(coord, [second.path])
    assert report.ok and report.bundles[0].totals()["deleted"] == 1
    assert report.erased_quarantine == 1
    assert NOTE.encode() not in store_bytes(coord)
    texts = _quarantined_texts(coord)
    assert texts and not any(NOTE in text for text in texts)  # the reason file stays, marked
    assert any("copy_erased" in text for text in texts)
    held_row = logbook.get(coord, "encounter", enc["id"])
    assert held_row["deleted"] and held_row["version"] == 2 and held_row["topics"] == []

    # Undo right after a delete still works, from the content held in memory.
    back = logbook.restore(adviser, "encounter", enc["id"], held)
    assert back["note"] == NOTE and back["version"] == 3 and not back["deleted"]


def test_after_closing_the_files_hold_no_trace(pair, tmp_path: Path) -> None:
    adviser, _coord = pair
    enc = log_encounter(adviser, note=NOTE)
    logbook.delete(adviser, "encounter", enc["id"])
    db = adviser.store.path
    adviser.close()
    files = [p for p in db.parent.iterdir() if p.name.startswith(db.name)]
    assert files and not any(NOTE.encode() in p.read_bytes() for p in files)
