"""What the app keeps about its own handling of personal data: erasures and what left it.

Neither table holds personal data: an erasure is known by an opaque id (a hash of the erased
person's uuid), and the audit log names files and accounts, not people.
"""

from __future__ import annotations

from sqlalchemy import Column, DateTime, String, Table, Text

from kamdesk.store.tables.columns import metadata, record_columns

# One person erased for good; re-applied to an older backup or an imported archive.
erasure_log_table = Table(
    "erasure_log", metadata,
    Column("subject", String(64), nullable=False, unique=True),  # sha256 of the person's uuid
    Column("erased_at", DateTime(timezone=True), nullable=False),
    Column("erased_by", String(200), nullable=False, default=""),  # the operating-system user
    *record_columns(),
)  # fmt: skip

# Something that left the app: a brief, an export (what, when, which account, where to).
audit_log_table = Table(
    "audit_log", metadata,
    Column("occurred_at", DateTime(timezone=True), nullable=False, index=True),
    Column("action", String(32), nullable=False),  # brief | export | person_export
    Column("what", Text, nullable=False, default=""),  # format and scope, e.g. "csv, 12 people"
    Column("account_name", String(300), nullable=False, default=""),
    Column("destination", Text, nullable=False, default=""),  # the file written
    Column("done_by", String(200), nullable=False, default=""),
    *record_columns(),
)  # fmt: skip
