"""Keeping the folded search column in step, and finding accounts and people by text.

On SQLite the folded column is indexed by an FTS5 trigram table (migration 0002), so any
part of a word is found quickly in a large database. Elsewhere (PostgreSQL), or for words
shorter than a trigram, the same folded column is searched with LIKE: same meaning, slower.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING
from uuid import UUID

from sqlalchemy import Select, Table, literal_column, select, text
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


def search(session: Session, text: str, limit: int = 50) -> list[SearchHit]:
    """Accounts and people whose folded text contains every word of `text`."""
    words = fold(text).split()
    if not words:
        return []
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
    hits = [
        SearchHit("account", a_id, name, a_id, name, city)
        for a_id, name, city in session.execute(account_query.order_by(account.name).limit(limit))
    ]
    hits += [
        SearchHit("person", *row)
        for row in session.execute(person_query.order_by(person.full_name).limit(limit))
    ]
    return hits[:limit]
