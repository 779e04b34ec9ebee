import pytest

from kamdesk.domain.periods import parse_period, period_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026", (2026, None)),
        ("2026-Q3", (2026, 3)),
        ("2025 q1", (2025, 1)),
        (" 2027Q4 ", (2027, 4)),
    ],
)
def test_a_period_is_read_as_people_write_it(text, expected):
    assert parse_period(text) == expected


@pytest.mark.parametrize("text", ["", "26", "2026-Q5", "Q3 2026", "2026-07", "abcd"])
def test_a_wrong_period_says_how_to_write_it(text):
    with pytest.raises(ValueError, match="write 2026 or 2026-Q3"):
        parse_period(text)


def test_periods_are_written_back_the_same_way():
    assert [period_text(2026, 3), period_text(2026, None)] == ["2026-Q3", "2026"]
