"""How many lines the agenda holds, per group of the Today page and kind, without making them.

At department scale the agenda is mostly birthdays (6,913 of 7,869 lines in two weeks on L,
tens of thousands in 120 days): they are counted by the database, per day of the year, and
only the other kinds (a few hundred lines) are made and counted. The page can show the
summary and the headings at once and read a group's lines (`AgendaService.agenda(groups=…)`)
when it is opened.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection
from datetime import date, timedelta

from sqlalchemy import ColumnElement, and_, func, select

from kamdesk.domain.agenda_groups import AgendaGroup
from kamdesk.services.agenda import (
    AgendaItem,
    AgendaKind,
    AgendaService,
    birthday_within,
    celebrated_in,
    in_agenda_order,
)
from kamdesk.store.database import Database
from kamdesk.store.tables import account_table, family_member_table, person_table

Counts = dict[AgendaGroup, dict[AgendaKind, tuple[int, int]]]  # (lines, overdue)


def agenda_counts(db: Database, today: date, days: int = 14,
                  kinds: Collection[AgendaKind] | None = None,
                  account_id: uuid.UUID | None = None) -> Counts:
    """(lines, overdue) per group and kind of `AgendaService(db).agenda(today, days, kinds,
    account_id)`, groups and kinds in the page's order, empty ones left out."""
    return agenda_with_counts(db, today, days, kinds, account_id, groups=())[0]


def agenda_with_counts(db: Database, today: date, days: int = 14,
                       kinds: Collection[AgendaKind] | None = None,
                       account_id: uuid.UUID | None = None,
                       groups: Collection[AgendaGroup] = tuple(AgendaGroup),
                       ) -> tuple[Counts, list[AgendaItem]]:
    """The counts of every group (as `agenda_counts`) and the lines of `groups` only (as
    `agenda(..., groups=groups)`): what the Today page shows, the lines other than
    birthdays made once for both."""
    wanted = set(kinds or AgendaKind)
    counts = {group: {kind: [0, 0] for kind in AgendaKind} for group in AgendaGroup}
    others = wanted - {AgendaKind.BIRTHDAY}
    items: list[AgendaItem] = []
    for item in AgendaService(db).agenda(today, days, others, account_id) if others else ():
        counts[item.group][item.kind][0] += 1
        counts[item.group][item.kind][1] += item.overdue
        if item.group in groups:
            items.append(item)
    if AgendaKind.BIRTHDAY in wanted and groups:
        items += AgendaService(db).agenda(today, days, (AgendaKind.BIRTHDAY,), account_id,
                                          groups)
    if AgendaKind.BIRTHDAY in wanted:
        for (month, day), n in _birthdays_per_day(db, today, days, account_id).items():
            for _on, group in celebrated_in(today, today + timedelta(days=days),
                                            list(AgendaGroup)).get((month, day), ()):
                counts[group][AgendaKind.BIRTHDAY][0] += n
    return ({group: {kind: (n, late) for kind, (n, late) in per_kind.items() if n}
             for group, per_kind in counts.items() if any(n for n, _ in per_kind.values())},
            in_agenda_order(items))


def _birthdays_per_day(db: Database, today: date, days: int,
                       account_id: uuid.UUID | None) -> dict[tuple[int, int], int]:
    """People and family members of live people of live accounts, per (month, day) of birth."""
    end = today + timedelta(days=days)
    person, family, account = person_table.c, family_member_table.c, account_table.c
    live: ColumnElement[bool] = account.deleted_at.is_(None)
    if account_id is not None:
        live = and_(live, account.id == account_id)
    found: dict[tuple[int, int], int] = {}
    with db.session() as s:
        people = (
            select(person.birth_month, person.birth_day, func.count())
            .join_from(person_table, account_table, account.id == person.account_id)
            .where(live, person.deleted_at.is_(None), birthday_within(person, today, end))
            .group_by(person.birth_month, person.birth_day)
        )
        relatives = (
            select(family.birth_month, family.birth_day, func.count())
            .join_from(family_member_table, person_table, person.id == family.person_id)
            .join(account_table, account.id == person.account_id)
            .where(live, person.deleted_at.is_(None), family.deleted_at.is_(None),
                   birthday_within(family, today, end))
            .group_by(family.birth_month, family.birth_day)
        )
        for query in (people, relatives):
            for month, day, n in s.execute(query):
                found[(month, day)] = found.get((month, day), 0) + n
    return found
