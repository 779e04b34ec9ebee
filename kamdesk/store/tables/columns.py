"""The metadata every table shares, and the column shapes they repeat.

Core only (no ORM): a reader that wants rows, not objects, imports the tables without paying
for the mappers.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from enum import StrEnum

from sqlalchemy import Column, DateTime, Enum, ForeignKey, Integer, MetaData, Numeric, Uuid

# Named constraints keep later batch migrations (which rebuild tables) able to find them.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING_CONVENTION)

MONEY = Numeric(14, 2)


def utc_now() -> datetime:
    return datetime.now(UTC)


def enum_type(enum_class: type[StrEnum]) -> Enum:
    """Store an enum by its value in a plain string column, portable to any database."""
    return Enum(
        enum_class,
        native_enum=False,
        length=32,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


def reference(
    name: str, target: str, *, ondelete: str = "CASCADE", optional: bool = False,
    index: bool = True,
) -> Column:
    """A UUID column pointing at *target* ("table.id"); required unless *optional*."""
    return Column(name, Uuid, ForeignKey(target, ondelete=ondelete), nullable=optional,
                  index=index)  # fmt: skip


def record_columns() -> list[Column]:
    """A UUID key, creation/update times and a row version: rows that merge safely across
    machines, and an edit based on an old version is noticed (the ORM's `version_id_col`)."""
    return [
        Column("id", Uuid, primary_key=True, default=uuid.uuid4),
        Column("created_at", DateTime(timezone=True), nullable=False, default=utc_now),
        Column("updated_at", DateTime(timezone=True), nullable=False, default=utc_now,
               onupdate=utc_now),
        Column("row_version", Integer, nullable=False, default=1, server_default="1"),
    ]  # fmt: skip


def trashable_columns() -> list[Column]:
    """User data: deleting sets `deleted_at`; `deleted_batch` groups one deletion for undo."""
    return [
        Column("deleted_at", DateTime(timezone=True)),
        Column("deleted_batch", Uuid, index=True),
        *record_columns(),
    ]
