"""Finding what a KAM remembers by any part of its text: accounts, people, family members,
proposals, meetings and the contact history.

On SQLite each table's folded `search_text` column is indexed by an FTS5 trigram table
(migrations 0002, 0003), so any part of a word is found quickly in a large database.
Elsewhere (PostgreSQL), or for words shorter than a trigram, the same folded column is
searched with LIKE: same meaning, slower. The index finds the rows; the searched columns
(`store.search_fields`) then say where each matched, for the snippet.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from uuid import UUID

from sqlalchemy import ColumnElement, Row, Select, Table, literal_column, select, text
from sqlalchemy.orm import Session

from kamdesk.domain.folding import find_folded, fold, snippet
from kamdesk.store.search_fields import (
    SEARCHED_FIELDS,
    account_search_text,
    person_search_text,
)
from kamdesk.store.search_index import INDEXED_TABLES
from kamdesk.store.tables import (
    account_table,
    family_member_table,
    interaction_table,
    meeting_table,
    person_table,
    proposal_table,
)

__all__ = ["SearchHit", "account_search_text", "has_full_text_index", "person_search_text",
           "search"]

_TRIGRAM = 3  # the trigram index cannot match shorter words
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


def _like_pattern(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def has_full_text_index(session: Session) -> bool:
    """True when the database carries the FTS5 tables of every searched table."""
    if session.get_bind().dialect.name != "sqlite":
        return False
    names = ", ".join(f"'{t}_search'" for t in INDEXED_TABLES)
    found: int = session.execute(
        text(f"SELECT count(*) FROM sqlite_master WHERE name IN ({names})")
    ).scalar_one()
    return found == len(INDEXED_TABLES)


def _fts_phrase(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def _narrow(query: Select[Any], table: Table, words: list[str], fts: bool) -> Select[Any]:
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


def _where_matched(table: str, row: Row[Any], words: list[str]) -> tuple[str, int, str, int, int]:
    """(field, rank, snippet, mark start, mark end) of the best-ranked searched column that
    holds the whole phrase or one of its words (the earliest word first)."""
    needles = [" ".join(words), *words] if len(words) > 1 else words
    for searched in sorted(SEARCHED_FIELDS[table], key=lambda f: f.rank):
        value = getattr(row, searched.column) or ""
        for word in needles:
            found = find_folded(value, word)
            if found:
                piece, start, end = snippet(value, *found, width=SNIPPET_WIDTH)
                return searched.field, searched.rank, piece, start, end
    first = SEARCHED_FIELDS[table][0]  # the words span two columns: show the first one
    return first.field, first.rank, getattr(row, first.column) or "", 0, 0


def _queries(fts: bool, words: list[str]) -> dict[str, Select[Any]]:
    a, p, f = account_table.c, person_table.c, family_member_table.c
    live = a.deleted_at.is_(None)

    def searched(table: Table) -> list[ColumnElement[Any]]:
        return [table.c[s.column] for s in SEARCHED_FIELDS[table.name]]

    def narrow(query: Select[Any], table: Table) -> Select[Any]:
        return _narrow(query, table, words, fts)

    return {
        "account": narrow(select(a.id.label("row_id"), a.name.label("account_name"),
                                 a.id.label("account_id"), *searched(account_table))
                          .where(live), account_table),
        "person": narrow(select(p.id.label("row_id"), a.name.label("account_name"),
                                a.id.label("account_id"), *searched(person_table))
                         .join_from(person_table, account_table, p.account_id == a.id)
                         .where(live, p.deleted_at.is_(None)), person_table),
        "family_member": narrow(
            select(f.id.label("row_id"), a.name.label("account_name"), a.id.label("account_id"),
                   f.relation, p.id.label("person_id"), p.full_name, *searched(family_member_table))
            .join_from(family_member_table, person_table, f.person_id == p.id)
            .join(account_table, p.account_id == a.id)
            .where(live, p.deleted_at.is_(None), f.deleted_at.is_(None)), family_member_table),
        **{
            table.name: narrow(
                select(table.c.id.label("row_id"), a.name.label("account_name"),
                       a.id.label("account_id"), *extra, *searched(table))
                .join_from(table, account_table, table.c.account_id == a.id)
                .where(live, table.c.deleted_at.is_(None)), table)
            for table, extra in (
                (proposal_table, [proposal_table.c.status]),
                (meeting_table, [meeting_table.c.starts_at]),
                (interaction_table, [interaction_table.c.kind, interaction_table.c.occurred_at]),
            )
        },
    }


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


def search(session: Session, text: str, limit: int = 50) -> list[SearchHit]:
    """Everything whose folded text contains every word of `text` (see `search_capped`)."""
    return search_capped(session, text, limit).hits


def search_capped(session: Session, text: str, limit: int = 50) -> SearchResults:
    """The first `limit` of everything whose folded text contains every word of `text`:
    names first, then positions and the like, then family, proposals, meetings and contacts,
    then notes; alphabetical within each rank; and whether more match."""
    words = fold(text).split()
    if not words:
        return SearchResults([], False)
    fts = has_full_text_index(session)
    hits: list[SearchHit] = []
    for table, query in _queries(fts, words).items():
        hits += [_hit(table, row, words) for row in session.execute(query.limit(limit + 1))]
    # Within a rank: accounts, then people, then the rest, each alphabetically.
    kinds = {"account": 0, "person": 1}
    hits.sort(key=lambda h: (h.rank, kinds.get(h.kind, 2), fold(h.name), h.account_name))
    return SearchResults(hits[:limit], len(hits) > limit)
