"""The statements search runs, table by table: which rows hold every word, read in the
order the index gives them so that a LIMIT stops the reading early.

On SQLite a word of three letters or more is looked up in the FTS5 trigram index of the
folded column (`<table>_search`, or `person_name_search` for the folded names), joined to
the table by rowid: the index drives, and the reading stops at the LIMIT. Shorter words,
and every word on PostgreSQL (where pg_trgm GIN indexes serve it), are LIKE over the same
folded column: the same meaning.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from sqlalchemy import (
    ColumnElement,
    FromClause,
    Integer,
    Select,
    String,
    Table,
    TextClause,
    bindparam,
    column,
    literal_column,
    select,
    table,
    text,
)
from sqlalchemy.orm import Session

from kamdesk.store.search_fields import SEARCHED_FIELDS
from kamdesk.store.search_index import full_text_indexes
from kamdesk.store.tables import (
    account_table,
    family_member_table,
    interaction_table,
    meeting_table,
    person_table,
    proposal_table,
)

TRIGRAM = 3  # the trigram indexes cannot match shorter words
# The tables of the second step, in the order they are read; the contact history last, and
# only for a word of three letters or more (a million rows, no index for shorter words).
REST = ("account", "person", "family_member", "proposal", "meeting", "interaction")
Shape = tuple[bool, ...]  # per word of the search: long enough for a trigram index
_LIMIT = bindparam("n", type_=Integer)


def indexes_present(session: Session) -> set[str]:
    """The FTS5 indexes this SQLite file has (none on another engine)."""
    if session.get_bind().dialect.name != "sqlite":
        return set()
    wanted = {index for _, _, index in full_text_indexes()}
    names = ", ".join(f"'{name}'" for name in sorted(wanted))
    return set(session.scalars(text(f"SELECT name FROM sqlite_master WHERE name IN ({names})")))


def _like_pattern(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _fts_phrase(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def _source(rows: Table, column_name: str, shape: Shape, index: str | None,
            ) -> tuple[FromClause, list[ColumnElement[bool] | TextClause]]:
    """Where to read `rows` from, and the conditions that keep those holding every word in
    `column_name`: through the FTS5 `index` (when given) for the long words. `shape` says
    which words are long; the words themselves are parameters (`parameters`), so the
    statement of a shape is built once."""
    in_index = [long for long in shape] if index else [False] * len(shape)
    searched = rows.c[column_name]
    # A word shorter than a trigram goes into the statement itself: with a parameter,
    # PostgreSQL's generic plan of a prepared statement cannot see that such a pattern has
    # no trigram for its index, and reads the whole GIN index (50 ms at 100,000 people)
    # instead of the table. Longer words stay parameters: planning a trigram pattern anew
    # costs more than the lookup itself.
    conditions: list[ColumnElement[bool] | TextClause] = [
        searched.like(bindparam(f"w{i}", type_=String, literal_execute=not long), escape="\\")
        for i, long in enumerate(shape) if not in_index[i]]
    if index is None or not any(in_index):
        return rows, conditions
    fts = table(index, column("rowid"))
    by_rowid = literal_column(f"{index}.rowid") == literal_column(f"{rows.name}.rowid")
    joined = fts.join(rows, by_rowid)
    return joined, [text(f"{index} MATCH :match"), *conditions]


def shape_of(words: list[str]) -> Shape:
    """Which words are long enough for a trigram index: what a statement's form depends on."""
    return tuple(len(w) >= TRIGRAM for w in words)


def parameters(words: list[str]) -> dict[str, Any]:
    """The values of a statement built for `shape_of(words)`: each word's LIKE pattern, the
    FTS5 query of the long words, and the LIMIT (`n`, set by the caller)."""
    values: dict[str, Any] = {f"w{i}": _like_pattern(w) for i, w in enumerate(words)}
    values["match"] = " AND ".join(_fts_phrase(w) for w in words if len(w) >= TRIGRAM)
    return values


def _link(child_key: ColumnElement[Any], sqlite: bool) -> ColumnElement[Any]:
    """A child's link to its parent, for a join condition. On SQLite as `+child.key`: the
    no-op plus keeps the planner from entering the searched table through that key's index
    from the (smaller) parent, one lookup per parent row, which read all 20,000 people of
    M in 30 ms where a plain scan takes 5; the searched table is read first, in order, and
    the LIMIT stops it."""
    if not sqlite:
        return child_key
    table_name = child_key.table.name
    return literal_column(f"+{table_name}.{child_key.name}")


def _searched(rows: Table) -> list[ColumnElement[Any]]:
    return [rows.c[s.column] for s in SEARCHED_FIELDS[rows.name]]


@lru_cache(maxsize=256)
def name_query(kind: str, shape: Shape, indexes: frozenset[str], *, sqlite: bool,
               ) -> Select[Any]:
    """Accounts ("account") or people ("person") whose folded name holds every word, at
    most `n` of them (see `parameters`)."""
    a = account_table.c
    if kind == "account":
        source, where = _source(account_table, "name_text", shape, None)
        return (select(a.id.label("row_id"), a.name.label("account_name"),
                       a.id.label("account_id"), *_searched(account_table))
                .select_from(source).where(a.deleted_at.is_(None), *where).limit(_LIMIT))
    index = "person_name_search" if "person_name_search" in indexes else None
    source, where = _source(person_table, "name_text", shape, index)
    p = person_table.c
    return (select(p.id.label("row_id"), a.name.label("account_name"), a.id.label("account_id"),
                   *_searched(person_table))
            .select_from(source.join(account_table, a.id == _link(p.account_id, sqlite)))
            .where(a.deleted_at.is_(None), p.deleted_at.is_(None), *where).limit(_LIMIT))


@lru_cache(maxsize=256)
def text_query(kind: str, shape: Shape, indexes: frozenset[str], *, sqlite: bool,
               ) -> Select[Any]:
    """At most `n` rows of table `kind` whose folded text holds every word; accounts and
    people leave out the ids in `seen` (those their names' step found)."""
    rows = {t.name: t for t in (account_table, person_table, family_member_table,
                                proposal_table, meeting_table, interaction_table)}[kind]
    index = f"{kind}_search" if f"{kind}_search" in indexes else None
    source, where = _source(rows, "search_text", shape, index)
    a, p, f = account_table.c, person_table.c, family_member_table.c
    live = [a.deleted_at.is_(None), rows.c.deleted_at.is_(None)]
    if kind in ("account", "person"):
        live.append(rows.c.id.not_in(bindparam("seen", expanding=True)))
    common = [rows.c.id.label("row_id"), a.name.label("account_name"),
              a.id.label("account_id")]
    if kind == "account":
        query = select(*common, *_searched(rows)).select_from(source).where(*live, *where)
        return query.limit(_LIMIT)
    if kind == "family_member":
        joined = source.join(person_table, p.id == _link(f.person_id, sqlite)).join(
            account_table, a.id == _link(p.account_id, sqlite))
        return (select(*common, f.relation, p.id.label("person_id"), p.full_name,
                       *_searched(rows))
                .select_from(joined).where(*live, p.deleted_at.is_(None), *where)
                .limit(_LIMIT))
    extra = {"person": [], "proposal": [proposal_table.c.status],
             "meeting": [meeting_table.c.starts_at],
             "interaction": [interaction_table.c.kind, interaction_table.c.occurred_at]}[kind]
    joined = source.join(account_table, a.id == _link(rows.c.account_id, sqlite))
    query = select(*common, *extra, *_searched(rows)).select_from(joined).where(*live, *where)
    return query.limit(_LIMIT)
