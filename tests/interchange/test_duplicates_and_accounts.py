"""Someone already known is offered for merge, never silently doubled or dropped; accounts
come from the organisation or from the one the user names."""

from __future__ import annotations

import pytest

from kamdesk.domain.birthdays import Birthday
from kamdesk.domain.enums import Tier
from kamdesk.services.accounts import AccountInput, AccountService
from kamdesk.services.contact_import.planning import (
    DuplicateChoice,
    ImportOptions,
    ImportService,
    RowAction,
)
from kamdesk.services.errors import AmbiguousError
from kamdesk.services.people import ContactData, PeopleService, PersonInput
from kamdesk.services.person_cards import ParsedFile, PersonCard
from tests.interchange.helpers import dump, people


@pytest.fixture
def baltic(db):
    account = AccountService(db).create_account(
        AccountInput("Baltic Freight Sp. z o.o.", Tier.KEY, country="PL"))
    PeopleService(db).create_person(account, PersonInput(
        "Katarzyna Wróblewska-Kowal", "Katarzyna", "Wróblewska-Kowal", position="CFO",
        birthday=Birthday(3, 14),
        contacts=[ContactData("email", "K.Wroblewska@BalticFreight.example", "work"),
                  ContactData("phone", "501 234 567", "mobile")],
    ))
    return account


def _import(db, *cards, **options):
    for i, card in enumerate(cards, start=1):
        card.source, card.order = f"record {i}", i
    return ImportService(db).import_cards(ParsedFile(list(cards)), ImportOptions(**options))


def _card(name="Kasia Wróblewska-Kowal", **fields) -> PersonCard:
    return PersonCard(name, organisation=fields.pop("organisation", "Baltic Freight Sp. z o.o."),
                      **fields)


def test_the_same_e_mail_merges_what_is_new_and_keeps_what_is_known(db, baltic):
    report = _import(db, _card(
        position="Finance Director", birthday=Birthday(3, 14, 1978),
        contacts=[ContactData("email", "k.wroblewska@balticfreight.example", "home"),
                  ContactData("phone", "+48 600 700 800", "work")],
    ))
    [row] = report.rows
    assert row.action == RowAction.MERGE
    same = "into Katarzyna Wróblewska-Kowal (same e-mail k.wroblewska@balticfreight.example)"
    assert same in row.reason
    assert "keeps position 'CFO' (file: 'Finance Director')" in row.reason
    assert "adds birthday" in row.reason and "adds phone +48 600 700 800" in row.reason
    [katarzyna] = people(db).values()
    assert katarzyna.position == "CFO"
    assert katarzyna.birthday == Birthday(3, 14, 1978)  # the year was missing
    assert [c.value for c in katarzyna.contacts] == [
        "K.Wroblewska@BalticFreight.example", "501 234 567", "+48 600 700 800"]


def test_a_national_phone_number_matches_its_international_form(db, baltic):
    # The account is in Poland, so "501 234 567" was stored as +48501234567.
    report = _import(db, _card("Katarzyna Wróblewska", contacts=[
        ContactData("phone", "+48 501-234-567", "mobile")]))
    assert report.rows[0].action == RowAction.SKIP
    assert "same phone +48501234567" in report.rows[0].reason
    assert "nothing new" in report.rows[0].reason


def test_a_shared_switchboard_number_does_not_merge_colleagues(db, baltic):
    report = _import(db, _card("Jan Nowak", contacts=[ContactData("phone", "501 234 567")]))
    assert report.rows[0].action == RowAction.CREATE
    assert len(people(db)) == 2


def test_the_same_folded_name_in_the_same_account_is_a_duplicate(db, baltic):
    report = _import(db, _card("KATARZYNA WROBLEWSKA-KOWAL", hobbies="sailing"))
    assert report.rows[0].action == RowAction.MERGE
    assert "same name in Baltic Freight Sp. z o.o." in report.rows[0].reason
    elsewhere = _import(db, _card("Katarzyna Wróblewska-Kowal", organisation="Other Ltd"))
    assert elsewhere.rows[0].action == RowAction.CREATE  # another company: another person


def test_duplicates_can_be_skipped_or_kept_apart_instead(db, baltic):
    card = _card("Katarzyna Wróblewska-Kowal", hobbies="sailing")
    skipped = _import(db, card, duplicates=DuplicateChoice.SKIP)
    assert skipped.rows[0].action == RowAction.SKIP and "already known" in skipped.rows[0].reason
    assert len(people(db)) == 1
    apart = _import(db, card, duplicates=DuplicateChoice.CREATE)
    assert apart.rows[0].action == RowAction.CREATE and "kept apart" in apart.rows[0].reason
    assert len(PeopleService(db).list_people(baltic)) == 2


