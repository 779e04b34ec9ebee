"""the folded name of each account and person, indexed, so search as you type finds names
first; trigram indexes on the server for every searched table

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02 04:40:00

Search lists a match in a name before one in notes, and stops at its cap. With only the
whole folded text indexed, it had to read every match (a common word: thousands of notes)
to find the names among them, or keep an arbitrary few (issues 12 and 14). `name_text` is
the folded name alone: on SQLite an FTS5 trigram index over the people's (`person_name_
search`; 2,000 accounts are read whole), on PostgreSQL pg_trgm GIN indexes, where the
contact history, family, proposals and meetings get one over their folded text too
(the people's names one of their own).
Only columns are added (no batch rebuild): the triggers of 0002, 0003 and 0009 stay.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from kamdesk.domain.folding import fold
from kamdesk.store.search_index import create_search_index

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NAMES = {"account": "name", "person": "full_name"}
# pg_trgm GIN indexes this revision adds (0008 made those of account and person.search_text).
# Not one on the accounts' names: 2,000 rows are read whole in 0.2 ms, where planning a
# trigram lookup took 5.
SERVER_INDEXES = {
    "ix_person_name_search_trgm": ("person", "name_text"),
    "ix_family_member_search_trgm": ("family_member", "search_text"),
    "ix_proposal_search_trgm": ("proposal", "search_text"),
    "ix_meeting_search_trgm": ("meeting", "search_text"),
    "ix_interaction_search_trgm": ("interaction", "search_text"),
}
_BATCH = 5000


def _fill(table: str, name: str) -> None:
    """Fold every name once, in batches in rowid-free key order (both engines)."""
    bind = op.get_bind()
    rows = sa.table(table, sa.column("id", sa.Uuid()), sa.column(name, sa.String()),
                    sa.column("name_text", sa.Text()))
    after = None
    while True:
        query = sa.select(rows.c.id, rows.c[name]).order_by(rows.c.id).limit(_BATCH)
        if after is not None:
            query = query.where(rows.c.id > after)
        batch = bind.execute(query).all()
        if not batch:
            return
        bind.execute(rows.update().where(rows.c.id == sa.bindparam("key"))
                     .values(name_text=sa.bindparam("folded")),
                     [{"key": key, "folded": fold(value or "")} for key, value in batch])
        after = batch[-1][0]


def upgrade() -> None:
    for table, name in NAMES.items():
        op.add_column(table, sa.Column("name_text", sa.Text(), server_default="",
                                       nullable=False))
        _fill(table, name)
    if op.get_bind().dialect.name == "sqlite":
        for statement in create_search_index("person", "name_text"):
            op.execute(statement)
    else:
        _server_indexes()


def _server_indexes() -> None:
    bind = op.get_bind()
    has_trigram = bind.exec_driver_sql(
        "SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'").first()
    if not has_trigram:  # refused in 0008 (not the owner): search works, only slower
        return
    for index, (table, column) in SERVER_INDEXES.items():
        op.execute(f"CREATE INDEX IF NOT EXISTS {index} ON {table} "
                   f"USING gin ({column} gin_trgm_ops)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for suffix in ("ai", "ad", "au"):
            op.execute(f"DROP TRIGGER IF EXISTS person_name_search_{suffix}")
        op.execute("DROP TABLE IF EXISTS person_name_search")
    else:
        for index in SERVER_INDEXES:
            op.execute(f"DROP INDEX IF EXISTS {index}")
    for table in NAMES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("name_text")
    if op.get_bind().dialect.name == "sqlite":  # the rebuilds dropped their triggers
        from kamdesk.store.contact_summary import trigger_statements

        for table in NAMES:
            for statement in create_search_index(table):
                op.execute(statement)
        for statement in trigger_statements("sqlite"):
            op.execute(statement)
