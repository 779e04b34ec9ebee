"""Contacts with the client: logged interactions and planned meetings."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Column, ForeignKey, Index, String, Table, Text, false, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kamdesk.domain.enums import InteractionKind
from kamdesk.store.base import Trashable
from kamdesk.store.columns import enum_type, metadata, reference
from kamdesk.store.models.people import Person
from kamdesk.store.search_fields import search_text_default

__all__ = ["Interaction", "Meeting", "interaction_person", "meeting_attendee"]

RECORDED_MEETING = text("meeting_id IS NOT NULL")

# Plain link tables: no class of their own, the relationships below read them.
interaction_person = Table(
    "interaction_person", metadata,
    Column("interaction_id", ForeignKey("interaction.id", ondelete="CASCADE"), primary_key=True),
    Column("person_id", ForeignKey("person.id", ondelete="CASCADE"), primary_key=True),
    # A person's history and last contact: the key above only serves "who was in it".
    Index("ix_interaction_person_person_id", "person_id"),
)

meeting_attendee = Table(
    "meeting_attendee", metadata,
    Column("meeting_id", ForeignKey("meeting.id", ondelete="CASCADE"), primary_key=True),
    Column("person_id", ForeignKey("person.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_meeting_attendee_person_id", "person_id"),
)


class Interaction(Trashable):
    """A call, visit, letter, feedback or objection: one entry of the contact history."""

    __tablename__ = "interaction"
    # An account's history newest first, without sorting all of it.
    __table_args__ = (
        Index("ix_interaction_account_id_occurred_at", "account_id", "occurred_at"),
        # "Has this meeting an outcome?" for the agenda: the plain index on meeting_id is
        # almost all NULLs, so SQLite's statistics make it look useless and it scans a
        # million rows.
        Index("ix_interaction_recorded_meeting", "meeting_id", sqlite_where=RECORDED_MEETING,
              postgresql_where=RECORDED_MEETING),
    )

    account_id: Mapped[uuid.UUID] = reference("account.id")
    kind: Mapped[InteractionKind] = mapped_column(enum_type(InteractionKind))
    occurred_at: Mapped[datetime] = mapped_column(index=True)
    summary: Mapped[str] = mapped_column(String(500))
    details: Mapped[str] = mapped_column(Text, default="")
    # The planned meeting this entry records the outcome of (None for any other contact).
    meeting_id: Mapped[uuid.UUID | None] = reference("meeting.id", ondelete="SET NULL",
                                                     optional=True)
    search_text: Mapped[str] = mapped_column(Text, default=search_text_default("interaction"))
    # Who wrote it; a private note is shown to its author only (enforced on a team server).
    author_id: Mapped[uuid.UUID | None] = reference("kam_user.id", ondelete="SET NULL",
                                                    optional=True, index=False)
    private: Mapped[bool] = mapped_column(default=False, server_default=false())

    people: Mapped[list[Person]] = relationship(secondary=interaction_person)


class Meeting(Trashable):
    __tablename__ = "meeting"

    account_id: Mapped[uuid.UUID] = reference("account.id")
    starts_at: Mapped[datetime] = mapped_column(index=True)
    # IANA zone of the place ("Asia/Manila"): the meeting is printed in the place's local
    # time. "" for a meeting saved before zones were kept: the machine's zone is assumed.
    time_zone: Mapped[str] = mapped_column(String(64), default="")
    place: Mapped[str] = mapped_column(String(300), default="")
    objective: Mapped[str] = mapped_column(String(500), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    search_text: Mapped[str] = mapped_column(Text, default=search_text_default("meeting"))

    attendees: Mapped[list[Person]] = relationship(secondary=meeting_attendee)
