"""The window's side of backups: automatic copies when idle or closing, and restoring.

Copies are made only when something was saved since the last one (the database counts its
writing commits), after the user has left the app alone for a while, and when it closes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from kamdesk.ui.settings import Settings
from kamdesk.ui.worker import run_in_background

translate = QCoreApplication.translate


class BackupKeeper(QObject):
    """Starts an idle copy `idle_minutes` after the last change; `backed_up(path)` when done."""

    backed_up = Signal(object)
    failed = Signal(str)

    def __init__(self, db, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.settings = settings
        self.timer = QTimer(self, singleShot=True)
        self.timer.setInterval(settings.backup_idle_minutes() * 60_000)
        self.timer.timeout.connect(self.back_up_when_idle)
        self._job = None

    def note_change(self) -> None:
        self.timer.start()  # restarted by every change: a copy once the user pauses

    def back_up_when_idle(self) -> None:
        from kamdesk.services.backups import backup_if_changed

        if self._job is not None or not self.db.changes.changed_since_backup:
            return
        db, policy, folder = self.db, self.settings.backup_policy(), self.settings.backup_folder()
        self._job = run_in_background(
            lambda: backup_if_changed(db, "idle", policy, folder), self._done, self._failed, self
        )

    def _done(self, path) -> None:
        self._job = None
        if path is not None:
            self.backed_up.emit(path)

    def _failed(self, error: Exception) -> None:
        self._job = None
        self.failed.emit(str(error))

    def back_up_on_close(self) -> str | None:
        """The copy made as the window closes; returns the error text if it failed."""
        from kamdesk.services.backups import backup_if_changed
        from kamdesk.store.errors import StoreError

        self.timer.stop()
        try:
            backup_if_changed(
                self.db, "closing", self.settings.backup_policy(), self.settings.backup_folder()
            )
        except StoreError as error:
            return str(error)
        return None


def restore_in_window(window, source: Path) -> bool:
    """Close the window's database, restore `source` over it and show the result."""
    from kamdesk.store.database import open_database
    from kamdesk.store.errors import StoreError
    from kamdesk.store.restore import restore_database

    db = window.context.db
    path, url, key = db.path, db.url, db.key
    window.keeper.timer.stop()
    db.close()
    try:
        done = restore_database(path, source, key=key)
    except StoreError as error:
        window.attach_database(open_database(url, key=key), window._today)
        window.show_error(translate("Backups", "The backup was not restored"), str(error))
        return False
    window.attach_database(open_database(url, key=key), window._today)
    message = translate("Backups", "Restored from %1").replace("%1", str(source))
    if done.kept:
        message += translate("Backups", "; the database it replaced was kept as %1").replace(
            "%1", str(done.kept)
        )
    window.statusBar().showMessage(message, 15000)
    return True


def backups_of(path: Path, settings: Settings) -> list:
    from kamdesk.services.backups import backup_summaries

    return backup_summaries(path, settings.backup_folder())


def offer_restore_after_damage(parent: QWidget | None, error, settings: Settings) -> Path | None:
    """Tell the user the file was damaged and set aside; the backup they chose, or None."""
    box = QMessageBox(parent)
    box.setObjectName("damaged-database")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("Backups", "Your dossiers are damaged"))
    box.setText(
        translate(
            "Backups",
            "The database file is damaged, so KAMDesk put it aside (it was not changed or "
            "deleted) instead of opening it.",
        )
    )
    box.setInformativeText(str(error))
    newest = box.addButton(
        translate("Backups", "Restore the newest good backup"), QMessageBox.ButtonRole.AcceptRole
    )
    newest.setEnabled(error.newest_backup is not None)
    choose = box.addButton(
        translate("Backups", "Choose a backup…"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is newest:
        return error.newest_backup
    if box.clickedButton() is choose:
        from kamdesk.ui.dialogs.restore_dialog import RestoreDialog

        dialog = RestoreDialog(backups_of(error.path, settings), parent)
        if dialog.exec() == RestoreDialog.DialogCode.Accepted:
            return dialog.chosen
    return None
