"""The agenda's counts per group and kind, and one group's lines, agree with the whole list."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from kamdesk.domain.agenda_groups import AgendaGroup
from kamdesk.domain.birthdays import Birthday
from kamdesk.services.accounts import AccountInput, AccountService
from kamdesk.services.agenda import AgendaKind, AgendaService
from kamdesk.services.agenda_counts import agenda_counts, agenda_with_counts
from kamdesk.services.people import FamilyMemberData, PeopleService, PersonInput
from kamdesk.services.trash import TrashService
from tests.conftest import TODAY


def counted(items):
    counts: dict = {}
    for i in items:
        lines, late = counts.setdefault(i.group, {}).get(i.kind, (0, 0))
        counts[i.group][i.kind] = (lines + 1, late + i.overdue)
    return counts


@pytest.fixture
def crowd(sample_db):
    """The sample, with birthdays on every day of the next weeks, 29 February, families and
    people in the trash."""
    account = AccountService(sample_db).create_account(AccountInput("Birthdays s.r.o."))
    people = PeopleService(sample_db)
    for n in range(60):
        on = TODAY + timedelta(days=n * 3)
        child = FamilyMemberData(f"Child {n}", "son", Birthday(on.month, on.day))
        family = [child] if n % 4 else []
        people.create_person(account, PersonInput(
            f"Person {n}", birthday=Birthday(on.month, on.day, 1970 + n % 30 if n % 5 else None),
            family=family))
    people.create_person(account, PersonInput("Leap Day", birthday=Birthday(2, 29, 1988)))
    today = Birthday(TODAY.month, TODAY.day)
    gone = people.create_person(account, PersonInput("Gone", birthday=today))
    TrashService(sample_db).delete(_person_model(), gone)
    return sample_db


def _person_model():
    from kamdesk.store.models import Person

    return Person


@pytest.mark.parametrize("days", [1, 14, 120, 400])
def test_the_counts_are_those_of_the_list(crowd, days):
    items = AgendaService(crowd).agenda(TODAY, days)
    assert agenda_counts(crowd, TODAY, days) == counted(items)
    assert sum(n for per in counted(items).values() for n, _ in per.values()) == len(items)
    assert any(i.kind is AgendaKind.BIRTHDAY for i in items)


def test_one_group_s_lines_are_that_group_of_the_list(crowd):
    whole = AgendaService(crowd).agenda(TODAY, 120)
    assert {i.group for i in whole} >= {AgendaGroup.TODAY, AgendaGroup.THIS_WEEK,
                                        AgendaGroup.LATER}
    for group in AgendaGroup:
        assert AgendaService(crowd).agenda(TODAY, 120, groups={group}) == [
            i for i in whole if i.group is group]


def test_the_counts_follow_the_kinds_and_the_account(crowd):
    account = AccountService(crowd).find_account("Birthdays").id
    birthdays = {AgendaKind.BIRTHDAY}
    items = AgendaService(crowd).agenda(TODAY, 30, birthdays, account)
    assert agenda_counts(crowd, TODAY, 30, birthdays, account) == counted(items)
    assert not any(i.subject == "Gone" for i in items)
    tasks = {AgendaKind.TASK}
    assert agenda_counts(crowd, TODAY, 30, tasks) == counted(
        AgendaService(crowd).agenda(TODAY, 30, tasks))


def test_a_leap_day_birthday_is_counted_on_28_february_of_a_common_year(crowd):
    day = date(2027, 2, 20)
    items = [i for i in AgendaService(crowd).agenda(day, 14) if i.subject == "Leap Day"]
    assert [(i.on, i.count) for i in items] == [(date(2027, 2, 28), 39)]
    assert agenda_counts(crowd, day, 14) == counted(AgendaService(crowd).agenda(day, 14))


@pytest.mark.parametrize("days", [14, 120])
def test_the_page_s_read_gives_every_count_and_only_the_open_groups_lines(crowd, days):
    whole = AgendaService(crowd).agenda(TODAY, days)
    first = [AgendaGroup.OVERDUE, AgendaGroup.TODAY, AgendaGroup.THIS_WEEK]
    counts, items = agenda_with_counts(crowd, TODAY, days, groups=first)
    assert counts == counted(whole)
    assert items == [i for i in whole if i.group in first]
    assert agenda_with_counts(crowd, TODAY, days)[1] == whole
    assert agenda_with_counts(crowd, TODAY, days, groups=())[1] == []
