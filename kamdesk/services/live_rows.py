"""One row by its id, as the services read it before changing it: present and not in the
trash, or NotFoundError saying so."""

from __future__ import annotations

import uuid
from typing import TypeVar, cast

from sqlalchemy import Table
from sqlalchemy.orm import Session

from kamdesk.language import N_
from kamdesk.services.errors import NotFoundError
from kamdesk.store.base import Trashable

T = TypeVar("T", bound=Trashable)

# Message ids (the gettext catalogue translates them), by table; a table not named here
# reads "this <table> does not exist or is in the trash" untranslated.
GONE = {
    "account": N_("this account does not exist or is in the trash"),
    "interaction": N_("this interaction does not exist or is in the trash"),
    "meeting": N_("this meeting does not exist or is in the trash"),
    "person": N_("this person does not exist or is in the trash"),
    "proposal": N_("this proposal does not exist or is in the trash"),
    "recommendation_letter": N_("this letter does not exist or is in the trash"),
    "referral": N_("this referral does not exist or is in the trash"),
    "service_case": N_("this service case does not exist or is in the trash"),
    "task": N_("this task does not exist or is in the trash"),
    "tender": N_("this tender does not exist or is in the trash"),
}


def live_row(session: Session, model: type[T], row_id: uuid.UUID, missing: str = "") -> T:
    """The row `row_id` of `model`; NotFoundError when there is none or it is in the trash
    (to the user both are gone): `missing`, or "this <table> does not exist or is in the
    trash" ("this service case …")."""
    row = session.get(model, row_id)
    if row is None or row.in_trash:
        table = table_name(model)
        noun = table.replace("_", " ")
        gone = GONE.get(table, f"this {noun} does not exist or is in the trash")
        raise NotFoundError(missing or gone)
    return row


def table_name(model: type[Trashable]) -> str:
    """The table a model is mapped to ("service_case"): each of ours maps one `Table`."""
    return cast(Table, model.__table__).name
