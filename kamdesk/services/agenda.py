"""The agenda: what needs the KAM's attention in the coming days, across all accounts."""

from __future__ import annotations

import calendar
import uuid
from collections.abc import Collection, Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum
from typing import Any

from sqlalchemy import Column, ColumnCollection, ColumnElement, and_, exists, or_, select
from sqlalchemy.orm import Session

from kamdesk.domain.agenda_groups import AgendaGroup, agenda_group
from kamdesk.domain.enums import ProposalStatus, ServiceCaseKind
from kamdesk.domain.time_zones import local_start, meeting_time_text
from kamdesk.store.database import Database
from kamdesk.store.models import (
    Account,
    Interaction,
    Meeting,
    Person,
    Proposal,
    ServiceCase,
    Task,
    Tender,
)
from kamdesk.store.tables import account_table, family_member_table, person_table

SERVICE_CASE_TOO_LONG_DAYS = 14
OUTCOME_WANTED_DAYS = 14  # a past meeting without an outcome stays on the agenda this long


class AgendaKind(StrEnum):
    BIRTHDAY = "birthday"
    TASK = "task"
    PROPOSAL_EXPIRY = "proposal_expiry"
    TENDER_PREPARATION = "tender_preparation"
    TENDER = "tender"
    SERVICE_CASE = "service_case"
    MEETING = "meeting"
    PRIVACY_REVIEW = "privacy_review"


@dataclass(frozen=True)
class AgendaItem:
    """One thing to attend to. ``title`` says it in English (command line, briefing); the
    fields after ``overdue`` say the same as data, so a window can phrase it in the user's
    language: ``subject`` is whose birthday it is or the proposal's, tender's or case's
    title (a task's title is its whole text); a family member's birthday also has their
    ``relation`` ("son") and ``relation_of`` (the person's name); ``count`` is the age a
    birthday turns (None if unknown), or the days until a proposal expires or since a case
    was opened; ``case_kind`` is the service case's kind. ``group`` is where the Today
    page lists it (domain.agenda_groups).

    A meeting (kind MEETING, ``ref_id`` the meeting) has ``subject`` its objective,
    ``starts_at`` (aware instant), ``time_zone`` (its place's IANA zone), ``place``, and
    ``on`` its date on the place's clock; ``time_text()`` gives "09:00" or "09:00
    Asia/Manila" when the machine's zone differs. A past meeting with no outcome recorded
    yet is listed too, ``overdue`` (it asks for "Record outcome")."""

    kind: AgendaKind
    on: date
    title: str
    account_id: uuid.UUID | None
    account_name: str
    ref_id: uuid.UUID  # the task, person (birthday, review), proposal, tender or case
    overdue: bool = False
    subject: str = ""
    relation: str = ""
    relation_of: str = ""
    count: int | None = None
    case_kind: ServiceCaseKind | None = None
    group: AgendaGroup = AgendaGroup.LATER
    starts_at: datetime | None = None
    time_zone: str = ""
    place: str = ""

    def time_text(self, machine: tzinfo | None = None) -> str:
        """A meeting's local time, with its zone named when it differs from the machine's
        (`machine`, default the laptop's own); "" for anything else."""
        if self.starts_at is None:
            return ""
        return meeting_time_text(self.starts_at, self.time_zone, machine)


def birthday_within(model: ColumnCollection[str, Column[Any]], start: date,
                    end: date) -> ColumnElement[bool]:
    """SQL: the row's birthday (month, day) falls on a day from start to end; `model` is
    the columns of a table keeping one (``person_table.c``, ``family_member_table.c``)."""
    days: dict[int, set[int]] = {}
    day, last = start, min(end, start + timedelta(days=366))
    while day <= last:
        days.setdefault(day.month, set()).add(day.day)
        if (day.month, day.day) == (2, 28) and not calendar.isleap(day.year):
            days[2].add(29)  # celebrated on 28 February in common years
        day += timedelta(days=1)
    return or_(
        *(and_(model.birth_month == m, model.birth_day.in_(sorted(d))) for m, d in days.items())
    )


