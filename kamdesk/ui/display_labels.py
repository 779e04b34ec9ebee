"""Translated display text for the domain's vocabularies and for dates and money."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from kamdesk.domain.enums import (
    CrossSellStatus,
    DmuType,
    InteractionKind,
    LeadSource,
    ProposalStatus,
    ReferralOutcome,
)
from kamdesk.domain.labels import label_of
from kamdesk.ui import theme

STANCE_COLOURS = theme.STANCE


def label(value: StrEnum | None) -> str:
    """The user's word for an enum member: its domain label, translated."""
    if value is None:
        return ""
    if (shared := _SAME_WORD_ELSEWHERE.get((type(value), value.value))) is not None:
        return shared()
    return QCoreApplication.translate("labels", label_of(value))


translate = QCoreApplication.translate
# Labels that two vocabularies share in English ("Won" for a proposal and for a cross-sell
# idea) are asked with a disambiguation, so that a language may word each its own way.
_SAME_WORD_ELSEWHERE = {
    (ProposalStatus, "won"): lambda: translate("labels", "Won", "proposal status"),
    (CrossSellStatus, "won"): lambda: translate("labels", "Won", "cross-sell status"),
    (ProposalStatus, "lost"): lambda: translate("labels", "Lost", "proposal status"),
    (CrossSellStatus, "lost"): lambda: translate("labels", "Lost", "cross-sell status"),
    (DmuType, "other"): lambda: translate("labels", "Other", "type of person"),
    (LeadSource, "other"): lambda: translate("labels", "Other", "lead source"),
    (InteractionKind, "meeting"): lambda: translate("labels", "Meeting", "kind of contact"),
    (ReferralOutcome, "meeting"): lambda: translate("labels", "Meeting", "referral outcome"),
    (InteractionKind, "letter"): lambda: translate("labels", "Letter", "kind of contact"),
    (LeadSource, "letter"): lambda: translate("labels", "Letter", "lead source"),
}


DATE_FORMAT = "ddd d MMM yyyy"  # "Thu 19 Nov 2026": unambiguous in every locale


def ui_locale() -> QLocale:
    """The user's locale for dates and numbers; English (UK) when the system says only "C".

    The C locale writes 19 11 2026 and 17464400; nobody reads dossiers like that.
    """
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return locale


def date_time_format() -> str:
    """The pattern date-time editors and lists use: the date as above, the locale's clock."""
    return f"{DATE_FORMAT} {ui_locale().timeFormat(QLocale.FormatType.ShortFormat)}"


def day(value: date | None) -> str:
    if value is None:
        return ""
    return _day_text(ui_locale().name(), value.year, value.month, value.day)


def moment(value: datetime | None) -> str:
    """The date and the locale's clock (date_time_format), as the lists show them. Made of
    a remembered day and a remembered time of day: a list of history paints thousands of
    these, and Qt's formatting of one date-time took some 40 µs."""
    if value is None:
        return ""
    local = value.astimezone() if value.tzinfo else value
    name = ui_locale().name()
    return (f"{_day_text(name, local.year, local.month, local.day)} "
            f"{_clock_text(name, local.hour, local.minute, local.second)}")


@lru_cache(maxsize=8192)
def _day_text(locale_name: str, year: int, month: int, day_of_month: int) -> str:
    return QLocale(locale_name).toString(QDate(year, month, day_of_month), DATE_FORMAT)


@lru_cache(maxsize=4096)
def _clock_text(locale_name: str, hour: int, minute: int, second: int) -> str:
    locale = QLocale(locale_name)
    return locale.toString(QTime(hour, minute, second),
                           locale.timeFormat(QLocale.FormatType.ShortFormat))


def money(value: Decimal | float | None, currency: str = "") -> str:
    """An amount with the locale's thousands separators and no cents: "17,464,400 EUR"."""
    if value is None:
        return ""
    text = ui_locale().toString(float(value), "f", 0)
    return f"{text} {currency}".strip()


def percent(share: Decimal | float | None) -> str:
    if share is None:
        return ""
    return f"{float(share) * 100:.0f} %"


def meeting_moment(starts_at: datetime | None, zone: str) -> str:
    """A meeting's date and hour on the place's clock, the zone named when the laptop's
    differs: "Thu 4 Dec 2026 09:00 Asia/Manila"."""
    if starts_at is None:
        return ""
    from kamdesk.domain.time_zones import local_start, meeting_time_text

    return f"{day(local_start(starts_at, zone).date())} {meeting_time_text(starts_at, zone)}"
