"""The small dialogs of encryption at rest: unlock, a new passphrase, change it, and the
recovery key shown once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from kamdesk.services.encryption import WrongPassphraseError, change_database_passphrase, unlock
from kamdesk.store.errors import StoreError


def _secret_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMinimumWidth(320)
    return field


class _SecretDialog(QDialog):
    """A form of secret fields with room for one message and OK/Cancel."""

    def __init__(self, title: str, intro: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        text = QLabel(intro)
        text.setWordWrap(True)
        layout.addWidget(text)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def say(self, text: str) -> None:
        font = self.message.font()
        font.setBold(True)
        self.message.setFont(font)
        self.message.setText(text)
        self.message.show()


class UnlockDialog(_SecretDialog):
    """Asks for the passphrase (or the recovery key) until one fits; `key` is the result."""

    def __init__(self, path: Path, parent=None) -> None:
        super().__init__(self.tr("Unlock your dossiers"),
                         self.tr("%1 is encrypted. Enter its passphrase.").replace(
                             "%1", path.name), parent)
        self.path, self.key = path, None
        self.secret = _secret_field()
        self.form.addRow(self.tr("Passphrase"), self.secret)
        self.use_recovery = QCheckBox(self.tr("I lost it: use the recovery key instead"))
        self.form.addRow("", self.use_recovery)

    def accept(self) -> None:
        recovery = self.use_recovery.isChecked()
        try:
            if recovery:
                self.key = unlock(self.path, recovery_key=self.secret.text())
            else:
                self.key = unlock(self.path, self.secret.text())
        except WrongPassphraseError:
            self.say(self.tr("That recovery key does not fit. Check it and try again.")
                     if recovery else
                     self.tr("Wrong passphrase. Try again."))
            self.secret.selectAll()
            self.secret.setFocus()
            return
        except StoreError as error:
            self.say(str(error))
            return
        super().accept()


class NewPassphraseDialog(_SecretDialog):
    """A new passphrase, typed twice; `passphrase` is the result."""

    def __init__(self, parent=None) -> None:
        super().__init__(self.tr("Encrypt the database"), self.tr(
            "Choose a passphrase. The database and its backups are encrypted with it; you will "
            "also get a recovery key. Without both, nobody can read the data again."),
            parent)
        self.passphrase = ""
        self.first, self.second = _secret_field(), _secret_field()
        self.form.addRow(self.tr("Passphrase"), self.first)
        self.form.addRow(self.tr("Repeat it"), self.second)

    def accept(self) -> None:
        if not self.first.text():
            self.say(self.tr("The passphrase is empty."))
            return
        if self.first.text() != self.second.text():
            self.say(self.tr("The two passphrases differ."))
            return
        self.passphrase = self.first.text()
        super().accept()


class ChangePassphraseDialog(_SecretDialog):
    """The current passphrase (or the recovery key) and a new one; changes it on OK."""

    def __init__(self, path: Path, parent=None) -> None:
        super().__init__(self.tr("Change the passphrase"), self.tr(
            "The recovery key stays the same, and backups stay readable."), parent)
        self.path = path
        self.current = _secret_field()
        self.use_recovery = QCheckBox(self.tr("Unlock with the recovery key instead"))
        self.first, self.second = _secret_field(), _secret_field()
        self.form.addRow(self.tr("Current passphrase"), self.current)
        self.form.addRow("", self.use_recovery)
        self.form.addRow(self.tr("New passphrase"), self.first)
        self.form.addRow(self.tr("Repeat it"), self.second)

    def accept(self) -> None:
        if not self.first.text() or self.first.text() != self.second.text():
            self.say(self.tr("The new passphrase is empty, or the two differ."))
            return
        try:
            change_database_passphrase(self.path, self.current.text(), self.first.text(),
                                       recovery=self.use_recovery.isChecked())
        except WrongPassphraseError:
            self.say(self.tr("The current passphrase (or recovery key) is wrong."))
            return
        except StoreError as error:
            self.say(str(error))
            return
        super().accept()


class RecoveryKeyDialog(QDialog):
    """The recovery key, shown once after encrypting, to print or store."""

    def __init__(self, recovery_key: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your recovery key"))
        layout = QVBoxLayout(self)
        text = QLabel(self.tr(
            "If you forget the passphrase, this key unlocks the database. It is shown only "
            "now: print it or keep it somewhere safe, away from this computer. Without the "
            "passphrase and this key the data cannot be recovered by anyone."))
        text.setWordWrap(True)
        layout.addWidget(text)
        self.key = QLineEdit(recovery_key)
        self.key.setReadOnly(True)
        self.key.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.key.setMinimumWidth(self.key.fontMetrics().horizontalAdvance(recovery_key) + 24)
        layout.addWidget(self.key)
        copy = QPushButton(self.tr("Copy"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(recovery_key))
        buttons = QDialogButtonBox()
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        done = buttons.addButton(self.tr("I have stored it"),
                                 QDialogButtonBox.ButtonRole.AcceptRole)
        done.clicked.connect(self.accept)
        layout.addWidget(buttons)
