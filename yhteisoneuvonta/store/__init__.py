"""The local store: one SQLite file reached through SQLAlchemy, migrated by Alembic."""
from .engine import Store, open_store

__all__ = ["Store", "open_store"]
