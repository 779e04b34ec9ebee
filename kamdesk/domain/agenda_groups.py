"""Where an agenda row goes on the Today page: Overdue, Today, This week or Later."""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum

WEEK_DAYS = 7  # "this week": the seven days from today, as the navigation counts them


class AgendaGroup(StrEnum):
    """The groups in the order the page shows them."""

    OVERDUE = "overdue"
    TODAY = "today"
    THIS_WEEK = "this_week"
    LATER = "later"


def agenda_group(on: date, today: date, overdue: bool = False) -> AgendaGroup:
    """The group of an item dated `on`: before today (or flagged `overdue`, like a service
    case open too long) is Overdue; today is Today; the next six days are This week (a
    rolling week, so a Friday's week still shows next Thursday); anything after is Later."""
    if overdue or on < today:
        return AgendaGroup.OVERDUE
    if on == today:
        return AgendaGroup.TODAY
    if on < today + timedelta(days=WEEK_DAYS):
        return AgendaGroup.THIS_WEEK
    return AgendaGroup.LATER
