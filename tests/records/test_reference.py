"""Reference data: the shipped files load, match the 2024 site list, and bad data is refused."""
from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from yhteisoneuvonta.errors import NotFoundError, ValidationError
from yhteisoneuvonta.paths import resources_dir
from yhteisoneuvonta.records import reference as ref
from yhteisoneuvonta.records.reference import (
    SPECIAL_ANSWERS,
    TAXONOMIES,
    ReferenceData,
    ScheduleSlot,
    load_default,
    load_directory,
    read_directory,
    validate,
    write_directory,
)

REF_DIR = resources_dir() / "reference"


@pytest.fixture(scope="module")
def data() -> ReferenceData:
    return load_default()


@pytest.fixture()
def raw() -> dict:
    return read_directory(REF_DIR)


# ------------------------------------------------------------------ shipped data


def test_default_loads_and_validates(data: ReferenceData, raw: dict) -> None:
    validate(raw)
    assert data.version == 2024001
    assert data.name == "Pirha 2024"
    assert data.valid_from == "2024-01-01"
    assert set(TAXONOMIES) <= set(data.taxonomies)


def test_files_are_utf8_json_objects() -> None:
    for name in ("manifest.json", "sites.json", "taxonomies.json", "forms.json",
                 "instruments.json"):
        doc = json.loads((REF_DIR / name).read_text(encoding="utf-8"))
        assert isinstance(doc, dict), name


def test_every_domain_site_present(data: ReferenceData) -> None:
    ids = {s.id for s in data.sites}
    expected = {
        "tre-hervanta-l8-yhteisokeskus", "ruovesi-yhteisokeskus", "orivesi-yhteisokeskus",
        "tre-hervanta-l8-neuvonta", "tre-multisilta-suklis", "tre-hatanpaa-sarvis",
        "tre-nekala-neuvonta", "tre-annala-neuvonta", "lempaala-neuvonta", "nokia-neuvonta",
        "vesilahti-neuvonta", "palkane-neuvonta", "sastamala-neuvonta",
        "akaa-narikka", "akaa-toijala-paivakeskus", "akaa-viiala-paivakeskus",
        "valkeakoski-narikka", "urjala-lauantaipohinat", "kangasala-teemun-neuvo",
        "kangasala-viadia", "nokia-paivakeskus", "mantta-vilppula-viadia", "ruovesi-aleksiina",
        "juupajoki-perjantaiklubi", "virrat-kieppi", "tre-pahee", "tre-huoltsu", "tre-avaamo",
    }
    assert expected <= ids
    assert all(s.active for s in data.sites)
    used = {s.municipality for s in data.sites}
    assert used == {m.id for m in data.municipalities}
    assert len(data.municipalities) == 15


def _slots(data: ReferenceData, site_id: str) -> list[tuple[int, str, str]]:
    return [(s.weekday, s.start, s.end) for s in data.site(site_id).schedule]


