"""What the app keeps about its own handling of personal data: erasures and what left it.

Neither table holds personal data: an erasure is known by an opaque id (a hash of the erased
person's uuid), and the audit log names files and accounts, not people.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kamdesk.store.base import Record


class ErasureLog(Record):
    """One person erased for good; re-applied to an older backup or an imported archive."""

    __tablename__ = "erasure_log"

    subject: Mapped[str] = mapped_column(String(64), unique=True)  # sha256 of the person's uuid
    erased_at: Mapped[datetime]
    erased_by: Mapped[str] = mapped_column(String(200), default="")  # the operating-system user


class AuditLog(Record):
    """Something that left the app: a brief, an export (what, when, which account, where to)."""

    __tablename__ = "audit_log"

    occurred_at: Mapped[datetime] = mapped_column(index=True)
    action: Mapped[str] = mapped_column(String(32))  # brief | export | person_export
    what: Mapped[str] = mapped_column(Text, default="")  # format and scope: "csv, 12 people"
    account_name: Mapped[str] = mapped_column(String(300), default="")
    destination: Mapped[str] = mapped_column(Text, default="")  # the file written
    done_by: Mapped[str] = mapped_column(String(200), default="")
