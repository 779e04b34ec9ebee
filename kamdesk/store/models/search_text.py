"""Keeps the folded `search_text` (and `name_text`) columns of every searched table in step
on every flush.

Registered with the models: only ORM objects are flushed. A bulk Core INSERT (import,
archive, the generator) gets them from the columns' defaults, computed from the row's own
values (`store.search_fields.search_text_default`); a Core UPDATE must set them itself.
"""

from __future__ import annotations

from sqlalchemy import event
from sqlalchemy.orm import Session, UOWTransaction

from kamdesk.store.search_fields import NAME_COLUMNS, SEARCHED_FIELDS, name_text_of, search_text_of


@event.listens_for(Session, "before_flush")
def _refresh_search_text(session: Session, _context: UOWTransaction, _instances: object) -> None:
    # Every write path (services, import, sample data) goes through a flush, so search
    # can never drift from the data; the FTS index follows the column through triggers.
    for obj in list(session.new) + list(session.dirty):
        table = getattr(obj, "__tablename__", None) or getattr(obj, "__table__", None)
        name = getattr(table, "name", table)
        if name in SEARCHED_FIELDS:
            obj.search_text = search_text_of(name, obj)
        if name in NAME_COLUMNS:
            obj.name_text = name_text_of(name, obj)
