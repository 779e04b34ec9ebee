"""Translated display text for the domain's vocabularies and for dates and money."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QLocale

from kamdesk.domain.labels import ROLE_LABELS, STANCE_LABELS, TIER_LABELS, TYPE_LABELS

_LABELS: dict = {**ROLE_LABELS, **TYPE_LABELS, **STANCE_LABELS, **TIER_LABELS}

STANCE_COLOURS = {
    "supporter": "#2e7d32",
    "favourable": "#7cb342",
    "neutral": "#9e9e9e",
    "sceptic": "#f9a825",
    "opponent": "#c62828",
}


def label(value: StrEnum | None) -> str:
    """The user's word for an enum member: the domain label, or the value made readable."""
    if value is None:
        return ""
    text = _LABELS.get(value) or value.value.replace("_", " ").capitalize()
    return QCoreApplication.translate("labels", text)


def day(value: date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(value, QLocale.FormatType.ShortFormat)


def moment(value: datetime | None) -> str:
    if value is None:
        return ""
    local = value.astimezone() if value.tzinfo else value
    return QLocale().toString(local, QLocale.FormatType.ShortFormat)


def money(value: Decimal | None, currency: str = "") -> str:
    if value is None:
        return ""
    text = QLocale().toString(float(value), "f", 0)
    return f"{text} {currency}".strip()


def percent(share: Decimal | float | None) -> str:
    if share is None:
        return ""
    return f"{float(share) * 100:.0f} %"
