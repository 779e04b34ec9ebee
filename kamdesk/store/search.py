"""Keeping the folded search column in step, and finding accounts and people by text.

On SQLite the folded column is indexed by an FTS5 trigram table (migration 0002), so any
part of a word is found quickly in a large database. Elsewhere (PostgreSQL), or for words
shorter than a trigram, the same folded column is searched with LIKE: same meaning, slower.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING
from uuid import UUID

from sqlalchemy import Select, Table, and_, case, func, literal_column, select, text
from sqlalchemy.orm import Session

from kamdesk.domain.folding import fold
from kamdesk.store.tables import account_table, person_table

if TYPE_CHECKING:
    from kamdesk.store.models import Account, Person

_TRIGRAM = 3  # the trigram index cannot match shorter words


def account_search_text(account: Account) -> str:
    parts = [account.name, account.industry, account.region, account.city, account.notes]
    return fold(" ".join(p for p in parts if p))


def person_search_text(person: Person) -> str:
    parts = [
        person.full_name, person.position, person.department,
        person.notes, person.hobbies, person.values,
    ]  # fmt: skip
    return fold(" ".join(p for p in parts if p))


@dataclass(frozen=True)
class SearchHit:
    kind: str  # "account" | "person"
    id: UUID
    name: str
    account_id: UUID
    account_name: str
    detail: str  # position for a person, city for an account


def _like_pattern(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def has_full_text_index(session: Session) -> bool:
    """True when the database carries the FTS5 tables of migration 0002."""
    if session.get_bind().dialect.name != "sqlite":
        return False
    found = session.execute(
        text("SELECT count(*) FROM sqlite_master WHERE name IN ('account_search', 'person_search')")
    ).scalar_one()
    return found == 2


def _fts_phrase(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def _narrow(query: Select, table: Table, words: list[str], fts: bool) -> Select:
    long_words = [w for w in words if len(w) >= _TRIGRAM] if fts else []
    if long_words:
        index = f"{table.name}_search"
        match = " AND ".join(_fts_phrase(w) for w in long_words)
        rowids = text(f"SELECT rowid FROM {index} WHERE {index} MATCH :match").bindparams(
            match=match
        )
        query = query.where(literal_column(f"{table.name}.rowid").in_(rowids))
    for word in words:
        if word not in long_words:
            query = query.where(table.c.search_text.like(_like_pattern(word), escape="\\"))
    return query


@dataclass(frozen=True)
class SearchResults:
    hits: list[SearchHit]
    capped: bool  # more match than `hits` holds: "more…", or type more of the word


def _name_first(session: Session, table: Table, name, word: str):
    """0 when `word` is found within the name (the folded text starts with it), else 1."""
    where = func.strpos if session.get_bind().dialect.name == "postgresql" else func.instr
    found = where(table.c.search_text, word)
    return case((and_(found > 0, found <= func.length(name) + 1), 0), else_=1)


def search(session: Session, text: str, limit: int = 50) -> list[SearchHit]:
    """Accounts and people whose folded text contains every word of `text`."""
    return search_capped(session, text, limit).hits


def search_capped(session: Session, text: str, limit: int = 50) -> SearchResults:
    """The first `limit` matches, those found in a name before those found in the notes,
    positions or hobbies, and whether more match."""
    words = fold(text).split()
    if not words:
        return SearchResults([], False)
    fts = has_full_text_index(session)
    account, person = account_table.c, person_table.c
    account_query = _narrow(
        select(account.id, account.name, account.city).where(account.deleted_at.is_(None)),
        account_table, words, fts,
    )  # fmt: skip
    person_query = _narrow(
        select(person.id, person.full_name, account.id, account.name, person.position)
        .join_from(person_table, account_table, person.account_id == account.id)
        .where(person.deleted_at.is_(None), account.deleted_at.is_(None)),
        person_table, words, fts,
    )  # fmt: skip
    account_rank = _name_first(session, account_table, account.name, words[0])
    person_rank = _name_first(session, person_table, person.full_name, words[0])
    found = [
        (rank, 0, SearchHit("account", a_id, name, a_id, name, city))
        for a_id, name, city, rank in session.execute(
            account_query.add_columns(account_rank)
            .order_by(account_rank, account.name).limit(limit + 1)
        )
    ]  # fmt: skip
    found += [
        (row[-1], 1, SearchHit("person", *row[:-1]))
        for row in session.execute(
            person_query.add_columns(person_rank)
            .order_by(person_rank, person.full_name).limit(limit + 1)
        )
    ]  # fmt: skip
    found.sort(key=lambda f: (f[0], f[1]))  # stable: each kind keeps its name order
    return SearchResults([hit for *_, hit in found[:limit]], len(found) > limit)
