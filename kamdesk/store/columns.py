"""The metadata every table shares, and the column shapes they repeat.

Each column is declared once, on its ORM class in `store.models`; code that reads or writes
rows rather than objects takes the Core tables from `store.tables`.
"""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Enum, ForeignKey, MetaData, Numeric
from sqlalchemy.orm import MappedColumn, mapped_column

from kamdesk.store.uuid_type import CachedUuid

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
    target: str, *, ondelete: str = "CASCADE", optional: bool = False, index: bool = True
) -> MappedColumn[Any]:
    """A UUID column pointing at *target* ("table.id"); required unless *optional*."""
    return mapped_column(
        CachedUuid, ForeignKey(target, ondelete=ondelete), nullable=optional, index=index
    )
