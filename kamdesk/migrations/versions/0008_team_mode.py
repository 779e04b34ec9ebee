"""team mode: KAM users, account owner and deputy, handover log, row versions, private notes

Revision ID: 0008
Revises: 0006
Create Date: 2026-12-01 20:40:00

Only columns are added (no batch rebuild), so the SQLite search triggers of 0002 stay and no
row moves. Existing accounts keep no owner: on a laptop of one, an account nobody owns is the
user's own; a department assigns owners when it moves to the server (`kamdesk handover`).
Every existing row starts at row version 1.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from kamdesk.store.search_index import INDEXED_TABLES, create_search_index

revision: str = "0008"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Every table created before this revision with an id (0001, and 0004's logs): each gets a
# row version.
VERSIONED = (
    "account", "revenue_figure", "interaction", "meeting", "service_case",
    "cross_sell_opportunity", "recommendation_letter", "referral", "proposal",
    "proposal_team_member", "tender", "tender_checklist_item", "task", "person",
    "contact_point", "family_member", "erasure_log", "audit_log",
)


def _record_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default="1", nullable=False),
    ]


def _add_references(table: str, names: list[str], target: str) -> None:
    """Nullable links added to an existing table. On SQLite the batch rebuilds the table,
    which drops the search triggers of 0002 with the old one: they are made again, and the
    index refilled (the rebuilt rows may get new rowids)."""
    with op.batch_alter_table(table) as batch:
        for name in names:
            batch.add_column(sa.Column(name, sa.Uuid(), nullable=True))
            batch.create_foreign_key(
                f"fk_{table}_{name}_{target}", target, [name], ["id"], ondelete="SET NULL"
            )
    if op.get_bind().dialect.name == "sqlite" and table in INDEXED_TABLES:
        for statement in create_search_index(table):
            op.execute(statement)


def upgrade() -> None:
    op.create_table(
        "kam_user",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("db_role", sa.String(length=63), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("deleted_batch", sa.Uuid(), nullable=True),
        *_record_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kam_user")),
        sa.UniqueConstraint("email", name=op.f("uq_kam_user_email")),
        sa.UniqueConstraint("db_role", name=op.f("uq_kam_user_db_role")),
    )
    op.create_index(op.f("ix_kam_user_deleted_batch"), "kam_user", ["deleted_batch"])
    for table in VERSIONED:
        op.add_column(
            table, sa.Column("row_version", sa.Integer(), server_default="1", nullable=False)
        )
    _add_references("account", ["owner_id", "deputy_id"], "kam_user")
    for name in ("owner_id", "deputy_id"):
        op.create_index(op.f(f"ix_account_{name}"), "account", [name])
    _add_references("interaction", ["author_id"], "kam_user")
    op.add_column(
        "interaction", sa.Column("private", sa.Boolean(), server_default=sa.false(),
                                 nullable=False)
    )
    op.create_table(
        "handover_log",
        sa.Column("account_id", sa.Uuid(), nullable=False),
        sa.Column("from_user_id", sa.Uuid(), nullable=True),
        sa.Column("to_user_id", sa.Uuid(), nullable=True),
        sa.Column("batch", sa.Uuid(), nullable=False),
        sa.Column("handed_over_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        *_record_columns(),
        sa.ForeignKeyConstraint(["account_id"], ["account.id"],
                                name=op.f("fk_handover_log_account_id_account"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["from_user_id"], ["kam_user.id"],
                                name=op.f("fk_handover_log_from_user_id_kam_user"),
                                ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["to_user_id"], ["kam_user.id"],
                                name=op.f("fk_handover_log_to_user_id_kam_user"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_handover_log")),
    )
    op.create_index(op.f("ix_handover_log_account_id"), "handover_log", ["account_id"])
    op.create_index(op.f("ix_handover_log_batch"), "handover_log", ["batch"])
    if op.get_bind().dialect.name == "postgresql":
        _trigram_indexes()


# On PostgreSQL the search is LIKE '%word%' over the folded column (the same meaning as
# SQLite's FTS5 trigram index); a pg_trgm GIN index makes that fast. pg_trgm is a trusted
# extension (PostgreSQL 13+): the database's owner may create it. Where that is refused,
# search still works, only slower: the migration does not fail for it.
TRIGRAM_INDEXES = {"account": "ix_account_search_trgm", "person": "ix_person_search_trgm"}


def _trigram_indexes() -> None:
    bind = op.get_bind()
    try:
        with bind.begin_nested():
            bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except sa.exc.DBAPIError:
        return
    for table, name in TRIGRAM_INDEXES.items():
        op.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {table} "
                   "USING gin (search_text gin_trgm_ops)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for name in TRIGRAM_INDEXES.values():
            op.execute(f"DROP INDEX IF EXISTS {name}")
    op.drop_table("handover_log")
    with op.batch_alter_table("interaction") as batch:
        batch.drop_column("private")
        batch.drop_column("author_id")
    with op.batch_alter_table("account") as batch:
        batch.drop_index("ix_account_deputy_id")
        batch.drop_index("ix_account_owner_id")
        batch.drop_column("deputy_id")
        batch.drop_column("owner_id")
    if op.get_bind().dialect.name == "sqlite":
        for statement in create_search_index("account"):
            op.execute(statement)
    for table in VERSIONED:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("row_version")
    op.drop_table("kam_user")
