"""indexes for what the window filters and sorts on at department scale

Revision ID: 0006
Revises: 0004
Create Date: 2026-12-01 21:00:00

Measured on a generated portfolio of 100,000 people and 1,000,000 interactions
(`benchmarks/`): a person's last contact and history scanned the whole link table (its key
starts with the interaction), the agenda read every done task of the years and every
birthday row, an account's history was sorted in full, counting each account's people read
every person row. Plain indexes only: no table is
rebuilt, so the search triggers stay as they are.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OPEN_TASK = sa.text("done_at IS NULL AND deleted_at IS NULL")

INDEXES = [
    ("ix_interaction_person_person_id", "interaction_person", ["person_id"]),
    ("ix_meeting_attendee_person_id", "meeting_attendee", ["person_id"]),
    ("ix_interaction_account_id_occurred_at", "interaction", ["account_id", "occurred_at"]),
    ("ix_person_birth_month_birth_day", "person", ["birth_month", "birth_day"]),
    ("ix_person_account_id_deleted_at", "person", ["account_id", "deleted_at"]),
    ("ix_family_member_birth_month_birth_day", "family_member", ["birth_month", "birth_day"]),
    ("ix_revenue_figure_year", "revenue_figure", ["year"]),
]


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns)
    op.create_index("ix_task_open_due_on", "task", ["due_on"], sqlite_where=OPEN_TASK,
                    postgresql_where=OPEN_TASK)
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ANALYZE")  # statistics, so the planner knows the new indexes are selective


def downgrade() -> None:
    op.drop_index("ix_task_open_due_on", "task")
    for name, table, _columns in reversed(INDEXES):
        op.drop_index(name, table)
