"""The same store and services on a real PostgreSQL server (started by .ci/run)."""

from __future__ import annotations

import os
from decimal import Decimal

import pytest
from sqlalchemy import text

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
        revenue=[RevenueRow(2026, 1, Decimal("1000.50"), Decimal("900.25"), "EUR")]))
    people = PeopleService(pg_db)
    pid = people.create_person(account_id, PersonInput(
        "Trần Thị Hồng Nhung", position="Giám đốc tài chính", birthday=Birthday(2, 29),
        family=[FamilyMemberData("Đặng Minh Khôi", "son", Birthday(7, 1, 2012))]))
    assert people.get_person(pid).family[0].name == "Đặng Minh Khôi"
    assert accounts.list_accounts()[0].share == Decimal(1)
    with pg_db.session() as s:
        hits = search(s, "tran thi hong")
    assert [h.name for h in hits] == ["Trần Thị Hồng Nhung"]
    with pg_db.session() as s:
        [son] = search(s, "dang minh")  # a family member, through the same folded LIKE
    assert (son.kind, son.field, son.person_id) == ("family_member", "family", pid)
    assert son.snippet[son.mark_start:son.mark_end] == "Đặng Minh"
    batch = TrashService(pg_db).delete(Account, account_id)
    assert accounts.list_accounts() == []
    TrashService(pg_db).restore(batch)
    assert [a.name for a in accounts.list_accounts()] == ["Công ty Cổ phần Sông Hồng Logistics"]


def test_the_daily_loop_works_the_same_on_postgresql(pg_db):
    """Meeting zones, outcomes, next steps, the agenda, the profile and the brief's notes."""
    from datetime import UTC, date, datetime, timedelta

    from kamdesk.domain.enums import InteractionKind
    from kamdesk.services.agenda import AgendaKind, AgendaService
    from kamdesk.services.brief_sources.reading import BriefSourceService
    from kamdesk.services.interactions import InteractionInput, InteractionService
    from kamdesk.services.meetings import MeetingInput, MeetingService, OutcomeInput
    from kamdesk.services.person_profile import PersonProfileService
    from kamdesk.services.tasks import TaskService

    today = date.today()
    account = AccountService(pg_db).create_account(AccountInput(
        "Mindanao Foods Corporation", city="Davao City", country="PH"))
    person = PeopleService(pg_db).create_person(account, PersonInput("Ma. Teresa Dizon"))
    meetings = MeetingService(pg_db)
    soon = datetime.combine(today + timedelta(days=3), datetime.min.time()).replace(hour=9)
    planned = meetings.plan_meeting(account, MeetingInput(soon, "Plant 2", "Freezer aisles",
                                                          attendee_ids=[person]))
    past = meetings.plan_meeting(account, MeetingInput(soon - timedelta(days=10), "Plant 2",
                                                       "Review", attendee_ids=[person]))
    [item] = [i for i in AgendaService(pg_db).agenda(today, 7) if i.kind is AgendaKind.MEETING
              and not i.overdue]
    assert item.ref_id == planned and item.time_text(UTC) == "09:00 Asia/Manila"
    outcome = meetings.record_outcome(past, OutcomeInput(
        "Fault log reviewed", details="Heaters before Christmas", next_step="Send the quote",
        next_due=today + timedelta(days=2)))
    InteractionService(pg_db).log_interaction(account, InteractionInput(
        InteractionKind.CALL, datetime.now(UTC) - timedelta(days=1), "Asked about the quote",
        person_ids=[person], next_step="Call back", next_due=today + timedelta(days=5)))
    assert len(TaskService(pg_db).list_tasks(account, open_only=True)) == 2
    profile = PersonProfileService(pg_db).profile(person)
    assert [c.summary for c in profile.contacts] == ["Asked about the quote", "Fault log reviewed"]
    source = BriefSourceService(pg_db).brief_source(account, planned)
    assert source.last_outcome.summary == "Fault log reviewed"
    assert source.people[0].last_said == "Asked about the quote"
    assert outcome.task_id is not None


def test_erasing_a_person_and_the_audit_log_work_on_postgresql(pg_db):
    from kamdesk.services.audit import EXPORT, AuditService
    from kamdesk.services.interactions import InteractionService
    from kamdesk.services.privacy.erasure import ErasureService
    from kamdesk.services.privacy.person_export import person_export
    from kamdesk.store.erasure import ERASED_MARK
    from tests.services.privacy.canary import FULL_NAME, add_canary

    account, canary, _ = add_canary(pg_db)
    assert person_export(pg_db, canary)["person"]["full_name"] == FULL_NAME
    AuditService(pg_db).record(EXPORT, f"csv of {FULL_NAME}", "Thessaloniki Ports S.A.", "x.csv")
    ErasureService(pg_db).erase(canary, by="kam")
    shared = InteractionService(pg_db).list_interactions(account)
    assert [i.details for i in shared] == [f"{ERASED_MARK} and Eleni agreed on the fee table"]
    assert [e.what for e in AuditService(pg_db).entries()] == [f"csv of {ERASED_MARK}"]
    with pg_db.session() as s:
        assert search(s, "qzvwoxa") == [] and search(s, "eleni")


def test_two_imports_at_once_on_postgresql_create_each_person_once(pg_db, tmp_path):
    import subprocess
    import sys

    cards = []
    for i in range(400):
        cards += ["BEGIN:VCARD", "VERSION:3.0", f"FN:Ngô Bảo Châu {i}", f"ORG:Firma {i % 6}",
                  f"EMAIL:ngo{i}@firma.example", "END:VCARD"]
    path = tmp_path / "cards.vcf"
    path.write_text("\r\n".join(cards) + "\r\n", encoding="utf-8")
    both = [
        subprocess.Popen(
            [sys.executable, "-m", "kamdesk", "--db-url", pg_db.url, "import", "vcard", str(path)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=dict(os.environ),
        )
        for _ in range(2)
    ]
    results = [(p.wait(timeout=120), *p.communicate()) for p in both]
    assert [code for code, _, _ in results] == [0, 0], results
    with pg_db.engine.connect() as c:
        assert c.execute(text("SELECT count(*) FROM person")).scalar() == 400
        assert c.execute(text("SELECT count(*) FROM account")).scalar() == 6
