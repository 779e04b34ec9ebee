"""The connection dialog against the real PostgreSQL server, the system keychain through
keyring (a real file backend here), and a save while the server is unreachable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from sqlalchemy import text
from sqlalchemy.engine import make_url

from kamdesk.services.team.server_connection import ServerAddress, saved_password
from kamdesk.ui.dialogs.connection_dialog import ConnectionDialog
from kamdesk.ui.team_settings import TeamSettings
from tests.pg import admin_engine, require_server, scratch_database

PASSWORD = "Hasło-Żółć-9"  # the server trusts local logins; the password must still stay put

pytestmark = pytest.mark.postgres


@pytest.fixture
def keychain(tmp_path):
    """A real keyring backend that stores in a file of the test's own."""
    import keyring
    from keyrings.alt.file import PlaintextKeyring

    before = keyring.get_keyring()
    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "keyring.cfg")
    keyring.set_keyring(backend)
    yield tmp_path / "keyring.cfg"
    keyring.set_keyring(before)


@pytest.fixture
def no_keychain():
    import keyring
    from keyring.backends.fail import Keyring

    before = keyring.get_keyring()
    keyring.set_keyring(Keyring())
    yield
    keyring.set_keyring(before)


@pytest.fixture
def server_database():
    with scratch_database() as url:
        yield make_url(url)


def _address(url, **changes) -> ServerAddress:
    fields = dict(host=url.host, port=url.port or 5432, database=url.database,
                  user=url.username or "", tls="prefer")
    return ServerAddress(**{**fields, **changes})


def test_connecting_keeps_the_password_in_the_keychain_only(qtbot, keychain, server_database,
                                                            tmp_path):
    settings_file = tmp_path / "settings.ini"
    dialog = ConnectionDialog(_address(server_database))
    qtbot.addWidget(dialog)
    dialog.password.setText(PASSWORD)
    dialog.remember.setChecked(True)
    assert dialog.shown_url.text() == (
        f"postgresql+psycopg://{server_database.username}@{server_database.host}:"
        f"{server_database.port}/{server_database.database}?sslmode=prefer")
    with qtbot.waitSignal(dialog.accepted):
        dialog.accept()
    assert dialog.database.engine.dialect.name == "postgresql"
    dialog.database.close()
    TeamSettings(QSettings(str(settings_file), QSettings.Format.IniFormat)).set_address(
        dialog.address())
    assert saved_password(dialog.address()) == PASSWORD
    assert PASSWORD not in settings_file.read_text(encoding="utf-8")
    assert f"port={server_database.port}" in settings_file.read_text(encoding="utf-8")
    again = ConnectionDialog(TeamSettings(QSettings(str(settings_file),
                                                    QSettings.Format.IniFormat)).address())
    qtbot.addWidget(again)
    assert again.remember.isChecked() and again.password.text() == ""
    assert again.password.placeholderText() == "kept in the system keychain"


def test_an_unreachable_server_is_one_sentence_and_the_dialog_stays(qtbot, no_keychain,
                                                                   server_database):
    dialog = ConnectionDialog(_address(server_database, port=1))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.remember.isEnabled()  # no keychain: asked each time, quietly
    dialog.password.setText(PASSWORD)
    dialog.accept()
    assert dialog.isVisible() and dialog.database is None
    message = dialog.general_error.text()
    assert message == f"Cannot connect: the server {server_database.host}:1 cannot be reached."
    assert dialog.password.text() == PASSWORD  # still typed in, never shown
    dialog.port.setValue(0)  # out of range: the spin box keeps 1
    dialog.host.setText("")
    dialog.accept()
    assert dialog.error_text("host") == "the server's name or address is needed"


def test_a_save_while_the_server_is_gone_keeps_the_edit_and_works_once_it_is_back(qtbot):
    require_server()
    from kamdesk.services.accounts import AccountInput, AccountService
    from kamdesk.store.database import open_database
    from kamdesk.ui.dialogs.entries import AccountDialog

    with scratch_database() as url:
        name = make_url(url).database
        db = open_database(url)
        account_id = AccountService(db).create_account(AccountInput("Sava Power d.o.o."))
        dialog = AccountDialog(db, account_id)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.notes.setPlainText("Milena Kovačević returns from leave in March")
        server = admin_engine()
        with server.connect() as c:  # the server goes away for this database
            c.execute(text(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false'))
            c.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                           "WHERE datname = :n AND pid <> pg_backend_pid()"),
                      {"n": name})
        dialog.accept()
        assert dialog.isVisible()
        lost = "The connection to the database server is lost"
        assert dialog.general_error.text().startswith(lost)
        assert dialog.notes.toPlainText() == "Milena Kovačević returns from leave in March"
        with server.connect() as c:
            c.execute(text(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true'))
        server.dispose()
        with qtbot.waitSignal(dialog.accepted):
            dialog.accept()  # reconnects
        assert AccountService(db).get_account(account_id).notes.startswith("Milena")
        db.close()