def test_spot_check_sites(data: ReferenceData) -> None:
    annala = data.site("tre-annala-neuvonta")
    assert annala.municipality == "tampere" and annala.kind == "advice_desk"
    assert "Annala" in annala.name
    assert set(annala.organisations) == {"Pirha", "Nauha", "A-kilta", "seurakunta"}
    assert _slots(data, "tre-annala-neuvonta") == [(1, "09:00", "11:00")]

    assert _slots(data, "palkane-neuvonta") == [(1, "13:00", "15:00"), (2, "13:00", "15:00"),
                                                (3, "13:00", "15:00")]
    assert data.site("palkane-neuvonta").municipality == "palkane"
    assert data.municipality("palkane").name == "Pälkäne"

    hervanta = data.site("tre-hervanta-l8-neuvonta")
    assert hervanta.name == "Hervanta L8, yhteisöneuvonta"
    assert hervanta.organisations == ("Pirha", "A-kilta")
    assert [s.weekday for s in hervanta.schedule] == [0, 1, 2, 3, 4]
    assert {(s.start, s.end) for s in hervanta.schedule} == {("08:00", "15:00")}

    assert _slots(data, "tre-hatanpaa-sarvis") == [(1, "09:00", "14:00"), (3, "09:00", "14:00")]
    assert _slots(data, "lempaala-neuvonta") == [(0, "10:00", "12:00")]
    assert _slots(data, "nokia-neuvonta") == [(3, "10:00", "13:00")]
    assert _slots(data, "valkeakoski-narikka") == [(1, "13:00", "15:30")]
    assert _slots(data, "urjala-lauantaipohinat") == [(5, "10:30", "12:00")]
    assert _slots(data, "kangasala-viadia") == [
        (0, "09:00", "15:00"), (1, "09:00", "15:00"), (2, "09:00", "15:00"),
        (3, "09:00", "15:00"), (4, "09:00", "14:00")]
    assert _slots(data, "kangasala-teemun-neuvo") == [(1, "09:00", "12:00"), (3, "12:00", "15:00")]
    assert _slots(data, "akaa-toijala-paivakeskus") == [(d, "07:00", "12:00") for d in range(4)]
    assert _slots(data, "akaa-viiala-paivakeskus") == [(d, "08:00", "12:00") for d in range(1, 5)]
    assert data.site("akaa-narikka").kind == "meeting_place"
    assert data.site("tre-avaamo").kind == "family_cafe"
    assert data.site("virrat-kieppi").schedule == ()
    assert data.site("sastamala-neuvonta").organisations[-1] == "Mieli ry tukitalo"
    assert data.site("orivesi-yhteisokeskus").kind == "community_centre"
    assert data.site("akaa-narikka").slots_on(0) == (ScheduleSlot(0, "09:00", "12:00"),)
    assert len(data.sites_in("akaa")) == 3


def _all_labels(d: dict):
    for name, terms in d["taxonomies"].items():
        for t in terms:
            yield f"taxonomies.{name}.{t['id']}", t["labels"]
    for t in d["forms"]:
        yield f"forms.{t['id']}", t["labels"]
    for inst in d["instruments"]:
        yield f"instruments.{inst['id']}", inst["labels"]
        if "prompt" in inst:
            yield f"instruments.{inst['id']}.prompt", inst["prompt"]
        for item in inst["items"]:
            yield f"instruments.{inst['id']}.{item['id']}", item["labels"]
            for opt in item["scale"]:
                yield f"instruments.{inst['id']}.{item['id']}.{opt['id']}", opt["labels"]


def test_all_labels_have_fi_sv_en(raw: dict) -> None:
    for where, labels in _all_labels(raw):
        for lang in ("fi", "sv", "en"):
            assert isinstance(labels.get(lang), str) and labels[lang].strip(), (where, lang)


def test_taxonomy_contents(data: ReferenceData) -> None:
    ids = lambda name: [t.id for t in data.terms(name)]  # noqa: E731
    assert len(data.terms("topics")) >= 16
    assert sum(t.common for t in data.terms("topics")) == 6
    assert ids("channels") == ["walk_in", "appointment", "phone", "outreach"]
    assert ids("involvement") == ["none", "consulted", "pair_work"]
    assert ids("outcomes") == ["resolved", "partly_resolved", "referred", "needs_follow_up",
                               "not_resolved"]
    assert ids("age_bands") == ["under_25", "25_39", "40_64", "65_plus"]
    assert ids("visit_kinds") == ["first", "returning"]
    assert ids("form_media") == ["paper", "online"]
    assert ids("form_statuses") == ["sent", "saved_unfinished", "attachments_missing",
                                    "referred_on"]
    assert ids("group_kinds") == ["group", "info", "house_meeting", "community_council"]
    assert ids("languages") == ["fi", "sv", "en", "ru", "ar", "so", "uk", "fa", "other"]
    assert tuple(ids("special_answers")) == SPECIAL_ANSWERS
    assert "other" in ids("help_kinds") and len(ids("help_kinds")) == 10
    assert len(ids("referral_targets")) >= 10 and len(ids("barrier_categories")) >= 10


def test_forms_catalogue(data: ReferenceData) -> None:
    assert len(data.forms) >= 20
    tt = data.term("forms", "kela-toimeentulotuki")
    assert tt.code == "TO 1" and tt.agency == "Kela"
    assert data.has_term("forms", "other")
    assert data.terms("forms") is data.forms


