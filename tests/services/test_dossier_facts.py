"""The completeness facts read with one Core select are those `person_facts` gives for the
ORM's people with their contacts and families (the overview and the department score them)."""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import selectinload

from kamdesk.domain.birthdays import Birthday
from kamdesk.domain.completeness import person_facts
from kamdesk.domain.enums import DmuRole
from kamdesk.services.accounts import AccountInput, AccountService
from kamdesk.services.dossier_facts import people_facts
from kamdesk.services.people import ContactData, FamilyMemberData, PeopleService, PersonInput
from kamdesk.services.trash import TrashService
from kamdesk.store.models import FamilyMember, Person
from kamdesk.store.tables import family_member_table


def _orm_facts(db, account_ids=None):
    found: dict = {}
    with db.session() as s:
        query = (select(Person).options(selectinload(Person.contacts),
                                        selectinload(Person.family))
                 .where(Person.deleted_at.is_(None)))
        if account_ids is not None:
            query = query.where(Person.account_id.in_(account_ids))
        for p in s.scalars(query):
            found.setdefault(p.account_id, []).append(person_facts(p, p.last_contact_at))
    return {a: sorted(f, key=repr) for a, f in found.items()}


def _sorted(found):
    return {a: sorted(f, key=repr) for a, f in found.items()}


def test_the_facts_are_the_orms_for_every_account_and_for_one(sample_db):
    account = AccountService(sample_db).create_account(AccountInput("Facts a.s."))
    people = PeopleService(sample_db)
    people.create_person(account, PersonInput("Bare"))
    full = people.create_person(account, PersonInput(
        "Full Person", position="Buyer", dmu_role=DmuRole.ECONOMIC_BUYER, influence=4,
        birthday=Birthday(2, 29), hobbies="sailing", values="trust",
        contacts=[ContactData("email", "full@example.com")],
        family=[FamilyMemberData("Kept", "daughter"), FamilyMemberData("Gone", "son")]))
    with sample_db.session() as s:  # one of the family in the trash: not counted
        s.execute(update(family_member_table).where(family_member_table.c.name == "Gone")
                  .values(deleted_at=family_member_table.c.created_at))
    trashed = people.create_person(account, PersonInput("Trashed"))
    TrashService(sample_db).delete(Person, trashed)
    with sample_db.session() as s:
        everyone = _sorted(people_facts(s))
        one = _sorted(people_facts(s, [account]))
    assert everyone == _orm_facts(sample_db)
    assert one == _orm_facts(sample_db, [account])
    [mine] = [f for f in one[account] if f.name == "Full Person"]
    assert mine.has_contact and mine.family_count == 1 and mine.birthday == Birthday(2, 29)
    assert "Trashed" not in [f.name for f in one[account]]
    assert len(everyone) > 1
    with sample_db.session() as s:  # the relative in the trash is kept, just not counted
        assert len(s.scalars(select(FamilyMember).where(FamilyMember.person_id == full)).all()) == 2
