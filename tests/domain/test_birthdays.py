from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kamdesk.domain.birthdays import (
    Birthday,
    UpcomingBirthday,
    age_on,
    next_occurrence,
    upcoming_birthdays,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1978-03-14", Birthday(3, 14, 1978)),
        ("--03-14", Birthday(3, 14)),
        ("03-14", Birthday(3, 14)),
        (" 1978-03-14 ", Birthday(3, 14, 1978)),
        ("--02-29", Birthday(2, 29)),
        ("2000-02-29", Birthday(2, 29, 2000)),
    ],
)
def test_a_birthday_is_read_with_or_without_the_year(text, expected):
    assert Birthday.parse(text) == expected


@pytest.mark.parametrize(
    "text",
    ["", "14.03.1978", "1978-13-01", "02-30", "--04-31", "1978-02-29", "1900-02-29", "03-14-x",
     "1978/03/14", "--00-10", "٠٣-١٤"],
)
def test_a_bad_birthday_is_refused_with_a_clear_message(text):
    with pytest.raises(ValueError) as error:
        Birthday.parse(text)
    assert str(error.value) == f"birthday '{text}' is not a date: use YYYY-MM-DD or --MM-DD"


def test_an_impossible_day_is_refused_when_built_directly():
    with pytest.raises(ValueError, match="02-30"):
        Birthday(2, 30)
    with pytest.raises(ValueError, match="month 13"):
        Birthday(13, 1)
    with pytest.raises(ValueError, match="2001-02-29"):
        Birthday(2, 29, 2001)


def test_february_29_is_allowed_without_a_year_and_in_leap_years():
    assert Birthday(2, 29).year is None
    assert Birthday(2, 29, 1996).year == 1996


def test_a_birthday_is_written_as_iso_text():
    assert Birthday(3, 14, 1978).to_text() == "1978-03-14"
    assert Birthday(3, 14).to_text() == "--03-14"


@given(st.dates())
def test_text_round_trips(day):
    for birthday in (Birthday(day.month, day.day, day.year), Birthday(day.month, day.day)):
        assert Birthday.parse(birthday.to_text()) == birthday


def test_the_next_occurrence_is_today_when_it_is_the_birthday():
    assert next_occurrence(Birthday(3, 14), date(2026, 3, 14)) == date(2026, 3, 14)


def test_the_next_occurrence_moves_to_next_year_once_passed():
    assert next_occurrence(Birthday(3, 14), date(2026, 3, 15)) == date(2027, 3, 14)


def test_february_29_is_celebrated_on_february_28_in_common_years():
    assert next_occurrence(Birthday(2, 29), date(2026, 1, 1)) == date(2026, 2, 28)
    assert next_occurrence(Birthday(2, 29), date(2027, 3, 1)) == date(2028, 2, 29)
    assert next_occurrence(Birthday(2, 29, 2000), date(2028, 2, 1)) == date(2028, 2, 29)


@given(st.dates(max_value=date(9998, 1, 1)), st.dates(max_value=date(9998, 1, 1)))
def test_the_next_occurrence_is_within_a_year(born, today):
    on = next_occurrence(Birthday(born.month, born.day), today)
    assert today <= on <= today + timedelta(days=366)


def test_age_counts_whole_years():
    b = Birthday(3, 14, 1978)
    assert age_on(b, date(2026, 3, 13)) == 47
    assert age_on(b, date(2026, 3, 14)) == 48


def test_age_is_unknown_without_a_year_or_before_birth():
    assert age_on(Birthday(3, 14), date(2026, 3, 14)) is None
    assert age_on(Birthday(3, 14, 2030), date(2026, 3, 14)) is None


def test_a_leap_day_person_turns_older_on_february_28_in_common_years():
    b = Birthday(2, 29, 2000)
    assert age_on(b, date(2027, 2, 27)) == 26
    assert age_on(b, date(2027, 2, 28)) == 27
    assert age_on(b, date(2028, 2, 28)) == 27
    assert age_on(b, date(2028, 2, 29)) == 28


def test_upcoming_birthdays_wrap_into_january():
    found = upcoming_birthdays([(1, "Anna", Birthday(1, 3, 1980))], date(2026, 12, 20), 14)
    assert found == [UpcomingBirthday(1, "Anna", date(2027, 1, 3), 14, 47)]


def test_upcoming_birthdays_include_both_ends_of_the_window():
    today = date(2026, 5, 1)
    people = [
        (1, "Today", Birthday(5, 1)),
        (2, "Last", Birthday(5, 8)),
        (3, "Late", Birthday(5, 9)),
    ]
    found = upcoming_birthdays(people, today, 7)
    assert [(u.name, u.days_away) for u in found] == [("Today", 0), ("Last", 7)]


def test_upcoming_birthdays_without_a_year_have_no_age():
    found = upcoming_birthdays([("k", "Jonas", Birthday(5, 2))], date(2026, 5, 1), 7)
    assert found[0].turning is None


def test_people_without_a_birthday_are_skipped():
    assert upcoming_birthdays([(1, "Nobody", None)], date(2026, 5, 1), 365) == []


def test_upcoming_birthdays_are_sorted_by_date_then_name():
    people = [
        (1, "zoe", Birthday(5, 3)),
        (2, "Bo", Birthday(5, 2)),
        (3, "Ana", Birthday(5, 3)),
        (4, "Carl", Birthday(5, 3)),
    ]
    found = upcoming_birthdays(people, date(2026, 5, 1), 7)
    assert [u.name for u in found] == ["Bo", "Ana", "Carl", "zoe"]


def test_a_leap_day_birthday_shows_up_on_february_28_in_a_common_year():
    found = upcoming_birthdays([(1, "Leap", Birthday(2, 29, 1996))], date(2027, 2, 20), 10)
    assert [(u.on, u.turning) for u in found] == [(date(2027, 2, 28), 31)]


def test_a_window_of_zero_days_is_just_today_and_a_negative_one_is_empty():
    people = [(1, "Anna", Birthday(5, 1))]
    assert len(upcoming_birthdays(people, date(2026, 5, 1), 0)) == 1
    assert upcoming_birthdays(people, date(2026, 5, 1), -1) == []


def test_a_window_longer_than_a_year_lists_each_occurrence():
    found = upcoming_birthdays([(1, "Anna", Birthday(5, 1, 1990))], date(2026, 5, 1), 365)
    assert [(u.on, u.turning) for u in found] == [(date(2026, 5, 1), 36), (date(2027, 5, 1), 37)]
