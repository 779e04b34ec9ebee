"""The dossier of one account: a header with the main actions, then one tab per subject."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.changes import Changes, Record
from kamdesk.services.accounts import AccountService
from kamdesk.services.errors import NotFoundError
from kamdesk.ui import theme
from kamdesk.ui.dialogs.entries import AccountDialog
from kamdesk.ui.display_labels import label
from kamdesk.ui.dossier.activity_tabs import InteractionsTab, MeetingsTab
from kamdesk.ui.dossier.after_sale_tabs import CrossSellTab, ReferralsTab, ServiceCasesTab
from kamdesk.ui.dossier.deals_tabs import ProposalsTab, TendersTab
from kamdesk.ui.dossier.overview_tab import OverviewTab
from kamdesk.ui.dossier.people_tab import PeopleTab
from kamdesk.ui.dossier.relationship_map_view import RelationshipMapTab
from kamdesk.ui.dossier.tasks_tab import TasksTab
from kamdesk.ui.list_view import ListView
from kamdesk.ui.notices import watching


class DossierView(QWidget):
    """`account_changed(account_id or None)` fires when another account is shown."""

    account_changed = Signal(object)

    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.account_id: uuid.UUID | None = None
        self.title = QLabel()
        self.title.setObjectName("dossier-title")
        self.title.setStyleSheet("font-size: 17pt; font-weight: 600;")
        self.subtitle = QLabel()
        theme.muted(self.subtitle)
        header = QHBoxLayout()
        names = QVBoxLayout()
        names.addWidget(self.title)
        names.addWidget(self.subtitle)
        header.addLayout(names, 1)
        self.brief_button = QPushButton(self.tr("Brief…"))
        self.brief_button.setToolTip(self.tr("The briefing PDF for this account (Ctrl+B)"))
        self.brief_button.clicked.connect(self.brief)
        self.log_button = QPushButton(self.tr("Log contact…"))
        self.log_button.setObjectName("log-contact")
        self.log_button.setToolTip(self.tr("Ctrl+L"))
        self.log_button.clicked.connect(self.log_contact)
        self.task_button = QPushButton(self.tr("New task…"))
        self.task_button.setObjectName("new-task")
        self.task_button.setToolTip(self.tr("A task on this account (Ctrl+T)"))
        self.task_button.clicked.connect(lambda: self.new_task())
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_account)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("delete-account")
        self.delete_button.clicked.connect(self.delete_account)
        for button in (self.brief_button, self.log_button, self.task_button, self.edit_button,
                       self.delete_button):
            header.addWidget(button)

        self.overview = OverviewTab(context)
        self.people = PeopleTab(context)
        self.map = RelationshipMapTab(context)
        self.interactions = InteractionsTab(context)
        self.meetings = MeetingsTab(context)
        self.tasks = TasksTab(context)
        self.proposals = ProposalsTab(context)
        self.tenders = TendersTab(context)
        self.service_cases = ServiceCasesTab(context)
        self.cross_sell = CrossSellTab(context)
        self.referrals = ReferralsTab(context)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(True)
        for tab, text in (
            (self.overview, self.tr("Overview")),
            (self.people, self.tr("People")),
            (self.map, self.tr("Map")),
            (self.interactions, self.tr("Contacts")),
            (self.meetings, self.tr("Meetings")),
            (self.tasks, self.tr("Tasks")),
            (self.proposals, self.tr("Proposals")),
            (self.tenders, self.tr("Tenders")),
            (self.service_cases, self.tr("Service")),
            (self.cross_sell, self.tr("Cross-sell")),
            (self.referrals, self.tr("Referrals")),
        ):
            self.tabs.addTab(tab, text)
        self.tabs.currentChanged.connect(lambda _: self._load_current())
        body = QWidget()
        column = QVBoxLayout(body)
        column.addLayout(header)
        column.addWidget(self.tabs, 1)
        self.nothing = QLabel(self.tr("Choose an account on the left."))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.nothing)
        self.stack.addWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self._loaded: set[int] = set()

    def all_tabs(self):
        return [self.tabs.widget(i) for i in range(self.tabs.count())]

    def show_account(self, account_id: uuid.UUID | None) -> None:
        self._loaded.clear()
        account = None
        if account_id is not None:
            try:
                account = AccountService(self.context.db).get_account(account_id)
            except NotFoundError:
                account_id = None
        changed = account_id != self.account_id
        self._set_account(account_id)
        if changed:
            self.account_changed.emit(account_id)
        if account is None:
            self.stack.setCurrentWidget(self.nothing)
            return
        self.title.setText(account.name)
        self.subtitle.setText(" · ".join(p for p in (label(account.tier), account.industry,
                                                     account.city) if p))
        self.stack.setCurrentIndex(1)
        self._load_current()

    def _set_account(self, account_id: uuid.UUID | None) -> None:
        # Every tab learns the account now, loaded or not: an action started from a menu or a
        # shortcut while another tab is visible must act on the account on screen.
        self.account_id = account_id
        for tab in self.all_tabs():
            tab.account_id = account_id

    def _load_current(self) -> None:
        # Tabs load when first shown, so switching accounts stays quick.
        index = self.tabs.currentIndex()
        if self.account_id is not None and index not in self._loaded:
            self._loaded.add(index)
            self.tabs.widget(index).load(self.account_id)

    def apply_changes(self, changes: Changes) -> None:
        """Redraw what shows records `changes` names: the tab on screen now, in place; the
        other tabs when they are next shown. Another account's changes leave it alone."""
        if self.account_id is None or not changes.touches_account(self.account_id):
            return
        current = self.tabs.currentWidget()
        if Record.ACCOUNT in changes.records:  # the header too; or the account is gone
            self._in_place(current, lambda: self.show_account(self.account_id))
            return
        for index, tab in enumerate(self.all_tabs()):
            if watching(tab, changes) and not (tab is current and self._updated(tab, changes)):
                self._loaded.discard(index)
        self._in_place(current, self._load_current)

    def _updated(self, tab, changes: Changes) -> bool:
        """Whether the tab on screen redrew just the rows `changes` names (People, after one
        person is saved), so that it need not load its whole list again."""
        update = getattr(tab, "update_changed", None)
        return (self.tabs.indexOf(tab) in self._loaded and update is not None
                and bool(update(changes)))

    def _in_place(self, tab, load) -> None:
        in_place = isinstance(tab, ListView)
        if in_place:
            tab.in_place = True
        load()
        if in_place:
            tab.in_place = False

    def show_entry(self, kind: str, entry_id: uuid.UUID) -> None:
        """Show the tab of a person, proposal, meeting, contact or task, that row selected."""
        tab = {"person": self.people, "proposal": self.proposals, "meeting": self.meetings,
               "interaction": self.interactions, "task": self.tasks}.get(kind)
        if tab is not None:
            self.tabs.setCurrentWidget(tab)
            tab.select_where(lambda row: row.id == entry_id)

    # -- actions
    def log_contact(self) -> None:
        if self.account_id is not None:
            self.tabs.setCurrentWidget(self.interactions)
            self.interactions.log_contact()

    def plan_meeting(self) -> None:
        if self.account_id is not None:
            self.tabs.setCurrentWidget(self.meetings)
            self.meetings.plan()

    def new_task(self, person_id: uuid.UUID | None = None) -> None:
        if self.account_id is not None:
            self.tabs.setCurrentWidget(self.tasks)
            self.tasks.new_task(person_id)

    def new_proposal(self) -> None:
        if self.account_id is not None:
            self.tabs.setCurrentWidget(self.proposals)
            self.proposals.new_proposal()

    def brief(self, meeting_id: uuid.UUID | None = None) -> None:
        if self.account_id is None:
            return
        from kamdesk.ui.brief_preview import open_brief_preview

        open_brief_preview(
            self, self.context.db, self.account_id, meeting_id, today=self.context.today(),
            settings=self.context.settings,
        )

    def edit_account(self) -> None:
        if self.account_id is None:
            return
        self.dialog = AccountDialog(self.context.db, self.account_id, self)
        self.dialog.accepted.connect(lambda: self.context.notify(
            Changes.of(Record.ACCOUNT, account=self.account_id)))
        self.dialog.open()

    def delete_account(self) -> None:
        """Ask first, naming how many entries go to the trash with the account."""
        if self.account_id is None:
            return
        name = self.title.text()
        entries = AccountService(self.context.db).deletion_preview(self.account_id).entries
        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Delete account"),
            self.tr("Move “%1” and its %n entries to the trash?", "", entries).replace("%1", name)
            if entries else self.tr("Move “%1” to the trash?").replace("%1", name),
            QMessageBox.StandardButton.Cancel, self,
        )
        box.setObjectName("confirm-delete-account")
        box.setInformativeText(self.tr("You can bring it all back from the Trash page."))
        delete = box.addButton(self.tr("Move to the trash"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not delete:
            return
        batch = AccountService(self.context.db).delete_account(self.account_id)
        self.context.notify_deleted(batch, name, Changes.everything())

