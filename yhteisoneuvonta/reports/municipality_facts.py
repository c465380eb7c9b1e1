"""Reading the coordinator-edited facts of a municipality page (set in services.municipalities)."""
from __future__ import annotations

from typing import Any

from ..core.workspace import Workspace
from ..store.models import MunicipalityInfo

FIELDS = ("follow_up", "schedule", "responsible")


def get_info(ws: Workspace, municipality_id: str) -> dict[str, Any]:
    """The facts of one municipality; empty strings where nothing is set yet."""
    ref = ws.reference()
    muni = ref.municipality(municipality_id)
    with ws.store.session() as s:
        row = s.get(MunicipalityInfo, municipality_id)
        out: dict[str, Any] = {"municipality_id": muni.id, "name": muni.name}
        for f in FIELDS:
            out[f] = (getattr(row, f) or "") if row else ""
        out["updated_at"] = row.updated_at.isoformat() if row else None
        return out
