"""The agenda: what needs the KAM's attention in the coming days, across all accounts."""

from __future__ import annotations

import calendar
import uuid
from collections.abc import Collection, Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum

from sqlalchemy import and_, or_, select

from kamdesk.domain.agenda_groups import AgendaGroup, agenda_group
from kamdesk.domain.birthdays import Birthday, upcoming_birthdays
from kamdesk.domain.enums import ProposalStatus, ServiceCaseKind
from kamdesk.domain.time_zones import local_start, meeting_time_text
from kamdesk.store.database import Database
from kamdesk.store.models import (
    Account,
    FamilyMember,
    Interaction,
    Meeting,
    Person,
    Proposal,
    ServiceCase,
    Task,
    Tender,
)

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


def _BIRTH(model):  # noqa: N802 - reads like the column list it returns
    return model.birth_year, model.birth_month, model.birth_day


def _birthday(year: int | None, month: int | None, day: int | None) -> Birthday | None:
    return Birthday(month, day, year) if month and day else None


def _birthday_within(model, start: date, end: date):
    """SQL: the row's birthday (month, day) falls on a day from start to end."""
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
               account_id: uuid.UUID | None = None) -> list[AgendaItem]:  # fmt: skip
        """Birthdays, due and overdue tasks, expiring proposals, tender milestones and
        service cases open too long, in date order; only of `kinds` and of one account
        when given (at department scale two weeks hold thousands of lines)."""
        today = today or date.today()
        end = today + timedelta(days=days)
        items: list[AgendaItem] = []
        wanted = set(kinds or AgendaKind)
        with self.db.session() as s:
            live = Account.deleted_at.is_(None)
            if account_id is not None:
                live = and_(live, Account.id == account_id)
            names = dict(s.execute(select(Account.id, Account.name).where(live)).all())
            # -- birthdays of DMU members and of their families (only the days in the window
            # are read: a department has 100,000 people)
            no_birthdays = AgendaKind.BIRTHDAY not in wanted
            people = [] if no_birthdays else s.execute(
                select(Person.id, Person.account_id, Person.full_name, *_BIRTH(Person))
                .join(Account)
                .where(live, Person.deleted_at.is_(None), _birthday_within(Person, today, end))
            ).all()
            family = [] if no_birthdays else s.execute(
                select(FamilyMember.id, FamilyMember.name, FamilyMember.relation,
                       *_BIRTH(FamilyMember), Person.id, Person.account_id, Person.full_name)
                .join(Person).join(Account)
                .where(live, Person.deleted_at.is_(None), FamilyMember.deleted_at.is_(None),
                       _birthday_within(FamilyMember, today, end))
            ).all()  # fmt: skip
            owners = {p.id: (p.id, p.account_id) for p in people}
            whose = {p.id: (p.full_name, "", "") for p in people}
            candidates = [(("p", p.id), p.full_name, _birthday(*p[3:6])) for p in people]
            # (not `account_id`: that names the one account asked for, used below)
            for fid, name, relation, year, month, day, pid, pid_account, full_name in family:
                owners[fid] = (pid, pid_account)
                whose[fid] = (name, relation, full_name)
                label = f"{name} ({relation} of {full_name})"
                candidates.append((("f", fid), label, _birthday(year, month, day)))
            for b in upcoming_birthdays(candidates, today, days):
                owner_id, owner_account = owners[b.key[1]]
                subject, relation, relation_of = whose[b.key[1]]
                turning = f", turns {b.turning}" if b.turning else ""
                items.append(
                    AgendaItem(
                        AgendaKind.BIRTHDAY,
                        b.on,
                        f"Birthday: {b.name}{turning}",
                        owner_account,
                        names.get(owner_account, ""),
                        owner_id,
                        subject=subject,
                        relation=relation,
                        relation_of=relation_of,
                        count=b.turning or None,
                    )
                )
            # -- tasks due in the window or overdue
            tasks = select(Task).where(
                Task.deleted_at.is_(None), Task.done_at.is_(None), Task.due_on <= end,
                Task.account_id.in_(names) if account_id else or_(
                    Task.account_id.is_(None), Task.account_id.in_(names)),
            )  # fmt: skip
            for task in s.scalars(tasks) if AgendaKind.TASK in wanted else ():
                items.append(
                    AgendaItem(
                        AgendaKind.TASK,
                        task.due_on,
                        task.title,
                        task.account_id,
                        names.get(task.account_id, ""),
                        task.id,
                        overdue=task.due_on < today,
                        subject=task.title,
                    )
                )
            # -- proposals whose conditions run out soon
            expiring = select(Proposal).join(Account).where(
                live, Proposal.deleted_at.is_(None), Proposal.status == ProposalStatus.SENT,
                Proposal.expires_on >= today, Proposal.expires_on <= end,
            )  # fmt: skip
            for p in s.scalars(expiring) if AgendaKind.PROPOSAL_EXPIRY in wanted else ():
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
            ) if tender_kinds else ():  # fmt: skip
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
            )  # fmt: skip
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
        items = [replace(i, group=agenda_group(i.on, today, i.overdue)) for i in items]
        order = {kind: n for n, kind in enumerate(AgendaKind)}
        earliest = datetime.min.replace(tzinfo=UTC)
        return sorted(items, key=lambda i: (i.on, i.starts_at or earliest, order[i.kind], i.title))


