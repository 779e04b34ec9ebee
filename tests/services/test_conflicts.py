"""Nobody overwrites anybody, on SQLite and PostgreSQL, with two real connections: a save
based on an old version is refused and says what changed; parallel additions both land."""

from __future__ import annotations

import threading
from dataclasses import replace

import pytest
from sqlalchemy import select
from sqlalchemy.orm.exc import StaleDataError

from kamdesk.domain.enums import Stance, Tier
from kamdesk.services.accounts import AccountInput, AccountService
from kamdesk.services.conflicts import FieldChange, StaleEditError, reapplied
from kamdesk.services.people import PeopleService, PersonInput
from kamdesk.services.team.members import TeamService
from kamdesk.store.database import open_database
from kamdesk.store.models import Account, Person


@pytest.fixture
def two_desks(any_db):
    """Two people at two machines: two engines, two connection pools, one database."""
    other = open_database(any_db.url)
    yield any_db, other
    other.close()


def _as_input(detail) -> AccountInput:
    return AccountInput(detail.name, detail.tier, detail.industry, detail.region, detail.city,
                        detail.country, detail.lead_source, detail.website, detail.notes,
                        list(detail.revenue))


def test_a_save_based_on_an_old_version_is_refused_naming_what_they_changed(two_desks):
    mine_db, theirs_db = two_desks
    account_id = AccountService(mine_db).create_account(
        AccountInput("Baltic Freight Sp. z o.o.", Tier.KEY, city="Gdańsk"))
    opened = AccountService(mine_db).get_account(account_id)
    theirs = AccountService(theirs_db).get_account(account_id)
    AccountService(theirs_db).update_account(
        account_id, replace(_as_input(theirs), city="Gdynia", tier=Tier.IMAGE), base=theirs)

    mine = replace(_as_input(opened), notes="Zbigniew prefers calls before 9")
    with pytest.raises(StaleEditError) as refused:
        AccountService(mine_db).update_account(account_id, mine, base=opened)
    assert refused.value.changes == [
        FieldChange("tier", Tier.KEY, Tier.IMAGE, Tier.KEY),
        FieldChange("city", "Gdańsk", "Gdynia", "Gdańsk"),
    ]
    assert "city: 'Gdańsk' -> 'Gdynia'" in str(refused.value)
    stored = AccountService(mine_db).get_account(account_id)
    assert (stored.city, stored.notes) == ("Gdynia", "")  # nothing of mine was written

    # Reapply mine: my note on top of their city and tier; now based on their version.
    current = refused.value.current
    AccountService(mine_db).update_account(account_id, reapplied(opened, current, mine),
                                           base=current)
    stored = AccountService(theirs_db).get_account(account_id)
    assert (stored.city, stored.tier, stored.notes) == (
        "Gdynia", Tier.IMAGE, "Zbigniew prefers calls before 9")
    assert stored.row_version == opened.row_version + 2


def test_a_stale_person_edit_is_refused_too(two_desks):
    mine_db, theirs_db = two_desks
    account_id = AccountService(mine_db).create_account(AccountInput("Sava Power d.o.o."))
    person_id = PeopleService(mine_db).create_person(
        account_id, PersonInput("Milena Kovačević", position="CFO"))
    opened = PeopleService(mine_db).get_person(person_id)
    theirs = PeopleService(theirs_db).get_person(person_id)
    PeopleService(theirs_db).update_person(
        person_id, PersonInput("Milena Kovačević", position="CFO", stance=Stance.SUPPORTER),
        base=theirs)
    with pytest.raises(StaleEditError) as refused:
        PeopleService(mine_db).update_person(
            person_id, PersonInput("Milena Kovačević", position="Finance director"), base=opened)
    assert [(c.field, c.started_from, c.theirs) for c in refused.value.changes] == [
        ("stance", None, Stance.SUPPORTER)]
    assert PeopleService(mine_db).get_person(person_id).position == "CFO"


def test_two_writers_racing_on_one_row_the_second_fails_at_write_time(two_desks):
    """Read, someone else commits, then write: the version check in the UPDATE refuses."""
    first_db, second_db = two_desks
    account_id = AccountService(first_db).create_account(AccountInput("Ruhr Kabelwerk GmbH"))
    with first_db.sessions() as first, second_db.sessions() as second:
        slow = first.get(Account, account_id)
        fast = second.get(Account, account_id)
        fast.city = "Essen"
        second.commit()
        slow.city = "Dortmund"
        with pytest.raises(StaleDataError):
            first.commit()
    assert AccountService(first_db).get_account(account_id).city == "Essen"


