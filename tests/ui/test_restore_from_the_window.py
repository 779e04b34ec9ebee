"""File ▸ Restore…, the automatic copies of the window, and the offer after damage."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from kamdesk.domain.changes import Changes
from kamdesk.services.accounts import AccountInput, AccountService
from kamdesk.services.backups import make_backup
from kamdesk.store.backup import list_backups
from kamdesk.store.database import open_database
from kamdesk.store.errors import DamagedDatabaseError
from kamdesk.store.location import sqlite_url


def _flip_pages(path, first: int = 5, last: int = 9) -> None:
    with sqlite3.connect(path) as raw:
        page = raw.execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(path.read_bytes())
    for i in range(page * first, min(len(data), page * last)):
        data[i] ^= 0x5A
    path.write_bytes(bytes(data))


def _answer_modal(button_text: str) -> list[str]:
    """Click `button_text` in the next modal box; what it said is returned in the list."""
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer)
            return
        seen.append(box.text() + "\n" + box.informativeText())
        for button in box.buttons():
            if button.text() == button_text:
                button.click()
                return
        box.reject()

    QTimer.singleShot(0, answer)
    return seen


def test_restore_lists_the_backups_and_brings_the_chosen_one_back(
    qtbot, qtmodeltester, sample_window, sample_db
):
    first = make_backup(sample_db)
    AccountService(sample_db).create_account(AccountInput("Đà Nẵng Seafood JSC"))
    make_backup(sample_db, "before-import")
    sample_window.open_restore()
    dialog = sample_window.restore_dialog
    qtmodeltester.check(dialog.model)
    texts = [
        [dialog.model.index(r, c).data() for c in range(4)] for r in range(dialog.model.rowCount())
    ]
    assert texts[0][1] == "before an import" and texts[0][2] == "13 accounts, 84 people"
    assert texts[1][1] == "made by you" and texts[1][2] == "12 accounts, 84 people"
    dialog.table.selectRow(1)
    with qtbot.waitSignal(dialog.accepted):
        dialog.restore_button.click()
    assert dialog.chosen == first
    db = sample_window.context.db
    assert db is not sample_db and len(AccountService(db).list_accounts()) == 12
    assert "Restored from" in sample_window.statusBar().currentMessage()
    reasons = [b.reason for b in list_backups(first.parent)]
    assert "before-restore" in reasons


def test_a_damaged_file_is_refused_with_a_message_and_the_window_keeps_working(
    qtbot, sample_window, sample_db, tmp_path
):
    bad = tmp_path / "old-copy.sqlite3"
    make_backup(sample_db).rename(bad)
    _flip_pages(bad)
    seen = _answer_modal("OK")
    assert sample_window.restore_from(bad) is False
    assert seen and str(bad) in seen[0] and "SELECT" not in seen[0]
    assert len(AccountService(sample_window.context.db).list_accounts()) == 12


def test_a_change_then_a_pause_makes_an_automatic_copy(qtbot, sample_window):
    db = sample_window.context.db
    assert sample_window.backup_status.text() == "Last backup: never"
    AccountService(db).create_account(AccountInput("Ποσειδών Ναυτιλιακή"))
    sample_window.context.notify(Changes.everything())
    assert sample_window.keeper.timer.isActive()
    with qtbot.waitSignal(sample_window.keeper.backed_up, timeout=10_000) as made:
        sample_window.keeper.timer.timeout.emit()  # the user paused long enough
    assert "-idle-" in made.args[0].name
    assert sample_window.backup_status.text() != "Last backup: never"


def test_closing_after_a_change_makes_a_copy(qtbot, sample_window):
    db = sample_window.context.db
    AccountService(db).create_account(AccountInput("Manila Harbour Services Inc."))
    folder = db.path.parent / "backups"
    sample_window.close()
    assert [b.reason for b in list_backups(folder)] == ["closing"]


def test_after_damage_the_window_offers_the_newest_good_backup(qtbot, settings, sample_db):
    from kamdesk.ui.backup_actions import offer_restore_after_damage

    good = make_backup(sample_db)
    path = sample_db.path
    sample_db.close()
    _flip_pages(path)
    try:
        open_database(sqlite_url(path))
    except DamagedDatabaseError as damaged:
        error = damaged
    seen = _answer_modal("Restore the newest good backup")
    assert offer_restore_after_damage(None, error, settings) == good
    assert "set aside" in seen[0] and str(good) in seen[0]
