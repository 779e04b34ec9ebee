"""The navigation's week counts come from the agenda service, meetings included."""

from __future__ import annotations

from kamdesk.services.agenda import AgendaService
from kamdesk.ui.navigation import summary_lines


def test_the_weeks_meetings_are_counted(sample_db, today):
    """The bug: the sample's meeting of 30 Nov was in no count of the week."""
    lines = summary_lines(AgendaService(sample_db).agenda(today, 7), today)
    assert ("1 meeting this week", False) in lines