def test_two_people_adding_to_one_account_at_once_both_succeed(two_desks):
    first_db, second_db = two_desks
    account_id = AccountService(first_db).create_account(AccountInput("Αιγαίο Ναυτιλιακή Α.Ε."))
    before = AccountService(first_db).get_account(account_id).row_version
    done, failures = threading.Event(), []

    def second_person() -> None:
        try:
            PeopleService(second_db).create_person(account_id, PersonInput("Νίκος Παπαδάκης"))
        except Exception as error:  # noqa: BLE001 - reported by the assertion below
            failures.append(error)
        done.set()

    with first_db.session() as s:  # an open transaction that has written a person…
        s.add(Person(account_id=account_id, full_name="Ελένη Γεωργίου"))
        s.flush()
        thread = threading.Thread(target=second_person)
        thread.start()  # …while the other desk adds one (SQLite queues it behind the lock)
        if not first_db.is_sqlite:
            assert done.wait(10), "PostgreSQL should not block an insert on another insert"
    thread.join(10)
    assert failures == []
    names = {p.full_name for p in PeopleService(first_db).list_people(account_id)}
    assert names == {"Ελένη Γεωργίου", "Νίκος Παπαδάκης"}
    # Adding people does not make someone's open account dialog stale.
    assert AccountService(second_db).get_account(account_id).row_version == before


def test_a_handover_while_the_other_kam_has_the_account_open(two_desks):
    kam_db, head_db = two_desks
    team = TeamService(head_db)
    anna = team.add_user("anna.kowalska@example.com")
    dmitri = team.add_user("dmitri.volkov@example.com", "Дмитрий Волков")
    account_id = AccountService(kam_db).create_account(AccountInput("ООО «ТрансУрал Логистика»"))
    team.set_owner(account_id, anna.id)
    opened = AccountService(kam_db).get_account(account_id)  # Anna has the dialog open
    assert opened.owner == "Anna Kowalska"
    team.handover(anna.id, dmitri.id, note="Anna moves to Kraków")
    edit = replace(_as_input(opened), notes="call Sergei on Monday")
    with pytest.raises(StaleEditError) as refused:
        AccountService(kam_db).update_account(account_id, edit, base=opened)
    assert [(c.field, c.started_from, c.theirs) for c in refused.value.changes] == [
        ("owner", "Anna Kowalska", "Дмитрий Волков")]
    with head_db.session() as s:
        assert s.scalar(select(Account.notes).where(Account.id == account_id)) == ""


def test_a_deletion_and_its_undo_each_make_a_new_version(any_db):
    """A tombstone (deleted_at) and its undo are edits like any other, for a later sync."""
    from kamdesk.services.trash import TrashService

    accounts = AccountService(any_db)
    account_id = accounts.create_account(AccountInput("Cebu Island Beverages Inc."))
    person_id = PeopleService(any_db).create_person(account_id, PersonInput("Maria Santos"))

    def versions():
        with any_db.session() as s:
            return (s.get(Account, account_id).row_version, s.get(Person, person_id).row_version,
                    s.get(Account, account_id).updated_at)

    before = versions()
    batch = TrashService(any_db).delete(Account, account_id)
    deleted = versions()
    TrashService(any_db).restore(batch)
    restored = versions()
    assert deleted[:2] == (before[0] + 1, before[1] + 1)
    assert restored[:2] == (before[0] + 2, before[1] + 2)
    assert before[2] < deleted[2] <= restored[2]


def test_changing_only_who_took_part_makes_a_new_version_of_the_interaction(any_db):
    from datetime import UTC, datetime

    from kamdesk.domain.enums import InteractionKind
    from kamdesk.services.interactions import InteractionInput, InteractionService
    from kamdesk.store.models import Interaction

    account_id = AccountService(any_db).create_account(AccountInput("Sava Power d.o.o."))
    person_id = PeopleService(any_db).create_person(account_id, PersonInput("Jana Novak"))
    notes = InteractionService(any_db)
    data = InteractionInput(InteractionKind.CALL, datetime(2026, 11, 2, 9, tzinfo=UTC), "Call")
    interaction_id = notes.log_interaction(account_id, data)
    data.person_ids = [person_id]
    notes.update_interaction(interaction_id, data)
    with any_db.session() as s:
        assert s.get(Interaction, interaction_id).row_version > 1  # (one per flush)
