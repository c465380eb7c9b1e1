"""Core messages (English, shared with the CLI) said in the interface language.

The core names fields and rules in English so the CLI and logs stay stable; here the
messages a form shows are matched by pattern and translated. An unknown message is shown
as it is, so a new rule in the core is never hidden.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def _pii_kind(kind: str) -> str:
    return {
        "a personal identity code": QCoreApplication.translate("Messages", "a personal identity code"),
        "a phone number": QCoreApplication.translate("Messages", "a phone number"),
        "an e-mail address": QCoreApplication.translate("Messages", "an e-mail address"),
        "a bank account number (IBAN)": QCoreApplication.translate("Messages", "a bank account number (IBAN)"),
    }.get(kind, kind)


_FINDING = re.compile(r"(a personal identity code|a phone number|an e-mail address|"
                      r"a bank account number \(IBAN\)|personal information) \(characters (\d+)–(\d+)\)")


def _pii(m: re.Match[str]) -> str:
    parts = [QCoreApplication.translate("Messages", "%1 (characters %2–%3)").replace("%1", _pii_kind(k)).replace("%2", a).replace("%3", b)
             for k, a, b in _FINDING.findall(m.group(1))]
    listed = ", ".join(parts)
    return QCoreApplication.translate("Messages", "Contains %1. Remove it: visitors are never identified.").replace("%1", listed)


def _sub(template: str, *groups: int) -> Callable[[re.Match[str]], str]:
    def build(m: re.Match[str]) -> str:
        text = _tr(template)
        for i, g in enumerate(groups, start=1):
            text = text.replace(f"%{i}", m.group(g))
        return text
    return build


_RULES: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (re.compile(r"^contains (.*); remove (it|them) — visitors are never identified$"), _pii),
    (re.compile(r"^required$"), _sub(QT_TRANSLATE_NOOP("Messages", "Required."))),
    (re.compile(r"^choose at least one$"), _sub(QT_TRANSLATE_NOOP("Messages", "Choose at least one."))),
    (re.compile(r"^choose a site$"), _sub(QT_TRANSLATE_NOOP("Messages", "Choose a site."))),
    (re.compile(r"^must be at least (\d+)$"), _sub(QT_TRANSLATE_NOOP("Messages", "Must be at least %1."), 1)),
    (re.compile(r"^must be at most (\d+)$"), _sub(QT_TRANSLATE_NOOP("Messages", "Must be at most %1."), 1)),
    (re.compile(r"^must be a whole number$"), _sub(QT_TRANSLATE_NOOP("Messages", "Must be a whole number."))),
    (re.compile(r"^must be after the start$"), _sub(QT_TRANSLATE_NOOP("Messages", "Must be after the start."))),
    (re.compile(r"^the same value is chosen twice$"), _sub(QT_TRANSLATE_NOOP("Messages", "The same value is chosen twice."))),
    (re.compile(r"^too long \((\d+) characters, at most (\d+)\)$"),
     _sub(QT_TRANSLATE_NOOP("Messages", "Too long: %1 characters, at most %2."), 1, 2)),
    (re.compile(r"^say which professional was consulted or worked in pair$"),
     _sub(QT_TRANSLATE_NOOP("Messages", "Say which professional was consulted or worked in pair."))),
    (re.compile(r"^the parts add up to (\d+), more than the total (\d+)$"),
     _sub(QT_TRANSLATE_NOOP("Messages", "The parts add up to %1, more than the total %2."), 1, 2)),
    (re.compile(r"^proposals are recorded for house meetings and community councils only$"),
     _sub(QT_TRANSLATE_NOOP("Messages", "Proposals are recorded for house meetings and community councils only."))),
    (re.compile(r"^answer at least one item$"), _sub(QT_TRANSLATE_NOOP("Messages", "Answer at least one item."))),
    (re.compile(r"^use a pseudonym of 2–20 letters, digits, - or _ \(never your name\)$"),
     _sub(QT_TRANSLATE_NOOP("Messages", "Use a pseudonym of 2–20 letters, digits, - or _ (never your name)."))),
    (re.compile(r"^choose at least one home site$"), _sub(QT_TRANSLATE_NOOP("Messages", "Choose at least one home site."))),
    (re.compile(r"^a desk session is already open at this site; close it first$"),
     _sub(QT_TRANSLATE_NOOP("Messages", "A desk session is already open at this site. Close it first."))),
    (re.compile(r"^records made on another device cannot be edited here$"),
     _sub(QT_TRANSLATE_NOOP("Messages", "Records made on another device cannot be edited here."))),
]


def translate_message(message: str) -> str:
    """``message`` in the interface language when it is a known core message."""
    for pattern, build in _RULES:
        m = pattern.match(message)
        if m:
            return build(m)
    return message
