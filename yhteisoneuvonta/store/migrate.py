"""Alembic, driven from code. Alembic is imported only when an upgrade is due, to keep start-up fast."""
from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import Connection

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# Kept in step with migrations/versions (a test checks it): lets start-up compare without Alembic.
KNOWN_REVISIONS = ("0001_first_schema", "0002_sync_and_drafts", "0003_time_indexes", "0004_cell_keys",
                   "0004_record_schema_2")
HEAD_REVISION = KNOWN_REVISIONS[-1]


def alembic_config(connection: Connection | None = None):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = connection
    return cfg


def upgrade(connection: Connection, revision: str = "head") -> None:
    from alembic import command

    command.upgrade(alembic_config(connection), revision)
