"""Dates as contact files write them, read into birthdays that may lack the year."""

from __future__ import annotations

import re

from kamdesk.domain.birthdays import Birthday
from kamdesk.language import _

# Years that mean "unknown": Apple writes 1604 (flagged by X-APPLE-OMIT-YEAR), phones 0000.
_NO_YEAR = {0, 1604}

_ISO = re.compile(
    r"(?P<year>\d{4}|--)-?(?P<month>\d{2})-?(?P<day>\d{2})(?:T[\d:.]*(?:Z|[+-][\d:]+)?)?",
    re.ASCII,
)
_NUMERIC = re.compile(r"(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<year>\d{2}|\d{4})",
                      re.ASCII)
_EMPTY = {"", "0/0/00", "0/0/0000", "00.00.0000", "0000-00-00"}


class DateOrder:
    """How to read 03/04/1978: month first (US Outlook, Salesforce) or day first."""

    MONTH_FIRST = "mdy"
    DAY_FIRST = "dmy"


def parse_vcard_date(text: str, omit_year: str | None = None) -> Birthday | None:
    """'1978-03-14', '19780314', '--0314', '--03-14', '1604-03-14' with X-APPLE-OMIT-YEAR.

    Returns None for an empty value; raises ValueError with a readable reason otherwise.
    """
    value = text.strip()
    if not value:
        return None
    match = _ISO.fullmatch(value)
    if match is None:
        raise ValueError(_("'{value}' is not a date (expected YYYY-MM-DD or --MM-DD)").format(
            value=value))
    year = None if match["year"] == "--" else int(match["year"])
    if year in _NO_YEAR or (omit_year is not None and str(year) == omit_year.strip()):
        year = None
    return _birthday(value, int(match["month"]), int(match["day"]), year)


def parse_table_date(text: str, order: str = DateOrder.MONTH_FIRST) -> Birthday | None:
    """A date from a spreadsheet cell: ISO forms, '14.03.1978', '3/14/1978' or '14/3/1978'.

    A slash date whose first part is over 12 is read day first whatever `order` says.
    """
    value = text.strip()
    if value in _EMPTY:
        return None
    if _ISO.fullmatch(value):
        return parse_vcard_date(value)
    match = _NUMERIC.fullmatch(value)
    if match is None:
        raise ValueError(_("'{value}' is not a date").format(value=value))
    a, b = int(match["a"]), int(match["b"])
    day_first = match["sep"] == "." or a > 12 or (order == DateOrder.DAY_FIRST and b <= 12)
    day, month = (a, b) if day_first else (b, a)
    year = int(match["year"])
    if len(match["year"]) == 2:
        year += 1900 if year > 30 else 2000
    return _birthday(value, month, day, None if year in _NO_YEAR else year)


def guess_date_order(values: list[str]) -> str:
    """Day first when some slash date can only be read that way, else month first."""
    for value in values:
        match = _NUMERIC.fullmatch(value.strip())
        if match and match["sep"] != "." and int(match["a"]) > 12:
            return DateOrder.DAY_FIRST
    return DateOrder.MONTH_FIRST


def _birthday(text: str, month: int, day: int, year: int | None) -> Birthday:
    try:
        return Birthday(month, day, year)
    except ValueError:
        raise ValueError(_("'{value}' is not a real date").format(value=text)) from None
