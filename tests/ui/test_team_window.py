"""Team mode in the window: my accounts or all, the department page."""

from __future__ import annotations

from kamdesk.services.accounts import AccountService
from kamdesk.services.team.members import TeamService


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


def test_the_department_page_shows_each_kam_and_opens_an_account(sample_window, qtmodeltester):
    from kamdesk.ui.main_window import PAGE_DEPARTMENT

    _assign(sample_window.context.db)
    sample_window.context.changed.emit()
    sample_window.navigation.setCurrentRow(PAGE_DEPARTMENT)
    page = sample_window.pages["department"]
    assert sample_window.stack.currentWidget() is page
    kams = [page.kams.proxy.row_at(r) for r in range(page.kams.proxy.rowCount())]
    assert [k.name for k in kams] == ["Anna Kowalska", "Phạm Thị Thanh"]  # biggest share first
    assert page.heading.text() == "The department, 2026"
    assert page.accounts_title.text() == "Accounts of Anna Kowalska"
    qtmodeltester.check(page.kams.model)
    qtmodeltester.check(page.accounts.model)
    names = [page.accounts.proxy.row_at(r).name for r in range(page.accounts.proxy.rowCount())]
    assert names == ["Baltic Freight Sp. z o.o.", "Vltava Pharma a.s."]
    page.kams.table.selectRow(1)
    assert page.accounts.proxy.rowCount() == 10
    index = page.accounts.proxy.index(0, 0)
    target = page.accounts.proxy.row_at(0)
    page.accounts.table.activated.emit(index)  # what a double-click or Enter sends
    assert sample_window.stack.currentWidget() is sample_window.pages["accounts"]
    assert sample_window.pages["accounts"].current_account_id() == target.id


def test_a_contact_logged_as_private_is_stored_private(qtbot, sample_db):
    from kamdesk.services.interactions import InteractionService
    from kamdesk.ui.dialogs.activity_dialogs import InteractionDialog

    account = AccountService(sample_db).list_accounts()[0]
    dialog = InteractionDialog(sample_db, account.id)
    qtbot.addWidget(dialog)
    dialog.summary.setText("Tomasz hinted at a reorganisation")
    dialog.private.setChecked(True)
    dialog.accept()
    logged = InteractionService(sample_db).list_interactions(account.id)
    mine = next(i for i in logged if i.summary == "Tomasz hinted at a reorganisation")
    assert mine.private is True
