from __future__ import annotations

import unicodedata
from collections import Counter
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from kamdesk.domain.birthdays import Birthday, upcoming_birthdays
from kamdesk.domain.concentration import concentration
from kamdesk.domain.contact_keys import contact_key
from kamdesk.domain.dmu import uncovered_roles
from kamdesk.domain.enums import (
    CrossSellStatus,
    DmuRole,
    DmuType,
    FollowUpStep,
    InteractionKind,
    LetterStatus,
    ProposalStatus,
    ReferralOutcome,
    ServiceCaseKind,
    Stance,
    Tier,
)
from kamdesk.domain.follow_up import follow_up_plan
from kamdesk.domain.tenders import preparation_start
from kamdesk.services.errors import ServiceError
from kamdesk.services.sample.loading import SampleSummary, load_sample_portfolio
from kamdesk.store.base import utc_now
from kamdesk.store.database import open_database
from kamdesk.store.models import (
    Account,
    ContactPoint,
    CrossSellOpportunity,
    FamilyMember,
    Interaction,
    Meeting,
    Person,
    Proposal,
    RecommendationLetter,
    Referral,
    RevenueFigure,
    ServiceCase,
    Task,
    Tender,
)

YEAR_END = date(2026, 12, 28)  # upcoming birthdays and due dates cross New Year


def _load(tmp_path, today: date, name: str = "k.sqlite3"):
    db = open_database(f"sqlite:///{tmp_path / name}")
    summary = load_sample_portfolio(db, today)
    return db, summary


@pytest.fixture(scope="module")
def sample(tmp_path_factory, today):
    db, summary = _load(tmp_path_factory.mktemp("sample"), today)
    yield db, summary
    db.close()


@pytest.fixture
def s(sample):
    db, _ = sample
    with db.sessions() as session:
        yield session


def _birthday(row) -> Birthday | None:
    if row.birth_month is None:
        return None
    return Birthday(row.birth_month, row.birth_day, row.birth_year)


def test_the_summary_counts_what_was_loaded(sample, s):
    _, summary = sample
    assert summary == SampleSummary(
        accounts=s.scalar(select(func.count()).select_from(Account)),
        people=s.scalar(select(func.count()).select_from(Person)),
        interactions=s.scalar(select(func.count()).select_from(Interaction)),
        proposals=s.scalar(select(func.count()).select_from(Proposal)),
    )
    assert summary.accounts >= 11


def test_every_tier_is_present_with_a_dossier_of_the_right_size(s):
    accounts = s.scalars(select(Account)).all()
    tiers = Counter(a.tier for a in accounts)
    assert 4 <= tiers[Tier.KEY] <= 5
    assert tiers[Tier.IMAGE] == 2 and tiers[Tier.REGULAR] == 3 and tiers[Tier.PROSPECT] == 2
    assert len({a.country for a in accounts}) >= 8
    for account in accounts:
        low, high = (3, 5) if account.tier == Tier.PROSPECT else (6, 12)
        assert low <= len(account.people) <= high, account.name
        assert account.industry and account.city and account.lead_source is not None
        assert len(account.country) == 2


def test_names_come_in_many_scripts_and_are_nfc(s):
    names = [p.full_name for p in s.scalars(select(Person))]
    names += [f.name for f in s.scalars(select(FamilyMember))]
    names += [a.name for a in s.scalars(select(Account))]
    text = " ".join(names)
    assert unicodedata.is_normalized("NFC", text)
    assert any("\u0400" <= c <= "\u04ff" for c in text)  # Cyrillic
    assert any("\u0370" <= c <= "\u03ff" for c in text)  # Greek
    assert any(c in "ơưạảấầậắặẹếềệịọốồộớờợụủứừữựỹđ" for c in text)  # Vietnamese
    assert "ł" in text and "ß" in text and "ř" in text
    assert "Trần Thị Hồng Nhung" in names


def test_people_fill_the_dossier_with_every_role_type_and_stance(s):
    people = s.scalars(select(Person)).all()
    assert {p.dmu_role for p in people} == set(DmuRole)
    assert {p.dmu_type for p in people} == set(DmuType)
    assert {p.stance for p in people} == set(Stance)
    assert all(1 <= p.influence <= 5 for p in people)
    assert all(p.given_name and p.family_name and p.position for p in people)
    assert any(p.hobbies and p.values and p.notes for p in people)
    uncovered = [uncovered_roles(p.dmu_role for p in a.people) for a in s.scalars(select(Account))]
    assert any(uncovered) and not all(uncovered)


