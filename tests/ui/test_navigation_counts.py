"""The navigation's week counts come from the agenda service, meetings included."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest

from kamdesk.domain.agenda_groups import WEEK_DAYS
from kamdesk.services.accounts import AccountService
from kamdesk.services.agenda import AgendaService
from kamdesk.services.agenda_counts import agenda_counts
from kamdesk.services.meetings import MeetingInput, MeetingService
from kamdesk.ui.navigation import lines_of_counts as summary_lines_of
from kamdesk.ui.navigation import summary_lines, week_counts


def test_the_weeks_meetings_are_counted(sample_db, today):
    """The bug: the sample's meeting of 30 Nov was in no count of the week."""
    lines = summary_lines(AgendaService(sample_db).agenda(today, 7), today)
    assert ("1 meeting this week", False) in lines


@pytest.mark.parametrize("offset", [-30, 0, 3, 40, 200])
def test_the_counted_week_words_are_those_of_the_weeks_lines(sample_db, today, offset):
    """The pane counts the week (birthdays by the database) instead of making its lines."""
    day = today + timedelta(days=offset)
    MeetingService(sample_db).plan_meeting(
        AccountService(sample_db).list_accounts()[0].id,
        MeetingInput(datetime.combine(day - timedelta(days=2), time(10)), "Gdańsk", "Past"))
    lines = summary_lines(AgendaService(sample_db).agenda(day, 7), day)
    counted = week_counts(agenda_counts(sample_db, day, WEEK_DAYS - 1))
    assert lines == summary_lines_of(counted)
    assert any("outcome" in text for text, _ in lines)  # the past meeting, counted both ways
