"""Saving onto a full disk: the dialog says so, stays open with what was typed, saves later."""

from __future__ import annotations

import os

from kamdesk.services.accounts import AccountService
from kamdesk.store.database import open_database
from kamdesk.store.location import sqlite_url


def test_a_full_disk_keeps_the_dialog_open_with_the_users_input(qtbot, small_filesystem):
    from kamdesk.ui.dialogs.entries import AccountDialog

    folder = small_filesystem("small", "2m")
    db = open_database(sqlite_url(folder / "kamdesk.sqlite3"))
    filler = folder / "filler.bin"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT)  # another program took the last space
    try:
        while os.write(fd, b"\0" * 4096):
            pass
    except OSError:
        pass
    finally:
        os.close(fd)
    try:
        dialog = AccountDialog(db)
        qtbot.addWidget(dialog)
        dialog.name.setText("Ханой Текстиль ООО")
        dialog.notes.setPlainText("Spotkanie w Warszawie, " * 400)
        dialog.accept()
        assert dialog.general_error.isVisibleTo(dialog)
        assert "full" in dialog.general_error.text()
        assert "INSERT" not in dialog.general_error.text()  # words, not SQL
        assert dialog.result() == 0
        assert dialog.name.text() == "Ханой Текстиль ООО"
        os.unlink(filler)
        dialog.accept()  # room again: the same input saves
        assert [a.name for a in AccountService(db).list_accounts()] == ["Ханой Текстиль ООО"]
    finally:
        db.close()
