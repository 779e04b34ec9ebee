"""Tenders: preparation nine months ahead and a checklist with one item per DMU member."""

from __future__ import annotations

from datetime import date

import pytest

from kamdesk.services.accounts import AccountInput, AccountService
from kamdesk.services.errors import ValidationError
from kamdesk.services.people import PeopleService, PersonInput
from kamdesk.services.tenders import TenderInput, TenderService


def test_a_new_tender_starts_preparation_nine_months_ahead_with_a_checklist(db):
    account = AccountService(db).create_account(AccountInput("Ruhr Kabelwerk GmbH"))
    PeopleService(db).create_person(account, PersonInput("Jürgen Weiß"))
    service = TenderService(db)
    tender = service.create_tender(account, TenderInput("Cable supply 2028", date(2027, 9, 1)))
    [summary] = service.list_tenders(account, today=date(2026, 11, 27))
    assert summary.preparation_start == date(2026, 12, 1)
    assert summary.status.days_to_preparation == 4
    assert [i.text for i in summary.checklist][-1] == "Contact established with Jürgen Weiß"
    service.set_item_done(summary.checklist[0].id)
    service.add_item(tender, "Reference visit arranged")
    [summary] = service.list_tenders(account, today=date(2026, 11, 27))
    assert summary.checklist_done == 1 and len(summary.checklist) == 4


def test_preparation_cannot_start_after_the_tender(db):
    account = AccountService(db).create_account(AccountInput("Ruhr Kabelwerk GmbH"))
    with pytest.raises(ValidationError) as error:
        TenderService(db).create_tender(account, TenderInput(
            "Late", date(2027, 1, 1), preparation_start=date(2027, 2, 1)))
    assert error.value.field == "preparation_start"
