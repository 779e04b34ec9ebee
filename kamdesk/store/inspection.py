"""Looking at a SQLite file without writing a byte of it: header, damage, schema revision.

Every check here opens the file with a `mode=ro` URI and runs no pragma that writes, so a
file that turns out too new, foreign or damaged is left exactly as it was.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class FileState:
    """What a read-only look found: `problem` is None when the file passed its check."""

    sqlite: bool  # the header says SQLite (a damaged header, a photo or an encrypted file: no)
    revision: str | None
    tables: frozenset[str]
    problem: str | None

    @property
    def is_kamdesk(self) -> bool:
        return self.revision is not None or not self.tables


def read_only_connection(path: Path) -> sqlite3.Connection:
    """A connection that cannot write `path`, whatever characters the path holds.

    A WAL file on a read-only disk cannot have its `-shm` created: it is then opened as
    immutable, which is what a read-only disk is.
    """
    uri = Path(path).absolute().as_uri()
    connection = sqlite3.connect(uri + "?mode=ro", uri=True, check_same_thread=False)
    try:
        connection.execute("PRAGMA schema_version").fetchone()
    except sqlite3.OperationalError as error:
        connection.close()
        if "unable to open" not in str(error) or os.access(Path(path).parent, os.W_OK):
            raise
        connection = sqlite3.connect(uri + "?immutable=1", uri=True, check_same_thread=False)
    except sqlite3.DatabaseError:
        pass  # damage: the caller's check reports it
    return connection


def check_summary(found: list[str]) -> str | None:
    """None for a clean `quick_check`/`integrity_check`, else one line: SQLite puts many
    findings in one row, separated by newlines, and a message must stay one line."""
    if found == ["ok"]:
        return None
    lines = [ln.strip() for row in found for ln in str(row).splitlines()]
    lines = [ln for ln in lines if ln and not ln.startswith("***")]
    if not lines:
        return "the integrity check failed"
    more = f" and {len(lines) - 1} more problems" if len(lines) > 1 else ""
    return lines[0] + more


def has_sqlite_header(path: Path) -> bool:
    with open(path, "rb") as file:
        return file.read(len(SQLITE_HEADER)) == SQLITE_HEADER


def inspect_file(path: Path, *, full: bool = False) -> FileState:
    """Header, `quick_check` (or the slower `integrity_check` when `full`) and revision."""
    if not has_sqlite_header(path):
        return FileState(False, None, frozenset(), "it is not a SQLite database")
    try:
        with closing(read_only_connection(path)) as raw:
            pragma = "integrity_check" if full else "quick_check"
            found = [row[0] for row in raw.execute(f"PRAGMA {pragma}").fetchmany(5)]
            tables = frozenset(
                r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")
            )
            revision = None
            if "alembic_version" in tables:
                row = raw.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
    except sqlite3.DatabaseError as error:
        if isinstance(error, sqlite3.OperationalError) and not _damage(error):
            from kamdesk.store.errors import StoreError

            raise StoreError(f"cannot read {path}: {error}") from None
        return FileState(True, None, frozenset(), str(error))
    problem = check_summary(found)
    return FileState(True, revision, tables, problem)


def _damage(error: sqlite3.Error) -> bool:
    text = str(error)
    return any(word in text for word in ("malformed", "corrupt", "not a database"))


def count_people(path: Path) -> tuple[int, int] | None:
    """Live (not trashed) accounts and people in a KAMDesk file; None if it cannot be read."""
    try:
        with closing(read_only_connection(path)) as raw:
            accounts, people = (
                raw.execute(f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL").fetchone()[0]
                for table in ("account", "person")
            )
    except sqlite3.DatabaseError:
        return None
    return accounts, people
