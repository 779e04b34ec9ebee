"""Encryption from the window: File ▸ Encryption, the recovery key shown once, the unlock
dialog at start, and the audit log page."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from kamdesk.services.encryption import encrypt_database, is_encrypted, unlock
from kamdesk.store.database import open_database
from tests.services.privacy.canary import add_canary, canaries_in, database_files


def _ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_encrypting_from_the_menu_shows_the_recovery_key_and_the_pages_keep_working(
    qtbot, window, db
):
    add_canary(db)
    menu = window.encryption
    assert menu.encrypt_action.isEnabled() and not menu.decrypt_action.isEnabled()
    menu.encrypt_action.trigger()
    dialog = menu.dialog
    dialog.first.setText("Kraków-Gdańsk")
    dialog.second.setText("Krakow-Gdansk")
    _ok(dialog)
    assert dialog.isVisible() and dialog.message.text() == "The two passphrases differ."
    dialog.second.setText("Kraków-Gdańsk")
    _ok(dialog)
    recovery = menu.dialog
    assert recovery.windowTitle() == "Your recovery key"
    key_text = recovery.key.text()
    assert unlock(db.path, recovery_key=key_text) == db.key is not None
    window.refresh()  # every page reads through the reopened, keyed engine
    assert window.pages["accounts"].accounts.model.rows()[0].name == "Thessaloniki Ports S.A."
    assert canaries_in(*database_files(db.path)) == {}
    assert menu.change_action.isEnabled() and not menu.encrypt_action.isEnabled()

    menu.change_action.trigger()
    change = menu.dialog
    change.current.setText("wrong")
    change.first.setText("Łódź 2027")
    change.second.setText("Łódź 2027")
    _ok(change)
    assert change.isVisible() and "wrong" in change.message.text()
    change.current.setText("Kraków-Gdańsk")
    _ok(change)
    assert not change.isVisible() and unlock(db.path, "Łódź 2027") == db.key

    menu.decrypt_action.trigger()
    menu.dialog.accept()
    assert db.key is None and not is_encrypted(db.path)
    window.refresh()
    assert window.pages["accounts"].accounts.model.rows()


def test_the_unlock_dialog_says_wrong_passphrase_and_stays_until_one_fits(qtbot, tmp_path):
    from kamdesk.ui.dialogs.encryption_dialogs import UnlockDialog

    path = tmp_path / "kamdesk.sqlite3"
    open_database(f"sqlite:///{path}").close()
    recovery = encrypt_database(path, "Ἑλλάς", keychain=False).recovery_key
    dialog = UnlockDialog(path)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.secret.setText("Hellas")
    _ok(dialog)
    assert dialog.isVisible() and dialog.message.text() == "Wrong passphrase. Try again."
    dialog.use_recovery.setChecked(True)
    dialog.secret.setText(recovery)
    with qtbot.waitSignal(dialog.accepted):
        _ok(dialog)
    assert dialog.key == unlock(path, "Ἑλλάς")


def test_what_left_the_app_is_listed_newest_first(qtbot, window, db, tmp_path, today):
    from kamdesk.interchange.export_files import export_to

    account, _, _ = add_canary(db)
    export_to(db, "csv", tmp_path / "people.csv", account, today)
    export_to(db, "ics", tmp_path / "dates.ics", None, today)
    dialog = window.open_audit()
    rows = [(e.what.split(":")[0], e.account_name) for e in
            (dialog.proxy.row_at(r) for r in range(dialog.proxy.rowCount()))]
    assert rows == [("ics", ""), ("csv", "Thessaloniki Ports S.A.")]
    assert dialog.empty.isHidden()
