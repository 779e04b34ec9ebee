"""The main window: navigation on the left, the pages in the middle, where the data lives below.

The frame is built before the database opens (importing the ORM takes longer than showing a
window); `attach_database` then builds the pages, which import the services.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from kamdesk.ui.menu_actions import MenuActions
from kamdesk.ui.navigation import NavigationPane
from kamdesk.ui.settings import Settings
from kamdesk.ui.status_line import BackupStatus, UndoOffer

if TYPE_CHECKING:
    from kamdesk.domain.changes import Changes
    from kamdesk.ui.pages.accounts_page import AccountsPage
    from kamdesk.ui.pages.department_page import DepartmentPage
    from kamdesk.ui.pages.first_run_page import FirstRunPage
    from kamdesk.ui.pages.person_page import PersonPage
    from kamdesk.ui.pages.portfolio_page import PortfolioPage
    from kamdesk.ui.pages.search_page import SearchPage
    from kamdesk.ui.pages.today_page import TodayPage
    from kamdesk.ui.pages.trash_page import TrashPage

PAGE_TODAY, PAGE_ACCOUNTS, PAGE_PORTFOLIO, PAGE_TRASH = range(4)
PAGE_DEPARTMENT = 4  # team mode: the head's view of every KAM
# How long a save from the window waits for another program's write lock before it says
# "busy" (the dialog keeps the input); background jobs wait the store's full timeout.
GUI_BUSY_TIMEOUT_MS = 300


class MainWindow(MenuActions, QMainWindow):
    """The pages exist once a database is attached (`attach_database`); `pages` names them
    all, for going through them. A page not on screen when its records change is stale and
    redraws when it is next shown."""

    backed_up = Signal(object)  # the path of the copy File ▸ Back up now… wrote
    today_page: TodayPage
    accounts_page: AccountsPage
    portfolio_page: PortfolioPage
    trash_page: TrashPage
    department_page: DepartmentPage
    first_run_page: FirstRunPage
    search_page: SearchPage
    person_page: PersonPage

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.context = None
        self.pages: dict[str, QWidget] = {}
        self._stale: set[QWidget] = set()
        self._over: QWidget | None = None  # search results or a person, over the page chosen
        self.setWindowTitle(self.tr("KAMDesk"))
        self.resize(1280, 800)

        self.navigation_pane = NavigationPane(
            [self.tr("Today"), self.tr("Accounts"), self.tr("Portfolio"), self.tr("Trash"),
             self.tr("Department")]
        )
        self.navigation = self.navigation_pane.pages
        self.navigation_pane.summary_clicked.connect(
            lambda: self.navigation.setCurrentRow(PAGE_TODAY)
        )
        self.stack = QStackedWidget()
        self.opening = QLabel(self.tr("Opening your dossiers…"))
        self.opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.opening)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.navigation_pane)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(1)
        self.splitter.setSizes([180, 1100])
        self.setCentralWidget(self.splitter)

        self.search_box = QLineEdit()
        self.search_box.setObjectName("search")
        self.search_box.setPlaceholderText(self.tr("Search everything…  (Ctrl+K)"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMinimumWidth(320)
        toolbar = self.addToolBar(self.tr("Search"))
        toolbar.setObjectName("search-toolbar")
        toolbar.setMovable(False)
        toolbar.addWidget(self.search_box)

        self.location_label = QLabel()
        self.location_label.setContentsMargins(6, 0, 0, 0)
        self.undo_offer = UndoOffer()
        self.undo_button = self.undo_offer.button
        self.undo_button.clicked.connect(self.undo)
        self.backup_status = BackupStatus()
        self.statusBar().addWidget(self.location_label, 1)
        self.statusBar().addPermanentWidget(self.undo_offer)
        self.statusBar().addPermanentWidget(self.backup_status)
        from kamdesk.ui.window_menus import build_menus

        build_menus(self)
        from kamdesk.ui.window_extras import add_extras

        add_extras(self)  # icons, a toolbar, Settings and the Help menu
        self._restore_layout()

    # -- frame
    def _restore_layout(self) -> None:
        if geometry := self.settings.window_geometry():
            self.restoreGeometry(geometry)
        if state := self.settings.splitter_state("main"):
            self.splitter.restoreState(state)

    def settings_changed(self) -> None:
        """Edit ▸ Settings… was accepted: the pages read what they use again."""
        if self.context is None:
            return
        self.today_page.settings_changed()
        self.refresh()

    def show_location(self, text: str) -> None:
        self.location_label.setText(text)

    def bring_to_front(self) -> None:
        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.show()
        self.raise_()
        self.activateWindow()

    # -- pages
    def attach_database(self, db, today: Callable[[], date] = date.today) -> None:
        """Build the pages on the open database (this is where the services get imported)."""
        from kamdesk.ui.backup_actions import BackupKeeper
        from kamdesk.ui.context import AppContext
        from kamdesk.ui.pages.accounts_page import AccountsPage
        from kamdesk.ui.pages.department_page import DepartmentPage
        from kamdesk.ui.pages.first_run_page import FirstRunPage
        from kamdesk.ui.pages.person_page import PersonPage
        from kamdesk.ui.pages.portfolio_page import PortfolioPage
        from kamdesk.ui.pages.search_page import SearchPage
        from kamdesk.ui.pages.today_page import TodayPage
        from kamdesk.ui.pages.trash_page import TrashPage

        self._detach()
        db.wait_briefly_on_this_thread(GUI_BUSY_TIMEOUT_MS)
        self._today = today
        self.context = context = AppContext(db, today, self)
        context.settings = self.settings
        self.keeper = BackupKeeper(db, self.settings, self)
        self.keeper.backed_up.connect(lambda _: self.show_backup_state())
        self.keeper.failed.connect(lambda text: self.statusBar().showMessage(text, 8000))
        context.changed.connect(lambda _changes: self.keeper.note_change())
        # a deletion or an import may have taken a copy
        context.changed.connect(lambda _changes: self.show_backup_state())
        self.today_page = TodayPage(context, self.settings)
        self.accounts_page = AccountsPage(context, self.settings)
        self.portfolio_page = PortfolioPage(context)
        self.trash_page = TrashPage(context)
        self.first_run_page = FirstRunPage(context)
        self.search_page = SearchPage(context)
        self.person_page = PersonPage(context)
        self.department_page = DepartmentPage(context)
        self.pages = {
            "today": self.today_page, "accounts": self.accounts_page,
            "portfolio": self.portfolio_page, "trash": self.trash_page,
            "first_run": self.first_run_page, "search": self.search_page,
            "person": self.person_page, "department": self.department_page,
        }
        for page in self.pages.values():
            self.stack.addWidget(page)
        self._search_timer = QTimer(self, singleShot=True, interval=150)
        self._search_timer.timeout.connect(self._run_search)
        self._attached = [
            self.search_box.textChanged.connect(lambda _: self._search_timer.start()),
            self.search_box.returnPressed.connect(self.search_page.open_first),
            self.navigation.currentRowChanged.connect(self._show_page),
            # Clicking the page already chosen leaves search results or a person's page too.
            self.navigation.itemClicked.connect(
                lambda item: self._show_page(self.navigation.row(item))),
        ]
        context.changed.connect(self.apply_changes)
        context.undoable.connect(self.offer_undo)
        context.status.connect(lambda text, ms: self.statusBar().showMessage(text, ms))
        context.open_account.connect(self.open_account)
        context.open_person.connect(self.open_person)
        context.open_meeting.connect(lambda account, meeting:
                                     self.open_entry(account, "meeting", meeting))
        context.open_entry.connect(self.open_entry)
        self.accounts_page.dossier.account_changed.connect(self._account_shown)
        self.first_run_page.loaded.connect(lambda: self.navigation.setCurrentRow(PAGE_ACCOUNTS))
        self.first_run_page.new_account_asked.connect(self.accounts_page.new_account)
        self.backup_action.setEnabled(db.path is not None)
        self.restore_action.setEnabled(db.path is not None)
        self.encryption.update(db)
        self.navigation.setCurrentRow(PAGE_ACCOUNTS)  # the page read at start
        self.refresh()
        self._account_shown(self.accounts_page.dossier.account_id)
        self.show_backup_state()

    def _detach(self) -> None:
        """Drop the pages of the database shown before (after a restore)."""
        for connection in getattr(self, "_attached", []):
            QObject.disconnect(connection)
        self._attached = []
        for page in self.pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages = {}
        self._stale = set()
        self._over = None
        for old in (
            self.context,
            getattr(self, "keeper", None),
            getattr(self, "_search_timer", None),
        ):
            if old is not None:
                old.deleteLater()
        self.context = None

    def go_to(self, row: int) -> None:
        """A page of the navigation, even the one already chosen (leaving a person's page)."""
        self.navigation.setCurrentRow(row)
        self._show_page(row)

    def _show_page(self, row: int) -> None:
        """Show the page chosen in the navigation (leaving search results or a person)."""
        self._over = None
        self._show_current()

    def _show_current(self) -> None:
        if not self.pages:
            return
        if self._over is not None:
            self._bring_up(self._over)
            return
        chosen = (self.today_page, self.accounts_page, self.portfolio_page, self.trash_page,
                  self.department_page)[max(0, self.navigation.currentRow())]
        if chosen is self.accounts_page:
            self._freshen(chosen)  # is it still empty?
            if chosen.is_empty():
                chosen = self.first_run_page
        self._bring_up(chosen)

    def _bring_up(self, page: QWidget) -> None:
        self._freshen(page)
        self.stack.setCurrentWidget(page)

    def _freshen(self, page) -> None:
        """A stale page redraws before it is shown."""
        if page in self._stale:
            self._stale.discard(page)
            page.refresh()

    def refresh(self) -> None:
        """Everything again: at start, after Settings, after a restore. Only the page on
        screen is read now; the others are stale and read when they are next shown (at
        start the department's view alone took 7 s of M's 7.4 s)."""
        self._stale = set(self.pages.values())
        if self.context is not None:
            self.navigation_pane.refresh(self.context.db, self.context.today())
        self._after_change()

    def apply_changes(self, changes: Changes) -> None:
        """Only the pages that show the records changed: the page on screen now (in place
        where it can), the others when they are next shown; the week's summary off the GUI
        thread."""
        from kamdesk.ui.notices import AGENDA

        shown = self.stack.currentWidget()
        for page in self.pages.values():
            if page.shows(changes):
                if page is shown:
                    self._stale.discard(page)
                    page.apply_changes(changes)
                else:
                    self._stale.add(page)
        if changes.touches(AGENDA):
            self.navigation_pane.refresh(self.context.db, self.context.today(), off_thread=True)
        self._after_change()

    def _after_change(self) -> None:
        if self._over is self.person_page and self.person_page.person is None:
            self._over = None  # the person was deleted
        self._show_current()
        self.undo_offer.check()  # e.g. restored from the Trash page: Undo would fail

    def open_account(self, account_id: uuid.UUID) -> None:
        self.navigation.setCurrentRow(PAGE_ACCOUNTS)
        self._show_page(PAGE_ACCOUNTS)
        self.accounts_page.select_account(account_id)

    def open_person(self, account_id: uuid.UUID, person_id: uuid.UUID) -> None:
        """The person's page; the account on screen (for Ctrl+L, Ctrl+T…) becomes theirs."""
        self.open_account(account_id)
        page = self.person_page
        if page.show_person(person_id):
            self._over = page
            self._show_current()

    def open_entry(self, account_id: uuid.UUID, kind: str, entry_id: uuid.UUID) -> None:
        self.open_account(account_id)
        self.accounts_page.dossier.show_entry(kind, entry_id)

    def _account_shown(self, account_id: uuid.UUID | None) -> None:
        for action in self.account_actions.values():
            action.setEnabled(account_id is not None)

    def on_account(self, on_account: Callable[[AccountsPage], None],
                   on_person: Callable[[PersonPage], None] | None = None) -> None:
        """An Account menu action: on the person's page when it has its own, else on the
        Accounts page (shown first)."""
        if not self.pages:
            return
        if self._over is self.person_page and on_person is not None:
            on_person(self.person_page)
            return
        self.navigation.setCurrentRow(PAGE_ACCOUNTS)
        self._show_page(PAGE_ACCOUNTS)
        on_account(self.accounts_page)

    # -- search
    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def _run_search(self) -> None:
        text = self.search_box.text().strip()
        if not text:
            if self._over is self.search_page:
                self._show_page(self.navigation.currentRow())
            return
        self._over = self.search_page
        self._show_current()
        self.search_page.search(text)

    # -- undo
    def offer_undo(self, step) -> None:
        self.undo_offer.offer(step)

    def undo(self) -> None:
        step = self.undo_offer.take()
        if step is None or self.context is None:
            return
        from kamdesk.services.errors import StoreError

        try:
            step.undo()
        except StoreError as error:
            self.statusBar().showMessage(str(error), 5000)
            return
        self.statusBar().showMessage(self.tr("Undone."), 3000)
        from kamdesk.domain.changes import Changes

        self.context.notify(Changes.everything())

    # -- backups
    def close_database(self) -> None:
        if self.context is not None:
            self.context.db.close()

    # -- closing
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.settings.set_window_geometry(self.saveGeometry())
        self.settings.set_splitter_state("main", self.splitter.saveState())
        if self.pages:
            self.accounts_page.save_layout()
        self.settings.sync()
        if self.context is not None and (failed := self.keeper.back_up_on_close()):
            self.show_error(self.tr("The backup on closing failed"), failed)
        super().closeEvent(event)

    def show_error(self, title: str, message: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Critical, title, message, QMessageBox.StandardButton.Ok, self
        )
        box.setObjectName("error")
        box.exec()
