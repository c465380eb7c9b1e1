"""Checking an adviser's setup: every field's problem at once, nothing saved on a refusal."""
from __future__ import annotations

import pytest

from yhteisoneuvonta.core.workspace import Workspace
from yhteisoneuvonta.errors import ValidationError
from yhteisoneuvonta.services import setup

SITES = ["tre-annala-neuvonta", "lempaala-neuvonta"]


@pytest.fixture
def ws(data_dir):
    w = Workspace(data_dir)
    setup.ensure_reference(w)
    yield w
    w.close()


def test_a_good_setup_passes_and_saves_nothing(ws):
    assert setup.check_setup(ws, "N7", SITES, "sv") is None
    assert ws.role is None and ws.setting("adviser_code") is None


def test_every_field_is_named_at_once(ws):
    with pytest.raises(ValidationError) as info:
        setup.check_setup(ws, "Maija Meikäläinen", [], "de")
    assert set(info.value.errors) == {"adviser_code", "sites", "language"}
    assert "pseudonym" in info.value.errors["adviser_code"]
    assert "at least one" in info.value.errors["sites"]
    assert "fi, sv, en" in info.value.errors["language"]


@pytest.mark.parametrize(("code", "sites", "field", "words"), [
    ("N7", ["tre-annala-neuvonta", "no-such-site"], "sites", "no-such-site"),
    ("x", SITES, "adviser_code", "2–20"),
    ("131052-308T", SITES, "adviser_code", ""),  # a personal identity code is never a pseudonym
])
def test_one_bad_field(ws, code, sites, field, words):
    with pytest.raises(ValidationError) as info:
        setup.check_setup(ws, code, sites, "fi")
    assert list(info.value.errors) == [field]
    assert words in info.value.errors[field]


def test_setup_adviser_refuses_with_every_error_and_stays_unset(ws):
    with pytest.raises(ValidationError) as info:
        setup.setup_adviser(ws, "", ["nowhere"], "fi")
    assert set(info.value.errors) == {"adviser_code", "sites"}
    assert not setup.is_set_up(ws)
    setup.setup_adviser(ws, "N7", SITES, "fi")
    assert setup.is_set_up(ws) and ws.setting("home_sites") == SITES


def test_update_settings_changes_nothing_unless_all_is_valid(adviser_ws):
    with pytest.raises(ValidationError) as info:
        setup.update_settings(adviser_ws, adviser_code="K2", sites=[])
    assert list(info.value.errors) == ["sites"]
    assert adviser_ws.setting("adviser_code") == "N7"
    setup.update_settings(adviser_ws, adviser_code="K2", sites=["lempaala-neuvonta"])
    assert adviser_ws.setting("adviser_code") == "K2"
    assert adviser_ws.setting("home_sites") == ["lempaala-neuvonta"]
