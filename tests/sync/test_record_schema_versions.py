"""Advisers and the coordinator upgrade on different days: each side writes what the other reads."""
from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from golden import GOLDEN, golden_adviser
from sync_helpers import SITE, at, log_encounter, log_form, log_session, pair, snapshot  # noqa: F401
from test_sync_bad_bundles import craft

from yhteisoneuvonta.core.clock import utcnow
from yhteisoneuvonta.errors import BundleError
from yhteisoneuvonta.records.inputs import (
    GroupSessionInput,
    InstrumentAnswerInput,
    ObservationInput,
)
from yhteisoneuvonta.services import identity, logbook
from yhteisoneuvonta.services import sync as svc
from yhteisoneuvonta.sync import bundle as B
from yhteisoneuvonta.sync.bundle import canonical_json
from yhteisoneuvonta.sync.minisign import SecretKey
from yhteisoneuvonta.sync.record_schema import choose_schema, parse_payload_records
from yhteisoneuvonta.sync.reference_bundle import MEMBER, SIG_MEMBER
from yhteisoneuvonta.sync.safezip import write_zip
from yhteisoneuvonta.sync.trust import COORDINATOR_READS_SETTING

SECRET = "Salainen muistiinpano 4711"


@pytest.mark.parametrize(("reads", "writes"), [(None, 1), ([1], 1), ([1, 2], 2), ([1, 2, 3], 2), ([2, 3], 2)])
def test_writer_picks_the_newest_schema_both_read(reads: Any, writes: int) -> None:
    assert choose_schema(reads) == writes


def test_no_common_schema_is_a_coded_refusal() -> None:
    with pytest.raises(BundleError) as err:
        choose_schema([3, 4])
    assert err.value.reason == "no_common_schema" and err.value.params["coordinator_reads"] == [3, 4]


def _every_kind_deleted(ws) -> list[str]:
    """One record of each kind, each deleted, free text holding SECRET; their ids."""
    ref = ws.reference()
    session = log_session(ws)
    enc = log_encounter(ws, note=SECRET, session_id=session["id"])
    form = log_form(ws, encounter_id=enc["id"])
    pei = next(i for i in ref.instruments if i.id == "pei")
    answer = logbook.create(ws, InstrumentAnswerInput(site_id=SITE, instrument_id="pei", answered_at=at(),
                                                      answers={pei.items[0].id: pei.items[0].scale[0].value}))
    group = logbook.create(ws, GroupSessionInput(
        site_id=SITE, kind="house_meeting", title=SECRET, starts_at=at(1), ends_at=at(1) + timedelta(hours=1),
        headcount_total=5, summary=SECRET))
    obs = logbook.create(ws, ObservationInput(site_id=SITE, observed_at=at(), theme=ref.terms(
        "observation_themes")[0].id, text=SECRET))
    ids = []
    for kind, rec in (("form_help", form), ("instrument_answer", answer), ("encounter", enc),
                      ("desk_session", session), ("group_session", group), ("observation", obs)):
        logbook.delete(ws, kind, rec["id"])
        ids.append(rec["id"])
    return ids


def test_adviser_ahead_writes_schema_1_for_an_older_coordinator(pair, tmp_path: Path) -> None:
    adviser, coord = pair
    adviser.set_settings(**{COORDINATOR_READS_SETTING: [1]})  # what an older card or reference file means
    kept = log_encounter(adviser, note="Tavallinen muistiinpano")
    ids = _every_kind_deleted(adviser)
    made = svc.export_bundle(adviser, tmp_path / "out")
    parsed = B.parse(made.path.read_bytes())
    assert parsed.manifest["record_schema"] == 1
    payload = B.decrypt_payload(parsed, identity.coordinator_identities(coord))
    assert SECRET not in json.dumps(payload, ensure_ascii=False)
    assert all("pii_confirmations" not in r for items in payload["records"].values() for r in items)
    # The released schema 1 reader checked deleted records like any other: they must pass it.
    records = parse_payload_records(payload, adviser.device_id, coord.reference(), parsed.manifest["counts"], 1,
                                    validate_deleted=True)
    assert sorted(r["id"] for items in records.values() for r in items if r["deleted"]) == sorted(ids)
    report = svc.import_bundles(coord, [made.path])
    assert report.ok, report.lines()
    assert logbook.get(coord, "encounter", kept["id"])["note"] == "Tavallinen muistiinpano"
    assert all(logbook.get(coord, k, i)["deleted"] for k, i in zip(
        ("form_help", "instrument_answer", "encounter", "desk_session", "group_session", "observation"), ids))