def test_instruments(data: ReferenceData) -> None:
    pei = data.instrument("pei")
    assert [i.id for i in pei.items] == ["cope_with_life", "understand_problems",
                                         "cope_with_problems", "keep_well",
                                         "confident_about_health", "help_yourself"]
    values = {o.id: o.value for o in pei.items[0].scale}
    assert values == {"much_better": 2, "better": 1, "same_or_less": 0, "not_applicable": None}
    assert pei.prompt("fi").startswith("Tämän käynnin jälkeen koen pystyväni")
    barriers = data.instrument("service_barriers")
    assert {i.id for i in barriers.items} == {t.id for t in data.terms("barrier_categories")}
    assert [o.id for o in barriers.item("language").scale] == ["yes", "no"]
    with pytest.raises(NotFoundError):
        data.instrument("nope")


def test_lookups(data: ReferenceData) -> None:
    assert data.has_term("topics", "housing_allowance")
    assert not data.has_term("topics", "nope")
    assert not data.has_term("no_such_taxonomy", "x")
    assert data.label("channels", "walk_in", "en") == "Walk-in"
    assert data.label("channels", "walk_in", "sv") == "Utan tidsbokning"
    assert data.label("channels", "walk_in", "xx") == data.label("channels", "walk_in")
    assert data.label("channels", "gone") == "gone"
    assert data.label("forms", "kela-asumistuki", "en") == "General housing allowance"
    assert data.special_label("unknown", "en") == "Does not know"
    with pytest.raises(NotFoundError):
        data.site("nowhere")
    with pytest.raises(NotFoundError):
        data.terms("no_such_taxonomy")


# ------------------------------------------------------------------ round trip


def test_round_trip_exact(data: ReferenceData, raw: dict) -> None:
    d = data.to_dict()
    assert d == raw
    again = ReferenceData.from_dict(d)
    assert again == data
    assert again.to_dict() == d
    # JSON-serialisable as the store and the bundle keep it
    assert ReferenceData.from_dict(json.loads(json.dumps(d))) == data


def test_unknown_fields_survive_round_trip(raw: dict) -> None:
    raw["manifest"]["note"] = "edited by coordinator"
    raw["sites"][0]["phone_hours"] = "none"
    raw["taxonomies"]["topics"][0]["hint"] = {"fi": "vihje"}
    assert ReferenceData.from_dict(raw).to_dict() == raw


def test_write_and_load_directory(tmp_path: Path, data: ReferenceData) -> None:
    write_directory(data, tmp_path)
    assert load_directory(tmp_path) == data


def test_terms_are_hashable(data: ReferenceData) -> None:
    assert len({*data.terms("topics")}) == len(data.terms("topics"))
    assert data.site("tre-annala-neuvonta") in {*data.sites}


# ------------------------------------------------------------------ validation


def _refused(d: dict, field_part: str, message_part: str = "") -> ValidationError:
    with pytest.raises(ValidationError) as info:
        validate(d)
    err = info.value
    fields = list(err.errors)
    assert any(field_part in f for f in fields), fields
    if message_part:
        assert any(message_part in m for m in err.errors.values()), err.errors
    with pytest.raises(ValidationError):
        ReferenceData.from_dict(d)
    return err


def test_duplicate_site_id(raw: dict) -> None:
    raw["sites"].append(copy.deepcopy(raw["sites"][0]))
    _refused(raw, f"sites.json:sites[{len(raw['sites']) - 1}].id", "duplicate")


def test_duplicate_term_id(raw: dict) -> None:
    raw["taxonomies"]["topics"].append(copy.deepcopy(raw["taxonomies"]["topics"][0]))
    _refused(raw, "taxonomies.json:topics[", "duplicate")


def test_duplicate_form_and_instrument_item(raw: dict) -> None:
    raw["forms"].append(copy.deepcopy(raw["forms"][0]))
    items = raw["instruments"][0]["items"]
    items.append(copy.deepcopy(items[0]))
    err = _refused(raw, "forms.json:forms[")
    assert any(f.startswith("instruments.json:instruments[0].items[") for f in err.errors)


@pytest.mark.parametrize("bad", ["Tre-Annala", "annala neuvonta", "äänekoski", "", "-x", 7])
def test_bad_id_chars(raw: dict, bad) -> None:
    raw["sites"][3]["id"] = bad
    _refused(raw, "sites.json:sites[3].id", "lowercase")


