"""Writing a planned import: new people in bulk, merged people through the ORM."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any

from sqlalchemy.orm import Session

from kamdesk.domain.enums import Tier
from kamdesk.domain.folding import fold
from kamdesk.services.contact_import.merging import cached_key
from kamdesk.services.people import ContactData, FamilyMemberData
from kamdesk.services.person_cards import PersonCard
from kamdesk.store.base import utc_now
from kamdesk.store.bulk_insert import insert_rows
from kamdesk.store.models import Account, ContactPoint, FamilyMember, Person
from kamdesk.store.search_fields import person_search_text, search_text_of
from kamdesk.store.tables import contact_point_table, family_member_table, person_table

Fields = dict[str, Any]  # a row's column values by name, as inserted or set


@dataclass
class TargetAccount:
    name: str
    id: uuid.UUID | None  # None: a prospect this import creates
    country: str = ""
    key: str = ""  # for indexes: the id, or the folded name of a new prospect

    def __post_init__(self) -> None:
        self.key = str(self.id) if self.id else "new:" + fold(self.name)


@dataclass(eq=False)
class Target:
    """One person the import writes: a new one, or someone known who gains details."""

    card: PersonCard
    account: TargetAccount
    person: Person | None = None  # the known person, when merging
    changed: bool = False
    keys: set[tuple[str, str]] | None = None  # contact keys, once a merge needs them


def write_plan(s: Session, new_accounts: list[TargetAccount], targets: list[Target]) -> None:
    """Create the new prospects and people and update merged ones, in the caller's session."""
    for account in new_accounts:
        prospect = Account(name=account.name, tier=Tier.PROSPECT)
        s.add(prospect)
        s.flush()
        account.id = prospect.id
    people: list[Fields] = []
    contacts: list[Fields] = []
    family: list[Fields] = []
    for target in targets:
        if target.person is not None:
            _update(target.person, target.card, target.account.country)
            continue
        person_id, now = uuid.uuid4(), utc_now()
        row = _person_fields(target.card) | {"id": person_id, "account_id": target.account.id,
                                              "created_at": now, "updated_at": now}
        row["search_text"] = person_search_text(SimpleNamespace(**row))
        people.append(row)
        region = target.account.country
        contacts += [_contact_fields(c, i, region) | {"person_id": person_id, "id": uuid.uuid4(),
                                                      "created_at": now, "updated_at": now}
                     for i, c in enumerate(target.card.contacts)]
        family += [_family_fields(m) | {"person_id": person_id, "id": uuid.uuid4(),
                                        "created_at": now, "updated_at": now}
                   for m in target.card.family]
    for member in family:
        member["search_text"] = search_text_of("family_member", SimpleNamespace(**member))
    s.flush()
    # Plain Core inserts, one statement a table (see store.bulk_insert): the ORM's bulk
    # path costs as much again for 10,000 people.
    connection = s.connection()
    for table, rows in ((person_table, people), (contact_point_table, contacts),
                        (family_member_table, family)):
        insert_rows(connection, table, rows)


def _person_fields(card: PersonCard) -> Fields:
    b = card.birthday
    return {
        "full_name": card.full_name.strip(), "given_name": card.given_name.strip(),
        "family_name": card.family_name.strip(), "position": card.position.strip(),
        "department": card.department.strip(), "hobbies": card.hobbies, "values": card.values,
        "notes": card.notes, "dmu_role": card.dmu_role, "dmu_type": card.dmu_type,
        "stance": card.stance, "influence": card.influence, "reports_to_id": None,
        "birth_year": b.year if b else None, "birth_month": b.month if b else None,
        "birth_day": b.day if b else None, "deleted_at": None, "deleted_batch": None,
    }


def _contact_fields(contact: ContactData, position: int, region: str) -> Fields:
    key = cached_key(contact.kind, contact.value, region)
    return {"kind": contact.kind, "value": contact.value.strip(), "label": contact.label,
            "position": position, "normalized": key}


def _family_fields(member: FamilyMemberData) -> Fields:
    b = member.birthday
    return {"name": member.name.strip(), "relation": member.relation, "notes": member.notes,
            "birth_year": b.year if b else None, "birth_month": b.month if b else None,
            "birth_day": b.day if b else None, "deleted_at": None,
            "deleted_batch": None}


def _update(person: Person, card: PersonCard, region: str) -> None:
    """Bring a known person up to the merged card: fields filled, contacts and family added."""
    for name, value in _person_fields(card).items():
        if name not in ("reports_to_id", "deleted_at", "deleted_batch"):
            setattr(person, name, value)
    known = len(person.contacts)
    for i, contact in enumerate(card.contacts[known:], start=known):
        person.contacts.append(ContactPoint(**_contact_fields(contact, i, region)))
    names = {fold(f.name) for f in person.family if f.deleted_at is None}
    for member in card.family:
        if fold(member.name) not in names:
            person.family.append(FamilyMember(**_family_fields(member)))
