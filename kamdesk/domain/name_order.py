"""The order of names in lists: folded (case and diacritics ignored), each name folded once."""

from __future__ import annotations

from functools import lru_cache

from kamdesk.domain.folding import fold


@lru_cache(maxsize=50_000)
def sort_name(name: str) -> str:
    """`fold(name)`, remembered: lists sort thousands of names on every refresh (2,000
    accounts, the 3,000 people of one account), so a name is folded once per process."""
    return fold(name)
