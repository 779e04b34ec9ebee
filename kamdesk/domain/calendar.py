"""Working-day and month arithmetic for due dates and tender preparation."""

from __future__ import annotations

import calendar as _stdlib_calendar
from collections.abc import Collection
from datetime import date, timedelta

_SATURDAY = 5  # date.weekday(): Monday is 0, so 5 and 6 are the weekend


def is_working_day(d: date, holidays: Collection[date] = ()) -> bool:
    """Return True when *d* is a Monday to Friday that is not a holiday."""
    return d.weekday() < _SATURDAY and d not in holidays


def next_working_day(d: date, holidays: Collection[date] = ()) -> date:
    """Return the first working day strictly after *d*, skipping weekends and *holidays*."""
    day = d + timedelta(days=1)
    while not is_working_day(day, holidays):
        day += timedelta(days=1)
    return day


def add_working_days(d: date, n: int, holidays: Collection[date] = ()) -> date:
    """Return the date *n* working days after *d* (before it when *n* is negative).

    ``n == 0`` returns *d* unchanged, even on a weekend: "zero days later" is today.
    """
    step = timedelta(days=1 if n >= 0 else -1)
    day = d
    for _ in range(abs(n)):
        day += step
        while not is_working_day(day, holidays):
            day += step
    return day


def add_months(d: date, months: int) -> date:
    """Return *d* moved by *months* calendar months (negative goes back).

    The day is clamped to the end of the target month, so 2027-11-30 minus nine
    months is 2027-02-28 rather than an error.
    """
    index = d.year * 12 + (d.month - 1) + months
    year, month0 = divmod(index, 12)
    month = month0 + 1
    last_day = _stdlib_calendar.monthrange(year, month)[1]
    return date(year, month, min(d.day, last_day))
