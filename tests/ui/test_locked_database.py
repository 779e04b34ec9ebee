"""A database another program holds locked: the user is told, the dialog keeps the edits."""

from __future__ import annotations

import sqlite3

from kamdesk.services.accounts import AccountService


def _wait_briefly_for_locks(db) -> None:
    """The store waits up to 5 s for another program's lock (BUSY_TIMEOUT_MS); here its
    connections give up after 50 ms, so the test sees the same refusal without the wait."""
    from sqlalchemy import event

    @event.listens_for(db.engine, "connect")
    def _short_wait(dbapi_connection, _record) -> None:  # after the store's own PRAGMAs
        dbapi_connection.execute("PRAGMA busy_timeout=50")

    db.engine.dispose()  # connections made from now on get it


def test_saving_into_a_locked_database_keeps_the_dialog_open_with_a_clear_message(
    qtbot, window, db
):
    from kamdesk.ui.dialogs.entries import AccountDialog

    dialog = AccountDialog(db)
    qtbot.addWidget(dialog)
    dialog.name.setText("Sava Power d.o.o.")
    _wait_briefly_for_locks(db)
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
