"""A database another program holds locked: the user is told, the dialog keeps the edits."""

from __future__ import annotations

import sqlite3

from kamdesk.services.accounts import AccountService


def test_saving_into_a_locked_database_keeps_the_dialog_open_with_a_clear_message(
    qtbot, window, db
):
    from kamdesk.ui.dialogs.entries import AccountDialog

    dialog = AccountDialog(db)
    qtbot.addWidget(dialog)
    dialog.name.setText("Sava Power d.o.o.")
    holder = sqlite3.connect(db.path, timeout=0)
    holder.execute("BEGIN EXCLUSIVE")  # another program is writing
    try:
        dialog.accept()
    finally:
        holder.rollback()
        holder.close()
    assert dialog.general_error.isVisibleTo(dialog)
    assert "busy" in dialog.general_error.text()
    assert dialog.name.text() == "Sava Power d.o.o."  # nothing typed is lost
    assert dialog.result() == 0
    dialog.accept()  # the lock is gone: the same edits now save
    assert [a.name for a in AccountService(db).list_accounts()] == ["Sava Power d.o.o."]
