"""Tender preparation: when to start, how far along we are, what to check."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from kamdesk.domain.calendar import add_months

# Large clients buy through tenders; the supplier that starts shaping needs
# about nine months ahead has the best chance (DOMAIN.md section 3).
PREPARATION_MONTHS = 9

DEFAULT_CHECKLIST: tuple[str, ...] = ("Client needs shaped", "Key success factors identified")


def preparation_start(tender_date: date, months: int = PREPARATION_MONTHS) -> date:
    """Return the day preparation should start: *months* before *tender_date*."""
    return add_months(tender_date, -months)


@dataclass(frozen=True)
class TenderStatus:
    """Where today falls relative to a tender and its preparation window.

    Day counts are negative once the date is behind us.
    ``overdue_preparation`` is True once the preparation start has passed while
    the tender is still ahead; callers pair it with an unfinished checklist to warn.
    """

    days_to_tender: int
    days_to_preparation: int
    in_preparation: bool
    overdue_preparation: bool


def tender_status(tender_date: date, preparation_start: date, today: date) -> TenderStatus:
    """Return how *today* relates to the tender and its preparation start."""
    return TenderStatus(
        days_to_tender=(tender_date - today).days,
        days_to_preparation=(preparation_start - today).days,
        in_preparation=preparation_start <= today <= tender_date,
        overdue_preparation=preparation_start < today <= tender_date,
    )


def checklist_for(person_names: Iterable[str]) -> list[str]:
    """Return the tender checklist: the defaults, then one contact item per DMU member.

    Blank names are skipped and repeated names listed once, because checklist
    items are told apart by their text.
    """
    items = list(DEFAULT_CHECKLIST)
    for raw in person_names:
        name = raw.strip()
        item = f"Contact established with {name}"
        if name and item not in items:
            items.append(item)
    return items
