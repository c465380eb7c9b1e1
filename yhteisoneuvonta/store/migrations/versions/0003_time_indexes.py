"""(site, time) indexes on every synced table that reports filter by site and period.

Without them a report over a few sites reads every row of each site through the site index to
find one week's or one period's rows. Encounters already have ix_encounters_site_time (0002).

Revision ID: 0003_time_indexes
Revises: 0002_sync_and_drafts
"""
from alembic import op

revision = "0003_time_indexes"
down_revision = "0002_sync_and_drafts"
branch_labels = None
depends_on = None

# index name, table, time column (kept in step with store/models.py)
INDEXES = (
    ("ix_form_helps_site_time", "form_helps", "occurred_at"),
    ("ix_desk_sessions_site_time", "desk_sessions", "starts_at"),
    ("ix_group_sessions_site_time", "group_sessions", "starts_at"),
    ("ix_observations_site_time", "observations", "observed_at"),
    ("ix_instrument_answers_site_time", "instrument_answers", "answered_at"),
)


def upgrade() -> None:
    for name, table, column in INDEXES:
        op.create_index(name, table, ["site_id", column])


def downgrade() -> None:
    for name, table, _column in INDEXES:
        op.drop_index(name, table)