def test_bad_term_id(raw: dict) -> None:
    raw["taxonomies"]["channels"][0]["id"] = "Walk In"
    _refused(raw, "taxonomies.json:channels[0].id")


def test_unknown_municipality(raw: dict) -> None:
    raw["sites"][5]["municipality"] = "helsinki"
    _refused(raw, "sites.json:sites[5].municipality", "helsinki")


@pytest.mark.parametrize("weekday", [7, -1, "1", True, None])
def test_bad_weekday(raw: dict, weekday) -> None:
    raw["sites"][0]["schedule"][0]["weekday"] = weekday
    _refused(raw, "sites.json:sites[0].schedule[0].weekday")


@pytest.mark.parametrize("start,end,field", [
    ("15:00", "08:00", "end"),
    ("09:00", "09:00", "end"),
    ("9:00", "11:00", "start"),
    ("09:00", "24:00", "end"),
    ("09:60", "11:00", "start"),
])
def test_bad_times(raw: dict, start, end, field) -> None:
    slot = raw["sites"][0]["schedule"][0]
    slot["start"], slot["end"] = start, end
    _refused(raw, f"sites.json:sites[0].schedule[0].{field}")


def test_missing_fi_label(raw: dict) -> None:
    del raw["taxonomies"]["outcomes"][2]["labels"]["fi"]
    _refused(raw, "taxonomies.json:outcomes[2].labels.fi", "Finnish")


def test_missing_fi_label_in_form_and_instrument(raw: dict) -> None:
    raw["forms"][1]["labels"]["fi"] = " "
    raw["instruments"][0]["items"][2]["scale"][1]["labels"].pop("fi")
    err = _refused(raw, "forms.json:forms[1].labels.fi")
    assert "instruments.json:instruments[0].items[2].scale[1].labels.fi" in err.errors


def test_unknown_kind(raw: dict) -> None:
    raw["sites"][2]["kind"] = "library"
    _refused(raw, "sites.json:sites[2].kind", "library")


def test_manifest_rules(raw: dict) -> None:
    raw["manifest"]["format"] = 2
    raw["manifest"]["valid_from"] = "2024-13-01"
    raw["manifest"]["version"] = "2024001"
    err = _refused(raw, "manifest.json:format")
    assert {"manifest.json:valid_from", "manifest.json:version"} <= set(err.errors)


def test_missing_taxonomy_and_section(raw: dict) -> None:
    del raw["taxonomies"]["outcomes"]
    _refused(raw, "taxonomies.json:outcomes", "missing")
    del raw["forms"]
    _refused(raw, "forms.json:forms", "missing")


def test_special_answers_rules(raw: dict) -> None:
    raw["taxonomies"]["age_bands"].append(
        {"id": "unknown", "labels": {"fi": "x", "sv": "x", "en": "x"}})
    _refused(raw, "taxonomies.json:age_bands", "reserved")


def test_special_answers_exact(raw: dict) -> None:
    raw["taxonomies"]["special_answers"].pop()
    _refused(raw, "taxonomies.json:special_answers")


def test_bad_scale_value(raw: dict) -> None:
    raw["instruments"][0]["items"][0]["scale"][0]["value"] = "2"
    _refused(raw, "instruments.json:instruments[0].items[0].scale[0].value")


def test_all_errors_reported_at_once(raw: dict) -> None:
    raw["sites"][0]["kind"] = "x"
    raw["sites"][1]["municipality"] = "x"
    raw["forms"][0]["id"] = "X"
    err = _refused(raw, "sites.json:sites[0].kind")
    assert len(err.errors) == 3
    assert err.field == "sites.json:sites[0].kind"


def test_load_directory_names_broken_file(tmp_path: Path, data: ReferenceData) -> None:
    write_directory(data, tmp_path)
    (tmp_path / "forms.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(ValidationError) as info:
        load_directory(tmp_path)
    assert info.value.field == "forms.json"
    (tmp_path / "forms.json").unlink()
    with pytest.raises(ValidationError) as info:
        load_directory(tmp_path)
    assert "forms.json" in info.value.field


def test_no_qt_import() -> None:
    import sys

    assert ref.__name__ in sys.modules
    assert not any(name.startswith("PySide6") for name in vars(ref))
