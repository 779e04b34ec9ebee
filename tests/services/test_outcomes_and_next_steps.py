"""Recording what happened: editing entries, a meeting's outcome, a contact's next step."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from kamdesk.domain.enums import InteractionKind
from kamdesk.services.accounts import AccountInput, AccountService
from kamdesk.services.errors import ValidationError
from kamdesk.services.interactions import InteractionInput, InteractionService
from kamdesk.services.meetings import MeetingInput, MeetingService, OutcomeInput
from kamdesk.services.people import PeopleService, PersonInput
from kamdesk.services.tasks import TaskService

WHEN = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


@pytest.fixture
def setting(db):
    account = AccountService(db).create_account(AccountInput(
        "Mindanao Foods Corporation", city="Davao City", country="PH"))
    people = PeopleService(db)
    maria = people.create_person(account, PersonInput("Ma. Teresa Dizon"))
    jun = people.create_person(account, PersonInput("Reynaldo Catapang"))
    return account, maria, jun


def test_recording_an_outcome_makes_a_contact_entry_with_the_attendees(db, setting):
    account, maria, jun = setting
    meetings = MeetingService(db)
    meeting = meetings.plan_meeting(account, MeetingInput(WHEN, "Plant 2", "Freezer aisles",
                                                          attendee_ids=[maria, jun]))
    outcome = meetings.record_outcome(meeting, OutcomeInput(
        "Fault log reviewed", details="Jun wants the heaters before Christmas",
        next_step="Send the heater retrofit quote", next_due=date(2026, 11, 25)))
    [entry] = InteractionService(db).list_interactions(account)
    assert entry.id == outcome.interaction_id and entry.meeting_id == meeting
    assert entry.kind is InteractionKind.MEETING and entry.occurred_at == WHEN
    assert [p.name for p in entry.people] == ["Ma. Teresa Dizon", "Reynaldo Catapang"]
    task = TaskService(db).get_task(outcome.task_id)
    assert (task.title, task.due_on, task.account_id) == (
        "Send the heater retrofit quote", date(2026, 11, 25), account)
    assert meetings.get_meeting(meeting).outcome_id == entry.id


def test_recording_again_edits_the_same_entry(db, setting):
    account, maria, _ = setting
    meetings = MeetingService(db)
    meeting = meetings.plan_meeting(account, MeetingInput(WHEN, "Plant 2", "Freezer aisles",
                                                          attendee_ids=[maria]))
    meetings.record_outcome(meeting, OutcomeInput("First notes"))
    meetings.record_outcome(meeting, OutcomeInput("Better notes", person_ids=[]))
    [entry] = InteractionService(db).list_interactions(account)
    assert entry.summary == "Better notes" and entry.people == []


def test_an_outcome_needs_a_text_and_a_next_step_needs_a_date(db, setting):
    account, _, _ = setting
    meetings = MeetingService(db)
    meeting = meetings.plan_meeting(account, MeetingInput(WHEN, "Plant 2", "Freezer aisles"))
    with pytest.raises(ValidationError) as error:
        meetings.record_outcome(meeting, OutcomeInput("  "))
    assert error.value.field == "summary"
    with pytest.raises(ValidationError) as error:
        meetings.record_outcome(meeting, OutcomeInput("Done", next_step="Call back"))
    assert error.value.field == "next_due"
    assert InteractionService(db).list_interactions(account) == []


def test_logging_a_contact_with_a_next_step_adds_the_task_on_the_person(db, setting):
    account, maria, _ = setting
    logged = InteractionService(db).log_contact(account, InteractionInput(
        InteractionKind.CALL, WHEN, "Asked about the pilot", person_ids=[maria],
        next_step="Send the pilot report", next_due=date(2026, 11, 24)))
    [task] = TaskService(db).list_tasks(account)
    assert task.id == logged.task_id
    assert (task.title, task.due_on, task.person_id) == (
        "Send the pilot report", date(2026, 11, 24), maria)


def test_a_logged_contact_and_a_meeting_can_be_edited(db, setting):
    account, maria, jun = setting
    interactions, meetings = InteractionService(db), MeetingService(db)
    entry = interactions.log_interaction(account, InteractionInput(
        InteractionKind.CALL, WHEN, "Pilot", person_ids=[maria]))
    interactions.update_interaction(entry, InteractionInput(
        InteractionKind.VISIT, WHEN, "Pilot visit", "Walked the line", person_ids=[jun]))
    edited = interactions.get_interaction(entry)
    assert (edited.kind, edited.summary, [p.name for p in edited.people]) == (
        InteractionKind.VISIT, "Pilot visit", ["Reynaldo Catapang"])
    meeting = meetings.plan_meeting(account, MeetingInput(WHEN, "Plant 2", "Freezer aisles"))
    meetings.update_meeting(meeting, MeetingInput(datetime(2026, 12, 4, 9, 0), "Plant 1",
                                                  "Freezer aisles and docks"))
    row = meetings.get_meeting(meeting)
    assert (row.place, row.objective, row.time_zone) == (
        "Plant 1", "Freezer aisles and docks", "Asia/Manila")
    assert row.local_starts_at.hour == 9 and row.starts_at.astimezone(UTC).hour == 1
