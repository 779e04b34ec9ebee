"""The audit log of what left the app: briefs saved or printed, exports, a person's data.

Each entry says what (the kind and its scope), when, which account and where to; it names
files and accounts, never the people inside them (a person export is logged by its format).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import insert, select

from kamdesk.store.database import Database
from kamdesk.store.erasure import erased_by
from kamdesk.store.tables import audit_log_table, utc_now

BRIEF, EXPORT, PERSON_EXPORT = "brief", "export", "person_export"


@dataclass(frozen=True)
class AuditEntry:
    occurred_at: datetime
    action: str  # brief | export | person_export
    what: str
    account_name: str
    destination: str
    done_by: str


def brief_description(kind: str, shareable: bool, password: bool = False) -> str:
    """ "brief, shareable, password-protected": what kind of brief left the app."""
    return ", ".join([kind, *(["shareable"] if shareable else []),
                      *(["password-protected"] if password else [])])


class AuditService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def record(self, action: str, what: str, account_name: str = "",
               destination: str = "") -> None:
        """Note that something left the app (its own short transaction)."""
        now = utc_now()
        with self.db.session() as s:
            s.execute(insert(audit_log_table).values(
                occurred_at=now, action=action, what=what, account_name=account_name,
                destination=destination, done_by=erased_by(), created_at=now, updated_at=now,
            ))

    def entries(self, limit: int | None = None) -> list[AuditEntry]:
        """Newest first."""
        t = audit_log_table.c
        query = select(t.occurred_at, t.action, t.what, t.account_name, t.destination, t.done_by)
        query = query.order_by(t.occurred_at.desc()).limit(limit)
        with self.db.session() as s:
            rows = s.execute(query).all()
        return [AuditEntry(_aware(r[0]), *r[1:]) for r in rows]


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)  # SQLite hands back naive