def test_bundle_of_a_newer_record_schema_is_refused_and_the_batch_goes_on(pair, tmp_path: Path) -> None:
    adviser, coord = pair
    log_encounter(adviser, note="Kela-asia")
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "a-future.yn.zip").write_bytes(craft(adviser, record_schema=99))
    before = snapshot(coord)
    svc.export_bundle(adviser, folder / "b-now.yn.zip")
    refused = svc.import_bundles(coord, [folder / "a-future.yn.zip"])
    assert snapshot(coord) == before
    outcome = refused.bundles[0]
    assert outcome.status == "refused" and outcome.reason == "newer_schema"
    report = svc.import_bundles(coord, [folder])
    assert [b.status for b in report.bundles] == ["refused", "imported"]
    assert report.bundles[0].reason == "newer_schema"


def _signed_reference(doc: dict[str, Any]) -> bytes:
    key = SecretKey.from_pem((GOLDEN / "keys" / "coordinator" / "signing.key").read_bytes())
    body = canonical_json(doc)
    return write_zip([(MEMBER, body, True), (SIG_MEMBER, key.sign(body, "test").encode("ascii"), True)])


def _golden_reference_doc() -> dict[str, Any]:
    import zipfile

    with zipfile.ZipFile(GOLDEN / "reference-v2.yn.zip") as z:
        doc = json.loads(z.read(MEMBER))
    doc["version"] = 50
    doc["expires_at"] = (utcnow() + timedelta(days=30)).isoformat()
    return doc


def test_reference_file_of_a_newer_revision_is_read(tmp_path: Path) -> None:
    adviser = golden_adviser(tmp_path / "adviser")
    doc = _golden_reference_doc() | {"format_revision": 3, "reads_record_schemas": [1, 2, 3],
                                     "something_new": {"the": "future"}}
    (tmp_path / "r.yn.zip").write_bytes(_signed_reference(doc))
    assert svc.import_reference(adviser, tmp_path / "r.yn.zip")["applied"]
    assert adviser.setting(COORDINATOR_READS_SETTING) == [1, 2, 3]
    assert adviser.setting("reference_bundle_applied") == 50
    adviser.close()


def test_reference_file_of_a_newer_format_is_refused_store_unchanged(tmp_path: Path) -> None:
    adviser = golden_adviser(tmp_path / "adviser")
    (tmp_path / "r.yn.zip").write_bytes(_signed_reference(_golden_reference_doc() | {"format_version": 2}))
    before = snapshot(adviser)
    with pytest.raises(BundleError) as err:
        svc.import_reference(adviser, tmp_path / "r.yn.zip")
    assert err.value.reason == "newer_reference_format" and err.value.params["format_version"] == 2
    assert snapshot(adviser) == before
    adviser.close()


def test_schema_1_deletion_with_personal_data_is_taken_and_erased(pair, tmp_path: Path) -> None:
    """An older adviser's bundle carries a deleted record whole; the reason it was deleted may
    be a leak. It is not refused for that: its content never reaches the store."""
    from sync_helpers import state

    from yhteisoneuvonta.sync.record_schema import row_to_payload

    adviser, coord = pair
    enc = log_encounter(adviser, note="tavallinen")
    with adviser.store.session() as s:
        from yhteisoneuvonta.store.models import Encounter

        wire = row_to_payload(s.get(Encounter, enc["id"]), 1)
    wire |= {"deleted": True, "version": 2, "note": "hetu 131052-308T"}
    (tmp_path / "old.yn.zip").write_bytes(craft(adviser, records={"encounter": [wire]}, record_schema=1))
    report = svc.import_bundles(coord, [tmp_path / "old.yn.zip"])
    assert report.ok, report.lines()
    gone = logbook.get(coord, "encounter", enc["id"])
    assert gone["deleted"] and gone["note"] is None and gone["topics"] == []
    assert "131052-308T" not in str(state(coord))
