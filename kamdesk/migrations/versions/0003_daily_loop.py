"""the daily loop: meeting time zones, meeting outcomes, search over everything remembered

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 20:00:00

- `meeting.time_zone`: the IANA zone of the meeting's place, so a Davao meeting prints at
  its local hour; existing meetings get "" (the machine's zone, as before).
- `interaction.meeting_id`: the contact entry that records a planned meeting's outcome.
- `search_text` on family members, proposals, meetings and interactions, filled from their
  rows, with the same FTS5 trigram index as accounts and people (SQLite only).
"""

from collections.abc import Sequence
from types import SimpleNamespace

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

from kamdesk.store.search_fields import SEARCHED_FIELDS, search_text_of  # noqa: E402
from kamdesk.store.search_index import create_search_index  # noqa: E402

NEW_INDEXED = ("family_member", "proposal", "meeting", "interaction")


def upgrade() -> None:
    op.add_column("meeting", sa.Column("time_zone", sa.String(length=64), nullable=False,
                                       server_default=""))
    for table in NEW_INDEXED:
        op.add_column(table, sa.Column("search_text", sa.Text(), nullable=False,
                                       server_default=""))
    # A batch rebuild (SQLite cannot add a foreign key otherwise); kamdesk.store.migration
    # runs with foreign keys off, so interaction_person keeps its rows.
    with op.batch_alter_table("interaction", schema=None) as batch_op:
        batch_op.add_column(sa.Column("meeting_id", sa.Uuid(), nullable=True))
        batch_op.create_index(batch_op.f("ix_interaction_meeting_id"), ["meeting_id"])
        batch_op.create_foreign_key(batch_op.f("fk_interaction_meeting_id_meeting"), "meeting",
                                    ["meeting_id"], ["id"], ondelete="SET NULL")
    bind = op.get_bind()
    for name in NEW_INDEXED:
        columns = [f.column for f in SEARCHED_FIELDS[name]]
        table = sa.table(name, sa.column("id", sa.Uuid()), sa.column("search_text"),
                         *(sa.column(c) for c in columns))
        rows = bind.execute(sa.select(table.c.id, *(table.c[c] for c in columns))).all()
        for row in rows:
            text = search_text_of(name, SimpleNamespace(**row._asdict()))
            if text:
                bind.execute(table.update().where(table.c.id == row.id).values(search_text=text))
    if bind.dialect.name == "sqlite":
        for name in NEW_INDEXED:
            for statement in create_search_index(name):
                op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for table in NEW_INDEXED:
            fts = f"{table}_search"
            for suffix in ("ai", "ad", "au"):
                op.execute(f"DROP TRIGGER IF EXISTS {fts}_{suffix}")
            op.execute(f"DROP TABLE IF EXISTS {fts}")
    with op.batch_alter_table("interaction", schema=None) as batch_op:
        batch_op.drop_constraint("fk_interaction_meeting_id_meeting", type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_interaction_meeting_id"))
        batch_op.drop_column("meeting_id")
    for table in NEW_INDEXED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("search_text")
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_column("time_zone")