def test_each_account_has_one_head_and_a_hierarchy_within_it(s):
    for account in s.scalars(select(Account)):
        heads = [p for p in account.people if p.reports_to is None]
        assert len(heads) == 1, account.name
        for person in account.people:
            seen = set()
            while person.reports_to is not None:
                assert person.reports_to.account_id == account.id
                assert person.id not in seen
                seen.add(person.id)
                person = person.reports_to
            assert person is heads[0]
        if account.tier != Tier.PROSPECT:  # a middle layer: directors with their own people
            assert any(p.reports_to not in (None, heads[0]) for p in account.people)


def test_contacts_carry_their_matching_keys(s):
    contacts = s.scalars(select(ContactPoint)).all()
    assert {c.kind for c in contacts} == {"email", "phone"}
    for contact in contacts:
        country = contact.person.account.country
        assert contact.normalized == contact_key(contact.kind, contact.value, country)
        if contact.kind == "phone":
            assert contact.normalized.startswith("+")
        else:
            assert contact.value.isascii() and "@" in contact.value


def test_birthdays_are_upcoming_relative_to_the_load_day(s, today):
    people = s.scalars(select(Person)).all()
    soon = upcoming_birthdays([(p, p.full_name, _birthday(p)) for p in people], today, 14)
    assert len(soon) >= 3
    assert any(u.days_away <= 7 and u.key.account.tier == Tier.KEY for u in soon)
    assert any((p.birth_month, p.birth_day) == (2, 29) for p in people)
    assert any(p.birth_month and p.birth_year is None for p in people)
    family = s.scalars(select(FamilyMember)).all()
    assert upcoming_birthdays([(f, f.name, _birthday(f)) for f in family], today, 14)
    assert {"spouse", "son", "daughter"} <= {f.relation for f in family}


def test_one_account_is_close_to_but_under_mono_dependence(s, today):
    def report(year):
        rows = []
        for a in s.scalars(select(Account)):
            actual = sum((r.actual for r in a.revenue if r.year == year), Decimal(0))
            rows.append((a.id, a.name, a.tier, actual))
        return concentration(rows)

    this_year = report(today.year)
    top = this_year.shares[0]
    assert top.name == "Baltic Freight Sp. z o.o."
    assert Decimal("0.65") <= top.share <= Decimal("0.75")
    assert this_year.mono_dependent_on == []
    assert report(today.year - 1).key_band == "within"
    every_quarter = {(year, q) for year in (2025, 2026) for q in range(1, 5)}
    for account in s.scalars(select(Account)):
        quarters = {(r.year, r.quarter) for r in account.revenue}
        assert quarters == (set() if account.tier == Tier.PROSPECT else every_quarter)
        assert all(r.currency == "EUR" for r in account.revenue)


def test_interactions_cover_a_year_and_prospects_log_attempts_and_objections(s, today):
    for account in s.scalars(select(Account)):
        rows = s.scalars(select(Interaction).where(Interaction.account_id == account.id)).all()
        kinds = {i.kind for i in rows}
        assert all(i.people for i in rows)
        if account.tier in (Tier.KEY, Tier.IMAGE):
            assert 10 <= len(rows) <= 30, account.name
            assert min(i.occurred_at.date() for i in rows) < today - timedelta(days=270)
        if account.tier == Tier.PROSPECT:
            assert {InteractionKind.ATTEMPT, InteractionKind.OBJECTION} <= kinds
    assert max(i.occurred_at.date() for i in s.scalars(select(Interaction))) <= today


def test_meetings_are_planned_in_the_next_two_weeks(s, today):
    meetings = s.scalars(select(Meeting)).all()
    ahead = [m for m in meetings if m.starts_at.date() > today]
    assert len(ahead) >= 3 and len(ahead) < len(meetings)
    assert all(m.starts_at.date() <= today + timedelta(days=14) for m in ahead)
    assert all(m.attendees and m.objective and m.place for m in meetings)
    baltic = s.scalars(select(Account).where(Account.name.like("Baltic%"))).one()
    assert any(
        m.account_id == baltic.id and m.starts_at.date() <= today + timedelta(days=7) for m in ahead
    )


def _steps_done(proposal: Proposal) -> int:
    return sum(t.done_at is not None for t in proposal.tasks)


def test_proposals_sit_at_every_follow_up_stage(s, today):
    proposals = s.scalars(select(Proposal)).all()
    assert {p.status for p in proposals} >= {
        ProposalStatus.DRAFT, ProposalStatus.SENT, ProposalStatus.WON, ProposalStatus.LOST,
    }
    assert all(p.team and p.value > 0 and p.currency == "EUR" for p in proposals)
    sent = {(today - p.sent_on).days: p for p in proposals if p.status == ProposalStatus.SENT}
    just_sent = sent[0]
    plan = follow_up_plan(just_sent.sent_on)
    tasks = sorted(just_sent.tasks, key=lambda t: list(FollowUpStep).index(t.follow_up_step))
    assert [(t.follow_up_step, t.due_on, t.title) for t in tasks] == [
        (p.step, p.due, f"{p.title}: {just_sent.title}") for p in plan
    ]
    # Sending is step one, so it is done; the receipt call and the rest are open.
    assert [t.done_at is not None for t in tasks] == [True, False, False, False, False]
    assert all(t.account_id == just_sent.account_id for t in tasks)
    assert _steps_done(sent[7]) == 2 and _steps_done(sent[21]) == 4
    assert any(today <= p.expires_on <= today + timedelta(days=7) for p in sent.values())
    assert all(not p.tasks for p in proposals if p.status == ProposalStatus.DRAFT)