def _meetings(session, names: dict, today: date, end: date) -> list[AgendaItem]:
    """Meetings whose date on the place's clock falls from today to `end`, and those of the
    last OUTCOME_WANTED_DAYS days still without an outcome."""
    since = today - timedelta(days=OUTCOME_WANTED_DAYS)
    # Read a day more on each side: the local date may differ from the UTC one.
    low = datetime.combine(since - timedelta(days=1), time(), UTC)
    high = datetime.combine(end + timedelta(days=2), time(), UTC)
    recorded = select(Interaction.meeting_id).where(
        Interaction.meeting_id.is_not(None), Interaction.deleted_at.is_(None))
    rows = session.execute(
        select(Meeting.id, Meeting.account_id, Meeting.starts_at, Meeting.time_zone,
               Meeting.place, Meeting.objective, Meeting.id.in_(recorded))
        .join(Account).where(Account.deleted_at.is_(None), Meeting.deleted_at.is_(None),
                             Meeting.starts_at >= low, Meeting.starts_at < high)
    ).all()  # fmt: skip
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
                 f"Meeting “{objective}” at {when}{where}")  # fmt: skip
        items.append(AgendaItem(AgendaKind.MEETING, on, title, account_id,
                                names.get(account_id, ""), meeting_id, overdue=past,
                                subject=objective, starts_at=local, time_zone=zone,
                                place=place))  # fmt: skip
    return items


def _privacy_reviews(s, names: dict, today: date, end: date) -> list[AgendaItem]:
    """People whose data is due for review (is the legal basis still there? is it all still
    needed?): due in the window, or overdue."""
    rows = s.execute(
        select(Person.id, Person.account_id, Person.full_name, Person.review_on).where(
            Person.deleted_at.is_(None), Person.review_on <= end, Person.account_id.in_(names)
        )
    ).all()
    return [
        AgendaItem(AgendaKind.PRIVACY_REVIEW, on, f"Review the data kept on {name}", account_id,
                   names[account_id], pid, overdue=on < today, subject=name)
        for pid, account_id, name, on in rows
    ]  # fmt: skip


def agenda_summary(items: Iterable[AgendaItem]) -> dict[AgendaKind, tuple[int, int]]:
    """(lines, overdue) per kind, in the agenda's order of kinds: what to show first."""
    counts = {kind: [0, 0] for kind in AgendaKind}
    for item in items:
        counts[item.kind][0] += 1
        counts[item.kind][1] += item.overdue
    return {kind: (n, late) for kind, (n, late) in counts.items() if n}
