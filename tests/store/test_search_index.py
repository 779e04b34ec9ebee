"""Search finds accounts and people by any part of their text, in any script, kept in step."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from kamdesk.services.accounts import AccountInput, AccountService
from kamdesk.services.people import PeopleService, PersonInput
from kamdesk.store.search import has_full_text_index, search


def _names(db, query):
    with db.session() as s:
        return [hit.name for hit in search(s, query)]


def test_folded_queries_find_names_in_every_script(db):
    account = AccountService(db).create_account(AccountInput("Bałtyk Fracht", city="Gdańsk"))
    people = PeopleService(db)
    people.create_person(account, PersonInput("Łukasz Złotowski", position="CFO"))
    people.create_person(account, PersonInput("Иван Петров", hobbies="рыбалка"))
    people.create_person(account, PersonInput("Søren Åberg", values="straight talk"))
    assert _names(db, "zlotowski") == ["Łukasz Złotowski"]
    assert _names(db, "иван") == ["Иван Петров"]
    assert _names(db, "OTOWSK") == ["Łukasz Złotowski"]  # any part of a word
    assert _names(db, "soren straight") == ["Søren Åberg"]
    assert _names(db, "cf") == ["Łukasz Złotowski"]  # shorter than a trigram
    assert _names(db, "gdansk") == ["Bałtyk Fracht"]


@pytest.mark.sqlite_only("reads the SQLite file's FTS5 tables")
def test_the_index_follows_every_edit_and_the_trash(db):
    account = AccountService(db).create_account(AccountInput("Sava Power d.o.o."))
    people = PeopleService(db)
    person = people.create_person(account, PersonInput("Đorđe Marković"))
    with db.session() as s:
        assert has_full_text_index(s)
    people.update_person(person, PersonInput("Đorđe Petrović"))
    assert _names(db, "markovic") == []
    assert _names(db, "djordje") == [] and _names(db, "dorde petrovic") == ["Đorđe Petrović"]
    people.delete_person(person)
    assert _names(db, "petrovic") == []


@pytest.mark.sqlite_only("drops the SQLite file's FTS5 triggers and tables")
def test_search_works_without_the_index_too(db):
    """PostgreSQL has no FTS5 table: the folded LIKE search must give the same answers."""
    account = AccountService(db).create_account(AccountInput("Bałtyk Fracht"))
    PeopleService(db).create_person(account, PersonInput("Łukasz Złotowski"))
    with db.engine.begin() as connection:
        for table in ("account", "person"):
            for suffix in ("ai", "ad", "au"):
                connection.execute(text(f"DROP TRIGGER {table}_search_{suffix}"))
            connection.execute(text(f"DROP TABLE {table}_search"))
    assert _names(db, "zlotowski") == ["Łukasz Złotowski"]


def test_a_match_in_a_name_comes_before_one_in_the_notes_and_a_cap_is_said(db):
    from kamdesk.services.search import SearchService

    account = AccountService(db).create_account(AccountInput("Visayas Ports Corporation"))
    people = PeopleService(db)
    people.create_person(account, PersonInput("Anna Bautista", notes="Knows Rosa Santos well"))
    people.create_person(account, PersonInput("Rosa Santos"))
    people.create_person(account, PersonInput("Zenaida Cruz", hobbies="rosary beads"))
    found = SearchService(db).find("rosa")
    assert [h.name for h in found.hits][0] == "Rosa Santos"
    assert {h.name for h in found.hits[1:]} == {"Anna Bautista", "Zenaida Cruz"}
    assert not found.capped
    capped = SearchService(db).find("a", limit=2)
    assert len(capped.hits) == 2 and capped.capped
    assert capped.hits[0].kind == "account"  # "a" is in its name, as in both people's
