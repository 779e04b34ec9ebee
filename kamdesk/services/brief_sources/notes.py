"""What a brief adds from the KAM's own notes: each person's phone, e-mail, open cases and
what they said last time; the last meeting's outcome; a trip's itinerary.

Core selects over the tables, like `reading`, so the ORM is never configured.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kamdesk.domain.folding import fold
from kamdesk.services.brief_sources.facts import ItineraryStop, OutcomeFact, PersonExtra
from kamdesk.store.tables import (
    account_table,
    contact_point_table,
    interaction_person,
    interaction_table,
    meeting_attendee,
    meeting_table,
    person_table,
    service_case_table,
)

CONTACT, INTERACTION, CASE = contact_point_table.c, interaction_table.c, service_case_table.c
MEETING, PERSON, ACCOUNT = meeting_table.c, person_table.c, account_table.c


def person_extras(s: Session, person_ids: list[uuid.UUID]) -> dict[uuid.UUID, PersonExtra]:
    """Phone, e-mail (the first of each), open cases (oldest first) and the newest contact's
    words for each person."""
    if not person_ids:
        return {}
    phones: dict[uuid.UUID, str] = {}
    emails: dict[uuid.UUID, str] = {}
    for person_id, kind, value in s.execute(
        select(CONTACT.person_id, CONTACT.kind, CONTACT.value)
        .where(CONTACT.person_id.in_(person_ids), CONTACT.kind.in_(("phone", "email")))
        .order_by(CONTACT.position)
    ):
        (phones if kind == "phone" else emails).setdefault(person_id, value)
    cases: dict[uuid.UUID, list[str]] = {}
    for person_id, title in s.execute(
        select(CASE.person_id, CASE.title)
        .where(CASE.person_id.in_(person_ids), CASE.deleted_at.is_(None),
               CASE.resolved_on.is_(None))
        .order_by(CASE.opened_on)
    ):
        cases.setdefault(person_id, []).append(title)
    link = interaction_person.c
    newest = (
        select(link.person_id, INTERACTION.summary, INTERACTION.details,
               func.row_number().over(partition_by=link.person_id,
                                      order_by=INTERACTION.occurred_at.desc()).label("n"))
        .join_from(interaction_person, interaction_table, INTERACTION.id == link.interaction_id)
        .where(link.person_id.in_(person_ids), INTERACTION.deleted_at.is_(None))
        .subquery()
    )
    said = {
        person_id: (details or "").strip() or _words_of(summary)
        for person_id, summary, details in s.execute(
            select(newest.c.person_id, newest.c.summary, newest.c.details).where(newest.c.n == 1)
        )
    }
    return {
        i: PersonExtra(phones.get(i, ""), emails.get(i, ""), tuple(cases.get(i, ())),
                       said.get(i, ""))
        for i in person_ids
    }


def _utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC) if moment.tzinfo else moment


def _words_of(summary: str) -> str:
    """A summary without its "Call with Jan Kowalski:" lead, when it has one."""
    head, sep, rest = summary.partition(": ")
    return rest.strip() if sep and " with " in head and rest.strip() else summary.strip()


def last_meeting_outcome(s: Session, account_id: uuid.UUID,
                         before: datetime | None) -> OutcomeFact | None:
    """The newest recorded meeting outcome of the account (an entry linked to a meeting,
    else the newest entry of kind meeting), before `before` when given."""
    where = [INTERACTION.account_id == account_id, INTERACTION.deleted_at.is_(None)]
    if before is not None:  # in UTC: SQLite compares the stored UTC digits
        where.append(INTERACTION.occurred_at < _utc(before))
    for extra in (INTERACTION.meeting_id.is_not(None), INTERACTION.kind == "meeting"):
        row = s.execute(
            select(INTERACTION.id, INTERACTION.occurred_at, INTERACTION.summary,
                   INTERACTION.details)
            .where(*where, extra).order_by(INTERACTION.occurred_at.desc()).limit(1)
        ).first()
        if row is not None:
            names = sorted(s.scalars(
                select(PERSON.full_name)
                .join_from(interaction_person, person_table,
                           interaction_person.c.person_id == PERSON.id)
                .where(interaction_person.c.interaction_id == row.id, PERSON.deleted_at.is_(None))
            ), key=fold)
            return OutcomeFact(row.occurred_at, row.summary, row.details, tuple(names))
    return None


def itinerary(s: Session, city: str, after: datetime) -> list[ItineraryStop]:
    """The planned meetings of a trip to `city`: those of accounts in the city (any
    spelling) from `after` on, soonest first, with their attendees."""
    wanted = fold(city)
    after = _utc(after)
    rows = s.execute(
        select(MEETING.id, MEETING.account_id, ACCOUNT.name, ACCOUNT.city, MEETING.starts_at,
               MEETING.time_zone, MEETING.place, MEETING.objective)
        .join_from(meeting_table, account_table, MEETING.account_id == ACCOUNT.id)
        .where(MEETING.deleted_at.is_(None), ACCOUNT.deleted_at.is_(None),
               MEETING.starts_at >= after)
        .order_by(MEETING.starts_at)
    ).all()
    rows = [r for r in rows if wanted and fold(r.city) == wanted]
    attendees: dict[uuid.UUID, list[str]] = {r.id: [] for r in rows}
    if rows:
        for meeting_id, name in s.execute(
            select(meeting_attendee.c.meeting_id, PERSON.full_name)
            .join_from(meeting_attendee, person_table, meeting_attendee.c.person_id == PERSON.id)
            .where(meeting_attendee.c.meeting_id.in_(list(attendees)),
                   PERSON.deleted_at.is_(None))
        ):
            attendees[meeting_id].append(name)
    return [ItineraryStop(r.id, r.account_id, r.name, r.starts_at, r.time_zone, r.place,
                          r.objective, tuple(sorted(attendees[r.id], key=fold)))
            for r in rows]
