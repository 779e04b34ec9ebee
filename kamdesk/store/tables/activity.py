"""Contacts with the client: logged interactions and planned meetings."""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Index,
    String,
    Table,
    Text,
    false,
    text,
)

from kamdesk.domain.enums import InteractionKind
from kamdesk.store.tables.columns import enum_type, metadata, reference, trashable_columns

RECORDED_MEETING = text("meeting_id IS NOT NULL")

interaction_person = Table(
    "interaction_person", metadata,
    Column("interaction_id", ForeignKey("interaction.id", ondelete="CASCADE"), primary_key=True),
    Column("person_id", ForeignKey("person.id", ondelete="CASCADE"), primary_key=True),
    # A person's history and last contact: the key above only serves "who was in it".
    Index("ix_interaction_person_person_id", "person_id"),
)  # fmt: skip

meeting_attendee = Table(
    "meeting_attendee", metadata,
    Column("meeting_id", ForeignKey("meeting.id", ondelete="CASCADE"), primary_key=True),
    Column("person_id", ForeignKey("person.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_meeting_attendee_person_id", "person_id"),
)  # fmt: skip

# A call, visit, letter, feedback or objection: one entry of the contact history.
interaction_table = Table(
    "interaction", metadata,
    reference("account_id", "account.id"),
    Column("kind", enum_type(InteractionKind), nullable=False),
    Column("occurred_at", DateTime(timezone=True), nullable=False, index=True),
    Column("summary", String(500), nullable=False),
    Column("details", Text, nullable=False, default=""),
    # The planned meeting this entry records the outcome of (None for any other contact).
    reference("meeting_id", "meeting.id", ondelete="SET NULL", optional=True),
    Column("search_text", Text, nullable=False, default=""),
    # Who wrote it; a private note is shown to its author only (enforced on a team server).
    reference("author_id", "kam_user.id", ondelete="SET NULL", optional=True, index=False),
    Column("private", Boolean, nullable=False, default=False, server_default=false()),
    *trashable_columns(),
    # An account's history newest first, without sorting all of it.
    Index("ix_interaction_account_id_occurred_at", "account_id", "occurred_at"),
    # "Has this meeting an outcome?" for the agenda: the plain index on meeting_id is almost
    # all NULLs, so SQLite's statistics make it look useless and it scans a million rows.
    Index("ix_interaction_recorded_meeting", "meeting_id", sqlite_where=RECORDED_MEETING,
          postgresql_where=RECORDED_MEETING),
)  # fmt: skip

meeting_table = Table(
    "meeting", metadata,
    reference("account_id", "account.id"),
    Column("starts_at", DateTime(timezone=True), nullable=False, index=True),
    # IANA zone of the place ("Asia/Manila"): the meeting is printed in the place's local
    # time. "" for a meeting saved before zones were kept: the machine's zone is assumed.
    Column("time_zone", String(64), nullable=False, default=""),
    Column("place", String(300), nullable=False, default=""),
    Column("objective", String(500), nullable=False, default=""),
    Column("notes", Text, nullable=False, default=""),
    Column("search_text", Text, nullable=False, default=""),
    *trashable_columns(),
)  # fmt: skip
