"""The declarative base the ORM classes share, and the columns every record carries."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Date, DateTime, Integer
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from kamdesk.store.columns import MONEY, metadata, utc_now
from kamdesk.store.uuid_type import CachedUuid

__all__ = ["Base", "Record", "Trashable", "utc_now"]


class Base(DeclarativeBase):
    metadata = metadata
    # The column type an annotation stands for, where it has one obvious type; strings are
    # always given their length (or Text) on the column itself.
    type_annotation_map = {
        datetime: DateTime(timezone=True),
        date: Date,
        uuid.UUID: CachedUuid,
        Decimal: MONEY,
        int: Integer,
    }


class Record(Base):
    """A row with a UUID key and creation/update times (safe to merge across machines), and
    a row version, so an edit based on an old version is noticed."""

    __abstract__ = True

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)
    row_version: Mapped[int] = mapped_column(default=1, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 - declarative directive
        # Every UPDATE checks and bumps the version: a save based on a row someone else
        # changed meanwhile fails instead of overwriting (services/conflicts.py explains it).
        return {"version_id_col": cls.__table__.c.row_version}


class Trashable(Record):
    """User data: deleting moves it to the trash; `deleted_batch` groups one deletion for undo."""

    __abstract__ = True

    deleted_at: Mapped[datetime | None]
    deleted_batch: Mapped[uuid.UUID | None] = mapped_column(index=True)

    @property
    def in_trash(self) -> bool:
        return self.deleted_at is not None
