"""The people of a client's decision-making unit, their contacts and families."""

from __future__ import annotations

from sqlalchemy import (
    Column,
    Date,
    DateTime,
    Index,
    Integer,
    SmallInteger,
    String,
    Table,
    Text,
)

from kamdesk.domain.enums import DmuRole, DmuType, LegalBasis, Stance
from kamdesk.store.tables.columns import (
    enum_type,
    metadata,
    record_columns,
    reference,
    trashable_columns,
)


def birthday_columns() -> list[Column]:
    """Birthday as three columns so the year can stay unknown and SQL can filter by month."""
    return [Column(part, SmallInteger) for part in ("birth_year", "birth_month", "birth_day")]


# A member of the client's DMU and everything the dossier keeps about them.
person_table = Table(
    "person", metadata,
    reference("account_id", "account.id"),
    Column("full_name", String(200), nullable=False),
    Column("given_name", String(100), nullable=False, default=""),
    Column("family_name", String(100), nullable=False, default=""),
    Column("position", String(200), nullable=False, default=""),
    Column("department", String(200), nullable=False, default=""),
    reference("reports_to_id", "person.id", ondelete="SET NULL", optional=True),
    Column("dmu_role", enum_type(DmuRole)),
    Column("dmu_type", enum_type(DmuType)),
    Column("stance", enum_type(Stance)),
    Column("influence", SmallInteger),  # 1..5
    Column("hobbies", Text, nullable=False, default=""),
    Column("values", Text, nullable=False, default=""),
    Column("notes", Text, nullable=False, default=""),
    Column("search_text", Text, nullable=False, default=""),
    *birthday_columns(),
    # Privacy: why we may keep this person's data, where it came from, when to look again.
    Column("legal_basis", enum_type(LegalBasis)),
    Column("data_source", String(300), nullable=False, default="", server_default=""),
    Column("collected_on", Date),
    Column("review_on", Date, index=True),
    # Derived from the contact history, kept by triggers (store/contact_summary.py): the
    # newest live interaction with this person and how many there are.
    Column("last_contact_at", DateTime(timezone=True)),
    Column("contact_count", Integer, nullable=False, default=0, server_default="0"),
    *trashable_columns(),
    Index("ix_person_full_name", "full_name"),
    Index("ix_person_birth_month_birth_day", "birth_month", "birth_day"),  # the agenda
    # Counting each account's live people reads this index alone, not 100,000 rows.
    Index("ix_person_account_id_deleted_at", "account_id", "deleted_at"),
)  # fmt: skip

# One e-mail, phone, address or web address of a person.
contact_point_table = Table(
    "contact_point", metadata,
    reference("person_id", "person.id"),
    Column("kind", String(16), nullable=False),  # email | phone | address | url
    Column("label", String(32), nullable=False, default=""),  # work, home, mobile...
    Column("value", Text, nullable=False),  # as the user typed or the file held it
    # Matching key: lower-cased e-mail, E.164 phone; indexed for duplicate detection.
    Column("normalized", String(320), nullable=False, default="", index=True),
    Column("position", Integer, nullable=False, default=0),
    *record_columns(),
)  # fmt: skip

family_member_table = Table(
    "family_member", metadata,
    reference("person_id", "person.id"),
    Column("name", String(200), nullable=False),
    Column("relation", String(64), nullable=False, default=""),  # spouse, son, daughter...
    Column("notes", Text, nullable=False, default=""),
    Column("search_text", Text, nullable=False, default=""),
    *birthday_columns(),
    *trashable_columns(),
    Index("ix_family_member_birth_month_birth_day", "birth_month", "birth_day"),
)  # fmt: skip
