"""Translated display text for the domain's vocabularies and for dates and money."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from kamdesk.domain.labels import label_of
from kamdesk.ui import theme

STANCE_COLOURS = theme.STANCE


def label(value: StrEnum | None) -> str:
    """The user's word for an enum member: its domain label, translated."""
    if value is None:
        return ""
    return QCoreApplication.translate("labels", label_of(value))


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
    return ui_locale().toString(QDate(value.year, value.month, value.day), DATE_FORMAT)


def moment(value: datetime | None) -> str:
    if value is None:
        return ""
    local = value.astimezone() if value.tzinfo else value
    stamp = QDateTime(
        QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second)
    )
    return ui_locale().toString(stamp, date_time_format())


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
