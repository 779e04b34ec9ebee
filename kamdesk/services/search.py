"""Finding accounts and people by any part of their text, for the window and the command."""

from __future__ import annotations

from kamdesk.store.database import Database
from kamdesk.store.search import SearchHit, SearchResults, search, search_capped

__all__ = ["SearchHit", "SearchResults", "SearchService"]


class SearchService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def search(self, text: str, limit: int = 50) -> list[SearchHit]:
        """Case- and diacritics-insensitive, in every script: 'zlotowski' finds 'Złotowski'."""
        with self.db.session() as s:
            return search(s, text, limit)

    def find(self, text: str, limit: int = 200) -> SearchResults:
        """As `search`, ranked (a match in a name first) and saying whether it capped."""
        with self.db.session() as s:
            return search_capped(s, text, limit)