class AgendaService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def agenda(self, today: date | None = None, days: int = 14,
               kinds: Collection[AgendaKind] | None = None,
               account_id: uuid.UUID | None = None,
               groups: Collection[AgendaGroup] | None = None) -> list[AgendaItem]:
        """Birthdays, due and overdue tasks, expiring proposals, tender milestones and
        service cases open too long, in date order; only of `kinds`, of one account and
        of some of the Today page's `groups` when given (at department scale two weeks hold
        thousands of lines: agenda_counts.agenda_counts says how many first, and a group's
        lines can be read when it is opened)."""
        today = today or date.today()
        shown = set(groups or AgendaGroup)
        end = today + timedelta(days=days)
        items: list[AgendaItem] = []
        wanted = set(kinds or AgendaKind)
        with self.db.session() as s:
            live: ColumnElement[bool] = Account.deleted_at.is_(None)
            if account_id is not None:
                live = and_(live, Account.id == account_id)
            names = dict(s.execute(select(Account.id, Account.name).where(live)).all())
            # -- birthdays of DMU members and of their families (only the days in the window
            # are read: a department has 100,000 people, two weeks hold thousands of them)
            if AgendaKind.BIRTHDAY in wanted:
                items += _birthdays(s, live, names, today, end, shown)
            # -- tasks due in the window or overdue
            tasks = select(Task).where(
                Task.deleted_at.is_(None), Task.done_at.is_(None), Task.due_on <= end,
                Task.account_id.in_(names) if account_id else or_(
                    Task.account_id.is_(None), Task.account_id.in_(names)),
            )
            for task in s.scalars(tasks) if AgendaKind.TASK in wanted else ():
                assert task.due_on is not None  # `Task.due_on <= end` keeps only dated tasks
                items.append(
                    AgendaItem(
                        AgendaKind.TASK,
                        task.due_on,
                        task.title,
                        task.account_id,
                        names.get(task.account_id, "") if task.account_id else "",
                        task.id,
                        overdue=task.due_on < today,
                        subject=task.title,
                    )
                )
            # -- proposals whose conditions run out soon
            expiring = select(Proposal).join(Account).where(
                live, Proposal.deleted_at.is_(None), Proposal.status == ProposalStatus.SENT,
                Proposal.expires_on >= today, Proposal.expires_on <= end,
            )
            for p in s.scalars(expiring) if AgendaKind.PROPOSAL_EXPIRY in wanted else ():
                assert p.expires_on is not None  # the query keeps expiry dates in the window
                left = (p.expires_on - today).days
                items.append(
                    AgendaItem(
                        AgendaKind.PROPOSAL_EXPIRY,
                        p.expires_on,
                        f"Proposal “{p.title}” expires in {left} day{'' if left == 1 else 's'}",
                        p.account_id,
                        names.get(p.account_id, ""),
                        p.id,
                        subject=p.title,
                        count=left,
                    )
                )
            # -- tenders: preparation starting, and the tender date itself
            milestone_soon = or_(
                Tender.preparation_start.between(today, end), Tender.tender_date.between(today, end)
            )
            tender_kinds = {AgendaKind.TENDER_PREPARATION, AgendaKind.TENDER} & wanted
            for t in s.scalars(
                select(Tender)
                .join(Account)
                .where(live, Tender.deleted_at.is_(None), milestone_soon)
            ) if tender_kinds else ():
                if today <= t.preparation_start <= end and AgendaKind.TENDER_PREPARATION in wanted:
                    items.append(
                        AgendaItem(
                            AgendaKind.TENDER_PREPARATION,
                            t.preparation_start,
                            f"Start preparing for tender “{t.title}”",
                            t.account_id,
                            names.get(t.account_id, ""),
                            t.id,
                            subject=t.title,
                        )
                    )
                if today <= t.tender_date <= end and AgendaKind.TENDER in wanted:
                    items.append(
                        AgendaItem(
                            AgendaKind.TENDER,
                            t.tender_date,
                            f"Tender “{t.title}”",
                            t.account_id,
                            names.get(t.account_id, ""),
                            t.id,
                            subject=t.title,
                        )
                    )
            # -- service cases open too long
            limit = today - timedelta(days=SERVICE_CASE_TOO_LONG_DAYS)
            cases = select(ServiceCase).join(Account).where(
                live, ServiceCase.deleted_at.is_(None), ServiceCase.resolved_on.is_(None),
                ServiceCase.opened_on <= limit,
            )
            for c in s.scalars(cases) if AgendaKind.SERVICE_CASE in wanted else ():
                open_days = (today - c.opened_on).days
                items.append(
                    AgendaItem(
                        AgendaKind.SERVICE_CASE,
                        today,
                        f"{c.kind.value.capitalize()} “{c.title}” open for {open_days} days",
                        c.account_id,
                        names.get(c.account_id, ""),
                        c.id,
                        overdue=True,
                        subject=c.title,
                        count=open_days,
                        case_kind=c.kind,
                    )
                )
            if AgendaKind.PRIVACY_REVIEW in wanted:
                items += _privacy_reviews(s, names, today, end)
            if AgendaKind.MEETING in wanted:
                items += _meetings(s, names, today, end)
        items = [i if i.kind is AgendaKind.BIRTHDAY else  # grouped as they were made
                 replace(i, group=agenda_group(i.on, today, i.overdue)) for i in items]
        return in_agenda_order(i for i in items if i.group in shown)


