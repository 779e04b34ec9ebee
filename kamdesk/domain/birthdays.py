"""Birthdays of DMU members and their families, often known without the year."""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import MAXYEAR, MINYEAR, date, timedelta
from functools import lru_cache
from typing import Protocol

_PATTERN = re.compile(r"(?:(?P<year>\d{4})-|--)?(?P<month>\d{1,2})-(?P<day>\d{1,2})", re.ASCII)
_DAYS_IN_MONTH = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)  # February of a leap year


@dataclass(frozen=True)
class Birthday:
    """A day of birth; ``year`` is None when only the day and month are known."""

    month: int
    day: int
    year: int | None = None

    def __post_init__(self) -> None:
        if self.year is not None and not MINYEAR <= self.year <= MAXYEAR:
            raise ValueError(f"birthday year {self.year} is out of range")
        if not 1 <= self.month <= 12:
            raise ValueError(f"birthday month {self.month} is not between 1 and 12")
        # Without a year, Feb 29 is allowed: the person may well be a leap-day baby.
        # (A table, not calendar.monthrange: a list of thousands of people builds one each.)
        leap_day_missing = (self.month == 2 and self.day == 29 and self.year is not None
                            and not calendar.isleap(self.year))
        if not 1 <= self.day <= _DAYS_IN_MONTH[self.month - 1] or leap_day_missing:
            raise ValueError(f"there is no day {self.to_text()}")

    @classmethod
    def parse(cls, text: str) -> Birthday:
        """Read "1978-03-14", "--03-14" or "03-14"; raise ValueError for anything else."""
        match = _PATTERN.fullmatch(text.strip())
        try:
            if match is None:
                raise ValueError(text)
            year = match["year"]
            return cls(int(match["month"]), int(match["day"]), int(year) if year else None)
        except ValueError:
            raise ValueError(
                f"birthday '{text}' is not a date: use YYYY-MM-DD or --MM-DD"
            ) from None

    def to_text(self) -> str:
        """Return ISO text: "1978-03-14", or "--03-14" when the year is unknown."""
        prefix = "-" if self.year is None else f"{self.year:04d}"
        return f"{prefix}-{self.month:02d}-{self.day:02d}"

    def in_year(self, year: int) -> date:
        """Return the day the birthday is celebrated in *year* (Feb 29 → Feb 28 in common years)."""
        if self.month == 2 and self.day == 29 and not calendar.isleap(year):
            return date(year, 2, 28)
        return date(year, self.month, self.day)


def next_occurrence(b: Birthday, today: date) -> date:
    """Return the next celebration of *b* on or after *today*.

    A Feb 29 birthday falls on Feb 28 in common years: the reminder then stays
    in February, which is what most leap-day people celebrate and what a KAM
    would want to congratulate on.
    """
    this_year = b.in_year(today.year)
    return this_year if this_year >= today else b.in_year(today.year + 1)


def age_on(b: Birthday, on: date) -> int | None:
    """Return the age in whole years on *on*; None when the year is unknown or not yet born.

    Consistent with ``next_occurrence``, a Feb 29 person turns a year older on Feb 28
    in common years.
    """
    if b.year is None or on < date(b.year, b.month, b.day):
        return None
    return on.year - b.year - (1 if on < b.in_year(on.year) else 0)


@dataclass(frozen=True)
class UpcomingBirthday:
    """A birthday coming up for one person; ``turning`` is None when the year is unknown."""

    key: object
    name: str
    on: date
    days_away: int
    turning: int | None


def upcoming_birthdays(
    people: Iterable[tuple[object, str, Birthday | None]], today: date, days: int
) -> list[UpcomingBirthday]:
    """Return birthdays from *today* to *today + days* inclusive, by date then name.

    People without a birthday are skipped. The window may cross New Year; a
    window longer than a year lists a person once per occurrence.
    """
    end = today + timedelta(days=days)
    found: list[UpcomingBirthday] = []
    for key, name, birthday in people:
        if birthday is None:
            continue
        on = next_occurrence(birthday, today)
        while on <= end:
            found.append(UpcomingBirthday(key, name, on, (on - today).days, age_on(birthday, on)))
            on = next_occurrence(birthday, on + timedelta(days=1))
    found.sort(key=lambda u: (u.on, u.name.casefold(), u.name))
    return found


class HasBirthday(Protocol):
    """Anything that keeps a birthday in three columns: a person, a family member, a Core row."""

    @property
    def birth_month(self) -> int | None: ...
    @property
    def birth_day(self) -> int | None: ...
    @property
    def birth_year(self) -> int | None: ...


def birthday_of(row: HasBirthday) -> Birthday | None:
    """The birthday kept in a row's ``birth_month``/``birth_day``/``birth_year`` (a person,
    a family member, or a plain row read with Core), or None when the day is unknown."""
    if row.birth_month is None or row.birth_day is None:
        return None
    return birthday_of_day(row.birth_month, row.birth_day, row.birth_year)


@lru_cache(maxsize=50_000)
def birthday_of_day(month: int, day: int, year: int | None) -> Birthday:
    """One shared Birthday per day of birth (it is frozen): the largest account's people
    list builds 3,000 of them on every read, and a century has only 36,600 days."""
    return Birthday(month, day, year)
