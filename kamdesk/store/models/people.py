"""The people of a client's decision-making unit, their contacts and families."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import Index, SmallInteger, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kamdesk.domain.enums import DmuRole, DmuType, LegalBasis, Stance
from kamdesk.store.base import Record, Trashable
from kamdesk.store.columns import enum_type, reference
from kamdesk.store.search_fields import name_text_default, search_text_default

if TYPE_CHECKING:
    from kamdesk.store.models.accounts import Account


class BirthdayColumns:
    """Birthday in three parts, so the year can stay unknown and SQL can filter by month."""

    birth_year: Mapped[int | None] = mapped_column(SmallInteger)
    birth_month: Mapped[int | None] = mapped_column(SmallInteger)
    birth_day: Mapped[int | None] = mapped_column(SmallInteger)


class Person(BirthdayColumns, Trashable):
    """A member of the client's DMU and everything the dossier keeps about them."""

    __tablename__ = "person"
    __table_args__ = (
        Index("ix_person_full_name", "full_name"),
        Index("ix_person_birth_month_birth_day", "birth_month", "birth_day"),  # the agenda
        # Counting each account's live people reads this index alone, not 100,000 rows.
        Index("ix_person_account_id_deleted_at", "account_id", "deleted_at"),
    )

    account_id: Mapped[uuid.UUID] = reference("account.id")
    full_name: Mapped[str] = mapped_column(String(200))
    given_name: Mapped[str] = mapped_column(String(100), default="")
    family_name: Mapped[str] = mapped_column(String(100), default="")
    position: Mapped[str] = mapped_column(String(200), default="")
    department: Mapped[str] = mapped_column(String(200), default="")
    reports_to_id: Mapped[uuid.UUID | None] = reference("person.id", ondelete="SET NULL",
                                                        optional=True)
    dmu_role: Mapped[DmuRole | None] = mapped_column(enum_type(DmuRole))
    dmu_type: Mapped[DmuType | None] = mapped_column(enum_type(DmuType))
    stance: Mapped[Stance | None] = mapped_column(enum_type(Stance))
    influence: Mapped[int | None] = mapped_column(SmallInteger)  # 1..5
    hobbies: Mapped[str] = mapped_column(Text, default="")
    values: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    search_text: Mapped[str] = mapped_column(Text, default=search_text_default("person"))
    # The folded name alone: a match in a name is found and ranked first (store.search).
    name_text: Mapped[str] = mapped_column(Text, default=name_text_default("person"),
                                           server_default="")
    # Privacy: why we may keep this person's data, where it came from, when to look again.
    legal_basis: Mapped[LegalBasis | None] = mapped_column(enum_type(LegalBasis))
    data_source: Mapped[str] = mapped_column(String(300), default="", server_default="")
    collected_on: Mapped[date | None]
    review_on: Mapped[date | None] = mapped_column(index=True)
    # Derived from the contact history and kept by triggers (store/contact_summary.py): the
    # newest live interaction with this person and how many there are. Read them, never set
    # them.
    last_contact_at: Mapped[datetime | None]
    contact_count: Mapped[int] = mapped_column(default=0, server_default="0")

    account: Mapped[Account] = relationship(back_populates="people")
    reports_to: Mapped[Person | None] = relationship(remote_side="Person.id")
    contacts: Mapped[list[ContactPoint]] = relationship(
        back_populates="person", cascade="all, delete-orphan", order_by="ContactPoint.position"
    )
    family: Mapped[list[FamilyMember]] = relationship(
        back_populates="person", cascade="all, delete-orphan", order_by="FamilyMember.name"
    )


class ContactPoint(Record):
    """One e-mail, phone, address or web address of a person."""

    __tablename__ = "contact_point"

    person_id: Mapped[uuid.UUID] = reference("person.id")
    kind: Mapped[str] = mapped_column(String(16))  # email | phone | address | url
    label: Mapped[str] = mapped_column(String(32), default="")  # work, home, mobile...
    value: Mapped[str] = mapped_column(Text)  # as the user typed or the file held it
    # Matching key: lower-cased e-mail, E.164 phone; indexed for duplicate detection.
    normalized: Mapped[str] = mapped_column(String(320), default="", index=True)
    position: Mapped[int] = mapped_column(default=0)

    person: Mapped[Person] = relationship(back_populates="contacts")


class FamilyMember(BirthdayColumns, Trashable):
    __tablename__ = "family_member"
    __table_args__ = (
        Index("ix_family_member_birth_month_birth_day", "birth_month", "birth_day"),
    )

    person_id: Mapped[uuid.UUID] = reference("person.id")
    name: Mapped[str] = mapped_column(String(200))
    relation: Mapped[str] = mapped_column(String(64), default="")  # spouse, son, daughter...
    notes: Mapped[str] = mapped_column(Text, default="")
    search_text: Mapped[str] = mapped_column(Text, default=search_text_default("family_member"))

    person: Mapped[Person] = relationship(back_populates="family")