def in_agenda_order(items: Iterable[AgendaItem]) -> list[AgendaItem]:
    """The agenda's order: by date, a meeting's time, the kind, the title."""
    order = {kind: n for n, kind in enumerate(AgendaKind)}
    earliest = datetime.min.replace(tzinfo=UTC)
    return sorted(items, key=lambda i: (i.on, i.starts_at or earliest, order[i.kind], i.title))


def _celebrated(today: date, end: date) -> dict[tuple[int, int], list[date]]:
    """(month, day) of birth → the days from today to end it is celebrated on (29 February
    on 28 February in common years, as domain.birthdays.next_occurrence)."""
    days: dict[tuple[int, int], list[date]] = {}
    day = today
    while day <= end:
        days.setdefault((day.month, day.day), []).append(day)
        if (day.month, day.day) == (2, 28) and not calendar.isleap(day.year):
            days.setdefault((2, 29), []).append(day)
        day += timedelta(days=1)
    return days


def celebrated_in(today: date, end: date, shown: Collection[AgendaGroup]
                  ) -> dict[tuple[int, int], list[tuple[date, AgendaGroup]]]:
    """(month, day) of birth → (day, group) of each celebration in the window, of the
    `shown` groups only."""
    days = {}
    for key, ons in _celebrated(today, end).items():
        found = [(on, agenda_group(on, today)) for on in ons]
        if found := [(on, group) for on, group in found if group in shown]:
            days[key] = found
    return days


def _birthdays(s: Session, live: ColumnElement[bool], names: dict[uuid.UUID, str],
               today: date, end: date, shown: Collection[AgendaGroup]) -> list[AgendaItem]:
    """One line per birthday in the window, made straight from the rows: at department
    scale these are most of the agenda (6,913 of 7,869 lines in two weeks on L), so no
    Birthday objects and no intermediate records, and each day's group is found once."""
    celebrated = celebrated_in(today, end, shown)
    if not celebrated:
        return []
    first = min(on for ons in celebrated.values() for on, _ in ons)
    end = max(on for ons in celebrated.values() for on, _ in ons)
    person, family = person_table.c, family_member_table.c
    people = s.execute(
        select(person.id, person.account_id, person.full_name, person.birth_year,
               person.birth_month, person.birth_day)
        .join_from(person_table, account_table, account_table.c.id == person.account_id)
        .where(live, person.deleted_at.is_(None), birthday_within(person, first, end))
    ).all()
    relatives = s.execute(
        select(person.id, person.account_id, family.name, family.relation, person.full_name,
               family.birth_year, family.birth_month, family.birth_day)
        .join_from(family_member_table, person_table, person.id == family.person_id)
        .join(account_table, account_table.c.id == person.account_id)
        .where(live, person.deleted_at.is_(None), family.deleted_at.is_(None),
               birthday_within(family, first, end))
    ).all()
    items = []
    rows = [(pid, account, name, "", "", name, year, month, day)
            for pid, account, name, year, month, day in people]
    rows += [(pid, account, name, relation, of, f"{name} ({relation} of {of})", year, month, day)
             for pid, account, name, relation, of, year, month, day in relatives]
    for pid, account, subject, relation, of, label, year, month, day in rows:
        for on, group in celebrated.get((month, day), ()):
            turning = on.year - year if year and on.year > year else None
            items.append(AgendaItem(
                AgendaKind.BIRTHDAY, on,
                f"Birthday: {label}, turns {turning}" if turning else f"Birthday: {label}",
                account, names.get(account, ""), pid, subject=subject, relation=relation,
                relation_of=of, count=turning, group=group))
    return items


