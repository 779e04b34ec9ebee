"""The people of a client's decision-making unit, their contacts and families (columns in
`store.tables.people`)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy.orm import Mapped, relationship

from kamdesk.domain.enums import DmuRole, DmuType, LegalBasis, Stance
from kamdesk.store.base import Record, Trashable
from kamdesk.store.tables import contact_point_table, family_member_table, person_table

if TYPE_CHECKING:
    from kamdesk.store.models.accounts import Account


class BirthdayColumns:
    """Birthday in three parts, so the year can stay unknown and SQL can filter by month."""

    birth_year: Mapped[int | None]
    birth_month: Mapped[int | None]
    birth_day: Mapped[int | None]


class Person(BirthdayColumns, Trashable):
    """A member of the client's DMU and everything the dossier keeps about them."""

    __table__ = person_table

    account_id: Mapped[uuid.UUID]
    full_name: Mapped[str]
    given_name: Mapped[str]
    family_name: Mapped[str]
    position: Mapped[str]
    department: Mapped[str]
    reports_to_id: Mapped[uuid.UUID | None]
    dmu_role: Mapped[DmuRole | None]
    dmu_type: Mapped[DmuType | None]
    stance: Mapped[Stance | None]
    influence: Mapped[int | None]  # 1..5
    hobbies: Mapped[str]
    values: Mapped[str]
    notes: Mapped[str]
    search_text: Mapped[str]
    legal_basis: Mapped[LegalBasis | None]
    data_source: Mapped[str]
    collected_on: Mapped[date | None]
    review_on: Mapped[date | None]
    # Kept by the database from the contact history (store/contact_summary.py): read them,
    # never set them.
    last_contact_at: Mapped[datetime | None]
    contact_count: Mapped[int]

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

    __table__ = contact_point_table

    person_id: Mapped[uuid.UUID]
    kind: Mapped[str]  # email | phone | address | url
    label: Mapped[str]
    value: Mapped[str]
    normalized: Mapped[str]  # lower-cased e-mail, E.164 phone: the duplicate-matching key
    position: Mapped[int]

    person: Mapped[Person] = relationship(back_populates="contacts")


class FamilyMember(BirthdayColumns, Trashable):
    __table__ = family_member_table

    person_id: Mapped[uuid.UUID]
    name: Mapped[str]
    relation: Mapped[str]
    notes: Mapped[str]
    search_text: Mapped[str]

    person: Mapped[Person] = relationship(back_populates="family")
