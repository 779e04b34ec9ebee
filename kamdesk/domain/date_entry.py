"""Dates as people type them: 21.06., 21/06, 2026-06-21, 21.06.2026; the year optional.

Dots are day-first wherever they are used; ISO is year-month-day; a slash is day-first in
most of the world and month-first in the US, so `order` (from the locale) decides, and
without it a slashed date both readings allow (03/04) is refused, with a message saying how
to write it unambiguously. Two-digit years are refused too (is 21.06.27 1927 or 2027?).
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from typing import NamedTuple

from kamdesk.domain.birthdays import Birthday

DAY_FIRST, MONTH_FIRST = "dmy", "mdy"

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DOTTED = re.compile(r"(\d{1,2})\.(\d{1,2})\.?(?:(\d+))?")
_SLASHED = re.compile(r"(\d{1,2})/(\d{1,2})(?:/(\d+))?")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


class DateEntryError(ValueError):
    """A typed date that cannot be read; the message says why and how to write it."""


class EnteredDate(NamedTuple):
    day: int
    month: int
    year: int | None  # None: the user left the year out

    def to_birthday(self) -> Birthday:
        """As a birthday, which may lack its year (a family member's, a person's)."""
        return Birthday(self.month, self.day, self.year)

    def on_or_after(self, today: date) -> date:
        """The date itself, or without a year the next such day from today on (a task
        due "21.06." in July is due next June). 29 February without a year: the next
        leap year's."""
        if self.year is not None:
            return date(self.year, self.month, self.day)
        year = today.year
        while True:
            if self.day <= calendar.monthrange(year, self.month)[1]:
                candidate = date(year, self.month, self.day)
                if candidate >= today:
                    return candidate
            year += 1


def date_order_of_locale(locale_name: str) -> str:
    """DAY_FIRST or MONTH_FIRST as the locale writes a short date ("en_US" month first)."""
    from babel import Locale, UnknownLocaleError

    try:
        pattern = Locale.parse(locale_name.replace("-", "_")).date_formats["short"].pattern
    except (UnknownLocaleError, ValueError, TypeError):
        return DAY_FIRST
    lowered = pattern.lower()
    day, month = lowered.find("d"), lowered.find("m")
    return MONTH_FIRST if 0 <= month < day else DAY_FIRST


def _checked(day: int, month: int, year_text: str | None, typed: str) -> EnteredDate:
    year = None
    if year_text:
        if len(year_text) != 4:
            raise DateEntryError(f"'{typed}': write the year with four digits, or leave it out")
        year = int(year_text)
    if not 1 <= month <= 12:
        raise DateEntryError(f"'{typed}': there is no month {month}")
    last = calendar.monthrange(year or 2024, month)[1]  # 2024: a leap year allows 29.02.
    if not 1 <= day <= last:
        raise DateEntryError(f"'{typed}': {_MONTHS[month - 1]} has no day {day}"
                             + (f" in {year}" if year and month == 2 and day == 29 else ""))
    return EnteredDate(day, month, year)


def parse_entered_date(text: str, order: str | None = None) -> EnteredDate:
    """The date in `text`; `order` DAY_FIRST / MONTH_FIRST for slashed dates (None: only
    unambiguous ones). Raises DateEntryError with a message to show the user."""
    typed = text.strip()
    if not typed:
        raise DateEntryError("no date given")
    if match := _ISO.fullmatch(typed):
        year, month, day = match.groups()
        return _checked(int(day), int(month), year, typed)
    if match := _DOTTED.fullmatch(typed):
        day, month, year = match.groups()
        return _checked(int(day), int(month), year, typed)
    if match := _SLASHED.fullmatch(typed):
        first, second, year = int(match[1]), int(match[2]), match[3]
        if order is None and first <= 12 and second <= 12 and first != second:
            raise DateEntryError(
                f"'{typed}' could be {first} {_MONTHS[second - 1]} or {second} "
                f"{_MONTHS[first - 1]}: write it as {first:02d}.{second:02d}. or "
                f"YYYY-{second:02d}-{first:02d}")
        month_first = order == MONTH_FIRST if order else first <= 12 < second
        day, month = (second, first) if month_first else (first, second)
        return _checked(day, month, year, typed)
    raise DateEntryError(f"'{typed}' is not a date: write it like 21.06., 21/06 or 2026-06-21")


def parse_due_date(text: str, today: date, order: str | None = None) -> date:
    """A due date typed by the user; without a year, the next such day from today."""
    return parse_entered_date(text, order).on_or_after(today)
