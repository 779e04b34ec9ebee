"""Search finds what a KAM remembers (family, contact history, meetings, proposals), says
where it matched with the match marked, and lists name matches before notes."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import text

from kamdesk.domain.enums import InteractionKind
from kamdesk.services.accounts import AccountInput, AccountService
from kamdesk.services.interactions import InteractionInput, InteractionService
from kamdesk.services.meetings import MeetingInput, MeetingService
from kamdesk.services.people import FamilyMemberData, PeopleService, PersonInput
from kamdesk.services.proposals import ProposalInput, ProposalService
from kamdesk.services.search import SearchService

WHEN = datetime(2026, 11, 20, 10, 0).astimezone()


@pytest.fixture
def dossier(db):
    account = AccountService(db).create_account(AccountInput("Bałtyk Fracht Sp. z o.o."))
    people = PeopleService(db)
    person = people.create_person(account, PersonInput(
        "Łucja Złotowska", position="CFO", family=[
            FamilyMemberData("Staś", "son", notes="plays ice hockey for Lechia juniors")]))
    people.create_person(account, PersonInput("Jan Kowalski", notes="golf with Łucja's husband"))
    InteractionService(db).log_interaction(account, InteractionInput(
        InteractionKind.CALL, WHEN, "Crane retrofit budget",
        details="She asked for the Gdynia reference figures", person_ids=[person]))
    MeetingService(db).plan_meeting(account, MeetingInput(
        WHEN, "Gdańsk", "Agree the phase-2 scope of the container yard"))
    ProposalService(db).create_proposal(account, ProposalInput("Straddle carrier retrofit"))
    return account, person


def _hits(db, query):
    return SearchService(db).search(query)


def test_a_family_members_name_and_notes_are_found_on_their_person(db, dossier):
    _, person = dossier
    [by_name] = _hits(db, "stas")
    assert (by_name.kind, by_name.field, by_name.person_id) == ("family_member", "family", person)
    assert by_name.detail == "son of Łucja Złotowska"
    [by_notes] = _hits(db, "hockey")
    assert by_notes.field == "family notes" and by_notes.person_id == person
    assert by_notes.snippet[by_notes.mark_start:by_notes.mark_end] == "hockey"


def test_contact_history_meetings_and_proposals_are_found(db, dossier):
    account, _ = dossier
    [contact] = _hits(db, "gdynia")
    assert (contact.kind, contact.field, contact.account_id) == (
        "interaction", "contact history", account)
    assert contact.name == "Crane retrofit budget"
    assert contact.snippet[contact.mark_start:contact.mark_end] == "Gdynia"
    [meeting] = _hits(db, "phase-2 scope")
    assert (meeting.kind, meeting.field) == ("meeting", "meeting objective")
    [proposal] = _hits(db, "straddle")
    assert (proposal.kind, proposal.field) == ("proposal", "proposal")


def test_the_mark_points_at_the_original_letters(db, dossier):
    [hit] = [h for h in _hits(db, "zlotowska") if h.kind == "person"]
    assert hit.snippet[hit.mark_start:hit.mark_end] == "Złotowska"


def test_a_name_match_comes_before_a_match_in_notes(db, dossier):
    hits = _hits(db, "lucja")
    assert [(h.name, h.field) for h in hits][:2] == [
        ("Łucja Złotowska", "name"), ("Jan Kowalski", "notes")]
    assert _hits(db, "retrofit")[0].kind == "proposal"  # a title before the contact summary


def test_a_long_note_is_cut_to_a_snippet_around_the_match(db):
    account = AccountService(db).create_account(AccountInput("Sava Power d.o.o."))
    note = "word " * 60 + "the turbine hall floor plan " + "more " * 60
    PeopleService(db).create_person(account, PersonInput("Đorđe Marković", notes=note))
    [hit] = _hits(db, "turbine")
    assert len(hit.snippet) <= 81 and hit.snippet.startswith("…") and hit.snippet.endswith("…")
    assert hit.snippet[hit.mark_start:hit.mark_end] == "turbine"


@pytest.mark.sqlite_only("drops the SQLite file's FTS5 tables")
def test_without_the_index_the_same_things_are_found(db, dossier):
    """PostgreSQL has no FTS5 table: the folded LIKE search must give the same answers."""
    before = [(h.kind, h.field) for h in _hits(db, "stas")] + [
        (h.kind, h.field) for h in _hits(db, "gdynia")]
    with db.engine.begin() as connection:
        connection.execute(text("DROP TABLE family_member_search"))
    after = [(h.kind, h.field) for h in _hits(db, "stas")] + [
        (h.kind, h.field) for h in _hits(db, "gdynia")]
    assert after == before == [("family_member", "family"), ("interaction", "contact history")]


def test_edits_and_the_trash_reach_the_new_indexes(db, dossier):
    account, _ = dossier
    interactions = InteractionService(db)
    [row] = interactions.list_interactions(account)
    interactions.update_interaction(row.id, InteractionInput(
        InteractionKind.CALL, WHEN, "Crane retrofit budget", details="Szczecin figures"))
    assert _hits(db, "gdynia") == [] and len(_hits(db, "szczecin")) == 1
    interactions.delete_interaction(row.id)
    assert _hits(db, "szczecin") == []
