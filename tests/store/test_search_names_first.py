"""Search as you type at department scale: names are found first and kept when the results
are capped, short words leave out the contact history and say so, and the folded names
(`name_text`) follow every write path. Run on both engines (`--engine=postgresql`)."""

from __future__ import annotations

import uuid
from datetime import datetime

import pytest
from sqlalchemy import insert, select, text

from kamdesk.domain.enums import InteractionKind
from kamdesk.domain.folding import fold
from kamdesk.services.accounts import AccountInput, AccountService
from kamdesk.services.health import check_database, repair_search_index
from kamdesk.services.interactions import InteractionInput, InteractionService
from kamdesk.services.people import PeopleService, PersonInput
from kamdesk.services.privacy.erasure import ErasureService
from kamdesk.services.search import SearchService
from kamdesk.store.tables import account_table, interaction_table, person_table

WHEN = datetime(2026, 11, 20, 10, 0).astimezone()


def _found(db, query, limit=50):
    return [(h.kind, h.name, h.field) for h in SearchService(db).find(query, limit).hits]


def test_names_are_kept_when_more_notes_than_the_cap_match(db):
    account = AccountService(db).create_account(AccountInput("Odra Logistics"))
    people = PeopleService(db)
    # More note matches than the cap, written before the name matches.
    for n in range(12):
        people.create_person(account, PersonInput(f"Tester {n:02d}", notes="met Nowak twice"))
    for name in ("Nowakowski Jan", "Nowak Ewa", "Adam Nowak"):
        people.create_person(account, PersonInput(name))
    InteractionService(db).log_interaction(account, InteractionInput(
        InteractionKind.CALL, WHEN, "Call with Nowak"))
    for query in ("nowak", "no", "NOWA"):
        found = SearchService(db).find(query, limit=6)
        assert found.capped, query
        names = [(h.name, h.field) for h in found.hits]
        assert names[:3] == [("Adam Nowak", "name"), ("Nowak Ewa", "name"),
                             ("Nowakowski Jan", "name")], query
        assert all(field == "notes" for _, field in names[3:]) and len(names) == 6
        assert SearchService(db).find(query, limit=6) == found  # the same every time
    everything = SearchService(db).find("nowak", limit=16)
    assert len(everything.hits) == 16 and not everything.capped
    assert [h.name for h in everything.hits[:4]] == [
        "Adam Nowak", "Nowak Ewa", "Nowakowski Jan", "Call with Nowak"]
    assert sorted(h.name for h in everything.hits[4:]) == [f"Tester {n:02d}" for n in range(12)]


def test_a_cap_reached_by_names_alone_reads_no_further(db):
    account = AccountService(db).create_account(AccountInput("Ανατολή Shipping"))
    people = PeopleService(db)
    for n in range(5):
        people.create_person(account, PersonInput(f"Νίκος Παππάς {n}"))
    people.create_person(account, PersonInput("Eleni Ioannou", notes="friend of Νίκος"))
    found = SearchService(db).find("νικος", limit=3)
    assert found.capped and {h.field for h in found.hits} == {"name"}
    assert len(SearchService(db).find("νικος", limit=10).hits) == 6


def test_short_words_leave_out_the_contact_history_and_say_so(db):
    account = AccountService(db).create_account(AccountInput("Hải Phòng Port"))
    PeopleService(db).create_person(account, PersonInput("Ярослава Ткаченко", position="CFO"))
    InteractionService(db).log_interaction(account, InteractionInput(
        InteractionKind.MEETING, WHEN, "Kickoff", details="qx crane"))
    short = SearchService(db).find("qx")
    assert short.hits == [] and not short.history_searched
    assert _found(db, "cf") == [("person", "Ярослава Ткаченко", "position")]
    assert _found(db, "ка") == [("person", "Ярослава Ткаченко", "name")]  # inside a word
    full = SearchService(db).find("qx crane")
    assert full.history_searched
    assert [(h.kind, h.field) for h in full.hits] == [("interaction", "contact history")]


