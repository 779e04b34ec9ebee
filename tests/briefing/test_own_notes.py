"""The brief prints the KAM's own notes; the shareable one leaves out contacts, stance and
influence; talking points come from each person's dossier; a trip opens with its itinerary."""

from __future__ import annotations

import re
from datetime import UTC, datetime, time, timedelta

import pytest

from kamdesk.briefing.export import load_brief, write_brief, write_trip_brief
from kamdesk.briefing.options import BriefOptions
from kamdesk.domain.enums import DmuType
from kamdesk.services.accounts import AccountService
from kamdesk.services.brief_sources.reading import BriefSourceService
from kamdesk.services.meetings import MeetingInput, MeetingService, OutcomeInput
from kamdesk.services.people import ContactData, PeopleService
from tests.briefing.conftest import CEO, CFO, TODAY, pdf_text

OPTIONS = BriefOptions(locale="en_GB", invariant=True)
SHAREABLE = BriefOptions(locale="en_GB", invariant=True, shareable=True)


@pytest.fixture
def noted(db, meeting_account):
    """The hand-made account with notes everywhere a KAM writes them."""
    accounts, people, meetings = AccountService(db), PeopleService(db), MeetingService(db)
    detail = accounts.get_account(meeting_account.account_id)
    accounts.update_account(meeting_account.account_id, _with_notes(detail))
    cfo = people.get_person(meeting_account.people[CFO])
    people.update_person(cfo.id, _input(cfo, contacts=[
        ContactData("phone", "+48 58 123 45 67"), ContactData("email", "z.cz@chlodnie.example")]))
    past = meetings.plan_meeting(meeting_account.account_id, MeetingInput(
        datetime.combine(TODAY - timedelta(days=30), time(10, 0)), "Client HQ, Gdańsk",
        "Quarterly review", attendee_ids=[meeting_account.people[CFO]]))
    meetings.record_outcome(past, OutcomeInput(
        "Volumes confirmed", details="She wants the racking quote split by hall"))
    planned = meetings.get_meeting(meeting_account.meeting_id)
    meetings.update_meeting(planned.id, MeetingInput(
        planned.starts_at, planned.place, planned.objective,
        notes="Bring the hall 3 drawings", attendee_ids=[a.id for a in planned.attendees]))
    return meeting_account


def _with_notes(detail):
    from dataclasses import replace

    from kamdesk.services.accounts import AccountInput

    fields = {f: getattr(detail, f) for f in AccountInput.__dataclass_fields__
              if hasattr(detail, f)}
    return replace(AccountInput(**fields), notes="Budget year starts in April; never call on "
                   "Fridays")


def _input(person, **changes):
    from dataclasses import replace

    from kamdesk.services.people import PersonInput

    fields = {f: getattr(person, f) for f in PersonInput.__dataclass_fields__
              if hasattr(person, f)}
    return replace(PersonInput(**fields), **changes)


def test_the_confidential_brief_prints_the_kams_own_notes(db, noted, tmp_path):
    path = write_brief(db, noted.account_id, tmp_path / "b.pdf", meeting_id=noted.meeting_id,
                       options=OPTIONS, today=TODAY)
    text = pdf_text(path)
    for wanted in ("Objective: Extension of the cold store and the 2027 volumes",
                   "Prep notes: Bring the hall 3 drawings",
                   "Budget year starts in April; never call on Fridays",
                   "Volumes confirmed — She wants the racking quote split by hall",
                   "+48 58 123 45 67", "z.cz@chlodnie.example"):
        assert wanted in text, wanted
    assert re.search(r"Last meeting, 28 Oct 2026 \(with " + CFO, text)


def test_the_shareable_brief_leaves_out_contacts_stance_and_influence(db, noted, tmp_path):
    """The bug: the shareable brief printed "Sceptic … influence 3 of 5"."""
    brief = load_brief(db, noted.account_id, noted.meeting_id, SHAREABLE, TODAY)
    for card in brief.room.cards:
        assert (card.stance, card.stance_label, card.influence) == (None, "", None)
        assert (card.phone, card.email) == ("", "")
    assert all((p.stance_label, p.influence) == ("", None) for p in brief.room.others)
    text = pdf_text(write_brief(db, noted.account_id, tmp_path / "s.pdf",
                                meeting_id=noted.meeting_id, options=SHAREABLE, today=TODAY))
    for unwanted in ("Sceptic", "Supporter", "influence", "+48 58 123 45 67",
                     "z.cz@chlodnie.example", "sailing"):
        assert unwanted not in text, unwanted
    assert "Bring the hall 3 drawings" in text  # the meeting's notes are business, not personal


def test_two_people_of_the_same_type_get_different_talking_points(db, noted):
    people = PeopleService(db)
    ceo = people.get_person(noted.people[CEO])
    people.update_person(ceo.id, _input(ceo, dmu_type=DmuType.FINANCIER,
                                        values="exclusivity"))  # now typed like the CFO
    brief = load_brief(db, noted.account_id, noted.meeting_id, OPTIONS, TODAY)
    cards = {c.name: c for c in brief.room.cards}
    assert cards[CFO].type_label == cards[CEO].type_label == "Financier"
    assert cards[CFO].talking_points != cards[CEO].talking_points
    assert "Speak to what they value: punctuality above all" in cards[CFO].talking_points
    assert "Speak to what they value: exclusivity" in cards[CEO].talking_points


def test_a_meeting_prints_at_the_places_local_hour(sample_db, tmp_path):
    mindanao = AccountService(sample_db).find_account("Mindanao Foods")
    meeting = BriefSourceService(sample_db).next_meeting(datetime.now(UTC), mindanao.id)
    path = write_brief(sample_db, mindanao.id, tmp_path / "m.pdf", meeting_id=meeting.id,
                       options=OPTIONS, today=TODAY)
    assert re.search(r", 09:00( \(Asia/Manila\))? · Mindanao Foods Plant 2", pdf_text(path))


def test_a_trip_opens_with_its_itinerary_and_briefs_each_meeting(sample_db, tmp_path):
    path = write_trip_brief(sample_db, "gdansk", tmp_path / "trip.pdf", options=OPTIONS,
                            today=TODAY)
    from pypdf import PdfReader

    cover = " ".join(PdfReader(str(path)).pages[0].extract_text().split())
    assert "Itinerary" in cover and "1 account · 1 meeting" in cover
    assert re.search(r"Mon 30 Nov 2026, 10:00( \(Europe/Warsaw\))?", cover)
    assert "Agree the phase-2 scope and budget" in cover and "Baltic Freight HQ" in cover
    assert "Who is in the room" in pdf_text(path)  # the meeting's brief, not the account's
