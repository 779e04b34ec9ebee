"""full-text search: FTS5 trigram indexes over the folded search text (SQLite only)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27 10:00:00

The index is an external-content FTS5 table over `search_text`, which the application fills
with case- and diacritics-folded text (FTS5 itself does not fold ł, đ, ø, ß). The trigram
tokenizer gives substring matches ("otowsk" finds "Złotowski"), the same meaning as the
portable LIKE search used on PostgreSQL. Triggers keep the index in step on every write.

A later batch migration that rebuilds `account` or `person` drops these triggers with the
old table: such a migration must call `create_search_index` again.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The DDL lives in the store, so `kamdesk check --repair` and any later migration that
# rebuilds `account` or `person` (dropping the triggers with the old table) use the same text.
from kamdesk.store.search_index import create_search_index  # noqa: E402

# The tables this revision indexed; 0003 adds its own (store.search_index.INDEXED_TABLES).
INDEXED_TABLES = ("account", "person")


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return  # PostgreSQL searches the folded column with LIKE
    for table in INDEXED_TABLES:
        for statement in create_search_index(table):
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table in INDEXED_TABLES:
        fts = f"{table}_search"
        for suffix in ("ai", "ad", "au"):
            op.execute(f"DROP TRIGGER IF EXISTS {fts}_{suffix}")
        op.execute(f"DROP TABLE IF EXISTS {fts}")
