"""each person's last contact and number of contacts, stored and kept by triggers;
an index of the interactions that record a meeting

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02 01:45:00

Reading a person's last contact from a million interactions cost more than the rest of an
overview, a brief or the department view (issue 12). Two columns on `person`, filled here
from the history in one pass and kept in step from then on by triggers on `interaction` and
`interaction_person` (store/contact_summary.py). Only columns are added (no batch rebuild),
so the search triggers stay. A later migration that rebuilds `person`, `interaction` or
`interaction_person` in batch mode on SQLite drops these triggers: it must create them again
(`trigger_statements`), as 0008 does for the search index.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from kamdesk.store.contact_summary import REFILL, drop_statements, trigger_statements
from kamdesk.store.search_index import create_search_index

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

RECORDED_MEETING = sa.text("meeting_id IS NOT NULL")


def upgrade() -> None:
    op.add_column("person", sa.Column("last_contact_at", sa.DateTime(timezone=True)))
    op.add_column("person", sa.Column("contact_count", sa.Integer(), server_default="0",
                                      nullable=False))
    dialect = op.get_bind().dialect.name
    for statement in trigger_statements(dialect) + REFILL:
        op.execute(statement)
    # The agenda's "has this meeting an outcome?": the index on meeting_id is almost all
    # NULLs, so SQLite's statistics make it look useless (a scan of every interaction).
    op.create_index("ix_interaction_recorded_meeting", "interaction", ["meeting_id"],
                    sqlite_where=RECORDED_MEETING, postgresql_where=RECORDED_MEETING)
    # No ANALYZE: without statistics of its own, SQLite takes a new index as selective.


def downgrade() -> None:
    op.drop_index("ix_interaction_recorded_meeting", "interaction")
    for statement in drop_statements(op.get_bind().dialect.name):
        op.execute(statement)
    with op.batch_alter_table("person") as batch:
        batch.drop_column("contact_count")
        batch.drop_column("last_contact_at")
    if op.get_bind().dialect.name == "sqlite":  # the rebuild dropped person's search triggers
        for statement in create_search_index("person"):
            op.execute(statement)
