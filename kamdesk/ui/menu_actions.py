"""What the File menu does (backups, restore, import, export, audit, the team server) and the
Account menu's trip brief, for the main window: each opens a dialog or runs a job and
reports in the status line. A mixin of `MainWindow`, which holds `context` and `settings`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from kamdesk.domain.changes import Changes
from kamdesk.ui.worker import run_in_background

translate = QCoreApplication.translate  # called with literals, for lupdate ("MainWindow")


class MenuActions:
    # The menus' actions, made by window_menus.build_menus and window_extras.add_extras.
    import_action: QAction
    export_action: QAction
    backup_action: QAction
    restore_action: QAction
    audit_action: QAction
    team_action: QAction
    quit_action: QAction
    undo_action: QAction
    find_action: QAction
    new_account_action: QAction
    account_actions: dict[str, QAction]  # the Account menu's, acting on the account on screen
    trip_action: QAction
    settings_action: QAction
    getting_started_action: QAction
    shortcuts_action: QAction
    about_action: QAction

    def trip_cities(self) -> list[str]:
        """Cities with at least one account, for a trip brief."""
        from kamdesk.services.accounts import AccountService

        accounts = AccountService(self.context.db).list_accounts()
        return sorted({a.city for a in accounts if a.city}, key=str.casefold)

    def open_trip_brief(self, city: str):
        """One PDF with a brief for every account in `city`, behind a table of contents."""
        from kamdesk.ui.brief_preview import open_trip_preview

        return open_trip_preview(self, self.context.db, city, self.context.today(),
                                 settings=self.settings)

    def ask_trip_brief(self) -> None:
        if self.context is None:
            return
        from PySide6.QtWidgets import QInputDialog

        cities = self.trip_cities()
        if not cities:
            self.show_error(translate("MainWindow", "Trip brief"),
                            translate("MainWindow", "No account has a city yet."))
            return
        city, chosen = QInputDialog.getItem(
            self, translate("MainWindow", "Trip brief"),
            translate("MainWindow", "Briefs for every account in:"), cities, 0, False,
        )
        if chosen:
            self.open_trip_brief(city)

    def show_backup_state(self) -> None:
        if self.context is None or self.context.db.path is None:
            self.backup_status.hide()  # a server database is backed up by its administrator
            return
        from kamdesk.services.backups import last_backup

        # The copies taken before a deletion or an import go beside the database even when
        # the automatic ones go to the folder chosen in Settings: the newest of either counts.
        found = [last_backup(self.context.db, folder)
                 for folder in {self.settings.backup_folder(), None}]
        when = max((w for w in found if w is not None), default=None)
        self.backup_status.show_last(when, datetime.now().astimezone())
        self.backup_status.show()

    def back_up_now(self) -> None:
        if self.context is None:
            return
        from kamdesk.services.backups import make_backup

        db, folder = self.context.db, self.settings.backup_folder()
        self.backup_action.setEnabled(False)
        self.statusBar().showMessage(translate("MainWindow", "Backing up…"))
        self._backup_job = run_in_background(
            lambda: make_backup(db, "manual", folder), self._backed_up, self._backup_failed, self
        )

    def _backed_up(self, path) -> None:
        self.backup_action.setEnabled(True)
        text = translate("MainWindow", "Backed up to %1").replace("%1", str(path))
        self.statusBar().showMessage(text, 8000)
        self.show_backup_state()
        self.backed_up.emit(path)

    def _backup_failed(self, error: Exception) -> None:
        self.backup_action.setEnabled(True)
        self.statusBar().clearMessage()
        self.show_error(translate("MainWindow", "The backup failed"), str(error))

    def open_restore(self) -> None:
        """File ▸ Restore…: choose a backup (or a file); it replaces the database once checked."""
        if self.context is None or self.context.db.path is None:
            return
        from kamdesk.ui.backup_actions import backups_of
        from kamdesk.ui.dialogs.restore_dialog import RestoreDialog

        self.restore_dialog = RestoreDialog(backups_of(self.context.db.path, self.settings), self)
        self.restore_dialog.accepted.connect(lambda: self.restore_from(self.restore_dialog.chosen))
        self.restore_dialog.open()

    def restore_from(self, source: Path) -> bool:
        """Replace the database with `source` (checked first); False, and a message, if not."""
        from kamdesk.ui.backup_actions import restore_in_window

        return restore_in_window(self, source)

    def open_import(self) -> None:
        if self.context is None:
            return
        from kamdesk.ui.import_wizard import ImportWizard

        wizard = ImportWizard(self.context.db, self)
        wizard.finished.connect(lambda _: self.context.notify(Changes.everything()))
        wizard.show()

    def open_export(self) -> None:
        if self.context is None:
            return
        from kamdesk.ui.export_actions import export_dialog

        export_dialog(self, self.context.db, self.accounts_page.current_account_id())

    def open_audit(self):
        if self.context is None:
            return None
        from kamdesk.ui.dialogs.audit_dialog import AuditDialog

        self.audit_dialog = AuditDialog(self.context.db, self)
        self.audit_dialog.open()
        return self.audit_dialog

    # Set by the app: moves the one-app-per-database lock to the database now shown.
    lock_follows: Callable[[str], None] | None = None

    def open_team_server(self) -> None:
        """Connect to the department's server: the window switches to it at once (unless an
        edit is unsaved: then at the next start, as it says), and it is remembered."""
        from kamdesk.ui.dialogs.connection_dialog import ConnectionDialog
        from kamdesk.ui.team_settings import TeamSettings

        dialog = ConnectionDialog(TeamSettings(self.settings.store).address(), self)
        dialog.accepted.connect(lambda: self.switch_to_server(dialog.address(), dialog.database))
        dialog.open()

    def switch_to_server(self, address, database) -> None:
        """Show the open server `database` instead of the current one; `address` is
        remembered for the next start."""
        from kamdesk.ui.team_settings import TeamSettings

        TeamSettings(self.settings.store).set_address(address)
        shown = address.shown()
        # Edits happen in modal dialogs, so none is open while this one was: switch now.
        before = self.context.db if self.context is not None else None
        self.attach_database(database)
        if before is not None:
            before.close()
        if self.lock_follows is not None:
            self.lock_follows(shown)
        self.show_location(translate("App", "Data: %1").replace("%1", shown))
        text = translate("MainWindow", "Connected to %1.")
        self.statusBar().showMessage(text.replace("%1", shown), 10000)
