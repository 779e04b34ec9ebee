"""Dates typed in the locale's own formats, the year optional, ambiguity refused."""

from __future__ import annotations

from datetime import date

import pytest

from kamdesk.domain.birthdays import Birthday
from kamdesk.domain.date_entry import (
    DAY_FIRST,
    MONTH_FIRST,
    DateEntryError,
    EnteredDate,
    date_order_of_locale,
    parse_due_date,
    parse_entered_date,
)


@pytest.mark.parametrize(("typed", "entered"), [
    ("21.06.", EnteredDate(21, 6, None)),
    ("21.06", EnteredDate(21, 6, None)),
    ("21.6.", EnteredDate(21, 6, None)),
    ("21/06", EnteredDate(21, 6, None)),
    ("2026-06-21", EnteredDate(21, 6, 2026)),
    ("21.06.2026", EnteredDate(21, 6, 2026)),
    ("21/06/2026", EnteredDate(21, 6, 2026)),
    ("06/21/2026", EnteredDate(21, 6, 2026)),  # only a month-first reading exists
    ("29.02.", EnteredDate(29, 2, None)),  # a birthday without a year may be a leap day
    ("05/05", EnteredDate(5, 5, None)),  # both readings agree
])
def test_unambiguous_dates_are_read_without_a_locale(typed, entered):
    assert parse_entered_date(typed) == entered


def test_an_ambiguous_slashed_date_is_refused_with_a_way_out():
    with pytest.raises(DateEntryError) as error:
        parse_entered_date("03/04")
    assert str(error.value) == (
        "'03/04' could be 3 April or 4 March: write it as 03.04. or YYYY-04-03")


def test_the_locale_decides_a_slashed_date():
    assert parse_entered_date("03/04", DAY_FIRST) == EnteredDate(3, 4, None)
    assert parse_entered_date("03/04", MONTH_FIRST) == EnteredDate(4, 3, None)
    assert date_order_of_locale("en_US") == MONTH_FIRST
    assert date_order_of_locale("pl_PL") == DAY_FIRST
    assert date_order_of_locale("de-DE") == DAY_FIRST
    assert date_order_of_locale("xx_nowhere") == DAY_FIRST


@pytest.mark.parametrize(("typed", "message"), [
    ("31.02.", "February has no day 31"),
    ("29.02.2027", "February has no day 29 in 2027"),
    ("13.13.", "there is no month 13"),
    ("21.06.26", "write the year with four digits"),
    ("tomorrow", "is not a date"),
    ("", "no date given"),
])
def test_impossible_dates_say_why(typed, message):
    with pytest.raises(DateEntryError, match=message):
        parse_entered_date(typed)


def test_a_due_date_without_a_year_is_the_next_such_day(today):
    assert parse_due_date("21.06.", today) == date(2027, 6, 21)
    assert parse_due_date("03.12.", today) == date(2026, 12, 3)
    assert parse_due_date("27.11.", today) == today
    assert parse_due_date("29.02.", today) == date(2028, 2, 29)
    assert parse_due_date("2026-06-21", today) == date(2026, 6, 21)


def test_a_typed_date_becomes_a_birthday_with_or_without_its_year():
    assert parse_entered_date("21.06.").to_birthday() == Birthday(6, 21)
    assert parse_entered_date("2012-07-01").to_birthday() == Birthday(7, 1, 2012)
