"""Agenda rows fall into Overdue / Today / This week / Later relative to today."""

from __future__ import annotations

from datetime import date

import pytest

from kamdesk.domain.agenda_groups import AgendaGroup, agenda_group


@pytest.mark.parametrize(("on", "group"), [
    (date(2026, 11, 26), AgendaGroup.OVERDUE),
    (date(2025, 1, 1), AgendaGroup.OVERDUE),
    (date(2026, 11, 27), AgendaGroup.TODAY),
    (date(2026, 11, 28), AgendaGroup.THIS_WEEK),
    (date(2026, 12, 3), AgendaGroup.THIS_WEEK),  # the next Thursday: still this week
    (date(2026, 12, 4), AgendaGroup.LATER),
    (date(2027, 6, 1), AgendaGroup.LATER),
])
def test_each_date_falls_in_its_group(on, group, today):
    assert agenda_group(on, today) is group


def test_a_row_flagged_overdue_is_overdue_even_when_dated_today(today):
    assert agenda_group(today, today, overdue=True) is AgendaGroup.OVERDUE


def test_the_groups_come_in_page_order():
    assert list(AgendaGroup) == [AgendaGroup.OVERDUE, AgendaGroup.TODAY, AgendaGroup.THIS_WEEK,
                                 AgendaGroup.LATER]
