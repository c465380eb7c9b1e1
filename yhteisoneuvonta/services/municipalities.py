"""The coordinator-edited facts of the per-municipality page: follow-up, schedule, responsible.

PII rule for these texts (they are printed on a page that goes to decision makers):
``follow_up`` and ``schedule`` describe the work, so the full guard applies (no identity
code, phone, e-mail or account number). ``responsible`` names a staff member of the
development project (HOPPU): a name is expected there, and a work phone or e-mail is
public contact information, so only identity codes and bank account numbers are refused.
"""
from __future__ import annotations

from typing import Any

from ..core.clock import utcnow
from ..core.roles import ROLE_COORDINATOR
from ..core.workspace import Workspace
from ..errors import PiiError, ValidationError
from ..records import pii
from ..reports.municipality_facts import FIELDS, get_info
from ..store.models import MunicipalityInfo

__all__ = ["FIELDS", "get_info", "set_info", "all_info"]
MAX_LEN = 2000
_NEVER = ("hetu", "iban")  # refused even in ``responsible``


def _check(field: str, text: str | None) -> None:
    if text is None:
        return
    if len(text) > MAX_LEN:
        raise ValidationError(field, f"at most {MAX_LEN} characters", rule="too_long", length=len(text), max=MAX_LEN)
    if field == "responsible":
        findings = [f for f in pii.find_pii(text) if f.kind in _NEVER]
        if findings:
            rule, params = pii.findings_rule(findings)
            raise PiiError(field, pii.describe_findings(findings), rule=rule, **params)
    else:
        pii.check_text(field, text)


def set_info(ws: Workspace, municipality_id: str, *, follow_up: str | None = None,
             schedule: str | None = None, responsible: str | None = None) -> dict[str, Any]:
    """Change the given fields (None leaves a field as it is; "" clears it). Coordinator only."""
    ws.require_role(ROLE_COORDINATOR)
    ws.reference().municipality(municipality_id)
    values = {"follow_up": follow_up, "schedule": schedule, "responsible": responsible}
    for field, text in values.items():
        _check(field, text.strip() if text is not None else None)
    with ws.store.session() as s:
        row = s.get(MunicipalityInfo, municipality_id)
        if row is None:
            row = MunicipalityInfo(municipality_id=municipality_id, updated_at=utcnow())
            s.add(row)
        for field, text in values.items():
            if text is not None:
                setattr(row, field, text.strip() or None)
        row.updated_at = utcnow()
    return get_info(ws, municipality_id)


def all_info(ws: Workspace) -> list[dict[str, Any]]:
    return [get_info(ws, m.id) for m in ws.reference().municipalities]
