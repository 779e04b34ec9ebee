"""Recommendation letters and referrals."""

from __future__ import annotations

from datetime import date

from kamdesk.domain.enums import LetterStatus, ReferralOutcome
from kamdesk.services.accounts import AccountInput, AccountService
from kamdesk.services.people import PeopleService, PersonInput
from kamdesk.services.recommendations import RecommendationService


def test_a_letter_asked_for_and_received(db):
    account = AccountService(db).create_account(AccountInput("Sava Power d.o.o."))
    person = PeopleService(db).create_person(account, PersonInput("Mojca Zupančič"))
    service = RecommendationService(db)
    letter = service.ask_for_letter(account, person, date(2026, 10, 1))
    service.set_letter_status(letter, LetterStatus.RECEIVED, date(2026, 10, 20), may_publish=True)
    [row] = service.list_letters(account)
    assert (row.person_name, row.status, row.received_on, row.may_publish) == (
        "Mojca Zupančič", LetterStatus.RECEIVED, date(2026, 10, 20), True)


def test_a_referral_records_its_outcome(db):
    account = AccountService(db).create_account(AccountInput("Sava Power d.o.o."))
    service = RecommendationService(db)
    referral = service.add_referral(account, None, "Drava Hydro d.d.", date(2026, 9, 3))
    service.set_referral_outcome(referral, ReferralOutcome.MEETING)
    [row] = service.list_referrals(account)
    assert (row.referred_to, row.outcome) == ("Drava Hydro d.d.", ReferralOutcome.MEETING)
