"""the whole dossier store

Revision ID: 0001
Revises:
Create Date: 2026-11-27 09:14:13.081556
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "account",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "tier",
            sa.Enum(
                "key", "image", "regular", "prospect", name="tier", native_enum=False, length=32
            ),
            nullable=False,
        ),
        sa.Column("industry", sa.String(length=200), nullable=False),
        sa.Column("region", sa.String(length=200), nullable=False),
        sa.Column("city", sa.String(length=200), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column(
            "lead_source",
            sa.Enum(
                "cold_call",
                "recommendation",
                "exhibition",
                "letter",
                "tender",
                "inbound",
                "other",
                name="leadsource",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("website", sa.String(length=300), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("deleted_batch", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_account")),
    )
    with op.batch_alter_table("account", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_account_deleted_batch"), ["deleted_batch"], unique=False
        )
        batch_op.create_index("ix_account_name", ["name"], unique=False)

    op.create_table(
        "cross_sell_opportunity",
        sa.Column("account_id", sa.Uuid(), nullable=False),
        sa.Column("division", sa.String(length=200), nullable=False),
        sa.Column("offering", sa.String(length=200), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "idea",
                "qualified",
                "proposed",
                "won",
                "lost",
                name="crosssellstatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("estimated_value", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("deleted_batch", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_cross_sell_opportunity_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cross_sell_opportunity")),
    )
    with op.batch_alter_table("cross_sell_opportunity", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_cross_sell_opportunity_account_id"), ["account_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_cross_sell_opportunity_deleted_batch"), ["deleted_batch"], unique=False
        )

    op.create_table(
        "interaction",
        sa.Column("account_id", sa.Uuid(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "call",
                "meeting",
                "email",
                "letter",
                "visit",
                "event",
                "feedback",
                "attempt",
                "objection",
                name="interactionkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("summary", sa.String(length=500), nullable=False),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("deleted_batch", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_interaction_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interaction")),
    )
    with op.batch_alter_table("interaction", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_interaction_account_id"), ["account_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_interaction_deleted_batch"), ["deleted_batch"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_interaction_occurred_at"), ["occurred_at"], unique=False
        )

    op.create_table(
        "meeting",
        sa.Column("account_id", sa.Uuid(), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("place", sa.String(length=300), nullable=False),
        sa.Column("objective", sa.String(length=500), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("deleted_batch", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_meeting_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting")),
    )
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meeting_account_id"), ["account_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_meeting_deleted_batch"), ["deleted_batch"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_meeting_starts_at"), ["starts_at"], unique=False)

    op.create_table(
        "person",
        sa.Column("account_id", sa.Uuid(), nullable=False),
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("given_name", sa.String(length=100), nullable=False),
        sa.Column("family_name", sa.String(length=100), nullable=False),
        sa.Column("position", sa.String(length=200), nullable=False),
        sa.Column("department", sa.String(length=200), nullable=False),
        sa.Column("reports_to_id", sa.Uuid(), nullable=True),
        sa.Column(
            "dmu_role",
            sa.Enum(
                "decision_maker",
                "economic_buyer",
                "technical_evaluator",
                "hr",
                "user",
                "gatekeeper",
                "champion",
                "influencer",
                name="dmurole",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column(
            "dmu_type",
            sa.Enum(
                "top_manager",
                "hr",
                "financier",
                "technical",
                "other",
                name="dmutype",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column(
            "stance",
            sa.Enum(
                "supporter",
                "favourable",
                "neutral",
                "sceptic",
                "opponent",
                name="stance",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("influence", sa.SmallInteger(), nullable=True),
        sa.Column("hobbies", sa.Text(), nullable=False),
        sa.Column("values", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("birth_year", sa.SmallInteger(), nullable=True),
        sa.Column("birth_month", sa.SmallInteger(), nullable=True),
        sa.Column("birth_day", sa.SmallInteger(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("deleted_batch", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_person_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["reports_to_id"],
            ["person.id"],
            name=op.f("fk_person_reports_to_id_person"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_account_id"), ["account_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_person_deleted_batch"), ["deleted_batch"], unique=False
        )
        batch_op.create_index("ix_person_full_name", ["full_name"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_person_reports_to_id"), ["reports_to_id"], unique=False
        )

    op.create_table(
        "proposal",
        sa.Column("account_id", sa.Uuid(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("value", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "draft",
                "sent",
                "won",
                "lost",
                "withdrawn",
                name="proposalstatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("sent_on", sa.Date(), nullable=True),
        sa.Column("expires_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("deleted_batch", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_proposal_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_proposal")),
    )
    with op.batch_alter_table("proposal", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_proposal_account_id"), ["account_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_proposal_deleted_batch"), ["deleted_batch"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_proposal_expires_on"), ["expires_on"], unique=False)

    op.create_table(
        "revenue_figure",
        sa.Column("account_id", sa.Uuid(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("quarter", sa.Integer(), nullable=True),
        sa.Column("planned", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("actual", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_revenue_figure_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_revenue_figure")),
    )
    with op.batch_alter_table("revenue_figure", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_revenue_figure_account_id"), ["account_id"], unique=False
        )

    op.create_table(
        "tender",
        sa.Column("account_id", sa.Uuid(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("tender_date", sa.Date(), nullable=False),
        sa.Column("preparation_start", sa.Date(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("deleted_batch", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_tender_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tender")),
    )
    with op.batch_alter_table("tender", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_tender_account_id"), ["account_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_tender_deleted_batch"), ["deleted_batch"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_tender_tender_date"), ["tender_date"], unique=False)

    op.create_table(
        "contact_point",
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("label", sa.String(length=32), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("normalized", sa.String(length=320), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_contact_point_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_point")),
    )
    with op.batch_alter_table("contact_point", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_contact_point_normalized"), ["normalized"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_contact_point_person_id"), ["person_id"], unique=False)

    op.create_table(
        "family_member",
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("relation", sa.String(length=64), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("birth_year", sa.SmallInteger(), nullable=True),
        sa.Column("birth_month", sa.SmallInteger(), nullable=True),
        sa.Column("birth_day", sa.SmallInteger(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("deleted_batch", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_family_member_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_family_member")),
    )
    with op.batch_alter_table("family_member", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_family_member_deleted_batch"), ["deleted_batch"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_family_member_person_id"), ["person_id"], unique=False)

    op.create_table(
        "interaction_person",
        sa.Column("interaction_id", sa.Uuid(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["interaction_id"],
            ["interaction.id"],
            name=op.f("fk_interaction_person_interaction_id_interaction"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_interaction_person_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("interaction_id", "person_id", name=op.f("pk_interaction_person")),
    )
    op.create_table(
        "meeting_attendee",
        sa.Column("meeting_id", sa.Uuid(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_meeting_attendee_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_meeting_attendee_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("meeting_id", "person_id", name=op.f("pk_meeting_attendee")),
    )
    op.create_table(
        "proposal_team_member",
        sa.Column("proposal_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=200), nullable=False),
        sa.Column("contact", sa.String(length=300), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["proposal_id"],
            ["proposal.id"],
            name=op.f("fk_proposal_team_member_proposal_id_proposal"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_proposal_team_member")),
    )
    with op.batch_alter_table("proposal_team_member", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_proposal_team_member_proposal_id"), ["proposal_id"], unique=False
        )

    op.create_table(
        "recommendation_letter",
        sa.Column("account_id", sa.Uuid(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "asked", "received", "declined", name="letterstatus", native_enum=False, length=32
            ),
            nullable=False,
        ),
        sa.Column("asked_on", sa.Date(), nullable=True),
        sa.Column("received_on", sa.Date(), nullable=True),
        sa.Column("may_publish", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("deleted_batch", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_recommendation_letter_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_recommendation_letter_person_id_person"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recommendation_letter")),
    )
    with op.batch_alter_table("recommendation_letter", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_recommendation_letter_account_id"), ["account_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_recommendation_letter_deleted_batch"), ["deleted_batch"], unique=False
        )

    op.create_table(
        "referral",
        sa.Column("account_id", sa.Uuid(), nullable=False),
        sa.Column("referrer_id", sa.Uuid(), nullable=True),
        sa.Column("referred_to", sa.String(length=300), nullable=False),
        sa.Column("referred_account_id", sa.Uuid(), nullable=True),
        sa.Column("referred_on", sa.Date(), nullable=True),
        sa.Column(
            "outcome",
            sa.Enum(
                "pending",
                "meeting",
                "client",
                "nothing",
                name="referraloutcome",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("deleted_batch", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_referral_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["referred_account_id"],
            ["account.id"],
            name=op.f("fk_referral_referred_account_id_account"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["referrer_id"],
            ["person.id"],
            name=op.f("fk_referral_referrer_id_person"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referral")),
    )
    with op.batch_alter_table("referral", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_referral_account_id"), ["account_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_referral_deleted_batch"), ["deleted_batch"], unique=False
        )

    op.create_table(
        "service_case",
        sa.Column("account_id", sa.Uuid(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "complaint",
                "wish",
                "misunderstanding",
                name="servicecasekind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("opened_on", sa.Date(), nullable=False),
        sa.Column("resolved_on", sa.Date(), nullable=True),
        sa.Column("resolution", sa.Text(), nullable=False),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("deleted_batch", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_service_case_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_service_case_person_id_person"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_case")),
    )
    with op.batch_alter_table("service_case", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_service_case_account_id"), ["account_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_service_case_deleted_batch"), ["deleted_batch"], unique=False
        )

    op.create_table(
        "task",
        sa.Column("account_id", sa.Uuid(), nullable=True),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("done_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("proposal_id", sa.Uuid(), nullable=True),
        sa.Column(
            "follow_up_step",
            sa.Enum(
                "send",
                "confirm_receipt",
                "ask_next_steps",
                "ask_timeline",
                "agree_checkpoint",
                name="followupstep",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("tender_id", sa.Uuid(), nullable=True),
        sa.Column("person_id", sa.Uuid(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("deleted_batch", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_task_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_task_person_id_person"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["proposal_id"],
            ["proposal.id"],
            name=op.f("fk_task_proposal_id_proposal"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["tender_id"], ["tender.id"], name=op.f("fk_task_tender_id_tender"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_task")),
    )
    with op.batch_alter_table("task", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_task_account_id"), ["account_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_task_deleted_batch"), ["deleted_batch"], unique=False)
        batch_op.create_index(batch_op.f("ix_task_due_on"), ["due_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_task_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_task_proposal_id"), ["proposal_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_task_tender_id"), ["tender_id"], unique=False)

    op.create_table(
        "tender_checklist_item",
        sa.Column("tender_id", sa.Uuid(), nullable=False),
        sa.Column("text", sa.String(length=300), nullable=False),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_tender_checklist_item_person_id_person"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["tender_id"],
            ["tender.id"],
            name=op.f("fk_tender_checklist_item_tender_id_tender"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tender_checklist_item")),
    )
    with op.batch_alter_table("tender_checklist_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_tender_checklist_item_tender_id"), ["tender_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("tender_checklist_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tender_checklist_item_tender_id"))

    op.drop_table("tender_checklist_item")
    with op.batch_alter_table("task", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_task_tender_id"))
        batch_op.drop_index(batch_op.f("ix_task_proposal_id"))
        batch_op.drop_index(batch_op.f("ix_task_person_id"))
        batch_op.drop_index(batch_op.f("ix_task_due_on"))
        batch_op.drop_index(batch_op.f("ix_task_deleted_batch"))
        batch_op.drop_index(batch_op.f("ix_task_account_id"))

    op.drop_table("task")
    with op.batch_alter_table("service_case", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_service_case_deleted_batch"))
        batch_op.drop_index(batch_op.f("ix_service_case_account_id"))

    op.drop_table("service_case")
    with op.batch_alter_table("referral", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_referral_deleted_batch"))
        batch_op.drop_index(batch_op.f("ix_referral_account_id"))

    op.drop_table("referral")
    with op.batch_alter_table("recommendation_letter", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_recommendation_letter_deleted_batch"))
        batch_op.drop_index(batch_op.f("ix_recommendation_letter_account_id"))

    op.drop_table("recommendation_letter")
    with op.batch_alter_table("proposal_team_member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_proposal_team_member_proposal_id"))

    op.drop_table("proposal_team_member")
    op.drop_table("meeting_attendee")
    op.drop_table("interaction_person")
    with op.batch_alter_table("family_member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_family_member_person_id"))
        batch_op.drop_index(batch_op.f("ix_family_member_deleted_batch"))

    op.drop_table("family_member")
    with op.batch_alter_table("contact_point", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_point_person_id"))
        batch_op.drop_index(batch_op.f("ix_contact_point_normalized"))

    op.drop_table("contact_point")
    with op.batch_alter_table("tender", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tender_tender_date"))
        batch_op.drop_index(batch_op.f("ix_tender_deleted_batch"))
        batch_op.drop_index(batch_op.f("ix_tender_account_id"))

    op.drop_table("tender")
    with op.batch_alter_table("revenue_figure", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_revenue_figure_account_id"))

    op.drop_table("revenue_figure")
    with op.batch_alter_table("proposal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_proposal_expires_on"))
        batch_op.drop_index(batch_op.f("ix_proposal_deleted_batch"))
        batch_op.drop_index(batch_op.f("ix_proposal_account_id"))

    op.drop_table("proposal")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_reports_to_id"))
        batch_op.drop_index("ix_person_full_name")
        batch_op.drop_index(batch_op.f("ix_person_deleted_batch"))
        batch_op.drop_index(batch_op.f("ix_person_account_id"))

    op.drop_table("person")
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_starts_at"))
        batch_op.drop_index(batch_op.f("ix_meeting_deleted_batch"))
        batch_op.drop_index(batch_op.f("ix_meeting_account_id"))

    op.drop_table("meeting")
    with op.batch_alter_table("interaction", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_interaction_occurred_at"))
        batch_op.drop_index(batch_op.f("ix_interaction_deleted_batch"))
        batch_op.drop_index(batch_op.f("ix_interaction_account_id"))

    op.drop_table("interaction")
    with op.batch_alter_table("cross_sell_opportunity", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cross_sell_opportunity_deleted_batch"))
        batch_op.drop_index(batch_op.f("ix_cross_sell_opportunity_account_id"))

    op.drop_table("cross_sell_opportunity")
    with op.batch_alter_table("account", schema=None) as batch_op:
        batch_op.drop_index("ix_account_name")
        batch_op.drop_index(batch_op.f("ix_account_deleted_batch"))

    op.drop_table("account")
