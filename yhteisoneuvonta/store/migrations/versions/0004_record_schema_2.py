"""Record schema 2: the name guard's confirmation count; deleted records lose their content.

``pii_confirmations`` (whole number, 0 by default) on every record kind with free text.
Deleted records keep only what sync needs (id, device, times, version, deletion, change
number): the content of records deleted before this version is erased here, once.

Revision ID: 0004_record_schema_2
Revises: 0004_cell_keys
"""
import sqlalchemy as sa
from alembic import op

revision = "0004_record_schema_2"
down_revision = "0004_cell_keys"
branch_labels = None
depends_on = None

TABLES = ("desk_sessions", "encounters", "form_helps", "group_sessions", "observations")
# What a deleted record keeps of its content, as the store of this revision defines it
# (kept in step with core/erasure.py, frozen here on purpose).
ERASED = {
    "desk_sessions": "site_id = '', ends_at = NULL, advisers = '[]', partners = '[]', professionals = '[]', "
                     "note = NULL, pii_confirmations = 0",
    "encounters": "site_id = '', session_id = NULL, minutes = 0, channel = '', language = '', topics = '[]', "
                  "help_kinds = '[]', involvement = '', professional_roles = '[]', referrals = '[]', "
                  "barriers = '[]', outcome = NULL, age_band = '', visit_kind = '', note = NULL, "
                  "pii_confirmations = 0",
    "form_helps": "site_id = '', encounter_id = NULL, form_id = '', medium = '', status = '', note = NULL, "
                  "pii_confirmations = 0",
    "group_sessions": "site_id = '', kind = '', title = '', ends_at = starts_at, organisers = '[]', "
                      "facilitators = '[]', headcount_total = 0, headcount_split = '{}', topics = '[]', "
                      "summary = NULL, proposals = '[]', pii_confirmations = 0",
    "observations": "site_id = '', theme = '', barriers = '[]', text = '', times_seen = 0, pii_confirmations = 0",
    "instrument_answers": "site_id = '', instrument_id = '', encounter_id = NULL, answers = '{}'",
}


def upgrade() -> None:
    for table in TABLES:
        op.add_column(table, sa.Column("pii_confirmations", sa.Integer(), nullable=False, server_default="0"))
    for table, sets in ERASED.items():
        op.execute(f"UPDATE {table} SET {sets} WHERE deleted = 1")


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("pii_confirmations")
