"""Service cases from complaint to resolution."""

from __future__ import annotations

from datetime import date

import pytest

from kamdesk.domain.enums import ServiceCaseKind
from kamdesk.services.accounts import AccountInput, AccountService
from kamdesk.services.errors import ValidationError
from kamdesk.services.service_cases import ServiceCaseInput, ServiceCaseService


def test_open_cases_come_first_and_count_their_days(db):
    account = AccountService(db).create_account(AccountInput("Baltic Freight Sp. z o.o."))
    service = ServiceCaseService(db)
    late = service.open_case(account, ServiceCaseInput(
        ServiceCaseKind.COMPLAINT, "Late deliveries Gdynia", date(2026, 11, 8)))
    wish = service.open_case(account, ServiceCaseInput(
        ServiceCaseKind.WISH, "Invoices in English", date(2026, 10, 1)))
    service.resolve(wish, date(2026, 10, 5), "Switched the invoice language")
    cases = service.list_cases(account, today=date(2026, 11, 27))
    assert [c.id for c in cases] == [late, wish]
    assert [c.days_open for c in cases] == [19, 4]


def test_a_resolution_needs_words_and_a_sensible_date(db):
    account = AccountService(db).create_account(AccountInput("Baltic Freight Sp. z o.o."))
    service = ServiceCaseService(db)
    case = service.open_case(account, ServiceCaseInput(
        ServiceCaseKind.MISUNDERSTANDING, "Pallet count", date(2026, 11, 8)))
    with pytest.raises(ValidationError) as error:
        service.resolve(case, date(2026, 11, 9), "")
    assert error.value.field == "resolution"
    with pytest.raises(ValidationError) as error:
        service.resolve(case, date(2026, 11, 1), "Explained")
    assert error.value.field == "resolved_on"