def test_two_cards_of_one_person_in_a_file_become_one_person(db):
    report = _import(
        db,
        _card("Minh Trần", organisation="Mekong Logistics JSC",
              contacts=[ContactData("email", "minh@mekong.example")]),
        _card("Trần Văn Minh", organisation="Mekong Logistics JSC",
              contacts=[ContactData("email", "MINH@mekong.example"),
                        ContactData("phone", "+84 90 123 4567", "mobile")]),
        _card("Minh Trần Văn", organisation="Mekong Logistics JSC",
              contacts=[ContactData("phone", "+84-90-123-4567")]),  # known by the phone only
    )
    assert [r.action for r in report.rows] == [RowAction.CREATE, RowAction.MERGE, RowAction.SKIP]
    [minh] = people(db).values()
    assert [c.value for c in minh.contacts] == ["minh@mekong.example", "+84 90 123 4567"]


def test_reimporting_the_same_file_changes_nothing(db):
    cards = [_card("Sipho Dlamini", organisation="Ubuntu Mining",
                   contacts=[ContactData("email", "sipho@ubuntu.example")])]
    _import(db, *cards)
    before = dump(db)
    again = _import(db, *cards)
    assert [r.action for r in again.rows] == [RowAction.SKIP]
    assert dump(db) == before


def test_an_account_name_that_only_resembles_an_existing_one_is_refused(db, baltic):
    with pytest.raises(AmbiguousError, match="did you mean Baltic Freight Sp. z o.o."):
        _import(db, _card(), account="Baltic")


def test_the_named_account_is_found_by_folded_name_and_keeps_its_tier(db, baltic):
    ngozi = _card("Ngozi Okafor", organisation="")
    report = _import(db, ngozi, account="BALTIC FREIGHT SP. Z O.O.")
    assert report.rows[0].account == "Baltic Freight Sp. z o.o." and not report.new_accounts
    assert AccountService(db).get_account(baltic).tier == Tier.KEY


def test_a_rejected_row_blocks_the_whole_import_unless_skipping_is_asked(db):
    good = _card("Sipho Dlamini", organisation="Ubuntu Mining")
    bad = _card("Aiyana Whitehorse", organisation="Prairie Grain",
                contacts=[ContactData("email", "aiyana(at)prairie.example")])
    before = dump(db)
    report = _import(db, good, bad)
    assert not report.committed and dump(db) == before
    assert report.rejected[0].reason == "'aiyana(at)prairie.example' is not an e-mail address"
    report = _import(db, good, bad, skip_invalid=True)
    assert report.committed and list(people(db)) == ["Sipho Dlamini"]


def test_a_dry_run_writes_nothing(db):
    before = dump(db)
    report = _import(db, _card("Sipho Dlamini", organisation="Ubuntu Mining"), dry_run=True)
    assert report.count(RowAction.CREATE) == 1 and report.new_accounts == ("Ubuntu Mining",)
    assert not report.committed and dump(db) == before


def test_imported_people_are_found_by_search_without_diacritics(db):
    from kamdesk.store.search import search

    _import(db, _card("Dragana Kovačević", organisation="Sava Power d.o.o.", position="CFO"))
    with db.session() as s:
        hits = search(s, "kovacevic")
    assert [h.name for h in hits] == ["Dragana Kovačević"]


def test_an_organisation_written_without_its_legal_form_finds_the_account(db):
    accounts = AccountService(db)
    accounts.create_account(AccountInput("ООО «ТрансУрал Логистика»", Tier.KEY, country="RU"))
    report = _import(db, _card("Ирина Петрова", organisation="ТрансУрал Логистика"),
                     _card("Dorota Żak", organisation="TRANSURAL LOGISTIKA"))
    irina, dorota = report.rows
    assert (irina.action, irina.account) == (RowAction.CREATE, "ООО «ТрансУрал Логистика»")
    # Another script is another name: the Latin spelling becomes a prospect of its own.
    assert dorota.account == "TRANSURAL LOGISTIKA (new prospect)"
    assert report.new_accounts == ("TRANSURAL LOGISTIKA",)


def test_one_new_prospect_for_the_same_company_written_two_ways_in_one_file(db):
    report = _import(db, _card("Jan Nowak", organisation="Bałtyk Spedycja Sp. z o.o."),
                     _card("Ewa Lis", organisation="BAŁTYK SPEDYCJA"))
    assert report.new_accounts == ("Bałtyk Spedycja Sp. z o.o.",)
    assert {row.account for row in report.rows} == {"Bałtyk Spedycja Sp. z o.o. (new prospect)"}
    listed = [a.name for a in AccountService(db).list_accounts()]
    assert listed == ["Bałtyk Spedycja Sp. z o.o."]


def test_a_name_two_accounts_share_without_legal_form_is_not_guessed(db):
    accounts = AccountService(db)
    accounts.create_account(AccountInput("Sava Power d.o.o."))
    accounts.create_account(AccountInput("Sava Power GmbH"))
    report = _import(db, _card("Dragana Kovačević", organisation="Sava Power"))
    assert report.new_accounts == ("Sava Power",)
