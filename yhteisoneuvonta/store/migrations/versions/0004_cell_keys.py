"""A local record key for the cell key method of disclosure control (reports/cellkey.py).

``cell_key`` is an HMAC of the record id under this installation's secret, filled in lazily
when statistics are counted. It is deliberately *not* an ORM column: it is derived, local,
and must never travel in a bundle (the record schema is the ORM's columns). A partial index
finds the rows still without a key at once.

Revision ID: 0004_cell_keys
Revises: 0003_time_indexes
"""
from alembic import op

revision = "0004_cell_keys"
down_revision = "0003_time_indexes"
branch_labels = None
depends_on = None

TABLES = ("encounters", "form_helps", "desk_sessions", "group_sessions", "observations", "instrument_answers")


def upgrade() -> None:
    for table in TABLES:
        op.execute(f"ALTER TABLE {table} ADD COLUMN cell_key INTEGER")
        op.execute(f"CREATE INDEX ix_{table}_cell_key_missing ON {table} (id) WHERE cell_key IS NULL")


def downgrade() -> None:
    for table in TABLES:
        op.execute(f"DROP INDEX ix_{table}_cell_key_missing")
        op.execute(f"ALTER TABLE {table} DROP COLUMN cell_key")
