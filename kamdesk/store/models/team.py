"""Team mode: the KAMs who share a server, and the log of accounts handed between them."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kamdesk.store.base import Record, Trashable
from kamdesk.store.columns import reference


class KamUser(Trashable):
    """A person at a keyboard: a KAM or the head of department. `db_role` is the PostgreSQL
    login that acts as them; row-level security matches it against `current_user`."""

    __tablename__ = "kam_user"

    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(320), unique=True)
    db_role: Mapped[str | None] = mapped_column(String(63), unique=True)


class HandoverLog(Record):
    """One account moved from one KAM to another; a handover of a whole portfolio shares a
    batch."""

    __tablename__ = "handover_log"

    account_id: Mapped[uuid.UUID] = reference("account.id")
    from_user_id: Mapped[uuid.UUID | None] = reference("kam_user.id", ondelete="SET NULL",
                                                       optional=True, index=False)
    to_user_id: Mapped[uuid.UUID | None] = reference("kam_user.id", ondelete="SET NULL",
                                                     optional=True, index=False)
    batch: Mapped[uuid.UUID] = mapped_column(index=True)
    handed_over_at: Mapped[datetime]
    note: Mapped[str] = mapped_column(Text, default="")
