"""Where the database lives: the user data folder unless told otherwise.

A SQLite URL is built from the path with `URL.create` (which escapes `?`, `#` and `%`), never
formatted, so any folder name works; `sqlite_path` reads it back the same way.
"""

from __future__ import annotations

import os
from pathlib import Path

DATABASE_FILE = "kamdesk.sqlite3"
BACKUP_FOLDER = "backups"
PRIVATE_FOLDER = 0o700
PRIVATE_FILE = 0o600


def default_data_dir() -> Path:
    """The platform's per-user data folder, or KAMDESK_DATA_DIR when set."""
    if env := os.environ.get("KAMDESK_DATA_DIR"):
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("KAMDesk", appauthor=False))


def sqlite_url(path: Path | str) -> str:
    """The SQLAlchemy URL of a SQLite file, whatever characters its path holds: what
    `URL.create("sqlite", database=path).render_as_string()` writes (SQLAlchemy quotes the
    database with `quote(..., safe=" +/")`), without importing SQLAlchemy, which the window
    computes before it paints (0.3 s)."""
    from urllib.parse import quote

    return "sqlite:///" + quote(str(path), safe=" +/")


def database_file(data_dir: Path | str | None = None) -> Path:
    """The database file in `data_dir`, or in the default data folder."""
    folder = Path(data_dir).expanduser() if data_dir else default_data_dir()
    return (folder / DATABASE_FILE).resolve()


def database_url(data_dir: Path | str | None = None, db_url: str | None = None) -> str:
    """The SQLAlchemy URL to open: an explicit URL wins, then a data folder, then the default."""
    if db_url:
        return db_url
    return sqlite_url(database_file(data_dir))


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for a server, an in-memory or a malformed URL."""
    if not url.startswith("sqlite:"):
        return None
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        database = make_url(url).database
    except ArgumentError:
        return None
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database)


def shown_url(url: str) -> str:
    """A URL fit for a message: the password hidden, a malformed URL cut to its scheme."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url.split("@")[-1] if "@" in url else url


def make_private_folder(folder: Path) -> None:
    """Create `folder` (and its parents) readable by the user only; an existing one is kept.

    Only folders created here are narrowed: a folder the user chose keeps its mode.
    """
    missing = []
    for candidate in (folder, *folder.parents):
        if candidate.exists():
            break
        missing.append(candidate)
    for created in reversed(missing):
        created.mkdir(mode=PRIVATE_FOLDER, exist_ok=True)
        os.chmod(created, PRIVATE_FOLDER)  # mkdir's mode is narrowed by the umask only


def backup_folder_of(database: Path) -> Path:
    return database.parent / BACKUP_FOLDER
