"""Every refusal has its message in every language, and is rendered by its code.

The codes are collected from the source, not from a hand-kept list: every ``code`` of a
``YnError`` subclass, every ``BundleError`` reason, every validation ``rule=`` and every kind
the PII guard finds. A parallel branch that adds a code without its messages fails here, and
the failure lists what is missing (add one entry per language: ``python -m
yhteisoneuvonta.core.i18n_tool add KEY --fi … --sv … --en …``).
"""
from __future__ import annotations

import ast
import functools
import inspect
import string
from datetime import datetime, timezone
from pathlib import Path

import pytest

import yhteisoneuvonta
from yhteisoneuvonta import errors
from yhteisoneuvonta.core import catalog
from yhteisoneuvonta.core.messages import field_messages, render_code, render_error
from yhteisoneuvonta.errors import BundleError, PiiError, StoreFullError, ValidationError, YnError
from yhteisoneuvonta.languages import LANGUAGES
from yhteisoneuvonta.records import pii
from yhteisoneuvonta.records.inputs import EncounterInput
from yhteisoneuvonta.records.reference import load_default
from yhteisoneuvonta.records.validation import validate_encounter

PACKAGE = Path(yhteisoneuvonta.__file__).parent


@functools.cache
def _trees() -> list[ast.AST]:
    return [ast.parse(p.read_text("utf-8")) for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts]


def _name(func: ast.AST) -> str:
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def error_codes() -> set[str]:
    return {cls.code for _, cls in inspect.getmembers(errors, inspect.isclass) if issubclass(cls, YnError)}


def bundle_reasons() -> set[str]:
    """First arguments of ``BundleError(...)``, ``reason = "..."`` and ``reason="..."`` keywords."""
    found: set[str] = set()
    for tree in _trees():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _name(node.func) == "BundleError" and node.args \
                    and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
                found.add(node.args[0].value)
            elif isinstance(node, ast.Call) and _name(node.func) != "UsageError":
                for kw in node.keywords:
                    if kw.arg == "reason" and isinstance(kw.value, ast.Constant) and isinstance(kw.value.value, str):
                        found.add(kw.value.value)
            elif isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "reason" for t in node.targets) \
                    and isinstance(node.value, (ast.Constant, ast.IfExp)):
                choices = [node.value.body, node.value.orelse] if isinstance(node.value, ast.IfExp) else [node.value]
                found |= {c.value for c in choices if isinstance(c, ast.Constant) and isinstance(c.value, str)}
    found.discard("refused")  # the CLI's own catch-all reason, rendered as err.bundle.refused
    return found


def usage_calls() -> list[ast.Call]:
    """Every ``UsageError(...)`` call in the source."""
    return [node for tree in _trees() for node in ast.walk(tree)
            if isinstance(node, ast.Call) and _name(node.func) == "UsageError"]


def usage_reasons() -> set[str]:
    """The ``reason="..."`` keywords of ``UsageError(...)`` calls."""
    return {kw.value.value for node in usage_calls() for kw in node.keywords
            if kw.arg == "reason" and isinstance(kw.value, ast.Constant) and isinstance(kw.value.value, str)}


def rule_codes() -> set[str]:
    found = {f"pii_{kind}" for kind in pii.KIND_LABELS} | {"pii"}
    for tree in _trees():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                for kw in node.keywords:
                    if kw.arg == "rule" and isinstance(kw.value, ast.Constant) and isinstance(kw.value.value, str):
                        found.add(kw.value.value)
    return found


def required_keys() -> set[str]:
    return ({f"err.{c}" for c in error_codes()} | {f"err.bundle.{r}" for r in bundle_reasons()}
            | {f"err.usage.{r}" for r in usage_reasons()} | {f"rule.{r}" for r in rule_codes()})


def test_the_source_scan_finds_the_codes_it_must() -> None:
    # A scan that found nothing would pass everything: pin a few of each kind.
    assert {"store_full", "store_locked", "bundle", "validation", "wrong_role"} <= error_codes()
    assert {"bad_signature", "not_a_bundle", "missing_member", "unsigned", "unreadable"} <= bundle_reasons()
    assert {"required", "too_long", "not_in_list", "pii_hetu", "choose_site"} <= rule_codes()
    assert {"unknown_format", "unknown_report", "out_of_range", "bad_time"} <= usage_reasons()
    assert "not_name_value" not in bundle_reasons()  # a UsageError's reason is no bundle reason


def test_every_usage_error_names_its_reason() -> None:
    # Without a reason a refusal falls back to err.usage, whose detail stays English.
    bare = [ast.unparse(node)[:80] for node in usage_calls()
            if not any(kw.arg == "reason" and isinstance(kw.value, ast.Constant) for kw in node.keywords)]
    assert len(usage_calls()) >= 20 and not bare, f"UsageError without reason=: {bare}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_code_has_a_message_in_every_language(lang: str) -> None:
    texts = catalog.catalogue(lang)
    missing = sorted(k for k in required_keys() if not texts.get(k))
    assert not missing, f"{lang}: no message for {', '.join(missing)}"


