"""A small hand-made dataset whose every figure is known, for the report tests.

Week 2026-W47 (16.-22.11.2026), adviser N7 at Annala (Tampere) and Lempäälä:
- Annala: desk session Tue 17.11 9-11 (partner Nauha, a social worker present) with
  7 encounters; 2 forms sent; a house meeting (12 people, one proposal + decision);
  an observation; 2 PEI answers; 1 service-barriers answer.
- Lempäälä: desk session Mon 16.11 10-12 with 3 encounters; 1 form; an info (3 people).
- Annala, week 48: one encounter (outside W47). Annala W47: one deleted encounter.
"""
from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from yhteisoneuvonta.records.inputs import (
    EncounterInput,
    FormHelpInput,
    GroupSessionInput,
    InstrumentAnswerInput,
    ObservationInput,
    Proposal,
    SessionInput,
)
from yhteisoneuvonta.services import logbook

HKI = ZoneInfo("Europe/Helsinki")
ANNALA, LEMPAALA = "tre-annala-neuvonta", "lempaala-neuvonta"


def at(day: int, hour: int, minute: int = 0, month: int = 11) -> datetime:
    return datetime(2026, month, day, hour, 0, tzinfo=HKI) + timedelta(minutes=minute)


def build(ws) -> dict[str, str]:
    ids: dict[str, str] = {}
    annala = logbook.create(ws, SessionInput(ANNALA, at(17, 9), at(17, 11), advisers=["N7"], partners=["Nauha"],
                                             professionals=["social_worker"]))
    lemp = logbook.create(ws, SessionInput(LEMPAALA, at(16, 10), at(16, 12), advisers=["N7"]))
    ids["annala_session"], ids["lempaala_session"] = annala["id"], lemp["id"]
    involvement = ["consulted", "consulted", "pair_work", "none", "none", "none", "none"]
    enc_ids = []
    for i, inv in enumerate(involvement):
        topics = ["kela_benefits"] + (["tax"] if i < 3 else [])
        e = logbook.create(ws, EncounterInput(
            ANNALA, at(17, 9, 5 + i * 10), 15, topics=topics, help_kinds=["eservices_help"],
            involvement=inv, professional_roles=[] if inv == "none" else ["social_worker"],
            referrals=["kela"] if i < 2 else [], barriers=["language"] if i == 0 else [],
            session_id=annala["id"]))
        enc_ids.append(e["id"])
    for i in range(3):
        logbook.create(ws, EncounterInput(LEMPAALA, at(16, 10, 10 + i * 15), 20, topics=["housing"],
                                          help_kinds=["advice_guidance"], session_id=lemp["id"]))
    logbook.create(ws, EncounterInput(ANNALA, at(24, 9, 30), 10, topics=["tax"]))
    gone = logbook.create(ws, EncounterInput(ANNALA, at(17, 10, 50), 10, topics=["tax"], session_id=annala["id"]))
    logbook.set_deleted(ws, "encounter", gone["id"], True)
    for i in range(2):
        logbook.create(ws, FormHelpInput(ANNALA, at(17, 9, 20 + i), "kela-toimeentulotuki", "sent",
                                         encounter_id=enc_ids[i]))
    logbook.create(ws, FormHelpInput(LEMPAALA, at(16, 10, 30), "kela-asumistuki", "attachments_missing"))
    house = logbook.create(ws, GroupSessionInput(
        ANNALA, "house_meeting", "Talokokous marraskuu", at(18, 17), at(18, 18, 30), 12,
        headcount_split={"children": 2}, organisers=["Pirha", "Nauha"], facilitators=["N7"],
        topics=["housing"], summary="Käytiin läpi pihan ja porraskäytävien asiat.",
        proposals=[Proposal("Pihavalot korjattava ennen joulua", "Viedään isännöitsijälle 1.12.")]))
    ids["house_meeting"] = house["id"]
    logbook.create(ws, GroupSessionInput(LEMPAALA, "info", "Kela-info", at(19, 13), at(19, 14), 3))
    logbook.create(ws, ObservationInput(ANNALA, at(17, 11, 5), "identification",
                                        "Pankkitunnuksettomat eivät pääse hakemaan tukea verkossa.",
                                        barriers=["no_strong_identification"], times_seen=4))
    logbook.create(ws, InstrumentAnswerInput(ANNALA, "pei", at(17, 9, 30), answers={
        "cope_with_life": 2, "understand_problems": 1, "cope_with_problems": None}, encounter_id=enc_ids[0]))
    logbook.create(ws, InstrumentAnswerInput(ANNALA, "pei", at(17, 10, 30), answers={
        "cope_with_life": 1, "understand_problems": 1}, encounter_id=enc_ids[1]))
    logbook.create(ws, InstrumentAnswerInput(ANNALA, "service_barriers", at(17, 10, 40), answers={
        "no_strong_identification": 1, "language": 0}))
    return ids


@pytest.fixture
def handmade(adviser_ws):
    ids = build(adviser_ws)
    return adviser_ws, ids
