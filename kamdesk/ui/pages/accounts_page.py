"""Accounts: the list in the middle, the dossier of the selected account on the right."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QSplitter, QVBoxLayout, QWidget

from kamdesk.domain.changes import Changes, Record
from kamdesk.services.accounts import AccountService
from kamdesk.ui.dialogs.entries import AccountDialog
from kamdesk.ui.dossier.dossier_view import DossierView
from kamdesk.ui.list_view import ListView
from kamdesk.ui.models.lists import AccountListModel
from kamdesk.ui.notices import ShowsRecords


class AccountsPage(ShowsRecords, QWidget):
    """The list shows `LISTED` records; the dossier on the right shows one account's all."""

    LISTED = frozenset({Record.ACCOUNT, Record.REVENUE, Record.USER})

    def __init__(self, context, settings, parent=None) -> None:
        super().__init__(parent)
        self.context, self.settings = context, settings
        self.accounts = ListView(AccountListModel(self), filter_text=self.tr("Filter accounts…"),
                                 stretch=AccountListModel.COL_NAME)
        self.accounts.setObjectName("account-list")
        self.accounts.table.setColumnHidden(AccountListModel.COL_CITY, True)
        self.accounts.add_button(self.tr("New…"), self.new_account)
        # Team mode: the accounts the user owns or deputises, or the whole department's.
        self.scope = QComboBox()
        self.scope.setObjectName("account-scope")
        self.scope.addItem(self.tr("All accounts"), "all")
        self.scope.addItem(self.tr("My accounts"), "mine")
        self.scope.setVisible(False)
        self.scope.currentIndexChanged.connect(lambda _: self.refresh())
        self.accounts.buttons.insertWidget(0, self.scope)
        self.accounts.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.dossier = DossierView(context, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.accounts)
        self.splitter.addWidget(self.dossier)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([340, 790])
        if state := settings.splitter_state("accounts"):
            self.splitter.restoreState(state)
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 10, 0, 0)
        column.addWidget(self.splitter)
        self._empty = True
        self.dialog = None

    def save_layout(self) -> None:
        self.settings.set_splitter_state("accounts", self.splitter.saveState())

    def is_empty(self) -> bool:
        return self._empty

    def shows(self, changes: Changes) -> bool:
        shown = self.dossier.account_id
        return changes.touches(self.LISTED) or (
            shown is not None and changes.touches_account(shown))

    def apply_changes(self, changes: Changes) -> None:
        """The list in place when it shows what changed (the selection stays), then the
        dossier's tabs that show it."""
        if changes.touches(self.LISTED):
            self._load_list(in_place=True)
        self.dossier.apply_changes(changes)

    def refresh(self) -> None:
        """The list and the dossier on screen, all again (at start, or when shown stale)."""
        shown = self.dossier.account_id
        self._load_list()
        if shown is not None and self.dossier.account_id == shown:
            self.dossier.show_account(shown)

    def _load_list(self, *, in_place: bool = False) -> None:
        current = self.current_account_id()
        rows = AccountService(self.context.db).list_accounts()
        self._empty = not rows
        rows = self._in_scope(rows)
        self.accounts.in_place = in_place
        self.accounts.set_rows(rows)
        self.accounts.proxy.sort(-1)  # keep the service's order: biggest share first
        if not (current and self.select_account(current)) and rows:
            self.accounts.table.selectRow(0)
        if not rows:
            self.dossier.show_account(None)

    def _in_scope(self, rows: list) -> list:
        from kamdesk.services.team.members import TeamService

        team = TeamService(self.context.db)
        users = team.list_users()
        self.scope.setVisible(bool(users))  # a laptop of one has no one else's accounts
        if not users or self.scope.currentData() != "mine":
            return rows
        me = team.me(self.context.user_email)
        mine = team.account_ids_of(me.id if me else None)
        return [a for a in rows if a.id in mine]

    def current_account_id(self) -> uuid.UUID | None:
        row = self.accounts.current()
        return row.id if row is not None else None

    def select_account(self, account_id: uuid.UUID | None) -> bool:
        if account_id is None:
            return False
        found = self.accounts.select_where(lambda a: a.id == account_id)
        if found and self.dossier.account_id != account_id:
            self.dossier.show_account(account_id)
        return found

    def _selection_changed(self, *_args) -> None:
        account_id = self.current_account_id()
        if account_id != self.dossier.account_id:
            self.dossier.show_account(account_id)

    # -- actions (menus and shortcuts land here)
    def new_account(self) -> None:
        self.dialog = AccountDialog(self.context.db, None, self)
        self.dialog.accepted.connect(self._account_created)
        self.dialog.open()

    def _account_created(self) -> None:
        new_id = self.dialog.saved_id
        self.context.notify(Changes.of(Record.ACCOUNT, account=new_id))
        self.context.open_account.emit(new_id)

    def new_person(self) -> None:
        self.dossier.people.new_person()

    def log_contact(self) -> None:
        self.dossier.log_contact()

    def plan_meeting(self) -> None:
        self.dossier.plan_meeting()

    def new_task(self) -> None:
        self.dossier.new_task()

    def new_proposal(self) -> None:
        self.dossier.new_proposal()

    def brief(self) -> None:
        self.dossier.brief()

    def delete_account(self) -> None:
        self.dossier.delete_account()
