"""privacy: legal basis, source, collection and review dates per person; erasure and audit logs

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 20:40:00

The person columns are added with plain ALTER TABLE (no batch rebuild), so the search
index triggers on `person` stay in place.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LEGAL_BASES = (
    "consent", "contract", "legitimate_interest", "legal_obligation", "vital_interest",
    "public_task",
)


def _record_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    ]


def upgrade() -> None:
    op.add_column(
        "person",
        sa.Column("legal_basis", sa.Enum(*LEGAL_BASES, name="legalbasis", native_enum=False,
                                         length=32), nullable=True),
    )
    op.add_column(
        "person",
        sa.Column("data_source", sa.String(300), nullable=False, server_default=""),
    )
    op.add_column("person", sa.Column("collected_on", sa.Date(), nullable=True))
    op.add_column("person", sa.Column("review_on", sa.Date(), nullable=True))
    op.create_index("ix_person_review_on", "person", ["review_on"], unique=False)
    op.create_table(
        "erasure_log",
        sa.Column("subject", sa.String(64), nullable=False),
        sa.Column("erased_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("erased_by", sa.String(200), nullable=False),
        *_record_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_erasure_log")),
        sa.UniqueConstraint("subject", name=op.f("uq_erasure_log_subject")),
    )
    op.create_table(
        "audit_log",
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("account_name", sa.String(300), nullable=False),
        sa.Column("destination", sa.Text(), nullable=False),
        sa.Column("done_by", sa.String(200), nullable=False),
        *_record_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    op.create_index("ix_audit_log_occurred_at", "audit_log", ["occurred_at"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_audit_log_occurred_at", table_name="audit_log")
    op.drop_table("audit_log")
    op.drop_table("erasure_log")
    op.drop_index("ix_person_review_on", table_name="person")
    with op.batch_alter_table("person") as batch:
        for column in ("review_on", "collected_on", "data_source", "legal_basis"):
            batch.drop_column(column)
