"""Planned meetings are on the agenda, at the place's local time; past ones ask for an outcome."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from kamdesk.domain.agenda_groups import AgendaGroup
from kamdesk.services.accounts import AccountInput, AccountService
from kamdesk.services.agenda import AgendaKind, AgendaService
from kamdesk.services.errors import ValidationError
from kamdesk.services.meetings import MeetingInput, MeetingService, OutcomeInput
from tests.days import TODAY

UTC_MACHINE = UTC


def _meetings(db, days=14):
    return [i for i in AgendaService(db).agenda(TODAY, days) if i.kind is AgendaKind.MEETING]


def test_the_samples_planned_meetings_are_on_the_agenda_with_time_and_place(sample_db):
    meetings = _meetings(sample_db, 20)
    assert [m.account_name for m in meetings] == [
        "Baltic Freight Sp. z o.o.", "Mindanao Foods Corporation", "Ruhr Kabelwerk GmbH",
        "Moravia Auto Díly s.r.o."]
    davao = meetings[1]
    assert davao.place.endswith("Davao City") and davao.time_zone == "Asia/Manila"
    assert davao.time_text(UTC_MACHINE) == "09:00 Asia/Manila"  # not "01:00", the UTC hour
    assert davao.time_text(ZoneInfo("Asia/Manila")) == "09:00"  # at home: no zone named
    assert davao.group is AgendaGroup.LATER and meetings[0].group is AgendaGroup.THIS_WEEK


def test_the_week_the_navigation_counts_holds_the_meetings(sample_db, today):
    week = AgendaService(sample_db).agenda(today, 7)
    assert [i.subject for i in week if i.kind is AgendaKind.MEETING] == [
        "Agree the phase-2 scope and budget for the automated container yard"]


def test_a_meeting_is_dated_by_the_places_clock(db):
    account = AccountService(db).create_account(AccountInput("Mindanao Foods Corporation",
                                                             city="Davao City", country="PH"))
    # 07:30 in Davao on the 28th is still the 27th in UTC.
    MeetingService(db).plan_meeting(account, MeetingInput(datetime(2026, 11, 28, 7, 30),
                                                          "Plant 2", "Walk the freezer aisles"))
    [meeting] = _meetings(db)
    assert meeting.on == date(2026, 11, 28) and meeting.time_zone == "Asia/Manila"
    assert meeting.starts_at.astimezone(UTC) == datetime(2026, 11, 27, 23, 30, tzinfo=UTC)


def test_a_past_meeting_without_an_outcome_is_overdue_until_recorded(db, today):
    account = AccountService(db).create_account(AccountInput("Baltic Freight", country="PL"))
    meetings = MeetingService(db)
    past = meetings.plan_meeting(account, MeetingInput(
        datetime.combine(today - timedelta(days=2), datetime.min.time()).replace(hour=10),
        "Gdańsk", "Quarterly business review"))
    [item] = _meetings(db)
    assert item.ref_id == past and item.overdue and item.group is AgendaGroup.OVERDUE
    assert item.title.startswith("Record the outcome")
    meetings.record_outcome(past, OutcomeInput("Budget agreed"))
    assert _meetings(db) == []


def test_an_unknown_zone_is_refused(db):
    account = AccountService(db).create_account(AccountInput("Baltic Freight"))
    try:
        MeetingService(db).plan_meeting(account, MeetingInput(
            datetime(2026, 12, 1, 10), "HQ", "Review", time_zone="Mars/Olympus"))
    except ValidationError as error:
        assert error.field == "time_zone"
    else:
        raise AssertionError("an unknown zone was accepted")
