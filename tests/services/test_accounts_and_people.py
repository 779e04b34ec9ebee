"""Creating, finding and editing accounts and the people of their DMU."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from kamdesk.domain.birthdays import Birthday
from kamdesk.domain.concentration import MONO_DEPENDENCE
from kamdesk.domain.enums import DmuRole, DmuType, Stance, Tier
from kamdesk.services.accounts import AccountInput, AccountService, RevenueRow
from kamdesk.services.errors import AmbiguousError, NotFoundError, ValidationError
from kamdesk.services.overview import OverviewService
from kamdesk.services.people import ContactData, FamilyMemberData, PeopleService, PersonInput
from kamdesk.services.trash import TrashService
from kamdesk.store.models import Account, Person


def _revenue(actual: int) -> list[RevenueRow]:
    return [RevenueRow(2026, q, Decimal(actual), Decimal(actual), "EUR") for q in (1, 2, 3)]


@pytest.fixture
def accounts(db):
    service = AccountService(db)
    service.create_account(AccountInput("Baltic Freight Sp. z o.o.", Tier.KEY, city="Gdańsk",
                                        country="PL", revenue=_revenue(300)))
    service.create_account(AccountInput("Baltic Timber AB", Tier.REGULAR, revenue=_revenue(100)))
    service.create_account(AccountInput("ТрансУрал Логистика", Tier.KEY, revenue=_revenue(600)))
    return service


def test_accounts_are_listed_biggest_share_first(accounts):
    rows = accounts.list_accounts()
    assert [r.name for r in rows] == ["ТрансУрал Логистика", "Baltic Freight Sp. z o.o.",
                                      "Baltic Timber AB"]
    assert rows[0].share == Decimal("0.6")


def test_the_account_list_shows_the_portfolios_shares(sample_db):
    from kamdesk.services.portfolio import PortfolioService

    service = AccountService(sample_db)
    biggest = service.list_accounts()[0]
    service.delete_account(biggest.id)  # the rest now share all the sales
    listed = {a.id: a.share for a in service.list_accounts()}
    reported = {a.key: a.share for a in PortfolioService(sample_db).portfolio().report.shares}
    assert listed == reported and biggest.id not in listed
    assert sum(listed.values()) == pytest.approx(1)


def test_an_account_is_found_by_a_diacritics_free_part_of_its_name(accounts):
    assert accounts.find_account("freight").name == "Baltic Freight Sp. z o.o."
    assert accounts.find_account("трансурал").name == "ТрансУрал Логистика"
    found = accounts.find_account("Baltic Timber AB")
    assert accounts.find_account(str(found.id)).name == "Baltic Timber AB"


def test_an_ambiguous_or_unknown_name_is_explained(accounts):
    with pytest.raises(AmbiguousError, match="matches 2 accounts") as error:
        accounts.find_account("baltic")
    assert error.value.candidates == ["Baltic Freight Sp. z o.o.", "Baltic Timber AB"]
    with pytest.raises(NotFoundError, match="no account matches 'Sava'"):
        accounts.find_account("Sava")


def test_an_account_without_a_name_is_refused_at_the_field(db):
    with pytest.raises(ValidationError) as error:
        AccountService(db).create_account(AccountInput("   "))
    assert error.value.field == "name"


def _person(name: str, **fields) -> PersonInput:
    return PersonInput(full_name=name, **fields)


def test_a_person_keeps_every_dossier_field(db, accounts, today):
    account = accounts.find_account("freight")
    people = PeopleService(db)
    boss = people.create_person(account.id, _person("Bartłomiej Nowicki", position="CEO"))
    person_id = people.create_person(account.id, _person(
        "Katarzyna Wróblewska-Kowal", given_name="Katarzyna", family_name="Wróblewska-Kowal",
        position="CFO", department="Finance", reports_to_id=boss,
        dmu_role=DmuRole.ECONOMIC_BUYER, dmu_type=DmuType.FINANCIER, stance=Stance.SUPPORTER,
        influence=4, birthday=Birthday(12, 4), hobbies="sailing", values="punctuality",
        notes="prefers mornings",
        contacts=[ContactData("email", "K.Wroblewska@balticfreight.example", "work"),
                  ContactData("phone", "+48 501 234 567", "mobile")],
        family=[FamilyMemberData("Staś", "son", Birthday(3, 14, 2015))],
    ))
    detail = people.get_person(person_id, today)
    assert detail.reports_to_id == boss
    assert detail.birthday == Birthday(12, 4) and detail.next_birthday == date(2026, 12, 4)
    assert [(c.kind, c.value) for c in detail.contacts] == [
        ("email", "K.Wroblewska@balticfreight.example"), ("phone", "+48 501 234 567")]
    assert detail.family[0].name == "Staś" and detail.family[0].birthday.year == 2015
    assert (detail.hobbies, detail.values, detail.notes) == ("sailing", "punctuality",
                                                              "prefers mornings")
    with db.session() as s:
        normalized = sorted(c.normalized for c in s.get(Person, person_id).contacts)
    assert normalized == ["+48501234567", "k.wroblewska@balticfreight.example"]


def test_bad_person_input_is_refused_at_the_field(db, accounts):
    account = accounts.find_account("freight")
    people = PeopleService(db)
    for bad, field in [
        (_person(""), "full_name"),
        (_person("Trần Văn Minh", influence=7), "influence"),
        (_person("Trần Văn Minh", contacts=[ContactData("email", "minh at example")]), "contacts"),
    ]:
        with pytest.raises(ValidationError) as error:
            people.create_person(account.id, bad)
        assert error.value.field == field
    assert people.list_people(account.id) == []


def test_reporting_lines_cannot_go_in_a_circle(db, accounts):
    account = accounts.find_account("freight")
    people = PeopleService(db)
    a = people.create_person(account.id, _person("Anna Kowalczyk"))
    b = people.create_person(account.id, _person("Piotr Zieliński", reports_to_id=a))
    with pytest.raises(ValidationError, match="circle"):
        people.update_person(a, _person("Anna Kowalczyk", reports_to_id=b))


def test_removing_a_family_member_sends_it_to_the_trash(db, accounts):
    account = accounts.find_account("freight")
    people = PeopleService(db)
    pid = people.create_person(account.id, _person(
        "Γιώργος Αντωνίου", family=[FamilyMemberData("Ελένη", "daughter")]))
    people.update_person(pid, _person("Γιώργος Αντωνίου", family=[]))
    assert people.get_person(pid).family == []
    assert [e.title for e in TrashService(db).list_trash()] == ["Ελένη"]


def test_deleting_an_account_trashes_its_people_and_undo_brings_all_back(db, accounts):
    account = accounts.find_account("freight")
    people = PeopleService(db)
    pid = people.create_person(account.id, _person(
        "Nguyễn Văn Đức", family=[FamilyMemberData("Lan", "spouse")]))
    trash = TrashService(db)
    batch = trash.delete(Account, account.id)
    assert "Baltic Freight Sp. z o.o." not in [a.name for a in accounts.list_accounts()]
    [entry] = trash.list_trash()
    assert (entry.title, entry.rows) == ("Baltic Freight Sp. z o.o.", 3)
    assert trash.restore(batch) == 3
    assert people.get_person(pid).family[0].name == "Lan"
    assert trash.list_trash() == []


def test_emptying_the_trash_deletes_for_good(db, accounts):
    account = accounts.find_account("timber")
    trash = TrashService(db)
    batch = trash.delete(Account, account.id)
    assert trash.empty_trash() == 1
    with pytest.raises(NotFoundError):
        trash.restore(batch)


def test_the_overview_shows_share_plan_completeness_and_uncovered_roles(db, accounts, today):
    account = accounts.find_account("freight")
    PeopleService(db).create_person(account.id, _person(
        "Katarzyna Wróblewska-Kowal", dmu_role=DmuRole.ECONOMIC_BUYER,
        birthday=Birthday(12, 4)))
    overview = OverviewService(db).overview(account.id, today)
    assert overview.share == Decimal("0.3")
    assert overview.plan_attainment == 1
    assert DmuRole.DECISION_MAKER in overview.uncovered_roles
    assert DmuRole.ECONOMIC_BUYER not in overview.uncovered_roles
    assert 0 < overview.completeness.score < 100
    assert "hobbies missing for 1 person" in overview.completeness.missing
    assert ("hobbies", 1) in overview.completeness.gaps
    assert overview.people == 1


def test_the_overview_carries_only_the_alerts_about_its_own_account(db, today):
    accounts = AccountService(db)
    small = accounts.create_account(AccountInput("Sava", Tier.REGULAR, revenue=_revenue(10)))
    big = accounts.create_account(AccountInput("Sava Power d.o.o.", Tier.KEY,
                                               revenue=_revenue(990)))
    overview = OverviewService(db).overview(big, today)
    assert [(a.kind, a.key, a.name) for a in overview.alerts] == [
        (MONO_DEPENDENCE, big, "Sava Power d.o.o.")
    ]
    assert overview.warnings == ["Mono-dependence: Sava Power d.o.o. brings 99 % of sales"
                                 " (limit 75 %)"]
    # "Sava" is part of the other name, but the warning is not about it.
    assert OverviewService(db).overview(small, today).alerts == []
    assert OverviewService(db).overview(small, today).completeness.gaps == [("DMU members", 0)]
