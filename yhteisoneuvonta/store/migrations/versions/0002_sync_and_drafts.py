"""Drafts, sync bookkeeping (exported and imported bundles, devices), municipality facts.

Revision ID: 0002_sync_and_drafts
Revises: 0001_first_schema
"""
import sqlalchemy as sa
from alembic import op

revision = "0002_sync_and_drafts"
down_revision = "0001_first_schema"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "drafts",
        sa.Column("kind", sa.String(64), primary_key=True),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("saved_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "exported_bundles",
        sa.Column("seq", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("hash", sa.String(128)),
        sa.Column("prev_hash", sa.String(128)),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("from_change", sa.Integer(), nullable=False),
        sa.Column("to_change", sa.Integer(), nullable=False),
        sa.Column("counts", sa.JSON(), nullable=False),
        sa.Column("path", sa.Text()),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("confirmed", sa.Boolean(), nullable=False),
    )
    op.create_table(
        "devices",
        sa.Column("device_id", sa.String(64), primary_key=True),
        sa.Column("fingerprint", sa.String(64), nullable=False, unique=True),
        sa.Column("public_key", sa.Text(), nullable=False),
        sa.Column("adviser_code", sa.String(64)),
        sa.Column("sites", sa.JSON(), nullable=False),
        sa.Column("enrolled_at", sa.DateTime(), nullable=False),
        sa.Column("revoked_at", sa.DateTime()),
    )
    op.create_table(
        "imported_bundles",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("device_id", sa.String(64), index=True),
        sa.Column("seq", sa.Integer()),
        sa.Column("hash", sa.String(128), nullable=False),
        sa.Column("prev_hash", sa.String(128)),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("reason", sa.Text()),
        sa.Column("filename", sa.Text()),
        sa.Column("manifest", sa.JSON(), nullable=False),
        sa.UniqueConstraint("device_id", "seq", "hash"),
    )
    op.create_table(
        "municipality_info",
        sa.Column("municipality_id", sa.String(64), primary_key=True),
        sa.Column("follow_up", sa.Text()),
        sa.Column("schedule", sa.Text()),
        sa.Column("responsible", sa.Text()),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    # Statistics and the history view filter by site and time together.
    op.create_index("ix_encounters_site_time", "encounters", ["site_id", "occurred_at"])


def downgrade() -> None:
    op.drop_index("ix_encounters_site_time", "encounters")
    for name in ("municipality_info", "imported_bundles", "devices", "exported_bundles", "drafts"):
        op.drop_table(name)
