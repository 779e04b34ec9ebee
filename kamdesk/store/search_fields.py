"""What search looks through, table by table, and how a row's folded search text is built.

Each indexed table lists its searched columns in the order a match there ranks: a match in
a name comes before one in a position, which comes before one in notes. The folded
`search_text` column holds the same columns, folded, so the index finds a row and the
column list then says where in it the words are.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

from sqlalchemy.engine.default import DefaultExecutionContext

from kamdesk.domain.folding import fold


class SearchedField(NamedTuple):
    column: str  # the table's column
    field: str  # what a search result says it matched: "name", "notes", "family"…
    rank: int  # lower first: names 0 … free notes 4


# Ranks: 0 the row's own name; 1 attributes (position, city, hobbies, values);
# 2 the names of what a KAM remembers (family, proposals, meetings); 3 the contact
# history; 4 free notes.
SEARCHED_FIELDS: dict[str, tuple[SearchedField, ...]] = {
    "account": (
        SearchedField("name", "name", 0),
        SearchedField("industry", "industry", 1),
        SearchedField("region", "region", 1),
        SearchedField("city", "city", 1),
        SearchedField("notes", "notes", 4),
    ),
    "person": (
        SearchedField("full_name", "name", 0),
        SearchedField("position", "position", 1),
        SearchedField("department", "department", 1),
        SearchedField("hobbies", "hobbies", 1),
        SearchedField("values", "values", 1),
        SearchedField("notes", "notes", 4),
    ),
    "family_member": (
        SearchedField("name", "family", 2),
        SearchedField("notes", "family notes", 4),
    ),
    "proposal": (
        SearchedField("title", "proposal", 2),
        SearchedField("notes", "proposal notes", 4),
    ),
    "meeting": (
        SearchedField("objective", "meeting objective", 2),
        SearchedField("place", "meeting place", 2),
        SearchedField("notes", "meeting notes", 4),
    ),
    "interaction": (
        SearchedField("summary", "contact history", 3),
        SearchedField("details", "contact history", 4),
    ),
}


# The tables whose name is also kept folded on its own (`name_text`), so that a match in a
# name is found, and ranked first, without reading every match in the rest of the text.
NAME_COLUMNS = {"account": "name", "person": "full_name"}


def _folded(values: Any) -> str:
    return fold(" ".join(v for v in values if v))


def search_text_of(table: str, row: Any) -> str:
    """The folded search text of a row (an ORM object or anything with its column names as
    attributes) of one of SEARCHED_FIELDS' tables."""
    return _folded(getattr(row, f.column, "") for f in SEARCHED_FIELDS[table])


def name_text_of(table: str, row: Any) -> str:
    """The folded name (`name_text`) of a row of one of NAME_COLUMNS' tables."""
    return fold(getattr(row, NAME_COLUMNS[table]) or "")


def search_text_default(table: str) -> Callable[[DefaultExecutionContext], str]:
    """The column default of `table.search_text`: an INSERT that does not give it (the bulk
    paths: the generator, imports, the archive) gets it from the row's own values."""

    def computed(context: DefaultExecutionContext) -> str:
        values = context.get_current_parameters()  # type: ignore[no-untyped-call]
        return _folded(values.get(f.column) for f in SEARCHED_FIELDS[table])

    return computed


def name_text_default(table: str) -> Callable[[DefaultExecutionContext], str]:
    """The column default of `table.name_text`, the folded name, as `search_text_default`."""

    def computed(context: DefaultExecutionContext) -> str:
        values = context.get_current_parameters()  # type: ignore[no-untyped-call]
        return fold(values.get(NAME_COLUMNS[table]) or "")

    return computed


def account_search_text(account: Any) -> str:
    return search_text_of("account", account)


def person_search_text(person: Any) -> str:
    return search_text_of("person", person)
