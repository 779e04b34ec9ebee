"""Each person's stored last contact and count stay right on every path that writes history.

The values live on the person row (store/contact_summary.py); each test changes the history
through a service, then compares them with the history itself, and with what it expects.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select, text

from kamdesk.domain.enums import InteractionKind
from kamdesk.services.accounts import AccountInput, AccountService
from kamdesk.services.interactions import InteractionInput, InteractionService
from kamdesk.services.people import PeopleService, PersonInput
from kamdesk.services.trash import TrashService
from kamdesk.store.contact_summary import contact_summary_problems, rebuild_contact_summary
from kamdesk.store.tables import person_table

DAY = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def stored(db, person_id):
    """(last contact, count) as the person row holds them; the date as an aware instant."""
    with db.session() as s:
        last, count = s.execute(
            select(person_table.c.last_contact_at, person_table.c.contact_count)
            .where(person_table.c.id == person_id)
        ).one()
        assert contact_summary_problems(s) == []
    if last is not None and last.tzinfo is None:
        last = last.replace(tzinfo=UTC)  # SQLite hands back the UTC digits
    return last, count


def log(db, account, when, *people, summary="Call"):
    return InteractionService(db).log_interaction(
        account, InteractionInput(InteractionKind.CALL, when, summary, person_ids=list(people))
    )


@pytest.fixture
def team(db):
    account = AccountService(db).create_account(AccountInput("Sava Power d.o.o."))
    people = PeopleService(db)
    return account, people.create_person(account, PersonInput("Đorđe Marković")), \
        people.create_person(account, PersonInput("Ana Kovač"))


def test_a_new_person_has_no_contact_and_logging_one_counts_it(db, team):
    account, djordje, ana = team
    assert stored(db, djordje) == (None, 0)
    log(db, account, DAY, djordje)
    log(db, account, DAY - timedelta(days=30), djordje, ana)  # an older one: not the last
    assert stored(db, djordje) == (DAY, 2)
    assert stored(db, ana) == (DAY - timedelta(days=30), 1)
    assert PeopleService(db).get_person(djordje).contact_count == 2


def test_editing_the_date_or_the_people_moves_the_values(db, team):
    account, djordje, ana = team
    entry = log(db, account, DAY, djordje)
    later = DAY + timedelta(days=5)
    InteractionService(db).update_interaction(
        entry, InteractionInput(InteractionKind.VISIT, later, "Visit", person_ids=[ana])
    )
    assert stored(db, djordje) == (None, 0)
    assert stored(db, ana) == (later, 1)


def test_the_trash_takes_a_contact_away_and_restoring_brings_it_back(db, team):
    account, djordje, _ = team
    log(db, account, DAY - timedelta(days=9), djordje)
    last = log(db, account, DAY, djordje)
    batch = InteractionService(db).delete_interaction(last)
    assert stored(db, djordje) == (DAY - timedelta(days=9), 1)
    TrashService(db).restore(batch)
    assert stored(db, djordje) == (DAY, 2)


def test_emptying_the_trash_keeps_the_values_of_what_is_left(db, team):
    account, djordje, ana = team
    log(db, account, DAY - timedelta(days=9), djordje)
    gone = log(db, account, DAY, djordje, ana)
    InteractionService(db).delete_interaction(gone)
    TrashService(db).empty_trash()
    assert stored(db, djordje) == (DAY - timedelta(days=9), 1)
    assert stored(db, ana) == (None, 0)


def test_deleting_the_account_and_restoring_it(db, team):
    account, djordje, _ = team
    log(db, account, DAY, djordje)
    batch = AccountService(db).delete_account(account)
    assert stored(db, djordje) == (None, 0)
    TrashService(db).restore(batch)
    assert stored(db, djordje) == (DAY, 1)


def test_a_recorded_meeting_outcome_is_a_contact(db, team):
    from kamdesk.services.meetings import MeetingInput, MeetingService, OutcomeInput

    account, djordje, _ = team
    meetings = MeetingService(db)
    meeting = meetings.plan_meeting(account, MeetingInput(DAY, time_zone="UTC",
                                                          objective="Price review"))
    meetings.record_outcome(meeting, OutcomeInput("Agreed", person_ids=[djordje]))
    last, count = stored(db, djordje)
    assert count == 1 and last is not None


def test_erasing_a_person_leaves_the_others_values_right(db, team):
    from kamdesk.services.privacy.erasure import ErasureService

    account, djordje, ana = team
    log(db, account, DAY, djordje, ana)
    log(db, account, DAY - timedelta(days=3), ana)
    ErasureService(db).erase(djordje, by="test")
    with db.session() as s:
        assert contact_summary_problems(s) == []
    assert stored(db, ana)[1] >= 1


def test_logging_a_contact_is_not_an_edit_of_the_person(db, team):
    """No new row version or updated_at: an open edit of the person stays fresh, and a later
    sync sees no change to the person (the values are derived, like search_text)."""
    account, djordje, _ = team
    before = PeopleService(db).get_person(djordje)
    with db.session() as s:
        updated = s.scalar(select(person_table.c.updated_at).where(person_table.c.id == djordje))
    log(db, account, DAY, djordje)
    after = PeopleService(db).get_person(djordje)
    assert after.row_version == before.row_version
    assert after.last_contact is not None
    with db.session() as s:
        assert s.scalar(select(person_table.c.updated_at)
                        .where(person_table.c.id == djordje)) == updated


def test_the_archive_leaves_them_out_and_the_import_recomputes_them(db, team, tmp_path):
    from kamdesk.services.archive.tables import read_archive, write_archive
    from kamdesk.store.database import open_database

    account, djordje, ana = team
    log(db, account, DAY, djordje, ana)
    log(db, account, DAY + timedelta(days=1), ana)
    archive = read_archive(db)
    assert all("last_contact_at" not in row and "contact_count" not in row
               for row in archive.tables["person"])
    copy = open_database(f"sqlite:///{tmp_path / 'copy.sqlite3'}")
    try:
        write_archive(copy, archive.tables)
        assert stored(copy, djordje) == (DAY, 1)
        assert stored(copy, ana) == (DAY + timedelta(days=1), 2)
    finally:
        copy.close()


def test_the_check_notices_a_value_changed_behind_its_back_and_the_repair_fixes_it(db, team):
    account, djordje, _ = team
    log(db, account, DAY, djordje)
    with db.session() as s:
        s.execute(text("UPDATE person SET contact_count = 7"))
        assert contact_summary_problems(s) == [
            "2 people have a stored last contact out of step with the history"]
        rebuild_contact_summary(s)
        assert contact_summary_problems(s) == []
    assert stored(db, djordje) == (DAY, 1)


def test_the_sample_portfolio_arrives_with_its_values_right(sample_db):
    with sample_db.session() as s:
        assert contact_summary_problems(s) == []
        assert s.scalar(select(person_table.c.id).where(person_table.c.contact_count > 0))


def test_kamdesk_check_names_a_wrong_value_and_the_repair_mends_it(db, team):
    from kamdesk.services.health import check_database, repair_search_index

    account, djordje, _ = team
    log(db, account, DAY, djordje)
    assert check_database(db).problems == []
    with db.session() as s:
        s.execute(text("UPDATE person SET last_contact_at = NULL"))
    assert check_database(db).problems == [
        "1 people have a stored last contact out of step with the history"]
    repair_search_index(db)
    assert check_database(db).problems == []
    assert stored(db, djordje) == (DAY, 1)
