from __future__ import annotations

from datetime import date

from kamdesk.domain.tenders import (
    DEFAULT_CHECKLIST,
    PREPARATION_MONTHS,
    TenderStatus,
    checklist_for,
    preparation_start,
    tender_status,
)

TENDER = date(2027, 11, 30)
PREP = date(2027, 2, 28)


def test_preparation_starts_nine_months_before_the_tender():
    assert PREPARATION_MONTHS == 9
    assert preparation_start(date(2027, 10, 15)) == date(2027, 1, 15)


def test_preparation_start_clamps_to_the_end_of_february():
    assert preparation_start(TENDER) == PREP


def test_preparation_lead_time_is_adjustable():
    assert preparation_start(date(2027, 10, 15), months=6) == date(2027, 4, 15)


def test_before_preparation_nothing_is_due_yet():
    status = tender_status(TENDER, PREP, date(2027, 2, 18))
    assert status == TenderStatus(
        days_to_tender=285, days_to_preparation=10, in_preparation=False, overdue_preparation=False
    )


def test_preparation_starts_on_the_start_day_itself():
    status = tender_status(TENDER, PREP, PREP)
    assert status.in_preparation
    assert status.days_to_preparation == 0
    assert not status.overdue_preparation


def test_after_the_start_day_preparation_is_overdue_until_the_tender():
    status = tender_status(TENDER, PREP, date(2027, 3, 1))
    assert status.in_preparation
    assert status.overdue_preparation
    assert status.days_to_preparation == -1


def test_the_tender_day_is_still_in_preparation():
    status = tender_status(TENDER, PREP, TENDER)
    assert status.in_preparation
    assert status.days_to_tender == 0


def test_after_the_tender_nothing_is_in_preparation():
    status = tender_status(TENDER, PREP, date(2027, 12, 1))
    assert not status.in_preparation
    assert not status.overdue_preparation
    assert status.days_to_tender == -1


def test_the_checklist_starts_with_needs_and_success_factors():
    assert DEFAULT_CHECKLIST == ("Client needs shaped", "Key success factors identified")
    assert checklist_for([]) == list(DEFAULT_CHECKLIST)


def test_the_checklist_adds_a_contact_item_per_dmu_member():
    assert checklist_for(["Anna Berg", "Jonas Lind"]) == [
        "Client needs shaped",
        "Key success factors identified",
        "Contact established with Anna Berg",
        "Contact established with Jonas Lind",
    ]


def test_the_checklist_skips_blank_and_repeated_names():
    items = checklist_for(["  Anna Berg ", "", "   ", "Anna Berg"])
    assert items[2:] == ["Contact established with Anna Berg"]
