"""Erase a person for good: rows, search index, trash and the bytes in the file."""

from __future__ import annotations

import uuid

from kamdesk.language import N_
from kamdesk.services.errors import NotFoundError
from kamdesk.store.database import Database
from kamdesk.store.erasure import (
    ErasureScope,
    compact,
    erase_person_rows,
    erased_by,
    erasure_scope,
    subject_of,
)

__all__ = ["ErasureScope", "ErasureService", "subject_of"]


class ErasureService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def scope(self, person_id: uuid.UUID) -> ErasureScope:
        """What erasing the person will take away, for the confirmation the user reads."""
        with self.db.session() as s:
            found = erasure_scope(s, person_id)
        if found is None:
            raise NotFoundError(N_("this person does not exist (or was erased already)"))
        return found

    def erase(self, person_id: uuid.UUID, by: str | None = None) -> ErasureScope:
        """Erase the person (live or in the trash) in one transaction, log it, then compact
        the file so the deleted bytes are gone; returns what was erased."""
        with self.db.session() as s:
            scope = erasure_scope(s, person_id)
            if scope is None:
                raise NotFoundError(N_("this person does not exist (or was erased already)"))
            erase_person_rows(s, person_id, erased_by() if by is None else by)
        compact(self.db.engine)
        return scope
