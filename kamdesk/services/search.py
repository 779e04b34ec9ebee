"""Finding accounts and people by any part of their text, for the window and the command."""

from __future__ import annotations

from kamdesk.store.database import Database
from kamdesk.store.search import SearchHit, search

__all__ = ["SearchHit", "SearchService"]


class SearchService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def search(self, text: str, limit: int = 50) -> list[SearchHit]:
        """Case- and diacritics-insensitive, in every script: 'zlotowski' finds 'Złotowski'."""
        with self.db.session() as s:
            return search(s, text, limit)
