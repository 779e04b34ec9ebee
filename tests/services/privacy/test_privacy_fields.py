"""Per person: legal basis, where the data came from, when collected, when to review it."""

from __future__ import annotations

from datetime import date

import pytest

from kamdesk.domain.enums import LegalBasis, Tier
from kamdesk.domain.labels import LEGAL_BASIS_LABELS, label_of
from kamdesk.services.accounts import AccountInput, AccountService
from kamdesk.services.agenda import AgendaKind, AgendaService
from kamdesk.services.errors import ValidationError
from kamdesk.services.people import PeopleService, PersonInput, PrivacyData


@pytest.fixture
def account_id(db):
    return AccountService(db).create_account(AccountInput("Sông Hồng Logistics", Tier.KEY))


def test_the_privacy_record_of_a_person_is_kept_and_read_back(db, account_id):
    people = PeopleService(db)
    privacy = PrivacyData(LegalBasis.LEGITIMATE_INTEREST, "business card, Hannover Messe",
                          date(2026, 4, 22), date(2027, 4, 22))
    pid = people.create_person(account_id, PersonInput("Nguyễn Thị Lan", privacy=privacy))
    assert people.get_person(pid).privacy == privacy


def test_a_review_date_before_the_collection_date_is_refused_at_the_field(db, account_id):
    privacy = PrivacyData(LegalBasis.CONSENT, "", date(2026, 5, 1), date(2026, 4, 1))
    with pytest.raises(ValidationError) as error:
        PeopleService(db).create_person(account_id, PersonInput("Άρης Κωνσταντίνου",
                                                                privacy=privacy))
    assert error.value.field == "review_on"


def test_the_agenda_reminds_of_reviews_due_and_overdue_but_not_later_ones(db, account_id, today):
    people = PeopleService(db)
    for name, review in (("Dagmar Köhler", date(2026, 11, 20)),
                         ("Maria Santos", date(2026, 12, 3)),
                         ("Фёдор Ильин", date(2027, 6, 1))):
        people.create_person(account_id, PersonInput(name, privacy=PrivacyData(review_on=review)))
    reviews = [i for i in AgendaService(db).agenda(today, 14)
               if i.kind is AgendaKind.PRIVACY_REVIEW]
    assert [(i.subject, i.overdue) for i in reviews] == [("Dagmar Köhler", True),
                                                         ("Maria Santos", False)]
    assert reviews[1].title == "Review the data kept on Maria Santos"
    assert reviews[1].account_name == "Sông Hồng Logistics"


def test_every_legal_basis_has_a_label():
    assert set(LEGAL_BASIS_LABELS) == set(LegalBasis)
    assert label_of(LegalBasis.LEGITIMATE_INTEREST) == "Legitimate interest"
