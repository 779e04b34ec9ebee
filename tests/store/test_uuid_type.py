"""Ids read back through the UUID column type: right values on both engines, one object per
id on SQLite (the cache that makes the department-scale lists cheaper), and a damaged id in
the file still refused."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import Uuid, select, text

from kamdesk.services.accounts import AccountInput, AccountService
from kamdesk.services.people import PeopleService, PersonInput
from kamdesk.store.base import Base
from kamdesk.store.tables import person_table
from kamdesk.store.uuid_type import CachedUuid


def test_every_uuid_column_reads_through_the_cached_type():
    plain = [f"{table.name}.{column.name}" for table in Base.metadata.tables.values()
             for column in table.columns
             if isinstance(column.type, Uuid) and not isinstance(column.type, CachedUuid)]
    assert plain == []


def test_ids_read_back_equal_the_ids_written(db):
    account = AccountService(db).create_account(AccountInput("Zakłady Wiśniewski"))
    people = PeopleService(db)
    written = {people.create_person(account, PersonInput(full_name=name))
               for name in ("Łucja Nowak", "Trần Thị Mai", "Αλέξης Παπαδόπουλος")}
    listed = people.list_people(account)
    assert {p.id for p in listed} == written
    assert all(type(p.id) is uuid.UUID and p.account_id == account for p in listed)
    # The same ids as the text the engine keeps them as.
    with db.engine.connect() as c:
        stored = c.execute(select(person_table.c.id)).scalars().all()
    assert set(stored) == written


@pytest.mark.sqlite_only("PostgreSQL hands back its own UUID objects")
def test_sqlite_gives_one_object_per_id_read_twice(db):
    account = AccountService(db).create_account(AccountInput("Nguyễn Logistics"))
    PeopleService(db).create_person(account, PersonInput(full_name="Đặng Văn Hùng"))
    first, second = (PeopleService(db).list_people(account)[0] for _ in range(2))
    assert first.id == second.id and first.id is second.id
    assert first.account_id is second.account_id


@pytest.mark.sqlite_only("PostgreSQL's uuid column cannot hold a damaged id")
def test_a_damaged_id_in_the_file_is_still_refused(db):
    account = AccountService(db).create_account(AccountInput("Сибирские Машины"))
    PeopleService(db).create_person(account, PersonInput(full_name="Ольга Смирнова"))
    with db.engine.begin() as c:
        c.execute(text("UPDATE person SET id = 'not-an-id'"))
    with pytest.raises(ValueError, match="hexadecimal UUID"):
        PeopleService(db).list_people(account)