def test_tenders_are_in_preparation_and_about_to_start(s, today):
    tenders = s.scalars(select(Tender)).all()
    assert all(t.preparation_start == preparation_start(t.tender_date) for t in tenders)
    preparing = [t for t in tenders if t.preparation_start <= today < t.tender_date]
    assert any(120 <= (t.tender_date - today).days <= 180 for t in preparing)
    checklist = preparing[0].checklist
    assert any(i.done for i in checklist) and not all(i.done for i in checklist)
    assert any(i.text.startswith("Contact established with") and i.person_id for i in checklist)
    assert any(0 < (t.preparation_start - today).days <= 30 for t in tenders)


def test_after_sale_records_cover_every_kind_and_outcome(s, today):
    cases = s.scalars(select(ServiceCase)).all()
    assert {c.kind for c in cases} == set(ServiceCaseKind)
    assert any(
        c.kind == ServiceCaseKind.COMPLAINT and c.resolved_on is None
        and (today - c.opened_on).days == 19
        for c in cases
    )
    assert any(c.resolved_on and c.resolved_on >= c.opened_on and c.resolution for c in cases)
    grid = s.scalars(select(CrossSellOpportunity)).all()
    assert {c.status for c in grid} == set(CrossSellStatus)
    letters = s.scalars(select(RecommendationLetter)).all()
    assert {LetterStatus.ASKED, LetterStatus.RECEIVED} <= {x.status for x in letters}
    assert any(x.may_publish for x in letters)
    referrals = s.scalars(select(Referral)).all()
    assert {r.outcome for r in referrals} == set(ReferralOutcome)
    prospect = next(r for r in referrals if r.referred_account_id)
    assert s.get(Account, prospect.referred_account_id).tier == Tier.PROSPECT


def test_plain_tasks_are_overdue_due_soon_and_tied_to_people(s, today):
    plain = s.scalars(
        select(Task).where(Task.proposal_id.is_(None), Task.tender_id.is_(None))
    ).all()
    open_tasks = [t for t in plain if t.done_at is None]
    assert any(t.due_on < today for t in open_tasks)
    assert any(today <= t.due_on <= today + timedelta(days=7) for t in open_tasks)
    assert any(t.person_id for t in open_tasks)


def test_loading_near_new_year_works(tmp_path):
    db, summary = _load(tmp_path, YEAR_END)
    try:
        with db.sessions() as s:
            people = s.scalars(select(Person)).all()
            soon = upcoming_birthdays(
                [(p, p.full_name, _birthday(p)) for p in people], YEAR_END, 14
            )
            assert any(u.on.year == YEAR_END.year + 1 for u in soon)
            assert summary.people == len(people)
    finally:
        db.close()


def _snapshot(session):
    return (
        sorted((i.occurred_at, i.summary) for i in session.scalars(select(Interaction))),
        sorted((c.value, c.normalized) for c in session.scalars(select(ContactPoint))),
        sorted((r.year, r.quarter, r.actual) for r in session.scalars(select(RevenueFigure))),
    )


def test_the_same_day_gives_the_same_portfolio(tmp_path, s, today):
    db, _ = _load(tmp_path, today, "again.sqlite3")
    try:
        with db.sessions() as other:
            assert _snapshot(other) == _snapshot(s)
    finally:
        db.close()


def test_a_database_with_accounts_is_refused_untouched(sample, s, today):
    db, summary = sample
    with pytest.raises(ServiceError, match="already holds accounts"):
        load_sample_portfolio(db, today)
    s.expire_all()
    assert s.scalar(select(func.count()).select_from(Person)) == summary.people
    assert s.scalar(select(func.count()).select_from(Account)) == summary.accounts


def test_an_account_in_the_trash_still_counts(tmp_path, today):
    db = open_database(f"sqlite:///{tmp_path / 'trash.sqlite3'}")
    try:
        with db.session() as s:
            s.add(Account(name="Deleted Client", deleted_at=utc_now()))
        with pytest.raises(ServiceError):
            load_sample_portfolio(db, today)
        with db.sessions() as s:
            assert s.scalar(select(func.count()).select_from(Person)) == 0
    finally:
        db.close()
