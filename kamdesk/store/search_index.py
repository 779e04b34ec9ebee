"""The SQLite FTS5 indexes over the folded search text and the folded names: their DDL,
their check and their repair."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session

# Every table with a folded `search_text` column (store.search_fields), each with its index.
INDEXED_TABLES = ("account", "person", "family_member", "proposal", "meeting", "interaction")
# The tables whose folded name has an index of its own, `<table>_name_search` (migration
# 0010): names are found first without reading every match in notes. The accounts are few
# enough to be read whole.
NAME_INDEXED_TABLES = ("person",)


def create_search_index(table: str, column: str = "search_text") -> list[str]:
    """The statements that create, fill and keep in step `<table>_search` (idempotent), or
    with `column="name_text"` its names' index `<table>_name_search`."""
    fts = f"{table}_search" if column == "search_text" else f"{table}_name_search"
    return [
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {fts} USING fts5("
        f"{column}, content='{table}', content_rowid='rowid', tokenize='trigram')",
        f"CREATE TRIGGER IF NOT EXISTS {fts}_ai AFTER INSERT ON {table} BEGIN "
        f"INSERT INTO {fts}(rowid, {column}) VALUES (new.rowid, new.{column}); END",
        f"CREATE TRIGGER IF NOT EXISTS {fts}_ad AFTER DELETE ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, {column}) "
        f"VALUES ('delete', old.rowid, old.{column}); END",
        f"CREATE TRIGGER IF NOT EXISTS {fts}_au AFTER UPDATE OF {column} ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, {column}) "
        f"VALUES ('delete', old.rowid, old.{column}); "
        f"INSERT INTO {fts}(rowid, {column}) VALUES (new.rowid, new.{column}); END",
        f"INSERT INTO {fts}({fts}) VALUES ('rebuild')",
    ]


def full_text_indexes() -> list[tuple[str, str, str]]:
    """(table, column, index) of every FTS5 index the schema has."""
    return [(t, "search_text", f"{t}_search") for t in INDEXED_TABLES] + [
        (t, "name_text", f"{t}_name_search") for t in NAME_INDEXED_TABLES]


def _is_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def search_index_problems(session: Session, *, deep: bool = True) -> list[str]:
    """Where the SQLite search index disagrees with the data (empty when all is well).

    The index follows rows by rowid; a VACUUM by another tool may renumber them, and a
    table rebuild drops the triggers: this check notices both. FTS5's integrity check is
    written as an INSERT, so on a read-only file (`deep=False`) only its parts are checked.
    """
    if not _is_sqlite(session):
        return []
    names = set(session.scalars(text("SELECT name FROM sqlite_master")))
    problems = []
    for table, _, fts in full_text_indexes():
        missing = [n for n in (fts, f"{fts}_ai", f"{fts}_ad", f"{fts}_au") if n not in names]
        if missing:
            problems.append(f"the search index of {table} lacks {', '.join(missing)}")
            continue
        if not deep:
            continue
        try:
            with session.begin_nested():
                session.execute(
                    text(f"INSERT INTO {fts}({fts}, rank) VALUES ('integrity-check', 1)")
                )
        except DatabaseError as error:
            problems.append(f"the search index {fts} is out of step with the data ({error.orig})")
    return problems


def rebuild_search_index(session: Session) -> None:
    """Re-create whatever is missing of the index and refill it from the data."""
    if _is_sqlite(session):
        for table, column, _ in full_text_indexes():
            for statement in create_search_index(table, column):
                session.execute(text(statement))
