"""Dates, times, money and shares written the way the reader's locale writes them (babel)."""

from __future__ import annotations

import copy
from datetime import UTC, date, datetime
from decimal import Decimal

from babel import Locale, UnknownLocaleError
from babel.dates import format_skeleton, format_time
from babel.numbers import format_currency, format_decimal

Day = date  # inside Formats, `date` names its method


class Formats:
    """Formatting for one locale; an unknown locale falls back to British English."""

    def __init__(self, locale: str) -> None:
        try:
            self.locale = Locale.parse(locale.replace("-", "_"))
        except (UnknownLocaleError, ValueError):
            self.locale = Locale.parse("en_GB")
        # The locale's currency pattern without decimals: a brief rounds to whole units.
        self._money = copy.copy(self.locale.currency_formats["standard"])
        self._money.frac_prec = (0, 0)

    def day(self, d: date) -> str:
        """"Wed 2 Dec" (en_GB), "Wed, Dec 2" (en_US), "śr., 2 gru" (pl)."""
        return format_skeleton("MMMEd", d, locale=self.locale)

    def date(self, d: date) -> str:
        """"2 Dec 2026"."""
        return format_skeleton("yMMMd", d, locale=self.locale)

    def month_day(self, d: Day) -> str:
        """"2 Dec": a birthday, where the year does not matter."""
        return format_skeleton("MMMd", d, locale=self.locale)

    def time(self, moment: datetime) -> str:
        """"10:00" or "10:00 AM", as the locale writes short times."""
        return format_time(local_time(moment).replace(tzinfo=None).time(), "short",
                           locale=self.locale)

    def meeting_time(self, moment: datetime) -> str:
        """"Wed 2 Dec 2026, 10:00" in the computer's time zone."""
        local = local_time(moment)
        return f"{self.day(local.date())} {local.year}, {self.time(local)}"

    def meeting_time_at(self, moment: datetime, zone: str) -> str:
        """"Fri 4 Dec 2026, 09:00" on the clock of the meeting's place, with the zone named
        when the computer's clock reads another hour ("…, 09:00 (Asia/Manila)")."""
        from kamdesk.domain.time_zones import differs_from_machine, local_start

        if not zone:
            return self.meeting_time(moment)
        local = local_start(moment, zone)
        text = f"{self.day(local.date())} {local.year}, {self.time_on_clock(local)}"
        return f"{text} ({zone})" if differs_from_machine(moment, zone) else text

    def time_on_clock(self, local: datetime) -> str:
        """A time as the given clock reads it (no conversion to the computer's zone)."""
        return format_time(local.replace(tzinfo=None).time(), "short", locale=self.locale)

    def money(self, value: Decimal | None, currency: str) -> str:
        if value is None:
            return "–"
        return format_currency(value, currency, format=self._money, locale=self.locale,
                               currency_digits=False)

    def percent(self, share: Decimal | float | None) -> str:
        """A share 0..1 as "18 %"-style text, one decimal below 10 %."""
        if share is None:
            return "–"
        value = Decimal(str(share)) * 100
        places = "#,##0.#" if value < 10 else "#,##0"
        return f"{format_decimal(value, places, locale=self.locale)} %"


def local_time(moment: datetime) -> datetime:
    """A stored time in the computer's time zone; naive times are UTC (as SQLite returns them)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone()
