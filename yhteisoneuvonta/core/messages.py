"""Refusals said in the user's language, chosen by the error's code, never by its English text.

``render_error(exc, lang)`` is the one function the CLI (stderr) and the GUI (dialogs, the
message beside a field) call. The catalogue (``core/catalog.py``) holds one template per code:

- ``err.<code>`` for each ``YnError`` subclass (``errors.py``), filled from ``exc.params``;
- ``err.bundle.<reason>`` for a refused bundle (``BundleError.reason``);
- ``err.usage.<reason>`` for a command refused as typed (``UsageError.reason``), else ``err.usage``;
- ``rule.<rule>`` for one field of a ``ValidationError`` (``exc.rules[field]``), and the PII
  guard's findings as ``rule.pii_<kind>`` inside ``rule.pii``.

A template may use ``{message}`` (the English text) where nothing better exists. An unknown
code, or a template whose placeholders the error does not carry, falls back to the English
message, so a new refusal is never hidden, only untranslated.
"""
from __future__ import annotations

import string
from collections.abc import Mapping
from typing import Any

from ..errors import BundleError, UsageError, ValidationError, YnError
from ..languages import SOURCE_LANGUAGE
from .catalog import lookup

# Params whose values are themselves words to translate: param -> catalogue prefix.
_WORD_PARAMS = {"role": "role", "needed": "role"}


def error_key(exc: YnError) -> str:
    """The catalogue key of ``exc``'s message."""
    if isinstance(exc, BundleError) and lookup(f"err.bundle.{exc.reason}", SOURCE_LANGUAGE) is not None:
        return f"err.bundle.{exc.reason}"
    reason = _usage_reason(exc)
    if reason and lookup(f"err.usage.{reason}", SOURCE_LANGUAGE) is not None:
        return f"err.usage.{reason}"
    return f"err.{exc.code}"


def _usage_reason(exc: YnError) -> str | None:
    """The reason of a plain ``UsageError`` (its subclasses have codes of their own)."""
    return exc.reason if isinstance(exc, UsageError) and exc.code == UsageError.code else None


def display_code(exc: YnError) -> str:
    """The code shown beside a message for support and tests, e.g. ``store_full``,
    ``bundle:bad_signature`` or ``usage:unknown_format``."""
    if isinstance(exc, BundleError):
        return f"bundle:{exc.reason}"
    reason = _usage_reason(exc)
    return f"usage:{reason}" if reason else exc.code


def fill(key: str, params: Mapping[str, Any], lang: str) -> str | None:
    """The template ``key`` in ``lang`` filled from ``params``; None if unknown or a param is missing."""
    template = lookup(key, lang)
    if template is None:
        return None
    needed = {name for _, name, _, _ in string.Formatter().parse(template) if name}
    values: dict[str, Any] = {}
    for name in needed:
        if name not in params:
            return None
        value = params[name]
        if name in _WORD_PARAMS:
            value = lookup(f"{_WORD_PARAMS[name]}.{value}", lang) or value
        values[name] = value
    try:
        return template.format(**values)
    except (ValueError, IndexError, KeyError, AttributeError):
        return None


def rule_message(rule: str, params: Mapping[str, Any], lang: str) -> str | None:
    """One field's refusal in ``lang``; None when the rule has no template."""
    if rule.startswith("pii_") and params.get("findings"):
        parts = [fill(f"rule.pii_{f.get('kind')}", f, lang) for f in params["findings"]]
        if any(p is None for p in parts):
            return None
        return fill("rule.pii", {"found": ", ".join(p for p in parts if p)}, lang)
    return fill(f"rule.{rule}", params, lang)


def field_message(exc: ValidationError, field: str, lang: str) -> str:
    """The message for ``field`` of ``exc`` in ``lang`` (English when the rule is unknown)."""
    rule = exc.rule(field)
    text = rule_message(rule[0], rule[1], lang) if rule else None
    return text if text is not None else exc.errors.get(field, exc.message)


def field_messages(exc: ValidationError, lang: str) -> dict[str, str]:
    """Every refused field of ``exc`` with its message in ``lang``."""
    return {field: field_message(exc, field, lang) for field in exc.errors}


def render_error(exc: YnError, lang: str) -> str:
    """``exc`` in ``lang``, chosen by its code; the English message when no template fits."""
    if isinstance(exc, ValidationError):
        fields = "; ".join(f"{f}: {m}" for f, m in field_messages(exc, lang).items())
        return fill(error_key(exc), {"fields": fields}, lang) or fields
    params = {"message": exc.message, **exc.params}
    return fill(error_key(exc), params, lang) or exc.message


def render_code(code: str, params: Mapping[str, Any], lang: str, fallback: str) -> str:
    """A refusal known only by its code (e.g. a bundle refused during an import, kept as data)."""
    return fill(code if code.startswith(("err.", "rule.")) else f"err.{code}",
                {"message": fallback, **params}, lang) or fallback
