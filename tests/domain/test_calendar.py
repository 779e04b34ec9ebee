from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kamdesk.domain.calendar import add_months, add_working_days, is_working_day, next_working_day

FRIDAY = date(2026, 3, 6)
SATURDAY = date(2026, 3, 7)
MONDAY = date(2026, 3, 9)


def test_next_working_day_after_a_weekday_is_the_following_day():
    assert next_working_day(date(2026, 3, 3)) == date(2026, 3, 4)


def test_next_working_day_after_friday_is_monday():
    assert next_working_day(FRIDAY) == MONDAY


def test_next_working_day_after_a_weekend_day_is_monday():
    assert next_working_day(SATURDAY) == MONDAY
    assert next_working_day(SATURDAY + timedelta(days=1)) == MONDAY


def test_next_working_day_skips_holidays_and_the_weekend_around_them():
    assert next_working_day(FRIDAY, holidays={MONDAY}) == date(2026, 3, 10)


def test_holidays_can_be_any_collection():
    assert next_working_day(FRIDAY, holidays=[MONDAY, date(2026, 3, 10)]) == date(2026, 3, 11)


def test_adding_zero_working_days_keeps_the_date_even_on_a_weekend():
    assert add_working_days(SATURDAY, 0) == SATURDAY


def test_adding_working_days_crosses_weekends():
    assert add_working_days(FRIDAY, 1) == MONDAY
    assert add_working_days(FRIDAY, 5) == date(2026, 3, 13)
    assert add_working_days(FRIDAY, 10) == date(2026, 3, 20)


def test_adding_working_days_skips_holidays():
    christmas = {date(2026, 12, 24), date(2026, 12, 25)}
    assert add_working_days(date(2026, 12, 23), 1, christmas) == date(2026, 12, 28)


def test_negative_working_days_go_back_over_the_weekend():
    assert add_working_days(MONDAY, -1) == FRIDAY
    assert add_working_days(MONDAY, -1, holidays={FRIDAY}) == date(2026, 3, 5)


def test_is_working_day_knows_weekends_and_holidays():
    assert is_working_day(FRIDAY)
    assert not is_working_day(SATURDAY)
    assert not is_working_day(MONDAY, holidays={MONDAY})


@given(st.dates(max_value=date(9000, 1, 1)), st.integers(min_value=1, max_value=60))
def test_adding_working_days_always_lands_on_a_working_day(start, n):
    result = add_working_days(start, n)
    assert result > start
    assert is_working_day(result)
    working_days_between = sum(
        is_working_day(start + timedelta(days=i)) for i in range(1, (result - start).days + 1)
    )
    assert working_days_between == n


def test_add_months_keeps_the_day_when_it_exists():
    assert add_months(date(2026, 1, 15), 1) == date(2026, 2, 15)
    assert add_months(date(2026, 1, 15), 14) == date(2027, 3, 15)


def test_add_months_clamps_to_the_end_of_a_shorter_month():
    assert add_months(date(2027, 11, 30), -9) == date(2027, 2, 28)
    assert add_months(date(2028, 11, 30), -9) == date(2028, 2, 29)
    assert add_months(date(2026, 1, 31), 3) == date(2026, 4, 30)


def test_add_months_goes_back_across_new_year():
    assert add_months(date(2027, 3, 10), -9) == date(2026, 6, 10)
    assert add_months(date(2027, 1, 10), -12) == date(2026, 1, 10)


def test_add_zero_months_is_the_same_date():
    assert add_months(date(2026, 5, 31), 0) == date(2026, 5, 31)


@pytest.mark.parametrize("months", [-25, -9, -1, 1, 9, 25])
def test_add_months_moves_the_calendar_month_exactly(months):
    start = date(2026, 8, 31)
    result = add_months(start, months)
    assert (result.year * 12 + result.month) - (start.year * 12 + start.month) == months
    assert result.day <= start.day


@given(st.dates(min_value=date(100, 1, 1), max_value=date(9000, 1, 1)), st.integers(-120, 120))
def test_add_months_never_fails_and_only_shortens_the_day(start, months):
    result = add_months(start, months)
    assert result.day == start.day or (result + timedelta(days=1)).day == 1
