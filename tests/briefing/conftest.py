"""Accounts to brief: a small hand-made one with names in four scripts, and a huge one."""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from tests.days import TODAY

MEETING_DAY = TODAY + timedelta(days=5)  # Wed 2 Dec 2026

# The people of the hand-made account: (name, position, role, type, stance, influence).
CFO = "Zdzisława Ćwiklińska-Żółkiewska"
CTO = "Всеволод Ярославович Щербаков"
CEO = "Ευαγγελία Παπαδημητρίου"
HR_DIRECTOR = "Nguyễn Thị Phượng"
GATEKEEPER = "Øystein Bjørnstad"

PERSONAL = {  # the personal notes of the CFO: none of them may reach a shareable brief
    "hobbies": "sailing on the Vistula Lagoon",
    "values": "punctuality above all",
    "notes": "Prefers calls before nine",
    "family": "Jadwiga",
}


@dataclass(frozen=True)
class MeetingAccount:
    account_id: uuid.UUID
    meeting_id: uuid.UUID
    people: dict[str, uuid.UUID]
    proposal_title: str


def pdf_text(path: Path | str, password: str | None = None) -> str:
    """All text of a PDF with whitespace runs (line breaks too) folded to one space."""
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    if password is not None:
        reader.decrypt(password)
    return " ".join(" ".join(page.extract_text() or "" for page in reader.pages).split())


def page_count(path: Path | str) -> int:
    from pypdf import PdfReader

    return len(PdfReader(str(path)).pages)


@pytest.fixture
def meeting_account(db, today) -> MeetingAccount:
    """An account in Gdańsk with five people, a meeting on MEETING_DAY with four of them,
    the CFO's birthday three days after it, and a proposal sent two days ago."""
    from kamdesk.domain.birthdays import Birthday
    from kamdesk.domain.enums import DmuRole, DmuType, InteractionKind, Stance, Tier
    from kamdesk.services.accounts import AccountInput, AccountService, RevenueRow
    from kamdesk.services.interactions import InteractionInput, InteractionService
    from kamdesk.services.meetings import MeetingInput, MeetingService
    from kamdesk.services.people import FamilyMemberData, PeopleService, PersonInput
    from kamdesk.services.proposals import ProposalInput, ProposalService

    account_id = AccountService(db).create_account(AccountInput(
        "Pomorskie Chłodnie S.A.", Tier.KEY, industry="Cold storage", city="Gdańsk",
        country="PL",
        revenue=[RevenueRow(2026, None, Decimal(900_000), Decimal(810_000), "EUR")],
    ))
    birthday = MEETING_DAY + timedelta(days=3)
    specs = [
        (CFO, "Chief Financial Officer", DmuRole.ECONOMIC_BUYER, DmuType.FINANCIER,
         Stance.SUPPORTER, 5, dict(
             birthday=Birthday(birthday.month, birthday.day, 1975), hobbies=PERSONAL["hobbies"],
             values=PERSONAL["values"], notes=PERSONAL["notes"],
             family=[FamilyMemberData(PERSONAL["family"], "daughter")])),
        (CTO, "Head of IT", DmuRole.TECHNICAL_EVALUATOR, DmuType.TECHNICAL, Stance.NEUTRAL, 3, {}),
        (CEO, "Chief Executive Officer", DmuRole.DECISION_MAKER, DmuType.TOP_MANAGER,
         Stance.SCEPTIC, 4, {}),
        (HR_DIRECTOR, "HR Director", DmuRole.HR, DmuType.HR, Stance.FAVOURABLE, 2, {}),
        (GATEKEEPER, "Office Manager", DmuRole.GATEKEEPER, None, Stance.NEUTRAL, 1, {}),
    ]
    people = PeopleService(db)
    ids: dict[str, uuid.UUID] = {}
    for name, position, role, kind, stance, influence, extra in specs:
        ids[name] = people.create_person(account_id, PersonInput(
            name, position=position, dmu_role=role, dmu_type=kind, stance=stance,
            influence=influence, reports_to_id=ids.get(CEO), **extra,
        ))
    InteractionService(db).log_interaction(account_id, InteractionInput(
        InteractionKind.CALL, datetime(2026, 11, 20, 9, 30, tzinfo=UTC),
        "Call about the cold-store extension", person_ids=[ids[CFO], ids[CTO]],
    ))
    meeting_id = MeetingService(db).plan_meeting(account_id, MeetingInput(
        datetime.combine(MEETING_DAY, time(10, 0)), place="Client HQ, Gdańsk",  # Gdańsk time
        objective="Extension of the cold store and the 2027 volumes",
        attendee_ids=[ids[CFO], ids[CTO], ids[CEO], ids[HR_DIRECTOR]],
    ))
    proposals = ProposalService(db)
    title = "Cold-store racking, phase 2"
    proposal_id = proposals.create_proposal(account_id, ProposalInput(
        title, Decimal(420_000), expires_on=today + timedelta(days=20)))
    proposals.mark_sent(proposal_id, today - timedelta(days=2))
    return MeetingAccount(account_id, meeting_id, ids, title)


@pytest.fixture
def huge_account(db) -> uuid.UUID:
    """200 people and 5,000 interactions, written in one session with plain ORM bulk adds."""
    from kamdesk.domain.enums import DmuRole, InteractionKind, Stance, Tier
    from kamdesk.store.models import Account, Interaction, Person, interaction_person

    rng = random.Random(7)
    account = Account(id=uuid.uuid4(), name="Megakonzern Logistik AG", tier=Tier.KEY,
                      city="Hamburg", country="DE")
    people: list[Person] = []
    for i in range(200):
        boss = people[rng.randrange(len(people))].id if people and i % 7 else None
        people.append(Person(
            id=uuid.uuid4(), account_id=account.id, full_name=f"Person Nummer {i:03d}",
            position=f"Manager {i}", reports_to_id=boss, influence=rng.randint(1, 5),
            dmu_role=rng.choice(list(DmuRole)), stance=rng.choice(list(Stance)),
            hobbies="chess", birth_month=rng.randint(1, 12), birth_day=rng.randint(1, 28),
        ))
    start = datetime(2020, 1, 1, tzinfo=UTC)
    interactions = [
        Interaction(id=uuid.uuid4(), account_id=account.id, kind=InteractionKind.CALL,
                    occurred_at=start + timedelta(hours=7 * i), summary=f"Call number {i}")
        for i in range(5000)
    ]
    links = [
        {"interaction_id": x.id, "person_id": people[rng.randrange(200)].id}
        for x in interactions
    ]
    with db.session() as s:
        s.add(account)
        s.flush()
        s.add_all(people)
        s.flush()
        s.add_all(interactions)
        s.flush()
        s.execute(interaction_person.insert(), links)
    return account.id
