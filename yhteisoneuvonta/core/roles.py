"""The two roles an installation can have."""
from __future__ import annotations

ROLE_ADVISER = "adviser"
ROLE_COORDINATOR = "coordinator"
ROLES = (ROLE_ADVISER, ROLE_COORDINATOR)
