"""One column value to JSON and back, checked against the column's type."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from enum import Enum as PyEnum
from typing import Any

from sqlalchemy import Boolean, Column, Date, DateTime, Enum, Integer, Numeric, String, Uuid
from sqlalchemy.sql.schema import CallableColumnDefault, ScalarElementColumnDefault


def to_json(column: Column[Any], value: Any) -> Any:
    """A JSON-ready value: text for ids, dates, times (ISO 8601, UTC) and exact decimals."""
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, Uuid):
        return str(value)
    if isinstance(kind, DateTime):
        moment = value if value.tzinfo else value.replace(tzinfo=UTC)  # SQLite drops the zone
        return moment.astimezone(UTC).isoformat()
    if isinstance(kind, Date):
        return value.isoformat()
    if isinstance(kind, Numeric):
        return str(value)
    if isinstance(value, PyEnum):
        return value.value
    return value


def from_json(column: Column[Any], value: Any) -> Any:
    """The Python value for `column`; raises ValueError saying what is wrong."""
    if value is None:
        if not column.nullable:
            raise ValueError("may not be empty")
        return None
    kind = column.type
    try:
        if isinstance(kind, Uuid):
            return uuid.UUID(_text(value))
        if isinstance(kind, DateTime):
            moment = datetime.fromisoformat(_text(value))
            return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
        if isinstance(kind, Date):
            return date.fromisoformat(_text(value))
        if isinstance(kind, Numeric):
            if isinstance(value, bool) or not isinstance(value, str | int):
                raise ValueError
            return Decimal(value)
        if isinstance(kind, Enum):
            return kind.enum_class(value) if kind.enum_class else _text(value)
        if isinstance(kind, Boolean):
            if not isinstance(value, bool):
                raise ValueError
            return value
        if isinstance(kind, Integer):
            if isinstance(value, bool) or not isinstance(value, int):
                raise ValueError
            return value
        if isinstance(kind, String):
            text = _text(value)
            if kind.length is not None and len(text) > kind.length:
                raise ValueError(f"is longer than {kind.length} characters")
            return text
    except (ValueError, TypeError, InvalidOperation) as error:
        detail = str(error) if str(error).startswith("is ") else f"is not a valid {_kind(kind)}"
        raise ValueError(f"{detail}: {str(value)[:40]!r}") from None
    return value


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError
    return value


def _kind(kind: Any) -> str:
    if isinstance(kind, Enum):
        return "choice (" + ", ".join(kind.enums) + ")"
    names = {Uuid: "id", DateTime: "date and time", Date: "date", Numeric: "number",
             Boolean: "true/false", Integer: "whole number"}
    return next((n for t, n in names.items() if isinstance(kind, t)), "text")


def column_default(column: Column[Any]) -> Any:
    """The value a missing key gets: the column's default, called if it is a function."""
    default = column.default
    if default is None:
        if column.nullable:
            return None
        raise ValueError("is missing")
    if isinstance(default, CallableColumnDefault):
        # SQLAlchemy wraps our plain functions (uuid4, utc_now) to take a context they ignore
        return default.arg({})  # type: ignore[arg-type]
    if isinstance(default, ScalarElementColumnDefault):
        return default.arg
    raise ValueError(f"has a default computed by the database ({type(default).__name__})")


def reader_of(column: Column[Any]) -> Callable[[Any], Any]:
    """`from_json` for one column, with the type looked up once: the archive import calls
    it for every value of every row."""
    kind = column.type
    nullable = column.nullable
    if isinstance(kind, String) and not isinstance(kind, Enum):
        length = kind.length

        def text(value: Any) -> Any:
            if value.__class__ is str and (length is None or len(value) <= length):
                return value
            return from_json(column, value)

        return text
    if isinstance(kind, Uuid):
        make = uuid.UUID

        def identifier(value: Any) -> Any:
            if value.__class__ is str:
                try:
                    return make(value)
                except ValueError:
                    pass
            return from_json(column, value)

        return identifier
    if isinstance(kind, DateTime):
        parse = datetime.fromisoformat

        def moment(value: Any) -> Any:
            if value.__class__ is str:
                try:
                    found = parse(value)
                except ValueError:
                    return from_json(column, value)
                return found if found.tzinfo else found.replace(tzinfo=UTC)
            return from_json(column, value)

        return moment
    if isinstance(kind, Integer) and not isinstance(kind, Boolean):
        return lambda value: value if value.__class__ is int else from_json(column, value)
    if nullable:
        return lambda value: None if value is None else from_json(column, value)
    return lambda value: from_json(column, value)


def writer_of(column: Column[Any]) -> Callable[[Any], Any] | None:
    """`to_json` for one column, as `reader_of`; ids may come as text straight from SQLite
    (32 hex digits) or as UUIDs from a server."""
    kind = column.type
    if isinstance(kind, Uuid):

        def identifier(value: Any) -> Any:
            if value is None:
                return None
            if value.__class__ is str:
                if len(value) == 32:
                    return f"{value[:8]}-{value[8:12]}-{value[12:16]}-{value[16:20]}-{value[20:]}"
                return str(uuid.UUID(value))
            return str(value)

        return identifier
    if isinstance(kind, DateTime):

        def moment(value: Any) -> Any:
            if value is None:
                return None
            if value.tzinfo is None:
                return value.replace(tzinfo=UTC).isoformat()  # SQLite drops the zone
            return value.astimezone(UTC).isoformat()

        return moment
    if isinstance(kind, String | Integer | Boolean) and not isinstance(kind, Enum):
        return None  # as it is
    return lambda value: to_json(column, value)
