"""The people of a client's decision-making unit, their contacts and families."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, Index, SmallInteger, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kamdesk.domain.enums import DmuRole, DmuType, Stance
from kamdesk.store.base import Record, Trashable
from kamdesk.store.models._types import enum_type

if TYPE_CHECKING:
    from kamdesk.store.models.accounts import Account


class BirthdayColumns:
    """Birthday as three columns so the year can stay unknown and SQL can filter by month."""

    birth_year: Mapped[int | None] = mapped_column(SmallInteger, default=None)
    birth_month: Mapped[int | None] = mapped_column(SmallInteger, default=None)
    birth_day: Mapped[int | None] = mapped_column(SmallInteger, default=None)


class Person(BirthdayColumns, Trashable):
    """A member of the client's DMU and everything the dossier keeps about them."""

    __tablename__ = "person"

    account_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    full_name: Mapped[str] = mapped_column(String(200))
    given_name: Mapped[str] = mapped_column(String(100), default="")
    family_name: Mapped[str] = mapped_column(String(100), default="")
    position: Mapped[str] = mapped_column(String(200), default="")
    department: Mapped[str] = mapped_column(String(200), default="")
    reports_to_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), default=None, index=True
    )
    dmu_role: Mapped[DmuRole | None] = mapped_column(enum_type(DmuRole), default=None)
    dmu_type: Mapped[DmuType | None] = mapped_column(enum_type(DmuType), default=None)
    stance: Mapped[Stance | None] = mapped_column(enum_type(Stance), default=None)
    influence: Mapped[int | None] = mapped_column(SmallInteger, default=None)  # 1..5
    hobbies: Mapped[str] = mapped_column(Text, default="")
    values: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    search_text: Mapped[str] = mapped_column(Text, default="")

    account: Mapped[Account] = relationship(back_populates="people")
    reports_to: Mapped[Person | None] = relationship(remote_side="Person.id")
    contacts: Mapped[list[ContactPoint]] = relationship(
        back_populates="person", cascade="all, delete-orphan", order_by="ContactPoint.position"
    )
    family: Mapped[list[FamilyMember]] = relationship(
        back_populates="person", cascade="all, delete-orphan", order_by="FamilyMember.name"
    )

    __table_args__ = (Index("ix_person_full_name", "full_name"),)


class ContactPoint(Record):
    """One e-mail, phone, address or web address of a person."""

    __tablename__ = "contact_point"

    person_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16))  # email | phone | address | url
    label: Mapped[str] = mapped_column(String(32), default="")  # work, home, mobile...
    value: Mapped[str] = mapped_column(Text)  # as the user typed or the file held it
    # Matching key: lower-cased e-mail, E.164 phone; indexed for duplicate detection.
    normalized: Mapped[str] = mapped_column(String(320), default="", index=True)
    position: Mapped[int] = mapped_column(default=0)

    person: Mapped[Person] = relationship(back_populates="contacts")


class FamilyMember(BirthdayColumns, Trashable):
    __tablename__ = "family_member"

    person_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    relation: Mapped[str] = mapped_column(String(64), default="")  # spouse, son, daughter...
    notes: Mapped[str] = mapped_column(Text, default="")

    person: Mapped[Person] = relationship(back_populates="family")
