"""Sending a proposal schedules the follow-up; the agenda gathers what needs attention."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from kamdesk.domain.birthdays import Birthday
from kamdesk.domain.enums import FollowUpStep, ProposalStatus, ServiceCaseKind, Tier
from kamdesk.services.accounts import AccountInput, AccountService, RevenueRow
from kamdesk.services.agenda import AgendaKind, AgendaService
from kamdesk.services.errors import ValidationError
from kamdesk.services.people import FamilyMemberData, PeopleService, PersonInput
from kamdesk.services.portfolio import PortfolioService
from kamdesk.services.proposals import ProposalInput, ProposalService
from kamdesk.services.service_cases import ServiceCaseInput, ServiceCaseService
from kamdesk.services.tasks import TaskService
from kamdesk.services.tenders import TenderInput, TenderService
from kamdesk.services.trash import TrashService

FRIDAY = date(2026, 11, 27)


@pytest.fixture
def account_id(db):
    return AccountService(db).create_account(AccountInput("Sava Power d.o.o.", Tier.KEY))


def test_sending_a_proposal_schedules_the_receipt_call_on_the_next_working_day(db, account_id):
    proposals = ProposalService(db)
    expires = FRIDAY + timedelta(days=30)
    pid = proposals.create_proposal(
        account_id, ProposalInput("Warehouse automation", Decimal("480000"), expires_on=expires)
    )
    proposals.mark_sent(pid, FRIDAY)
    [summary] = proposals.list_proposals(account_id, FRIDAY)
    assert summary.status is ProposalStatus.SENT
    assert summary.current_step is FollowUpStep.CONFIRM_RECEIPT
    assert summary.next_step is FollowUpStep.ASK_NEXT_STEPS
    assert summary.days_to_expiry == 30
    calls = [i for i in AgendaService(db).agenda(FRIDAY, 7) if i.kind is AgendaKind.TASK]
    assert calls[0].on == date(2026, 11, 30)  # Monday, not Saturday
    assert "received" in calls[0].title and calls[0].account_name == "Sava Power d.o.o."


def test_ticking_off_the_receipt_call_moves_the_proposal_to_the_next_step(db, account_id):
    proposals = ProposalService(db)
    pid = proposals.create_proposal(account_id, ProposalInput("Cold-chain audit"))
    proposals.mark_sent(pid, FRIDAY)
    receipt_call = next(i for i in AgendaService(db).agenda(FRIDAY, 7) if i.kind is AgendaKind.TASK)
    TaskService(db).set_done(receipt_call.ref_id)
    assert receipt_call.ref_id not in [i.ref_id for i in AgendaService(db).agenda(FRIDAY, 7)]
    assert (
        proposals.list_proposals(account_id, FRIDAY)[0].current_step is FollowUpStep.ASK_NEXT_STEPS
    )


def test_a_proposal_cannot_be_sent_twice(db, account_id):
    proposals = ProposalService(db)
    pid = proposals.create_proposal(account_id, ProposalInput("Fleet telematics"))
    proposals.mark_sent(pid, FRIDAY)
    with pytest.raises(ValidationError, match="already sent"):
        proposals.mark_sent(pid, FRIDAY)


def test_winning_closes_the_open_follow_up_tasks(db, account_id):
    proposals = ProposalService(db)
    pid = proposals.create_proposal(account_id, ProposalInput("Fleet telematics"))
    proposals.mark_sent(pid, FRIDAY)
    proposals.set_status(pid, ProposalStatus.WON)
    assert [i for i in AgendaService(db).agenda(FRIDAY, 30) if i.kind is AgendaKind.TASK] == []


def test_the_agenda_shows_birthdays_across_the_new_year_including_family(db, account_id):
    PeopleService(db).create_person(account_id, PersonInput(
        "Dragana Petrović", birthday=Birthday(1, 3, 1980),
        family=[FamilyMemberData("Đorđe", "son", Birthday(12, 30))],
    ))
    items = AgendaService(db).agenda(date(2026, 12, 20), 14)
    assert [(i.on, i.title) for i in items] == [
        (date(2026, 12, 30), "Birthday: Đorđe (son of Dragana Petrović)"),
        (date(2027, 1, 3), "Birthday: Dragana Petrović, turns 47"),
    ]


def test_the_agenda_shows_expiring_proposals_and_overdue_tasks(db, account_id):
    proposals = ProposalService(db)
    pid = proposals.create_proposal(account_id, ProposalInput(
        "Spare parts framework", expires_on=FRIDAY + timedelta(days=6)))
    proposals.mark_sent(pid, FRIDAY - timedelta(days=20))
    TaskService(db).add_task("Send the case study", FRIDAY - timedelta(days=2), account_id)
    items = AgendaService(db).agenda(FRIDAY, 14)
    expiry = [i for i in items if i.kind is AgendaKind.PROPOSAL_EXPIRY]
    assert expiry[0].title == "Proposal “Spare parts framework” expires in 6 days"
    overdue = [i.title for i in items if i.overdue]
    assert "Send the case study" in overdue


def test_the_portfolio_warns_on_mono_dependence(db):
    accounts = AccountService(db)
    for name, tier, actual in [("Mindanao Foods Corporation", Tier.KEY, 800),
                               ("Vltava Pharma a.s.", Tier.REGULAR, 150),
                               ("Ruhr Kabelwerk GmbH", Tier.REGULAR, 50)]:
        accounts.create_account(AccountInput(name, tier, revenue=[
            RevenueRow(2026, None, None, Decimal(actual), "EUR")]))
    portfolio = PortfolioService(db).portfolio()
    assert portfolio.year == 2026
    assert portfolio.report.key_share == Decimal("0.8")
    assert [a.name for a in portfolio.report.mono_dependent_on] == ["Mindanao Foods Corporation"]
    assert any("Mono-dependence" in w for w in portfolio.report.warnings)


def test_deleting_a_proposal_takes_its_follow_up_calls_off_the_agenda_until_undone(db, account_id):
    proposals = ProposalService(db)
    pid = proposals.create_proposal(account_id, ProposalInput("Yard cranes retrofit"))
    proposals.mark_sent(pid, FRIDAY)
    batch = proposals.delete_proposal(pid)
    assert [i for i in AgendaService(db).agenda(FRIDAY, 30) if i.kind is AgendaKind.TASK] == []
    TrashService(db).restore(batch)
    tasks = [i for i in AgendaService(db).agenda(FRIDAY, 30) if i.kind is AgendaKind.TASK]
    assert len(tasks) == 4  # the receipt call and the three steps after it


def test_a_leap_day_birthday_is_on_the_agenda_on_28_february_in_a_common_year(db, account_id):
    PeopleService(db).create_person(
        account_id, PersonInput("Arnel Sumalpong", birthday=Birthday(2, 29, 1980))
    )
    [item] = AgendaService(db).agenda(date(2027, 2, 20), 10)
    assert (item.on, item.title) == (date(2027, 2, 28), "Birthday: Arnel Sumalpong, turns 47")
    assert AgendaService(db).agenda(date(2027, 3, 1), 30) == []


def test_each_agenda_item_carries_its_parts_for_the_window_to_word(db, account_id):
    PeopleService(db).create_person(account_id, PersonInput(
        "Dragana Petrović", birthday=Birthday(11, 30, 1974),
        family=[FamilyMemberData("Đorđe", "son", Birthday(12, 1))],
    ))
    proposals = ProposalService(db)
    pid = proposals.create_proposal(account_id, ProposalInput(
        "Spare parts framework", expires_on=FRIDAY + timedelta(days=1)))
    proposals.mark_sent(pid, FRIDAY - timedelta(days=20))
    TenderService(db).create_tender(account_id, TenderInput(
        "Turbine overhaul 2027", FRIDAY + timedelta(days=5), FRIDAY + timedelta(days=2)))
    ServiceCaseService(db).open_case(account_id, ServiceCaseInput(
        ServiceCaseKind.WISH, "Invoices in Serbian", FRIDAY - timedelta(days=19)))
    items = [i for i in AgendaService(db).agenda(FRIDAY, 7) if i.kind is not AgendaKind.TASK]
    parts = [(i.kind, i.subject, i.relation, i.relation_of, i.count, i.case_kind) for i in items]
    assert parts == [
        (AgendaKind.SERVICE_CASE, "Invoices in Serbian", "", "", 19, ServiceCaseKind.WISH),
        (AgendaKind.PROPOSAL_EXPIRY, "Spare parts framework", "", "", 1, None),
        (AgendaKind.TENDER_PREPARATION, "Turbine overhaul 2027", "", "", None, None),
        (AgendaKind.BIRTHDAY, "Dragana Petrović", "", "", 52, None),
        (AgendaKind.BIRTHDAY, "Đorđe", "son", "Dragana Petrović", None, None),
        (AgendaKind.TENDER, "Turbine overhaul 2027", "", "", None, None),
    ]
    assert [i.title for i in items] == [
        "Wish “Invoices in Serbian” open for 19 days",
        "Proposal “Spare parts framework” expires in 1 day",
        "Start preparing for tender “Turbine overhaul 2027”",
        "Birthday: Dragana Petrović, turns 52",
        "Birthday: Đorđe (son of Dragana Petrović)",
        "Tender “Turbine overhaul 2027”",
    ]


def test_a_task_without_an_account_is_on_the_agenda_beside_family_birthdays(sample_db, today):
    """A family member's birthday in the window once hid every task without an account
    (the birthday loop reused the name of the `account_id` filter)."""
    from kamdesk.services.agenda import AgendaKind, AgendaService
    from kamdesk.services.tasks import TaskService

    TaskService(sample_db).add_task("Renew the car insurance", today)
    items = AgendaService(sample_db).agenda(today, 7)
    assert any(i.kind is AgendaKind.BIRTHDAY and i.relation for i in items)  # a family one
    assert [i.account_id for i in items if i.title == "Renew the car insurance"] == [None]