def _meetings(session: Session, names: dict[uuid.UUID, str], today: date,
              end: date) -> list[AgendaItem]:
    """Meetings whose date on the place's clock falls from today to `end`, and those of the
    last OUTCOME_WANTED_DAYS days still without an outcome."""
    since = today - timedelta(days=OUTCOME_WANTED_DAYS)
    # Read a day more on each side: the local date may differ from the UTC one.
    low = datetime.combine(since - timedelta(days=1), time(), UTC)
    high = datetime.combine(end + timedelta(days=2), time(), UTC)
    # Correlated, so each meeting is one lookup of ix_interaction_meeting_id: an IN list
    # of every recorded meeting's id scanned all of `interaction` (1.4 s of a 4 s agenda on L).
    recorded = exists().where(Interaction.meeting_id == Meeting.id,
                              Interaction.deleted_at.is_(None))
    rows = session.execute(
        select(Meeting.id, Meeting.account_id, Meeting.starts_at, Meeting.time_zone,
               Meeting.place, Meeting.objective, recorded)
        .join(Account).where(Account.deleted_at.is_(None), Meeting.deleted_at.is_(None),
                             Meeting.starts_at >= low, Meeting.starts_at < high)
    ).all()
    items = []
    for meeting_id, account_id, starts_at, zone, place, objective, has_outcome in rows:
        if account_id not in names:  # the agenda of one account
            continue
        local = local_start(starts_at, zone)
        on = local.date()
        past = on < today  # today's meetings are listed as today's, whatever the hour
        if on > end or (past and (has_outcome or on < since)):
            continue
        when = meeting_time_text(starts_at, zone)
        where = f", {place}" if place else ""
        title = (f"Record the outcome of the meeting “{objective}”" if past else
                 f"Meeting “{objective}” at {when}{where}")
        items.append(AgendaItem(AgendaKind.MEETING, on, title, account_id,
                                names.get(account_id, ""), meeting_id, overdue=past,
                                subject=objective, starts_at=local, time_zone=zone,
                                place=place))
    return items


def _privacy_reviews(s: Session, names: dict[uuid.UUID, str], today: date,
                     end: date) -> list[AgendaItem]:
    """People whose data is due for review (is the legal basis still there? is it all still
    needed?): due in the window, or overdue."""
    rows = s.execute(
        select(Person.id, Person.account_id, Person.full_name, Person.review_on).where(
            Person.deleted_at.is_(None), Person.review_on <= end, Person.account_id.in_(names)
        )
    ).all()
    items = []
    for pid, account_id, name, on in rows:
        assert on is not None  # `Person.review_on <= end` keeps only dated reviews
        items.append(AgendaItem(AgendaKind.PRIVACY_REVIEW, on, f"Review the data kept on {name}",
                                account_id, names[account_id], pid, overdue=on < today,
                                subject=name))
    return items


def agenda_summary(items: Iterable[AgendaItem]) -> dict[AgendaKind, tuple[int, int]]:
    """(lines, overdue) per kind, in the agenda's order of kinds: what to show first."""
    counts = {kind: [0, 0] for kind in AgendaKind}
    for item in items:
        counts[item.kind][0] += 1
        counts[item.kind][1] += item.overdue
    return {kind: (n, late) for kind, (n, late) in counts.items() if n}
