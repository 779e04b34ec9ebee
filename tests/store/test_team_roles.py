"""Row-level security on a real PostgreSQL server: connected as each role, a KAM reads and
changes only their own and deputised accounts and what hangs off them; the head reads all;
a private note is its author's alone; neither role is a superuser."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, ProgrammingError

from kamdesk.domain.enums import InteractionKind
from kamdesk.services.accounts import AccountInput, AccountService
from kamdesk.services.interactions import InteractionInput, InteractionService
from kamdesk.services.people import ContactData, PeopleService, PersonInput
from kamdesk.services.team.members import TeamService
from kamdesk.store.database import open_database
from kamdesk.store.team_roles import grant_login, setup_team, uncovered_tables
from tests.pg import admin_engine, scratch_database, url_of

pytestmark = pytest.mark.postgres


def test_every_table_gets_a_policy():
    assert uncovered_tables() == []


@pytest.fixture
def team_server():
    """A server database set up by its administrator for Anna, Dmitri and their head."""
    suffix = uuid.uuid4().hex[:8]
    logins = {who: f"kamdesk_test_{who}_{suffix}" for who in ("anna", "dmitri", "head")}
    with scratch_database() as url:
        admin = open_database(url)
        with admin.engine.begin() as c:
            setup_team(c)
            grant_login(c, logins["anna"])
            grant_login(c, logins["dmitri"])
            grant_login(c, logins["head"], head=True)
        team = TeamService(admin)
        anna = team.add_user("anna.kowalska@example.com", db_role=logins["anna"])
        dmitri = team.add_user("dmitri.volkov@example.com", "Дмитрий Волков",
                               db_role=logins["dmitri"])
        team.add_user("eleni.georgiou@example.com", "Ελένη Γεωργίου", db_role=logins["head"])
        accounts, people = AccountService(admin), PeopleService(admin)
        ids = {}
        for name, owner, deputy in (("Baltic Freight Sp. z o.o.", anna, None),
                                    ("ООО «ТрансУрал Логистика»", dmitri, anna),
                                    ("Ruhr Kabelwerk GmbH", dmitri, None)):
            ids[name] = accounts.create_account(AccountInput(name))
            team.set_owner(ids[name], owner.id, deputy.id if deputy else None)
            email = [ContactData("email", "x@example.com")]
            people.create_person(ids[name], PersonInput(f"Contact at {name}", contacts=email))
        connections = {who: open_database(url_of(url.rsplit("/", 1)[1], username=login))
                       for who, login in logins.items()}
        yield ids, connections, {"anna": anna, "dmitri": dmitri}
        for db in connections.values():
            db.close()
        admin.close()
    server = admin_engine()
    with server.connect() as c:
        for login in logins.values():
            c.execute(text(f'DROP ROLE IF EXISTS "{login}"'))
    server.dispose()


def _names(db) -> set[str]:
    return {a.name for a in AccountService(db).list_accounts()}


def test_a_kam_sees_only_own_and_deputised_accounts_and_what_hangs_off_them(team_server):
    ids, as_, _ = team_server
    assert _names(as_["anna"]) == {"Baltic Freight Sp. z o.o.", "ООО «ТрансУрал Логистика»"}
    assert _names(as_["dmitri"]) == {"ООО «ТрансУрал Логистика»", "Ruhr Kabelwerk GmbH"}
    assert len(_names(as_["head"])) == 3
    with as_["anna"].session() as s:
        people = s.execute(text("SELECT full_name FROM person")).scalars().all()
        contacts = s.execute(text("SELECT count(*) FROM contact_point")).scalar_one()
        superuser = s.execute(text(
            "SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = current_user"
        )).scalar_one()
    assert "Contact at Ruhr Kabelwerk GmbH" not in people and len(people) == 2
    assert contacts == 2 and superuser is False


def test_a_kam_cannot_change_or_add_to_someone_else_s_account(team_server):
    ids, as_, who = team_server
    ruhr = ids["Ruhr Kabelwerk GmbH"]
    with as_["anna"].session() as s:  # invisible rows: the update touches nothing
        changed = s.execute(text("UPDATE account SET notes = 'mine now' WHERE id = :i"),
                            {"i": ruhr}).rowcount
    assert changed == 0
    with pytest.raises(ProgrammingError, match="row-level security"), as_["anna"].session() as s:
        s.execute(text(
            "INSERT INTO person (id, created_at, updated_at, account_id, full_name, "
            "given_name, family_name, position, department, hobbies, \"values\", notes, "
            "search_text) VALUES (gen_random_uuid(), now(), now(), :a, 'Spy', '', '', "
            "'', '', '', '', '', '')"), {"a": ruhr})
    with pytest.raises(ProgrammingError, match="row-level security"):  # no giving it away
        TeamService(as_["anna"]).set_owner(ids["Baltic Freight Sp. z o.o."], who["dmitri"].id)
    with pytest.raises(ProgrammingError, match="permission denied"):  # who is who: the head's
        TeamService(as_["anna"]).add_user("nowy.kam@example.com")
    TeamService(as_["head"]).handover(who["dmitri"].id, who["anna"].id,
                                      ruhr)  # the head may
    assert "Ruhr Kabelwerk GmbH" in _names(as_["anna"])


def test_a_new_account_of_a_kam_is_theirs_without_saying_so(team_server):
    _ids, as_, who = team_server
    new = AccountService(as_["dmitri"]).create_account(AccountInput("Sava Power d.o.o."))
    assert TeamService(as_["head"]).owners()[new] == (who["dmitri"].id, None)
    assert "Sava Power d.o.o." not in _names(as_["anna"])


def test_a_private_note_is_read_by_its_author_only(team_server):
    ids, as_, who = team_server
    shared = ids["ООО «ТрансУрал Логистика»"]  # Dmitri owns it, Anna deputises
    notes = InteractionService(as_["dmitri"])
    when = datetime(2026, 11, 20, 10, tzinfo=UTC)
    notes.log_interaction(shared, InteractionInput(InteractionKind.CALL, when, "Price call"))
    notes.log_interaction(shared, InteractionInput(
        InteractionKind.CALL, when, "Sergei hinted he may leave", private=True))
    seen = {w: [i.summary for i in InteractionService(as_[w]).list_interactions(shared)]
            for w in ("dmitri", "anna", "head")}
    assert sorted(seen["dmitri"]) == ["Price call", "Sergei hinted he may leave"]
    assert seen["anna"] == ["Price call"] and seen["head"] == ["Price call"]
    with as_["dmitri"].session() as s:
        author = s.execute(text("SELECT DISTINCT author_id FROM interaction")).scalar_one()
    assert author == who["dmitri"].id  # filled in by the server
    with pytest.raises(DBAPIError, match="row-level security"):  # not in someone's name
        InteractionService(as_["anna"]).log_interaction(shared, InteractionInput(
            InteractionKind.CALL, when, "forged", private=True,
            author_id=who["dmitri"].id))


def test_team_setup_and_grant_from_the_command_line_then_the_kam_sees_their_own():
    import os
    import subprocess
    import sys

    login = f"kamdesk_test_cli_{uuid.uuid4().hex[:8]}"

    def kamdesk(url, *args):
        return subprocess.run([sys.executable, "-m", "kamdesk", "--db-url", url, *args],
                              capture_output=True, text=True, timeout=120,
                              env={**os.environ})

    try:
        with scratch_database() as url:
            assert kamdesk(url, "sample-data").returncode == 0
            setup = kamdesk(url, "team", "setup")
            assert setup.returncode == 0, setup.stderr
            assert kamdesk(url, "team", "setup").returncode == 0  # again: nothing breaks
            granted = kamdesk(url, "team", "grant", login, "--email", "lan.nguyen@example.com")
            assert granted.stdout.strip() == (
                f"{login} acts as Lan Nguyen <lan.nguyen@example.com>, a KAM.")
            assigned = kamdesk(url, "assign", "Sava", "--owner", "lan.nguyen@example.com")
            assert assigned.returncode == 0
            as_kam = url_of(url.rsplit("/", 1)[1], username=login)
            listed = kamdesk(as_kam, "accounts")
            assert listed.returncode == 0, listed.stderr
            names = [line.split("  ")[0] for line in listed.stdout.splitlines()]
            assert names == ["Sava Power d.o.o."]
            refused = kamdesk(as_kam, "team", "setup")
            assert refused.returncode == 1 and "Traceback" not in refused.stderr
            assert refused.stderr.startswith("kamdesk: the database refused this: ")
            assert len(refused.stderr.splitlines()) == 1
    finally:
        server = admin_engine()
        with server.connect() as c:
            c.execute(text(f'DROP ROLE IF EXISTS "{login}"'))
        server.dispose()
