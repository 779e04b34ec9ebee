"""One row by its id, as the services read it before changing it: present and not in the
trash, or NotFoundError saying so."""

from __future__ import annotations

import uuid
from typing import TypeVar, cast

from sqlalchemy import Table
from sqlalchemy.orm import Session

from kamdesk.services.errors import NotFoundError
from kamdesk.store.base import Trashable

T = TypeVar("T", bound=Trashable)


def live_row(session: Session, model: type[T], row_id: uuid.UUID, missing: str = "") -> T:
    """The row `row_id` of `model`; NotFoundError when there is none or it is in the trash
    (to the user both are gone): `missing`, or "this <table> does not exist or is in the
    trash" ("this service case …")."""
    row = session.get(model, row_id)
    if row is None or row.in_trash:
        noun = table_name(model).replace("_", " ")
        raise NotFoundError(missing or f"this {noun} does not exist or is in the trash")
    return row


def table_name(model: type[Trashable]) -> str:
    """The table a model is mapped to ("service_case"): each of ours maps one `Table`."""
    return cast(Table, model.__table__).name