def test_every_language_fills_the_same_placeholders() -> None:
    english = catalog.catalogue("en")
    for lang in LANGUAGES:
        for key, text in catalog.catalogue(lang).items():
            names = {n for _, n, _, _ in string.Formatter().parse(text) if n}
            source = {n for _, n, _, _ in string.Formatter().parse(english.get(key, text)) if n}
            assert names == source, f"{lang} {key}: {names} != {source}"


def test_a_store_error_is_said_in_each_language_with_its_path() -> None:
    exc = StoreFullError("The disk holding /media/usb/x.sqlite3 is full.", path="/media/usb/x.sqlite3")
    texts = {lang: render_error(exc, lang) for lang in LANGUAGES}
    assert len(set(texts.values())) == len(LANGUAGES)
    assert all("/media/usb/x.sqlite3" in text for text in texts.values())
    assert "täynnä" in texts["fi"] and "full" in texts["en"] and "full" in texts["sv"]  # sv: "Disken … är full"


def test_a_bundle_refusal_is_rendered_by_its_reason() -> None:
    exc = BundleError("bad_signature", "The signature does not match the data.")
    assert "allekirjoitus" in render_error(exc, "fi").lower()
    assert render_code("bundle.bad_signature", {}, "sv", fallback="x").startswith("Signaturen")


def test_a_usage_refusal_is_rendered_by_its_reason_with_its_params() -> None:
    from yhteisoneuvonta.core.messages import display_code, error_key
    from yhteisoneuvonta.errors import UsageError

    exc = UsageError("unknown format 'nope': use pdf, csv", reason="unknown_format", fmt="nope",
                     choices="pdf, csv")
    assert error_key(exc) == "err.usage.unknown_format" and display_code(exc) == "usage:unknown_format"
    assert render_error(exc, "fi") == "Tiedostomuotoa 'nope' ei tunneta: valitse jokin näistä: pdf, csv"
    assert render_error(exc, "sv").startswith("Formatet 'nope' är okänt")
    assert render_error(exc, "en") == exc.message
    unknown = UsageError("something new", reason="no_such_reason")
    assert error_key(unknown) == "err.usage" and render_error(unknown, "fi").endswith("something new")
    assert display_code(UsageError("plain")) == "usage"


def test_validation_messages_come_from_the_rule_not_the_english_text() -> None:
    ref = load_default()
    enc = EncounterInput("tre-annala-neuvonta", datetime(2026, 11, 17, 9, tzinfo=timezone.utc), 0,
                         topics=["kela_benefits"], note="soita 040 123 4567")
    with pytest.raises(ValidationError) as info:
        validate_encounter(ref, enc)
    exc = info.value
    assert exc.rule("minutes") == ("too_small", {"min": 1})
    assert exc.rule("note")[0] == "pii_phone"
    sv = field_messages(exc, "sv")
    assert sv["minutes"] == "Måste vara minst 1."
    assert sv["note"].startswith("Innehåller ett telefonnummer (tecken 7–18)")
    assert "0401234567" not in sv["note"] and "040 123 4567" not in sv["note"]
    exc.errors["minutes"] = "reworded in English"  # the wording of the core may change freely
    assert field_messages(exc, "fi")["minutes"] == "Pitää olla vähintään 1."


def test_an_unknown_code_or_a_missing_param_falls_back_to_the_english_message() -> None:
    class Brand(YnError):
        code = "brand_new_code_without_messages"

    assert render_error(Brand("Something new went wrong."), "fi") == "Something new went wrong."
    # store_full's template names the path: without it the English message is shown, never "{path}"
    assert render_error(StoreFullError("The disk is full."), "sv") == "The disk is full."
    unknown_rule = ValidationError("x", "a rule nobody translated", rule="no_such_rule")
    assert field_messages(unknown_rule, "fi") == {"x": "a rule nobody translated"}


def test_pii_refusals_name_what_and_where_in_the_language_never_the_value() -> None:
    with pytest.raises(PiiError) as info:
        pii.check_text("note", "hetu 131052-308T")
    text = render_error(info.value, "fi")
    assert "henkilötunnus (merkit 6–16)" in text and "131052-308T" not in text


def test_a_bad_report_period_is_said_in_the_language_with_what_was_typed() -> None:
    from yhteisoneuvonta.errors import BadPeriodError
    from yhteisoneuvonta.reports.periods import parse_period

    with pytest.raises(BadPeriodError) as info:
        parse_period("2026-W60")
    assert info.value.exit_code == 2  # a usage error on the command line
    assert render_error(info.value, "fi").startswith("'2026-W60' ei ole ajanjakso.")
    assert render_error(info.value, "sv").startswith("'2026-W60' är ingen period.")
