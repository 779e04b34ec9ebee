"""The same store and services on a real PostgreSQL server (started by .ci/run)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kamdesk.domain.birthdays import Birthday
from kamdesk.domain.enums import Tier
from kamdesk.services.accounts import AccountInput, AccountService, RevenueRow
from kamdesk.services.people import FamilyMemberData, PeopleService, PersonInput
from kamdesk.services.trash import TrashService
from kamdesk.store.migration import current_revision, head_revision
from kamdesk.store.models import Account
from kamdesk.store.search import search

pytestmark = pytest.mark.postgres


def test_the_schema_migrates_to_head_on_postgresql(pg_db):
    assert pg_db.engine.dialect.name == "postgresql"
    assert current_revision(pg_db.engine) == head_revision()


def test_services_work_the_same_on_postgresql(pg_db):
    accounts = AccountService(pg_db)
    account_id = accounts.create_account(AccountInput(
        "Công ty Cổ phần Sông Hồng Logistics", Tier.KEY, city="Hà Nội",
        revenue=[RevenueRow(2026, 1, Decimal("1000.50"), Decimal("900.25"), "EUR")]))  # fmt: skip
    people = PeopleService(pg_db)
    pid = people.create_person(account_id, PersonInput(
        "Trần Thị Hồng Nhung", position="Giám đốc tài chính", birthday=Birthday(2, 29),
        family=[FamilyMemberData("Đặng Minh Khôi", "son", Birthday(7, 1, 2012))]))  # fmt: skip
    assert people.get_person(pid).family[0].name == "Đặng Minh Khôi"
    assert accounts.list_accounts()[0].share == Decimal(1)
    with pg_db.session() as s:
        hits = search(s, "tran thi hong")
    assert [h.name for h in hits] == ["Trần Thị Hồng Nhung"]
    batch = TrashService(pg_db).delete(Account, account_id)
    assert accounts.list_accounts() == []
    TrashService(pg_db).restore(batch)
    assert [a.name for a in accounts.list_accounts()] == ["Công ty Cổ phần Sông Hồng Logistics"]
