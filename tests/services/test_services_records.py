"""Saving, editing, deleting and validating records through the services (no Qt)."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from yhteisoneuvonta.core.workspace import Workspace
from yhteisoneuvonta.errors import ContentErasedError, PiiError, ValidationError
from yhteisoneuvonta.records.inputs import (
    EncounterInput,
    GroupSessionInput,
    InstrumentAnswerInput,
    ObservationInput,
    Proposal,
)
from yhteisoneuvonta.services import desk, drafts, history, logbook

SITE = "tre-annala-neuvonta"
NOW = datetime(2026, 11, 24, 8, 0, tzinfo=timezone.utc)


def encounter(**kw) -> EncounterInput:
    return EncounterInput(**({"site_id": SITE, "occurred_at": NOW, "minutes": 10, "topics": ["tax"]} | kw))


def test_edit_and_delete_bump_version_and_change_number(adviser_ws: Workspace) -> None:
    rec = logbook.create(adviser_ws, encounter())
    assert rec["version"] == 1 and rec["deleted"] is False
    edited = logbook.update(adviser_ws, rec["id"], encounter(minutes=25, help_kinds=["eservices_help"]))
    assert edited["version"] == 2 and edited["minutes"] == 25
    assert edited["change_seq"] > rec["change_seq"]
    gone, held = logbook.delete(adviser_ws, "encounter", rec["id"])
    assert gone["deleted"] and gone["version"] == 3
    assert held["minutes"] == 25 and held["help_kinds"] == ["eservices_help"]  # for undo, in memory
    assert gone["minutes"] == 0 and gone["topics"] == [] and gone["site_id"] == ""  # erased in the store
    assert rec["id"] not in {r["id"] for r in history.fetch(adviser_ws, history.HistoryQuery())}
    with pytest.raises(ContentErasedError):  # nothing in the store to bring back
        logbook.set_deleted(adviser_ws, "encounter", rec["id"], False)
    back = logbook.restore(adviser_ws, "encounter", rec["id"], held)
    assert back["version"] == 4 and not back["deleted"]
    assert back["minutes"] == 25 and back["topics"] == ["tax"] and back["occurred_at"] == held["occurred_at"]


def test_refused_edit_changes_nothing(adviser_ws: Workspace) -> None:
    rec = logbook.create(adviser_ws, encounter(note="ok"))
    with pytest.raises(PiiError):
        logbook.update(adviser_ws, rec["id"], encounter(note="maksut tilille FI21 1234 5600 0007 85"))
    assert logbook.get(adviser_ws, "encounter", rec["id"]) == rec


def test_every_problem_is_reported_with_its_field(adviser_ws: Workspace) -> None:
    with pytest.raises(ValidationError) as err:
        logbook.create(adviser_ws, encounter(minutes=0, topics=[], age_band="ancient",
                                             note="mail: matti@example.fi"))
    assert set(err.value.errors) == {"minutes", "topics", "age_band", "note"}
    assert "e-mail" in err.value.errors["note"]


@pytest.mark.parametrize("answer", ["not_asked", "unknown", "declined", "65_plus"])
def test_optional_profile_keeps_not_asked_unknown_and_declined_apart(adviser_ws: Workspace, answer: str) -> None:
    rec = logbook.create(adviser_ws, encounter(age_band=answer, visit_kind=answer if answer != "65_plus" else "first"))
    assert rec["age_band"] == answer


def test_group_session_rules(adviser_ws: Workspace) -> None:
    base = dict(site_id=SITE, kind="info", title="Kela-info", starts_at=NOW, ends_at=NOW + timedelta(hours=1),
                headcount_total=10)
    with pytest.raises(ValidationError) as err:
        logbook.create(adviser_ws, GroupSessionInput(**base | {"ends_at": NOW - timedelta(minutes=5)}))
    assert err.value.errors == {"ends_at": "must be after the start"}
    with pytest.raises(ValidationError) as err:
        logbook.create(adviser_ws, GroupSessionInput(**base | {"headcount_total": -1}))
    assert "headcount_total" in err.value.errors
    with pytest.raises(ValidationError) as err:
        logbook.create(adviser_ws, GroupSessionInput(**base | {"proposals": [Proposal("Valot")]}))
    assert "proposals" in err.value.errors
    meeting = logbook.create(adviser_ws, GroupSessionInput(**base | {
        "kind": "house_meeting", "proposals": [Proposal("Pihavalot", "Isännöitsijälle")]}))
    assert meeting["proposals"] == [{"text": "Pihavalot", "decision": "Isännöitsijälle"}]


def test_observation_and_pei_answer(adviser_ws: Workspace) -> None:
    obs = logbook.create(adviser_ws, ObservationInput(site_id=SITE, observed_at=NOW, theme="identification",
                                                      text="Vaatii pankkitunnukset", times_seen=3))
    assert obs["times_seen"] == 3
    pei = logbook.create(adviser_ws, InstrumentAnswerInput(site_id=SITE, instrument_id="pei", answered_at=NOW,
                                                           answers={"cope_with_life": 2, "keep_well": None}))
    assert pei["answers"] == {"cope_with_life": 2, "keep_well": None}
    with pytest.raises(ValidationError) as err:
        logbook.create(adviser_ws, InstrumentAnswerInput(site_id=SITE, instrument_id="pei", answered_at=NOW,
                                                         answers={"cope_with_life": 7}))
    assert "answers.cope_with_life" in err.value.errors


def test_desk_session_collects_the_shift(adviser_ws: Workspace) -> None:
    session = desk.open_session(adviser_ws, SITE, partners=["Nauha"], professionals=["social_worker"])
    assert session["advisers"] == ["N7"]
    with pytest.raises(ValidationError):
        desk.open_session(adviser_ws, SITE)
    logged = desk.quick_log(adviser_ws, SITE, ["kela_benefits"], ["eservices_help"], minutes=10)
    assert logged["session_id"] == session["id"]
    closed = desk.close_session(adviser_ws, session["id"])
    assert closed["ends_at"] is not None and desk.current_session(adviser_ws, SITE) is None
    assert desk.session_encounter_count(adviser_ws, session["id"]) == 1


def test_quick_log_offers_the_sites_most_used_topics_first(adviser_ws: Workspace) -> None:
    for _ in range(3):
        desk.quick_log(adviser_ws, SITE, ["debts_enforcement"], ["advice_guidance"])
    topics = desk.common_terms(adviser_ws, SITE, "topics", "topics", limit=6)
    assert topics[0] == "debts_enforcement" and len(topics) == 6


def test_drafts_never_store_identifying_details(adviser_ws: Workspace) -> None:
    drafts.save_draft(adviser_ws, "encounter", {"note": "hetu 131052-308T, soita 040 123 4567", "minutes": 5})
    saved = drafts.drafts(adviser_ws)["encounter"]
    assert "131052-308T" not in saved["note"] and "040 123 4567" not in saved["note"]
    assert saved["note"].startswith("hetu ") and saved["minutes"] == 5
    drafts.discard_draft(adviser_ws, "encounter")
    assert drafts.drafts(adviser_ws) == {}


def test_history_search_and_paging(adviser_ws: Workspace) -> None:
    for i in range(30):
        logbook.create(adviser_ws, encounter(occurred_at=NOW - timedelta(hours=i),
                                             note="Kela-asia" if i % 3 == 0 else None))
    q = history.HistoryQuery(kind="encounter")
    assert history.count(adviser_ws, q) == 30
    first, second = history.fetch(adviser_ws, q, 0, 20), history.fetch(adviser_ws, q, 20, 20)
    assert len(first) == 20 and len(second) == 10
    assert not {r["id"] for r in first} & {r["id"] for r in second}
    assert history.count(adviser_ws, history.HistoryQuery(text="kela")) == 10


def test_delete_drops_an_unsaved_edit_of_the_record(adviser_ws: Workspace) -> None:
    from yhteisoneuvonta.services import drafts

    rec = logbook.create(adviser_ws, encounter(note="Vanha teksti"))
    other = logbook.create(adviser_ws, encounter(note="Toinen"))
    drafts.save_draft(adviser_ws, "encounter", {"record_id": rec["id"], "note": "Vanha teksti ja lisää"})
    drafts.save_draft(adviser_ws, "form_help", {"record_id": other["id"], "note": "Toinen luonnos"})
    logbook.delete(adviser_ws, "encounter", rec["id"])
    assert set(drafts.drafts(adviser_ws)) == {"form_help"}


def test_confirmation_count_is_a_whole_number_from_zero(adviser_ws: Workspace) -> None:
    rec = logbook.create(adviser_ws, encounter(note="Kysyttiin asumistuesta", pii_confirmations=1))
    assert rec["pii_confirmations"] == 1
    assert logbook.to_input("encounter", rec).pii_confirmations == 1  # an edit keeps it
    for bad in (-1, 1001, "2"):
        with pytest.raises(ValidationError) as err:
            logbook.create(adviser_ws, encounter(pii_confirmations=bad))
        assert err.value.field == "pii_confirmations"
