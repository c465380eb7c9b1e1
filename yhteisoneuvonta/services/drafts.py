"""Unsaved forms kept in the store, so a crash never loses what was typed."""
from __future__ import annotations

import re
from typing import Any

from sqlalchemy import select

from ..core.clock import utcnow
from ..core.workspace import Workspace
from ..records import pii, probable
from ..store.models import Draft

# What a restored draft shows in place of what was removed, and why. Finnish, as the UI is by
# default; the words say nothing about the person, so saving them is harmless.
REMOVED = "[poistettu: {what}]"
REMOVED_WHAT = {
    "hetu": "henkilötunnus", "phone": "puhelinnumero", "email": "sähköpostiosoite",
    "iban": "tilinumero", "name": "mahdollinen nimi", "address": "mahdollinen osoite",
}
REMOVED_RE = re.compile(r"\[poistettu: ([^\]]+)\]")


# Free-text fields of the record inputs: only there can a name be typed. (Ids of sites and
# terms are never checked for names: "tre-annala-neuvonta" names a place.)
FREE_TEXT = {"note", "title", "summary", "text", "decision", "partners", "organisers", "facilitators"}


def redact(value: Any, free_text: bool = False) -> Any:
    """Take out identifying details: a draft is stored too, so the PII guard applies. Certain
    identifiers anywhere, and in free text also probable names and addresses (nobody has
    confirmed them yet), are replaced by a marker saying what was removed:
    "[poistettu: henkilötunnus]", "[poistettu: mahdollinen nimi]"."""
    if isinstance(value, str):
        certain = pii.find_pii(value)
        spans = [(f.start, f.end, f.kind) for f in certain]
        if free_text:
            spans += [(f.start, f.end, f.kind) for f in probable.find_probable(
                value, skip=[(f.start, f.end) for f in certain])]
        for start, end, kind in sorted(spans, reverse=True):
            value = value[:start] + REMOVED.format(what=REMOVED_WHAT.get(kind, kind)) + value[end:]
        return value
    if isinstance(value, list):
        return [redact(v, free_text) for v in value]
    if isinstance(value, dict):
        return {k: redact(v, free_text or k in FREE_TEXT) for k, v in value.items()}
    return value


def save_draft(ws: Workspace, kind: str, payload: dict[str, Any]) -> None:
    with ws.store.session() as s:
        s.merge(Draft(kind=kind, payload=redact(payload), saved_at=utcnow()))


def discard_draft(ws: Workspace, kind: str) -> None:
    with ws.store.session() as s:
        row = s.get(Draft, kind)
        if row is not None:
            s.delete(row)


def drafts(ws: Workspace) -> dict[str, dict[str, Any]]:
    with ws.store.session() as s:
        return {d.kind: d.payload for d in s.scalars(select(Draft))}


def removed_in(value: Any) -> list[str]:
    """What the markers in a restored draft say was removed ("henkilötunnus", "mahdollinen nimi"...)."""
    if isinstance(value, str):
        return REMOVED_RE.findall(value)
    if isinstance(value, list):
        return [w for v in value for w in removed_in(v)]
    if isinstance(value, dict):
        return [w for v in value.values() for w in removed_in(v)]
    return []
