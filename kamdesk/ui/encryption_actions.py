"""File ▸ Encryption: encrypt, change the passphrase, decrypt the open database; and the
unlock question when the app starts on an encrypted file.

A conversion rewrites the file in place (store.encryption), so the open engine is closed
first and the same Database object is reopened after: the pages keep working on it.
The dialogs (and the services behind them) are imported when used: this menu is built with
the window, before the database opens.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMessageBox

translate = QCoreApplication.translate


def needs_unlock(path: Path | None) -> bool:
    from kamdesk.store.keyfile import key_file_for

    if path is None or not key_file_for(path).exists():
        return False
    from kamdesk.services.encryption import is_encrypted

    return is_encrypted(path)


def ask_key(parent, path: Path) -> bytes | None:
    """The data key of the encrypted database: from the keychain, or asked; None if the user
    gives up (the app then closes without opening anything)."""
    from kamdesk.services.encryption import key_from_keychain

    if key := key_from_keychain(path):
        return key
    from kamdesk.ui.dialogs.encryption_dialogs import UnlockDialog

    dialog = UnlockDialog(path, parent)
    return dialog.key if dialog.exec() == UnlockDialog.DialogCode.Accepted else None


class EncryptionMenu(QObject):
    def __init__(self, window, menu) -> None:
        super().__init__(window)
        self.window, self.db = window, None
        self.dialog = None  # the dialog open now, for tests to fill
        sub = menu.addMenu(translate("EncryptionMenu", "E&ncryption"))
        self.encrypt_action = QAction(translate("EncryptionMenu", "&Encrypt the database…"), self)
        self.change_action = QAction(translate("EncryptionMenu", "&Change the passphrase…"), self)
        self.decrypt_action = QAction(translate("EncryptionMenu", "&Decrypt the database…"), self)
        for action, slot in ((self.encrypt_action, self.encrypt),
                             (self.change_action, self.change_passphrase),
                             (self.decrypt_action, self.decrypt)):
            action.triggered.connect(slot)
            sub.addAction(action)
        self.update(None)

    def update(self, db) -> None:
        self.db = db
        path = db.path if db is not None else None
        encrypted = db is not None and db.key is not None
        self.encrypt_action.setEnabled(path is not None and not encrypted)
        self.change_action.setEnabled(encrypted)
        self.decrypt_action.setEnabled(encrypted)

    def encrypt(self) -> None:
        from kamdesk.ui.dialogs.encryption_dialogs import NewPassphraseDialog

        self.dialog = NewPassphraseDialog(self.window)
        self.dialog.accepted.connect(lambda: self._encrypt_with(self.dialog.passphrase))
        self.dialog.open()

    def _encrypt_with(self, passphrase: str) -> None:
        from kamdesk.services.encryption import encrypt_database, unlock

        db = self.db
        result = self._converting(lambda: encrypt_database(db.path, passphrase))
        if result is None:
            return
        db.reopen(unlock(db.path, passphrase))
        self.update(db)
        text = translate("EncryptionMenu", "The database is encrypted.")
        self.window.statusBar().showMessage(text, 8000)
        from kamdesk.ui.dialogs.encryption_dialogs import RecoveryKeyDialog

        self.dialog = RecoveryKeyDialog(result.recovery_key, self.window)
        self.dialog.open()

    def decrypt(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question, translate("EncryptionMenu", "Decrypt the database?"),
            translate("EncryptionMenu", "The database and its backups will be stored without "
                      "encryption: anyone with the files can read them."),
            QMessageBox.StandardButton.Cancel, self.window,
        )
        box.setObjectName("confirm-decrypt")
        box.addButton(translate("EncryptionMenu", "Decrypt"), QMessageBox.ButtonRole.AcceptRole)
        box.accepted.connect(self._decrypt)
        self.dialog = box
        box.open()

    def _decrypt(self) -> None:
        from kamdesk.services.encryption import decrypt_database

        db, key = self.db, self.db.key
        if self._converting(lambda: decrypt_database(db.path, key)) is None:
            return
        db.reopen(None)
        self.update(db)
        text = translate("EncryptionMenu", "The database is no longer encrypted.")
        self.window.statusBar().showMessage(text, 8000)

    def change_passphrase(self) -> None:
        from kamdesk.ui.dialogs.encryption_dialogs import ChangePassphraseDialog

        self.dialog = ChangePassphraseDialog(self.db.path, self.window)
        self.dialog.accepted.connect(lambda: self.window.statusBar().showMessage(
            translate("EncryptionMenu", "The passphrase is changed."), 8000))
        self.dialog.open()

    def _converting(self, work):
        """Run a conversion with the database closed; on failure say why and reopen it."""
        from kamdesk.store.errors import StoreError

        db = self.db
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            db.engine.dispose()
            return work()
        except (StoreError, OSError) as error:
            db.reopen(db.key)
            self.window.show_error(translate("EncryptionMenu", "Nothing was changed"),
                                   str(error))
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
