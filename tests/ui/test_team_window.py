"""Team mode in the window: my accounts or all, the department page."""

from __future__ import annotations

from kamdesk.services.accounts import AccountService
from kamdesk.services.team import TeamService


def _assign(db):
    team = TeamService(db)
    rows = {a.name: a.id for a in AccountService(db).list_accounts()}
    anna = team.add_user("anna.kowalska@example.com")
    thanh = team.add_user("pham.thi.thanh@example.com", "Phạm Thị Thanh")
    for name, account_id in rows.items():
        team.set_owner(account_id, anna.id if "Baltic" in name or "Vltava" in name else thanh.id)
    return anna, thanh


def test_the_switch_shows_only_my_accounts_and_appears_in_team_mode(sample_window):
    page = sample_window.pages["accounts"]
    assert page.scope.isHidden()  # a laptop of one: nothing to switch
    _assign(page.context.db)
    page.context.user_email = "anna.kowalska@example.com"
    page.refresh()
    assert not page.scope.isHidden()
    everything = page.accounts.proxy.rowCount()
    page.scope.setCurrentIndex(page.scope.findData("mine"))
    names = {page.accounts.proxy.index(r, 0).data() for r in range(page.accounts.proxy.rowCount())}
    assert names == {"Baltic Freight Sp. z o.o.", "Vltava Pharma a.s."} and everything == 12
    page.scope.setCurrentIndex(page.scope.findData("all"))
    assert page.accounts.proxy.rowCount() == everything
