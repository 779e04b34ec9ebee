"""The content of a brief, assembled as plain data before any layout."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from kamdesk.briefing.assemble import BIRTHDAY_FLAG_DAYS, birthday_note
from kamdesk.briefing.export import load_brief
from kamdesk.briefing.options import BriefOptions
from kamdesk.domain.birthdays import Birthday
from kamdesk.services.brief_sources.reading import BriefSourceService
from tests.briefing.conftest import CEO, CFO, CTO, GATEKEEPER, HR_DIRECTOR, PERSONAL, TODAY

OPTIONS = BriefOptions(locale="en_GB")


def test_a_meeting_brief_puts_the_attendees_on_cards_and_everyone_else_after(
    db, meeting_account
):
    brief = load_brief(db, meeting_account.account_id, meeting_account.meeting_id, OPTIONS, TODAY)
    assert [c.name for c in brief.room.cards] == [CFO, CEO, CTO, HR_DIRECTOR]  # by influence
    assert all(card.in_meeting for card in brief.room.cards)
    assert [p.name for p in brief.room.others] == [GATEKEEPER]
    cfo = brief.room.cards[0]
    assert (cfo.role_label, cfo.type_label, cfo.stance_label) == (
        "Economic buyer", "Financier", "Supporter"
    )
    assert cfo.last_contact_days == 7
    # Her own dossier first (what she said last time, what she values), then her type.
    assert cfo.talking_points[0] == (
        "Pick up from last time: “Call about the cold-store extension”")
    assert cfo.talking_points[-1] == "Show the return on investment and the payback period"
    assert brief.header.meeting.objective == "Extension of the cold store and the 2027 volumes"


def test_a_birthday_three_days_after_the_meeting_is_flagged_and_leads_the_things_to_know(
    db, meeting_account
):
    brief = load_brief(db, meeting_account.account_id, meeting_account.meeting_id, OPTIONS, TODAY)
    note = brief.room.cards[0].birthday
    assert note.soon and note.days_from_reference == 3 and note.turning == 51
    assert brief.things_to_know[0] == (
        f"{CFO} (Chief Financial Officer) has a birthday on Sat 5 Dec, turning 51: "
        "3 days after the meeting"
    )
    assert len(brief.things_to_know) == 3
    assert any(t.startswith(f"Sceptic in the room: {CEO}") for t in brief.things_to_know)


def test_an_open_proposal_shows_its_current_and_next_follow_up_step(db, meeting_account):
    brief = load_brief(db, meeting_account.account_id, None, OPTIONS, TODAY)
    [proposal] = brief.proposals.items
    assert proposal.title == meeting_account.proposal_title
    assert proposal.days_to_expiry == 20
    assert (proposal.current_step, proposal.next_step) == (
        "call to confirm receipt", "ask about next steps"
    )


def test_the_shareable_variant_leaves_every_personal_field_empty(db, meeting_account):
    options = BriefOptions(locale="en_GB", shareable=True)
    brief = load_brief(db, meeting_account.account_id, meeting_account.meeting_id, options, TODAY)
    for card in brief.room.cards:
        assert card.birthday is None
        assert (card.family, card.hobbies, card.values, card.notes) == ((), "", "", "")
    assert not any("birthday" in thing for thing in brief.things_to_know)


def test_without_a_meeting_the_most_influential_people_get_cards(db, meeting_account):
    brief = load_brief(db, meeting_account.account_id, None, OPTIONS, TODAY)
    assert brief.header.meeting is None
    assert [c.name for c in brief.room.cards][:2] == [CFO, CEO]
    assert not any(card.in_meeting for card in brief.room.cards)
    assert brief.snapshot.actual == 810_000 and brief.snapshot.attainment == Decimal("0.9")


def test_a_huge_account_is_summarised_not_dumped(db, huge_account):
    brief = load_brief(db, huge_account, None, OPTIONS, TODAY)
    assert len(brief.room.cards) == 6
    assert len(brief.room.others) == 25 and brief.room.others_more == 200 - 6 - 25
    assert len(brief.interactions.items) == 10 and brief.interaction_total == 5000
    assert brief.interactions.items[0].summary == "Call number 4999"  # newest first
    assert brief.relationship_map.shown <= 24 and brief.relationship_map.total == 200


def test_the_number_of_recent_interactions_is_an_option(db, huge_account):
    options = BriefOptions(locale="en_GB", recent_interactions=3)
    brief = load_brief(db, huge_account, None, options, TODAY)
    assert [i.summary for i in brief.interactions.items] == [
        "Call number 4999", "Call number 4998", "Call number 4997"
    ]


def test_the_sample_portfolio_gives_a_meeting_brief_for_its_next_meeting(sample_db):
    meeting = BriefSourceService(sample_db).next_meeting(datetime(2026, 11, 27, tzinfo=UTC))
    brief = load_brief(sample_db, meeting.account_id, meeting.id, OPTIONS, TODAY)
    assert brief.header.account_name == meeting.account_name
    assert brief.room.cards and all(card.in_meeting for card in brief.room.cards)
    assert brief.things_to_know
    assert brief.relationship_map is not None


def test_trip_mode_finds_accounts_by_city_in_any_spelling(sample_db):
    found = BriefSourceService(sample_db).accounts_in_city("GDANSK")
    assert [a.name for a in found] == ["Baltic Freight Sp. z o.o."]


def test_birthday_flag_window_is_two_weeks_either_side_of_the_meeting():
    meeting = date(2026, 12, 2)
    birthday = Birthday(12, 16)
    assert birthday_note(birthday, TODAY, meeting).soon  # 14 days after
    assert not birthday_note(Birthday(12, 17), TODAY, meeting).soon  # 15 days after
    assert birthday_note(Birthday(11, 28), TODAY, meeting).days_from_reference == -4
    assert BIRTHDAY_FLAG_DAYS == 14
    assert birthday_note(None, TODAY, meeting) is None


def test_personal_notes_reach_the_confidential_card(db, meeting_account):
    brief = load_brief(db, meeting_account.account_id, meeting_account.meeting_id, OPTIONS, TODAY)
    cfo = brief.room.cards[0]
    assert (cfo.hobbies, cfo.values, cfo.notes) == (
        PERSONAL["hobbies"], PERSONAL["values"], PERSONAL["notes"]
    )
    assert cfo.family == (f"daughter {PERSONAL['family']}",)
    assert CTO in {c.name for c in brief.room.cards}


def test_the_command_line_knows_every_section_by_name():
    from kamdesk.briefing.options import Section
    from kamdesk.commands.brief import SECTION_NAMES

    assert set(SECTION_NAMES) == {s.value for s in Section}
