"""First schema: settings, reference data and the six record types.

Revision ID: 0001_first_schema
Revises:
"""
import sqlalchemy as sa
from alembic import op

revision = "0001_first_schema"
down_revision = None
branch_labels = None
depends_on = None


def _synced() -> list[sa.Column]:
    # Frozen copy of the shared columns as they were in this revision.
    return [
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("device_id", sa.String(64), nullable=False, index=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False, index=True),
        sa.Column("site_id", sa.String(64), nullable=False, index=True),
    ]


def upgrade() -> None:
    op.create_table(
        "settings",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.JSON()),
    )
    op.create_table(
        "counters",
        sa.Column("name", sa.String(32), primary_key=True),
        sa.Column("value", sa.Integer(), nullable=False),
    )
    op.create_table(
        "reference_sets",
        sa.Column("version", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("loaded_at", sa.DateTime(), nullable=False),
        sa.Column("source", sa.String(200), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
    )
    op.create_table(
        "desk_sessions",
        *_synced(),
        sa.Column("starts_at", sa.DateTime(), nullable=False, index=True),
        sa.Column("ends_at", sa.DateTime()),
        sa.Column("advisers", sa.JSON(), nullable=False),
        sa.Column("partners", sa.JSON(), nullable=False),
        sa.Column("professionals", sa.JSON(), nullable=False),
        sa.Column("note", sa.Text()),
    )
    op.create_table(
        "encounters",
        *_synced(),
        sa.Column("session_id", sa.String(36), sa.ForeignKey("desk_sessions.id"), index=True),
        sa.Column("occurred_at", sa.DateTime(), nullable=False, index=True),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(32), nullable=False),
        sa.Column("language", sa.String(16), nullable=False),
        sa.Column("topics", sa.JSON(), nullable=False),
        sa.Column("help_kinds", sa.JSON(), nullable=False),
        sa.Column("involvement", sa.String(32), nullable=False),
        sa.Column("professional_roles", sa.JSON(), nullable=False),
        sa.Column("referrals", sa.JSON(), nullable=False),
        sa.Column("barriers", sa.JSON(), nullable=False),
        sa.Column("outcome", sa.String(32)),
        sa.Column("age_band", sa.String(32), nullable=False),
        sa.Column("visit_kind", sa.String(32), nullable=False),
        sa.Column("note", sa.Text()),
    )
    op.create_table(
        "form_helps",
        *_synced(),
        sa.Column("encounter_id", sa.String(36), sa.ForeignKey("encounters.id"), index=True),
        sa.Column("occurred_at", sa.DateTime(), nullable=False, index=True),
        sa.Column("form_id", sa.String(64), nullable=False),
        sa.Column("medium", sa.String(16), nullable=False),
        sa.Column("status", sa.String(32), nullable=False),
        sa.Column("note", sa.Text()),
    )
    op.create_table(
        "group_sessions",
        *_synced(),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False, index=True),
        sa.Column("ends_at", sa.DateTime(), nullable=False),
        sa.Column("organisers", sa.JSON(), nullable=False),
        sa.Column("facilitators", sa.JSON(), nullable=False),
        sa.Column("headcount_total", sa.Integer(), nullable=False),
        sa.Column("headcount_split", sa.JSON(), nullable=False),
        sa.Column("topics", sa.JSON(), nullable=False),
        sa.Column("summary", sa.Text()),
        sa.Column("proposals", sa.JSON(), nullable=False),
    )
    op.create_table(
        "observations",
        *_synced(),
        sa.Column("observed_at", sa.DateTime(), nullable=False, index=True),
        sa.Column("theme", sa.String(64), nullable=False),
        sa.Column("barriers", sa.JSON(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("times_seen", sa.Integer(), nullable=False),
    )
    op.create_table(
        "instrument_answers",
        *_synced(),
        sa.Column("instrument_id", sa.String(64), nullable=False),
        sa.Column("encounter_id", sa.String(36), sa.ForeignKey("encounters.id"), index=True),
        sa.Column("answered_at", sa.DateTime(), nullable=False, index=True),
        sa.Column("answers", sa.JSON(), nullable=False),
    )


def downgrade() -> None:
    for name in ("instrument_answers", "observations", "group_sessions", "form_helps",
                 "encounters", "desk_sessions", "reference_sets", "counters", "settings"):
        op.drop_table(name)
