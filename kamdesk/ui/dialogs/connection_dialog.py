"""Connecting to the department's team server: server, port, database, user, TLS mode and
password; the URL shown without the password; the password kept in the system keychain
when the user asks and one exists."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QSpinBox

from kamdesk.services.errors import StoreError, ValidationError
from kamdesk.services.team.server_connection import (
    TLS_MODES,
    ServerAddress,
    connection_problem,
    keep_password,
    keychain_available,
    saved_password,
)
from kamdesk.ui.dialogs.form_dialog import FormDialog


def _open(url: str):
    from kamdesk.store.database import open_database

    return open_database(url)


class ConnectionDialog(FormDialog):
    """On Connect, `database` is the open team database; the dialog stays open on failure
    with what the user typed, and says what went wrong in one sentence."""

    def __init__(self, address: ServerAddress | None = None, parent=None,
                 opener: Callable[[str], object] = _open) -> None:
        super().__init__(self.tr("Connect to the team server"), parent)
        self.opener, self.database = opener, None
        self.setMinimumWidth(640)  # the whole address on one line
        a = address or ServerAddress("")
        self.host = self.add_row("host", self.tr("Server"), QLineEdit(a.host))
        self.host.setPlaceholderText("kamdesk.example.com")
        self.port = self.add_row("port", self.tr("Port"), QSpinBox())
        self.port.setRange(1, 65535)
        self.port.setValue(a.port)
        self.database_name = self.add_row("database", self.tr("Database"), QLineEdit(a.database))
        self.user = self.add_row("user", self.tr("User"), QLineEdit(a.user))
        self.tls = self.add_row("tls", self.tr("TLS"), QComboBox())
        for mode, text in zip(TLS_MODES, (
            self.tr("off (disable)"), self.tr("if the server offers it (prefer)"),
            self.tr("always (require)"), self.tr("always, certificate checked (verify-ca)"),
            self.tr("always, certificate and name checked (verify-full)"),
        ), strict=True):
            self.tls.addItem(text, mode)
        self.tls.setCurrentIndex(max(0, self.tls.findData(a.tls)))
        self.password = self.add_row("password", self.tr("Password"), QLineEdit())
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember in the system keychain"))
        self.has_keychain = keychain_available()
        if not self.has_keychain:
            self.remember.setEnabled(False)
            self.remember.setText(self.tr("No system keychain here: the password is asked "
                                          "each time"))
        self.add_row("remember", "", self.remember)
        kept = saved_password(a) if a.host else None
        if kept:
            self.password.setPlaceholderText(self.tr("kept in the system keychain"))
            self.remember.setChecked(True)
        self.shown_url = QLabel()
        self.shown_url.setObjectName("connection-url")
        self.shown_url.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.shown_url.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.add_row("url", self.tr("Address"), self.shown_url)
        for widget in (self.host, self.database_name, self.user):
            widget.textChanged.connect(self._show_url)
        self.port.valueChanged.connect(self._show_url)
        self.tls.currentIndexChanged.connect(self._show_url)
        self.buttons.button(self.buttons.StandardButton.Save).setText(self.tr("Connect"))
        self._show_url()
        self.dirty = False

    def confirm_discard(self) -> bool:
        return True  # an address not connected to is nothing to lose

    def address(self) -> ServerAddress:
        return ServerAddress(self.host.text().strip(), self.port.value(),
                             self.database_name.text().strip(), self.user.text().strip(),
                             self.tls.currentData())

    def _show_url(self, *_args) -> None:
        self.shown_url.setText(self.address().shown() if self.host.text().strip() else "")

    def save(self):
        address = self.address()
        for field, problem in address.problems().items():
            raise ValidationError(field, problem)
        password = self.password.text() or saved_password(address)
        try:
            self.database = self.opener(address.url(password).render_as_string(hide_password=False))
        except Exception as error:  # noqa: BLE001 - said in one sentence, no driver text
            if isinstance(error, StoreError | OSError) or hasattr(error, "orig"):
                raise StoreError(self.tr("Cannot connect: %1.").replace(
                    "%1", connection_problem(error, address))) from None
            raise
        if self.remember.isChecked() and self.password.text():
            keep_password(address, self.password.text())
        return address.keychain_name


def connect_to_remembered_server(parent=None):
    """At start: the team server remembered in the settings, opened with the password from
    the keychain, or after asking; None for the local database (none remembered, or the
    user chose Cancel)."""
    import os

    from kamdesk.ui.team_settings import TeamSettings

    address = TeamSettings().address()
    if address is None or os.environ.get("KAMDESK_DATA_DIR") or os.environ.get("KAMDESK_DB_URL"):
        return None
    password = saved_password(address)
    if password:
        try:
            return _open(address.url(password).render_as_string(hide_password=False))
        except Exception:  # noqa: BLE001 - the dialog below says what is wrong
            pass
    dialog = ConnectionDialog(address, parent)
    return dialog.database if dialog.exec() else None
