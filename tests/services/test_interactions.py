"""Logging contacts with a client and reading the history back."""

from __future__ import annotations

from datetime import datetime

import pytest

from kamdesk.domain.enums import InteractionKind
from kamdesk.services.accounts import AccountInput, AccountService
from kamdesk.services.errors import ValidationError
from kamdesk.services.interactions import InteractionInput, InteractionService
from kamdesk.services.people import PeopleService, PersonInput
from kamdesk.services.trash import TrashService


def _account_with_person(db):
    account = AccountService(db).create_account(AccountInput("Sava Power d.o.o."))
    person = PeopleService(db).create_person(account, PersonInput("Đorđe Marković"))
    return account, person


def test_a_logged_call_appears_newest_first_with_its_people(db):
    account, person = _account_with_person(db)
    service = InteractionService(db)
    service.log_interaction(
        account,
        InteractionInput(
            InteractionKind.EMAIL, datetime(2026, 11, 2, 9, 0).astimezone(), "Sent the price list"
        ),
    )
    service.log_interaction(account, InteractionInput(
        InteractionKind.CALL, datetime(2026, 11, 20, 14, 30).astimezone(), "Agreed a visit",
        person_ids=[person]))
    history = service.list_interactions(account)
    assert [i.summary for i in history] == ["Agreed a visit", "Sent the price list"]
    assert [p.name for p in history[0].people] == ["Đorđe Marković"]


def test_an_interaction_needs_a_summary_and_people_of_the_same_account(db):
    account, _ = _account_with_person(db)
    _, stranger = _account_with_person(db)
    service = InteractionService(db)
    with pytest.raises(ValidationError) as error:
        service.log_interaction(
            account, InteractionInput(InteractionKind.CALL, datetime.now(), " ")
        )
    assert error.value.field == "summary"
    with pytest.raises(ValidationError) as error:
        service.log_interaction(
            account,
            InteractionInput(InteractionKind.CALL, datetime.now(), "Hello", person_ids=[stranger]),
        )
    assert error.value.field == "people"


def test_deleting_an_interaction_can_be_undone(db):
    account, _ = _account_with_person(db)
    service = InteractionService(db)
    row = service.log_interaction(
        account, InteractionInput(InteractionKind.LETTER, datetime.now(), "Thank-you letter")
    )
    batch = service.delete_interaction(row)
    assert service.list_interactions(account) == []
    TrashService(db).restore(batch)
    assert [i.summary for i in service.list_interactions(account)] == ["Thank-you letter"]


def test_the_people_of_an_interaction_and_a_meeting_read_in_alphabetical_order(db):
    from kamdesk.services.meetings import MeetingInput, MeetingService

    account = AccountService(db).create_account(AccountInput("Pomorskie Chłodnie S.A."))
    people = PeopleService(db)
    names = ["Żaneta Zych", "Łucja Lis", "Adam Łęcki", "Zenon Ábel", "Ewa Lis"]
    ids = [people.create_person(account, PersonInput(n)) for n in names]
    # Ł sorts with L and Ż with Z, as a Polish reader expects, whatever order they were added.
    expected = ["Adam Łęcki", "Ewa Lis", "Łucja Lis", "Żaneta Zych", "Zenon Ábel"]
    InteractionService(db).log_interaction(account, InteractionInput(
        InteractionKind.VISIT, datetime(2026, 11, 20, 10, 0).astimezone(), "Site visit",
        person_ids=ids))
    [logged] = InteractionService(db).list_interactions(account)
    assert [p.name for p in logged.people] == expected
    meetings = MeetingService(db)
    meetings.plan_meeting(account, MeetingInput(datetime(2026, 12, 1, 9, 0).astimezone(),
                                                objective="Contract renewal",
                                                attendee_ids=list(reversed(ids))))
    [meeting] = meetings.list_meetings(account)
    assert [p.name for p in meeting.attendees] == expected


def test_a_long_history_reads_in_pages_and_a_person_sees_only_their_own(db):
    account, person = _account_with_person(db)
    other = PeopleService(db).create_person(account, PersonInput("Јелена Николић"))
    service = InteractionService(db)
    for day in range(1, 8):
        service.log_interaction(account, InteractionInput(
            InteractionKind.CALL, datetime(2026, 11, day, 10, 0).astimezone(), f"Call {day}",
            person_ids=[person] if day % 2 else [person, other]))
    pages = [service.list_interactions(account, limit=3, offset=n) for n in (0, 3, 6, 9)]
    assert [[i.summary for i in page] for page in pages] == [
        ["Call 7", "Call 6", "Call 5"], ["Call 4", "Call 3", "Call 2"], ["Call 1"], []]
    assert [p.name for p in pages[0][1].people] == ["Đorđe Marković", "Јелена Николић"]
    theirs = service.person_history(other)
    assert [i.summary for i in theirs] == ["Call 6", "Call 4", "Call 2"]
    service.delete_interaction(theirs[0].id)
    assert [i.summary for i in service.person_history(other)] == ["Call 4", "Call 2"]


def test_keyset_pages_walk_the_whole_history_once_in_order_even_with_equal_times(db):
    account, person = _account_with_person(db)
    service = InteractionService(db)
    same = datetime(2026, 11, 20, 14, 30).astimezone()
    for n in range(7):  # four share one instant: the id breaks the tie
        when = same if n < 4 else datetime(2026, 10, n, 9, 0).astimezone()
        service.log_interaction(account, InteractionInput(InteractionKind.CALL, when, f"n{n}"))
    whole = service.list_interactions(account)
    pages, last = [], None
    while page := service.list_interactions(account, limit=3, after=last):
        pages.append(page)
        last = page[-1]
    assert [len(p) for p in pages] == [3, 3, 1]
    assert [i.id for p in pages for i in p] == [i.id for i in whole]
    assert [i.id for i in service.list_interactions(account, limit=3, offset=3)] == [
        i.id for i in pages[1]]
