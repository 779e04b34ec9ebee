"""Column types shared by the models."""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import Enum, Numeric


def enum_type(enum_class: type[StrEnum]) -> Enum:
    """Store an enum by its value in a plain string column, portable to any database."""
    return Enum(
        enum_class,
        native_enum=False,
        length=32,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


MONEY = Numeric(14, 2)
