"""Finding what a KAM remembers by any part of its text: accounts, people, family members,
proposals, meetings and the contact history.

Every searched table keeps its text folded (`search_text`); accounts and people keep their
folded name too (`name_text`). Search reads in two steps and stops as soon as it holds more
than it will show: first the names of accounts and people, then everything else, table by
table (`store.search_queries` says how each is read, through which index). So a common word
costs as little as a rare one, and what is kept when results are capped is the best ranked:
names first. The searched columns (`store.search_fields`) then say where each row matched,
for the snippet. A search of only one- and two-letter words leaves out the contact history
(a million rows at department scale, which no index serves for them) and says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from uuid import UUID

from sqlalchemy import Row
from sqlalchemy.orm import Session

from kamdesk.domain.folding import find_folded, fold, snippet
from kamdesk.store.search_fields import (
    SEARCHED_FIELDS,
    account_search_text,
    person_search_text,
)
from kamdesk.store.search_index import INDEXED_TABLES
from kamdesk.store.search_queries import (
    REST,
    indexes_present,
    name_query,
    parameters,
    shape_of,
    text_query,
)

__all__ = ["SearchHit", "account_search_text", "has_full_text_index", "person_search_text",
           "search"]

SNIPPET_WIDTH = 80


@dataclass(frozen=True)
class SearchHit:
    """One thing found. ``kind`` is the table: "account", "person", "family_member",
    "proposal", "meeting" or "interaction"; ``id`` is that row's id. The page to open:
    ``person_id`` for a person or a family member (their person's page), else the account
    ``account_id``. ``name`` is what to list it by (a name, a proposal's title, a meeting's
    objective, a contact's summary); ``detail`` adds context (position, city, "son of …",
    the date). ``field`` says where the words matched ("name", "notes", "family", "contact
    history"…, see store.search_fields), ``snippet`` shows that text around the match, and
    ``snippet[mark_start:mark_end]`` is the matched part, to mark."""

    kind: str
    id: UUID
    name: str
    account_id: UUID
    account_name: str
    detail: str
    field: str = ""
    snippet: str = ""
    mark_start: int = 0
    mark_end: int = 0
    person_id: UUID | None = None
    rank: int = 0  # 0 a name matched … 4 free notes matched: the order results come in


def has_full_text_index(session: Session) -> bool:
    """True when the database carries the FTS5 tables of every searched table."""
    return {f"{t}_search" for t in INDEXED_TABLES} <= indexes_present(session)


def _where_matched(table: str, row: Row[Any], words: list[str]) -> tuple[str, int, str, int, int]:
    """(field, rank, snippet, mark start, mark end) of the best-ranked searched column that
    holds the whole phrase or one of its words (the earliest word first)."""
    needles = [" ".join(words), *words] if len(words) > 1 else words
    for searched in sorted(SEARCHED_FIELDS[table], key=lambda f: f.rank):
        value = getattr(row, searched.column) or ""
        folded = fold(value)  # which column matched, cheaply; then where in its own letters
        for word in needles:
            found = word in folded and find_folded(value, word, folded)
            if found:
                piece, start, end = snippet(value, *found, width=SNIPPET_WIDTH)
                return searched.field, searched.rank, piece, start, end
    first = SEARCHED_FIELDS[table][0]  # the words span two columns: show the first one
    return first.field, first.rank, getattr(row, first.column) or "", 0, 0


def _hit(table: str, row: Row[Any], words: list[str]) -> SearchHit:
    field, rank, piece, start, end = _where_matched(table, row, words)
    common = dict(kind=table, id=row.row_id, account_id=row.account_id,
                  account_name=row.account_name, field=field, snippet=piece, mark_start=start,
                  mark_end=end, rank=rank)
    if table == "account":
        return SearchHit(name=row.name, detail=row.city, **common)
    if table == "person":
        return SearchHit(name=row.full_name, detail=row.position, person_id=row.row_id, **common)
    if table == "family_member":
        relation = f"{row.relation} of {row.full_name}" if row.relation else row.full_name
        return SearchHit(name=row.name, detail=relation, person_id=row.person_id, **common)
    if table == "proposal":
        return SearchHit(name=row.title, detail=row.status.value if row.status else "", **common)
    if table == "meeting":
        return SearchHit(name=row.objective, detail=row.starts_at.date().isoformat(), **common)
    return SearchHit(name=row.summary, detail=row.occurred_at.date().isoformat(), **common)


@dataclass(frozen=True)
class SearchResults:
    hits: list[SearchHit]
    capped: bool  # more match than `hits` holds: "more…", or type more of the word
    history_searched: bool = True  # False: only short words, the contact history not read


def search(session: Session, text: str, limit: int = 50) -> list[SearchHit]:
    """Everything whose folded text contains every word of `text` (see `search_capped`)."""
    return search_capped(session, text, limit).hits


def search_capped(session: Session, text: str, limit: int = 50) -> SearchResults:
    """The first `limit` of everything whose folded text contains every word of `text`:
    names first, then positions and the like, then family, proposals, meetings and contacts,
    then notes; alphabetical within each rank; and whether more match.

    When more than `limit` match, the names come first; which of the other matches are
    kept follows the order of the tables (`store.search_queries.REST`) and of the index,
    the same every time."""
    words = fold(text).split()
    if not words:
        return SearchResults([], False)
    indexes = frozenset(indexes_present(session))
    sqlite = session.get_bind().dialect.name == "sqlite"
    shape = shape_of(words)
    values = parameters(words)
    history = any(shape)
    wanted = limit + 1  # one more than shown says whether it capped
    hits: list[SearchHit] = []
    seen: dict[str, list[UUID]] = {"account": [], "person": []}
    for kind in ("account", "person"):
        query = name_query(kind, shape, indexes, sqlite=sqlite)
        for row in session.execute(query, values | {"n": wanted - len(hits)}):
            hits.append(_hit(kind, row, words))
            seen[kind].append(row.row_id)
        if len(hits) >= wanted:
            break
    for kind in REST:
        if len(hits) >= wanted:
            break
        if kind == "interaction" and not history:
            continue
        query = text_query(kind, shape, indexes, sqlite=sqlite)
        found = session.execute(query, values | {"n": wanted - len(hits),
                                                 "seen": seen.get(kind, [])})
        hits += [_hit(kind, row, words) for row in found]
    # Within a rank: accounts, then people, then the rest, each alphabetically.
    kinds = {"account": 0, "person": 1}
    hits.sort(key=lambda h: (h.rank, kinds.get(h.kind, 2), fold(h.name), h.account_name))
    return SearchResults(hits[:limit], len(hits) > limit, history)
