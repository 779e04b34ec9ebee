"""Tasks by hand: add to an account or a person, edit, reschedule, snooze, tick off, undo."""

from __future__ import annotations

from datetime import date

import pytest

from kamdesk.services.accounts import AccountInput, AccountService
from kamdesk.services.agenda import AgendaService
from kamdesk.services.errors import AmbiguousError, NotFoundError, ValidationError
from kamdesk.services.people import PeopleService, PersonInput
from kamdesk.services.tasks import TaskInput, TaskService


@pytest.fixture
def account(db):
    return AccountService(db).create_account(AccountInput("Baltic Freight Sp. z o.o."))


def test_a_task_on_a_person_joins_the_persons_account(db, account):
    person = PeopleService(db).create_person(account, PersonInput("Agnieszka Wróblewska"))
    tasks = TaskService(db)
    task = tasks.add_task("Send the yard layout", date(2026, 12, 1), person_id=person)
    [row] = tasks.list_tasks(account_id=account)
    assert row.id == task and row.person_name == "Agnieszka Wróblewska"
    assert row.account_name == "Baltic Freight Sp. z o.o." and row.is_open


def test_a_person_of_another_account_is_refused(db, account, today):
    other = AccountService(db).create_account(AccountInput("Vltava Pharma a.s."))
    person = PeopleService(db).create_person(other, PersonInput("Tereza Dvořáková"))
    with pytest.raises(ValidationError) as error:
        TaskService(db).add_task("Call", today, account_id=account, person_id=person)
    assert error.value.field == "person"


def test_an_empty_task_is_refused(db, account, today):
    with pytest.raises(ValidationError) as error:
        TaskService(db).add_task("   ", today, account_id=account)
    assert error.value.field == "title"


def test_a_ticked_task_can_be_reopened_and_comes_back_to_the_agenda(db, account, today):
    tasks = TaskService(db)
    task = tasks.add_task("Confirm the visit", today, account_id=account)
    tasks.set_done(task)
    assert tasks.list_tasks(account, open_only=True) == []
    assert [i.ref_id for i in AgendaService(db).agenda(today)] == []
    tasks.reopen(task)
    assert tasks.get_task(task).is_open
    assert [i.ref_id for i in AgendaService(db).agenda(today)] == [task]


def test_edit_and_reschedule(db, account, today):
    tasks = TaskService(db)
    task = tasks.add_task("Call", today, account_id=account)
    tasks.update_task(task, TaskInput("Call Jan about the crane", date(2026, 12, 3), account,
                                      notes="he prefers mornings"))
    row = tasks.get_task(task)
    assert (row.title, row.due_on, row.notes) == ("Call Jan about the crane", date(2026, 12, 3),
                                                  "he prefers mornings")
    tasks.reschedule(task, date(2026, 12, 10))
    assert tasks.get_task(task).due_on == date(2026, 12, 10)


def test_snoozing_moves_from_the_due_date_or_from_today_when_overdue(db, account, today):
    tasks = TaskService(db)
    future = tasks.add_task("Later", date(2026, 12, 1), account_id=account)
    overdue = tasks.add_task("Late", date(2026, 11, 20), account_id=account)
    assert tasks.snooze(future, 7, today) == date(2026, 12, 8)
    assert tasks.snooze(overdue, 1, today) == date(2026, 11, 28)
    with pytest.raises(ValidationError):
        tasks.snooze(future, 0, today)


def test_a_short_id_finds_its_task(db, account, today):
    tasks = TaskService(db)
    task = tasks.add_task("Call", today, account_id=account)
    row = tasks.get_task(task)
    assert tasks.find_task(row.short_id) == task
    assert tasks.find_task(str(task)) == task
    with pytest.raises(NotFoundError):
        tasks.find_task("zz")
    with pytest.raises(NotFoundError):
        tasks.find_task("0" * 32 if not task.hex.startswith("0") else "f" * 32)


def test_a_prefix_fitting_several_tasks_is_ambiguous(db, account, today):
    tasks = TaskService(db)
    ids = [tasks.add_task(f"Task {n}", today, account_id=account) for n in range(40)]
    first = {}
    for task in ids:
        first.setdefault(task.hex[0], []).append(task)
    shared = next(k for k, v in first.items() if len(v) > 1)
    with pytest.raises(AmbiguousError):
        tasks.find_task(shared)


def test_open_tasks_come_first_by_due_date(db, account):
    tasks = TaskService(db)
    late = tasks.add_task("B late", date(2026, 12, 9), account_id=account)
    soon = tasks.add_task("A soon", date(2026, 12, 1), account_id=account)
    done = tasks.add_task("C done", date(2026, 11, 1), account_id=account)
    tasks.set_done(done)
    assert [t.id for t in tasks.list_tasks(account)] == [soon, late, done]
