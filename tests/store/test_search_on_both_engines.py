"""Search means the same on SQLite and PostgreSQL: folded case and diacritics in every
script (ł, đ, ø, ß included), any part of a word; on PostgreSQL through a trigram index."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from kamdesk.services.accounts import AccountInput, AccountService
from kamdesk.services.people import PeopleService, PersonInput
from kamdesk.services.search import SearchService

PEOPLE = ("Łucja Złotowska", "Иван Петров", "Đặng Minh Khôi", "Søren Østergaard",
          "Günther Straßmann", "Ρένα Παπαδοπούλου", "Maria Dela Cruz")
QUERIES = {
    "zlotowska": ["Łucja Złotowska"], "ZŁOTOW": ["Łucja Złotowska"], "иван": ["Иван Петров"],
    "ИВАН": ["Иван Петров"], "dang khoi": ["Đặng Minh Khôi"], "ostergaard": ["Søren Østergaard"],
    "strassmann": ["Günther Straßmann"], "παπαδοπουλου": ["Ρένα Παπαδοπούλου"],
    "ΡΕΝΑ": ["Ρένα Παπαδοπούλου"], "la cr": ["Maria Dela Cruz"], "ва": ["Иван Петров"],
}


def test_the_same_words_find_the_same_people(any_db):
    account = AccountService(any_db).create_account(AccountInput("Baltic Freight Sp. z o.o."))
    for name in PEOPLE:
        PeopleService(any_db).create_person(account, PersonInput(name))
    search = SearchService(any_db)
    found = {q: [h.name for h in search.search(q) if h.kind == "person"] for q in QUERIES}
    assert found == QUERIES


@pytest.mark.postgres
def test_postgresql_searches_the_folded_column_through_a_trigram_index(pg_db):
    with pg_db.session() as s:
        s.execute(text("SET LOCAL enable_seqscan = off"))  # a tiny table: make the planner say
        query = "EXPLAIN SELECT id FROM person WHERE search_text LIKE '%otows%'"
        plan = "\n".join(s.execute(text(query)).scalars())
    assert "ix_person_search_trgm" in plan