def test_the_folded_names_follow_edits_bulk_inserts_and_erasure(db):
    accounts = AccountService(db)
    account = accounts.create_account(AccountInput("Straßen Bau GmbH"))
    people = PeopleService(db)
    person = people.create_person(account, PersonInput("Đorđe Marković"))
    people.update_person(person, PersonInput("Đorđe Petrović"))
    accounts.update_account(account, AccountInput("Straßen Bau AG"))
    assert _found(db, "petrov") == [("person", "Đorđe Petrović", "name")]
    assert _found(db, "markov") == []
    assert _found(db, "strassen bau ag") == [("account", "Straßen Bau AG", "name")]
    with db.session() as s:  # a Core insert, as the imports and the archive write
        s.execute(insert(person_table).values(id=uuid.uuid4(),
                                              account_id=account, full_name="Øystein Ødegård"))
        s.commit()
    assert _found(db, "odegard") == [("person", "Øystein Ødegård", "name")]
    erased = people.create_person(account, PersonInput("Zofia Łęcka"))
    ErasureService(db).erase(erased, by="kam")
    assert _found(db, "lecka") == []
    with db.session() as s:
        rows = s.execute(select(person_table.c.full_name, person_table.c.name_text)).all()
        rows += s.execute(select(account_table.c.name, account_table.c.name_text)).all()
    assert sorted(rows) == sorted((name, fold(name)) for name, _ in rows)
    assert {name for name, _ in rows} == {"Đorđe Petrović", "Øystein Ødegård", "Straßen Bau AG"}


def test_a_bulk_insert_of_history_gets_its_search_text(db):
    account = AccountService(db).create_account(AccountInput("Visayas Ports"))
    with db.session() as s:
        s.execute(insert(interaction_table).values(
            id=uuid.uuid4(), account_id=account, kind=InteractionKind.CALL,
            occurred_at=WHEN, summary="Pier 3 dredging", details="Quezon tug schedule"))
        s.commit()
    assert _found(db, "quezon") == [("interaction", "Pier 3 dredging", "contact history")]


@pytest.mark.sqlite_only("drops a trigger of the SQLite file's FTS5 index of names")
def test_check_finds_a_broken_index_of_names_and_repair_mends_it(db):
    account = AccountService(db).create_account(AccountInput("Baltic Freight"))
    person = PeopleService(db).create_person(account, PersonInput("Łucja Złotowska"))
    with db.engine.begin() as connection:
        connection.execute(text("DROP TRIGGER person_name_search_au"))
    problems = check_database(db).problems
    assert any("person_name_search_au" in p for p in problems), problems
    repair_search_index(db)
    assert check_database(db).problems == []
    PeopleService(db).update_person(person, PersonInput("Łucja Wiśniewska"))
    assert _found(db, "wisniew") == [("person", "Łucja Wiśniewska", "name")]
    assert _found(db, "zlotow") == []


@pytest.mark.postgres
def test_postgresql_reads_names_and_history_through_trigram_indexes(pg_db):
    with pg_db.session() as s:
        s.execute(text("SET LOCAL enable_seqscan = off"))  # tiny tables: make the planner say
        plans = {index: "\n".join(s.execute(text(f"EXPLAIN SELECT id FROM {table} "
                                                 f"WHERE {column} LIKE '%otows%'")).scalars())
                 for index, table, column in (
                     ("ix_person_name_search_trgm", "person", "name_text"),
                     ("ix_interaction_search_trgm", "interaction", "search_text"))}
    for index, plan in plans.items():
        assert index in plan, plan


def test_an_archive_import_folds_the_names_itself_whatever_the_file_says(db):
    from kamdesk.services.archive.tables import write_archive

    account = {"id": str(uuid.uuid4()), "name": "Ηπειρος Logistics", "tier": "key",
               "name_text": "poisoned"}
    person = {"id": str(uuid.uuid4()), "account_id": account["id"], "full_name": "Σπύρος Νάκος",
              "name_text": "poisoned", "notes": "Meets in Ioannina"}
    report = write_archive(db, {"account": [account], "person": [person]})
    assert report.committed, report.rejections
    assert _found(db, "σπυρ") == [("person", "Σπύρος Νάκος", "name")]
    assert _found(db, "ηπειρ") == [("account", "Ηπειρος Logistics", "name")]
    assert _found(db, "poison") == []
    assert _found(db, "ioannina") == [("person", "Σπύρος Νάκος", "notes")]
