"""Contacts with the client: logged interactions and planned meetings (columns in
`store.tables.activity`)."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy.orm import Mapped, relationship

from kamdesk.domain.enums import InteractionKind
from kamdesk.store.base import Trashable
from kamdesk.store.models.people import Person
from kamdesk.store.tables import (
    interaction_person,
    interaction_table,
    meeting_attendee,
    meeting_table,
)

__all__ = ["Interaction", "Meeting", "interaction_person", "meeting_attendee"]


class Interaction(Trashable):
    """A call, visit, letter, feedback or objection: one entry of the contact history."""

    __table__ = interaction_table

    account_id: Mapped[uuid.UUID]
    kind: Mapped[InteractionKind]
    occurred_at: Mapped[datetime]
    summary: Mapped[str]
    details: Mapped[str]
    meeting_id: Mapped[uuid.UUID | None]  # the meeting this entry records the outcome of
    search_text: Mapped[str]
    author_id: Mapped[uuid.UUID | None]
    private: Mapped[bool]  # shown to its author only

    people: Mapped[list[Person]] = relationship(secondary=interaction_person)


class Meeting(Trashable):
    __table__ = meeting_table

    account_id: Mapped[uuid.UUID]
    starts_at: Mapped[datetime]
    time_zone: Mapped[str]  # IANA zone of the place, "" when unknown
    place: Mapped[str]
    objective: Mapped[str]
    notes: Mapped[str]
    search_text: Mapped[str]

    attendees: Mapped[list[Person]] = relationship(secondary=meeting_attendee)
