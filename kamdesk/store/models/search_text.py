"""Keeps the folded `search_text` column of accounts and people in step on every flush.

Registered with the models: only ORM objects are flushed, and bulk Core writes (import,
archive) compute the column themselves.
"""

from __future__ import annotations

from sqlalchemy import event
from sqlalchemy.orm import Session

from kamdesk.store.models.accounts import Account
from kamdesk.store.models.people import Person
from kamdesk.store.search import account_search_text, person_search_text


@event.listens_for(Session, "before_flush")
def _refresh_search_text(session: Session, _context, _instances) -> None:
    # Every write path (services, import, sample data) goes through a flush, so search
    # can never drift from the data; the FTS index follows the column through triggers.
    for obj in list(session.new) + list(session.dirty):
        if isinstance(obj, Account):
            obj.search_text = account_search_text(obj)
        elif isinstance(obj, Person):
            obj.search_text = person_search_text(obj)
