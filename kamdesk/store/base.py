"""The declarative base the ORM classes share; their tables live in `store.tables`."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr

from kamdesk.store.tables import metadata, utc_now

__all__ = ["Base", "Record", "Trashable", "utc_now"]


class Base(DeclarativeBase):
    metadata = metadata


class Record(Base):
    """A row with a UUID key and creation/update times (safe to merge across machines)."""

    __abstract__ = True

    id: Mapped[uuid.UUID]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    row_version: Mapped[int]

    @declared_attr.directive
    def __mapper_args__(cls) -> dict:  # noqa: N805 - declarative directive
        # Every UPDATE checks and bumps the version: a save based on a row someone else
        # changed meanwhile fails instead of overwriting (services/conflicts.py explains it).
        return {"version_id_col": cls.__table__.c.row_version}


class Trashable(Record):
    """User data: deleting moves it to the trash; `deleted_batch` groups one deletion for undo."""

    __abstract__ = True

    deleted_at: Mapped[datetime | None]
    deleted_batch: Mapped[uuid.UUID | None]

    @property
    def in_trash(self) -> bool:
        return self.deleted_at is not None
