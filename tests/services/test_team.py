"""People and ownership: KAMs, owners and deputies, handover in one logged transaction."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from kamdesk.domain.enums import Tier
from kamdesk.services.accounts import AccountInput, AccountService
from kamdesk.services.errors import NotFoundError, ValidationError
from kamdesk.services.team.members import TeamService, name_from_email
from kamdesk.store.models import Account, HandoverLog


def _portfolio(db):
    accounts = AccountService(db)
    ids = {name: accounts.create_account(AccountInput(name, Tier.KEY)) for name in (
        "Baltic Freight Sp. z o.o.", "Αιγαίο Ναυτιλιακή Α.Ε.", "ООО «ТрансУрал Логистика»",
        "Mindanao Foods Corporation")}
    team = TeamService(db)
    anna = team.add_user("anna.kowalska@example.com")
    dmitri = team.add_user("dmitri.volkov@example.com", "Дмитрий Волков")
    return team, ids, anna, dmitri


def test_a_kam_is_created_on_first_use_with_a_name_from_the_email(any_db):
    team = TeamService(any_db)
    first = team.me("maria.santos@example.com")
    again = team.me("Maria.Santos@example.com")
    assert first.id == again.id and first.name == "Maria Santos"
    assert name_from_email("nguyen_van_an@example.com") == "Nguyen Van An"
    with pytest.raises(ValidationError, match="not an e-mail"):
        team.add_user("maria santos")


def test_nobody_is_named_on_a_laptop_of_one_and_every_account_is_mine(db):
    team = TeamService(db)
    account = AccountService(db).create_account(AccountInput("Sava Power d.o.o."))
    assert team.me(None) is None
    assert team.account_ids_of(None) == {account}


def test_my_accounts_are_those_i_own_or_deputise_and_those_nobody_owns(any_db):
    team, ids, anna, dmitri = _portfolio(any_db)
    team.set_owner(ids["Baltic Freight Sp. z o.o."], anna.id, dmitri.id)
    team.set_owner(ids["Αιγαίο Ναυτιλιακή Α.Ε."], anna.id)
    team.set_owner(ids["ООО «ТрансУрал Логистика»"], dmitri.id)
    unowned = ids["Mindanao Foods Corporation"]
    assert team.account_ids_of(anna.id) == {
        ids["Baltic Freight Sp. z o.o."], ids["Αιγαίο Ναυτιλιακή Α.Ε."], unowned}
    assert team.account_ids_of(dmitri.id) == {
        ids["Baltic Freight Sp. z o.o."], ids["ООО «ТрансУрал Логистика»"], unowned}
    assert team.account_ids_of(None) == {unowned}
    listed = {u.email: (u.owned, u.deputising) for u in team.list_users()}
    assert listed == {"anna.kowalska@example.com": (2, 0), "dmitri.volkov@example.com": (1, 1)}
    with pytest.raises(ValidationError, match="own deputy"):
        team.set_owner(unowned, anna.id, anna.id)


def test_handing_over_a_whole_portfolio_moves_every_account_in_one_logged_batch(any_db):
    team, ids, anna, dmitri = _portfolio(any_db)
    team.set_owner(ids["Baltic Freight Sp. z o.o."], anna.id, dmitri.id)
    team.set_owner(ids["Αιγαίο Ναυτιλιακή Α.Ε."], anna.id)
    team.set_owner(ids["ООО «ТрансУрал Логистика»"], dmitri.id, anna.id)
    result = team.handover(anna.id, dmitri.id, note="Anna moves to the Gdańsk office")
    assert result.owned == ["Baltic Freight Sp. z o.o.", "Αιγαίο Ναυτιλιακή Α.Ε."]
    assert result.deputised == ["ООО «ТрансУрал Логистика»"]
    owners = team.owners()
    # Dmitri was Baltic's deputy and is now its owner: he cannot stand in for himself.
    assert owners[ids["Baltic Freight Sp. z o.o."]] == (dmitri.id, None)
    assert owners[ids["ООО «ТрансУрал Логистика»"]] == (dmitri.id, None)
    with any_db.session() as s:
        log = s.scalars(select(HandoverLog).order_by(HandoverLog.note)).all()
        assert {entry.batch for entry in log} == {result.batch} and len(log) == 3
        assert {(e.from_user_id, e.to_user_id) for e in log} == {(anna.id, dmitri.id)}
        assert "Gdańsk" in log[0].note


def test_a_handover_that_fails_changes_nothing(any_db):
    team, ids, anna, dmitri = _portfolio(any_db)
    team.set_owner(ids["Baltic Freight Sp. z o.o."], anna.id)
    with pytest.raises(ValidationError, match="neither owned nor deputised"):
        team.handover(dmitri.id, anna.id, ids["Baltic Freight Sp. z o.o."])
    with pytest.raises(ValidationError):
        team.handover(anna.id, anna.id)
    assert team.owners()[ids["Baltic Freight Sp. z o.o."]] == (anna.id, None)
    with any_db.session() as s:
        assert s.scalars(select(HandoverLog)).all() == []


def test_a_handover_of_one_account_leaves_the_others(any_db):
    team, ids, anna, dmitri = _portfolio(any_db)
    for name in ("Baltic Freight Sp. z o.o.", "Αιγαίο Ναυτιλιακή Α.Ε."):
        team.set_owner(ids[name], anna.id)
    result = team.handover(anna.id, dmitri.id, ids["Αιγαίο Ναυτιλιακή Α.Ε."])
    assert result.owned == ["Αιγαίο Ναυτιλιακή Α.Ε."]
    assert team.owners()[ids["Baltic Freight Sp. z o.o."]] == (anna.id, None)
    with any_db.session() as s:  # the ORM bumped the row version of the account it moved
        versions = dict(s.execute(select(Account.name, Account.row_version)).all())
    assert versions["Αιγαίο Ναυτιλιακή Α.Ε."] == versions["Baltic Freight Sp. z o.o."] + 1


def test_finding_a_kam_by_part_of_the_name_in_any_script(any_db):
    _team, _ids, _anna, dmitri = _portfolio(any_db)
    team = TeamService(any_db)
    assert team.find_user("волков").id == dmitri.id
    assert team.find_user("ANNA.KOWALSKA@example.com").name == "Anna Kowalska"
    with pytest.raises(NotFoundError, match="kamdesk users"):
        team.find_user("Θεοδώρα")
