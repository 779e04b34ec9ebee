"""Planning meetings with attendees."""

from __future__ import annotations

from datetime import datetime

import pytest

from kamdesk.services.accounts import AccountInput, AccountService
from kamdesk.services.errors import ValidationError
from kamdesk.services.meetings import MeetingInput, MeetingService
from kamdesk.services.people import PeopleService, PersonInput


def test_a_planned_meeting_keeps_place_objective_and_attendees(db):
    account = AccountService(db).create_account(AccountInput("Mindanao Foods Inc."))
    person = PeopleService(db).create_person(account, PersonInput("Ma. Teresa Dizon"))
    service = MeetingService(db)
    meeting = service.plan_meeting(account, MeetingInput(
        datetime(2026, 12, 2, 10, 0).astimezone(), "Client HQ, Davao", "Q1 volumes",
        attendee_ids=[person]))
    [planned] = service.list_meetings(account)
    assert planned.id == meeting and planned.place == "Client HQ, Davao"
    assert [a.name for a in planned.attendees] == ["Ma. Teresa Dizon"]
    service.update_meeting(meeting, MeetingInput(planned.starts_at, "Online", "Q1 volumes"))
    assert service.get_meeting(meeting).attendees == []


def test_a_meeting_needs_an_objective(db):
    account = AccountService(db).create_account(AccountInput("Mindanao Foods Inc."))
    with pytest.raises(ValidationError) as error:
        MeetingService(db).plan_meeting(account, MeetingInput(datetime.now(), "HQ", ""))
    assert error.value.field == "objective"
