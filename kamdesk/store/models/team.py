"""Team mode: KAMs and the handover log (columns in `store.tables.team`)."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy.orm import Mapped

from kamdesk.store.base import Record, Trashable
from kamdesk.store.tables import handover_log_table, kam_user_table


class KamUser(Trashable):
    """A person at a keyboard: a KAM or the head of department."""

    __table__ = kam_user_table

    name: Mapped[str]
    email: Mapped[str]
    db_role: Mapped[str | None]  # the PostgreSQL login acting as them (row-level security)


class HandoverLog(Record):
    """One account handed from one KAM to another; one handover shares a batch."""

    __table__ = handover_log_table

    account_id: Mapped[uuid.UUID]
    from_user_id: Mapped[uuid.UUID | None]
    to_user_id: Mapped[uuid.UUID | None]
    batch: Mapped[uuid.UUID]
    handed_over_at: Mapped[datetime]
    note: Mapped[str]
