"""The UUID column type: SQLAlchemy's `Uuid`, read back through a cache on SQLite.

SQLite keeps a UUID as 32 hex digits, and every read builds a `uuid.UUID` from them
(1.6 µs each): at department scale that was 40 % of reading the largest account's people
and a third of the agenda's birthdays, rows whose ids the window reads again after every
edit. The same text now gives the same (immutable) UUID object from a bounded cache:
0.1 µs when it is there, and rows read twice share their ids' memory. PostgreSQL hands
back UUID objects itself and is left as it is."""

from __future__ import annotations

import uuid
from functools import lru_cache
from typing import Any

from sqlalchemy import Dialect, Uuid

# About 5 MB when full (ids and their texts): every account and several large accounts' people.
_remembered = lru_cache(maxsize=20_000)(uuid.UUID)


def _from_text(value: str | None) -> uuid.UUID | None:
    return None if value is None else _remembered(value)


class CachedUuid(Uuid[uuid.UUID]):
    """`Uuid` (as_uuid) whose character-based reads come from `_remembered`."""

    cache_ok = True

    def result_processor(self, dialect: Dialect, coltype: object) -> Any:
        # The test SQLAlchemy's own processor makes for keeping ids as text.
        if self.as_uuid and not (dialect.supports_native_uuid and self.native_uuid):
            return _from_text
        return super().result_processor(dialect, coltype)  # type: ignore[no-untyped-call]
