"""What search looks through, table by table, and how a row's folded search text is built.

Each indexed table lists its searched columns in the order a match there ranks: a match in
a name comes before one in a position, which comes before one in notes. The folded
`search_text` column holds the same columns, folded, so the index finds a row and the
column list then says where in it the words are.
"""

from __future__ import annotations

from typing import Any, NamedTuple

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


def search_text_of(table: str, row: Any) -> str:
    """The folded search text of a row (an ORM object or anything with its column names as
    attributes) of one of SEARCHED_FIELDS' tables."""
    parts = (getattr(row, f.column, "") for f in SEARCHED_FIELDS[table])
    return fold(" ".join(p for p in parts if p))


def account_search_text(account: Any) -> str:
    return search_text_of("account", account)


def person_search_text(person: Any) -> str:
    return search_text_of("person", person)
