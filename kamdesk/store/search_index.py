"""The SQLite FTS5 index over the folded search text: its DDL, its check and its repair."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session

# Every table with a folded `search_text` column (store.search_fields), each with its index.
INDEXED_TABLES = ("account", "person", "family_member", "proposal", "meeting", "interaction")


def create_search_index(table: str) -> list[str]:
    """The statements that create, fill and keep in step `<table>_search` (idempotent)."""
    fts = f"{table}_search"
    return [
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {fts} USING fts5("
        f"search_text, content='{table}', content_rowid='rowid', tokenize='trigram')",
        f"CREATE TRIGGER IF NOT EXISTS {fts}_ai AFTER INSERT ON {table} BEGIN "
        f"INSERT INTO {fts}(rowid, search_text) VALUES (new.rowid, new.search_text); END",
        f"CREATE TRIGGER IF NOT EXISTS {fts}_ad AFTER DELETE ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, search_text) "
        f"VALUES ('delete', old.rowid, old.search_text); END",
        f"CREATE TRIGGER IF NOT EXISTS {fts}_au AFTER UPDATE OF search_text ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, search_text) "
        f"VALUES ('delete', old.rowid, old.search_text); "
        f"INSERT INTO {fts}(rowid, search_text) VALUES (new.rowid, new.search_text); END",
        f"INSERT INTO {fts}({fts}) VALUES ('rebuild')",
    ]


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
    for table in INDEXED_TABLES:
        fts = f"{table}_search"
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
        for table in INDEXED_TABLES:
            for statement in create_search_index(table):
                session.execute(text(statement))
