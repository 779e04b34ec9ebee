"""The main window: navigation on the left, the pages in the middle, where the data lives below.

The frame is built before the database opens (importing the ORM takes longer than showing a
window); `attach_database` then builds the pages, which import the services.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
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

PAGE_TODAY, PAGE_ACCOUNTS, PAGE_PORTFOLIO, PAGE_TRASH = range(4)
PAGE_DEPARTMENT = 4  # team mode: the head's view of every KAM


class MainWindow(MenuActions, QMainWindow):
    backed_up = Signal(object)  # the path of the copy File ▸ Back up now… wrote

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.context = None
        self.pages: dict[str, QWidget] = {}
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
        self._build_menus()
        from kamdesk.ui.window_extras import add_extras

        add_extras(self)  # icons, a toolbar, Settings and the Help menu
        self._restore_layout()

    # -- frame
    def _action(self, menu, text: str, slot: Callable, *keys) -> QAction:
        action = QAction(text, self)
        if keys:
            action.setShortcuts([QKeySequence(k) for k in keys])
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.import_action = self._action(file_menu, self.tr("&Import…"), self.open_import)
        self.export_action = self._action(file_menu, self.tr("&Export…"), self.open_export)
        file_menu.addSeparator()
        self.backup_action = self._action(file_menu, self.tr("&Back up now…"), self.back_up_now)
        self.backup_action.setEnabled(False)
        self.restore_action = self._action(file_menu, self.tr("&Restore…"), self.open_restore)
        self.restore_action.setEnabled(False)
        file_menu.addSeparator()
        from kamdesk.ui.encryption_actions import EncryptionMenu

        self.encryption = EncryptionMenu(self, file_menu)
        self.audit_action = self._action(file_menu, self.tr("What &left the app…"),
                                         self.open_audit)  # fmt: skip
        self.team_action = self._action(file_menu, self.tr("&Team server…"), self.open_team_server)
        file_menu.addSeparator()
        self.quit_action = self._action(
            file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit
        )
        edit_menu = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self._action(
            edit_menu, self.tr("&Undo"), self.undo, QKeySequence.StandardKey.Undo
        )
        self.undo_action.setEnabled(False)
        self.undo_offer.available.connect(self.undo_action.setEnabled)
        self.find_action = self._action(
            edit_menu, self.tr("&Find…"), self.focus_search, "Ctrl+K", "Ctrl+F"
        )
        account_menu = bar.addMenu(self.tr("&Account"))
        self.new_account_action = self._action(
            account_menu, self.tr("&New account…"), lambda: self._accounts("new_account"),
            QKeySequence.StandardKey.New)  # fmt: skip
        # These act on the account on screen; with no account they are greyed out.
        self.account_actions: dict[str, QAction] = {}
        for text, action, keys in (
            (self.tr("New &person…"), "new_person", ("Ctrl+Shift+P",)),
            (self.tr("&Log a contact…"), "log_contact", ("Ctrl+L",)),
            (self.tr("New &task…"), "new_task", ("Ctrl+T",)),
            (self.tr("Plan a &meeting…"), "plan_meeting", ()),
            (self.tr("New p&roposal…"), "new_proposal", ()),
            (self.tr("&Brief…"), "brief", ("Ctrl+B",)),
            (None, "", ()),
            (self.tr("&Delete account…"), "delete_account", ()),
        ):
            if text is None:
                account_menu.addSeparator()
                continue
            self.account_actions[action] = self._action(
                account_menu, text, lambda _=False, a=action: self._accounts(a), *keys
            )
            self.account_actions[action].setEnabled(False)
        self.trip_action = self._action(
            account_menu, self.tr("&Trip brief for a city…"), self.ask_trip_brief
        )
        go_menu = bar.addMenu(self.tr("&Go"))
        for row, key in enumerate(("Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4", "Ctrl+5")):
            text = self.navigation.item(row).text()
            self._action(go_menu, text, lambda _=False, r=row: self.go_to(r), key)

    def _restore_layout(self) -> None:
        if geometry := self.settings.window_geometry():
            self.restoreGeometry(geometry)
        if state := self.settings.splitter_state("main"):
            self.splitter.restoreState(state)

    def settings_changed(self) -> None:
        """Edit ▸ Settings… was accepted: the pages read what they use again."""
        for page in self.pages.values():
            if hasattr(page, "settings_changed"):
                page.settings_changed()
        if self.context is not None:
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
        self._today = today
        self.context = context = AppContext(db, today, self)
        context.settings = self.settings
        self.keeper = BackupKeeper(db, self.settings, self)
        self.keeper.backed_up.connect(lambda _: self.show_backup_state())
        self.keeper.failed.connect(lambda text: self.statusBar().showMessage(text, 8000))
        context.changed.connect(self.keeper.note_change)
        context.changed.connect(self.show_backup_state)  # a deletion may have taken a copy
        self.pages = {
            "today": TodayPage(context, self.settings),
            "accounts": AccountsPage(context, self.settings),
            "portfolio": PortfolioPage(context),
            "trash": TrashPage(context),
            "first_run": FirstRunPage(context),
            "search": SearchPage(context),
            "person": PersonPage(context),
            "department": DepartmentPage(context),
        }
        for page in self.pages.values():
            self.stack.addWidget(page)
        self._search_timer = QTimer(self, singleShot=True, interval=150)
        self._search_timer.timeout.connect(self._run_search)
        self._attached = [
            self.search_box.textChanged.connect(lambda _: self._search_timer.start()),
            self.search_box.returnPressed.connect(self.pages["search"].open_first),
            self.navigation.currentRowChanged.connect(self._show_page),
            # Clicking the page already chosen leaves search results or a person's page too.
            self.navigation.itemClicked.connect(
                lambda item: self._show_page(self.navigation.row(item))),
        ]
        context.changed.connect(self.refresh)
        context.undoable.connect(self.offer_undo)
        context.open_account.connect(self.open_account)
        context.open_person.connect(self.open_person)
        context.open_entry.connect(self.open_entry)
        self.pages["accounts"].dossier.account_changed.connect(self._account_shown)
        self.pages["first_run"].loaded.connect(lambda: self.navigation.setCurrentRow(PAGE_ACCOUNTS))
        self.backup_action.setEnabled(db.path is not None)
        self.restore_action.setEnabled(db.path is not None)
        self.encryption.update(db)
        self.refresh()
        self._account_shown(self.pages["accounts"].dossier.account_id)
        self.show_backup_state()
        self.navigation.setCurrentRow(PAGE_ACCOUNTS)
        self._show_page(PAGE_ACCOUNTS)

    def _detach(self) -> None:
        """Drop the pages of the database shown before (after a restore)."""
        for connection in getattr(self, "_attached", []):
            QObject.disconnect(connection)
        self._attached = []
        for page in self.pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages = {}
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
            self.stack.setCurrentWidget(self._over)
            return
        names = ("today", "accounts", "portfolio", "trash", "department")
        name = names[max(0, self.navigation.currentRow())]
        if name == "accounts" and self.pages["accounts"].is_empty():
            name = "first_run"
        self.stack.setCurrentWidget(self.pages[name])

    def refresh(self) -> None:
        for page in self.pages.values():
            page.refresh()
        if self.context is not None:
            self.navigation_pane.refresh(self.context.db, self.context.today())
        if self._over is self.pages.get("person") and self._over.person is None:
            self._over = None  # the person was deleted
        self._show_current()
        self.undo_offer.check()  # e.g. restored from the Trash page: Undo would fail

    def open_account(self, account_id: uuid.UUID) -> None:
        self.navigation.setCurrentRow(PAGE_ACCOUNTS)
        self._show_page(PAGE_ACCOUNTS)
        self.pages["accounts"].select_account(account_id)

    def open_person(self, account_id: uuid.UUID, person_id: uuid.UUID) -> None:
        """The person's page; the account on screen (for Ctrl+L, Ctrl+T…) becomes theirs."""
        self.open_account(account_id)
        page = self.pages["person"]
        if page.show_person(person_id):
            self._over = page
            self._show_current()

    def open_entry(self, account_id: uuid.UUID, kind: str, entry_id: uuid.UUID) -> None:
        self.open_account(account_id)
        self.pages["accounts"].dossier.show_entry(kind, entry_id)

    def _account_shown(self, account_id: uuid.UUID | None) -> None:
        for action in self.account_actions.values():
            action.setEnabled(account_id is not None)

    def _accounts(self, action: str) -> None:
        if not self.pages:
            return
        person = self.pages["person"]
        if self._over is person and action in ("log_contact", "new_task"):
            getattr(person, action)()  # on the person's page: with them filled in
            return
        self.navigation.setCurrentRow(PAGE_ACCOUNTS)
        self._show_page(PAGE_ACCOUNTS)
        getattr(self.pages["accounts"], action)()

    # -- search
    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def _run_search(self) -> None:
        text = self.search_box.text().strip()
        if not text:
            if self._over is self.pages["search"]:
                self._show_page(self.navigation.currentRow())
            return
        self._over = self.pages["search"]
        self._show_current()
        self.pages["search"].search(text)

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
        self.context.changed.emit()

    # -- backups
    def close_database(self) -> None:
        if self.context is not None:
            self.context.db.close()

    # -- closing
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self.pages and not self.pages["accounts"].can_close():
            event.ignore()
            return
        self.settings.set_window_geometry(self.saveGeometry())
        self.settings.set_splitter_state("main", self.splitter.saveState())
        for page in self.pages.values():
            if hasattr(page, "save_layout"):
                page.save_layout()
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
