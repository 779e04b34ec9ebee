"""Where the database lives: the user data folder unless told otherwise."""

from __future__ import annotations

import os
from pathlib import Path

DATABASE_FILE = "kamdesk.sqlite3"
BACKUP_FOLDER = "backups"


def default_data_dir() -> Path:
    """The platform's per-user data folder, or KAMDESK_DATA_DIR when set."""
    if env := os.environ.get("KAMDESK_DATA_DIR"):
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("KAMDesk", appauthor=False))


def database_url(data_dir: Path | str | None = None, db_url: str | None = None) -> str:
    """The SQLAlchemy URL to open: an explicit URL wins, then a data folder, then the default."""
    if db_url:
        return db_url
    folder = Path(data_dir).expanduser() if data_dir else default_data_dir()
    return f"sqlite:///{(folder / DATABASE_FILE).resolve()}"


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for a server or an in-memory database."""
    prefix = "sqlite:///"
    if not url.startswith(prefix) or url in ("sqlite://", "sqlite:///:memory:"):
        return None
    return Path(url[len(prefix) :].split("?", 1)[0])
