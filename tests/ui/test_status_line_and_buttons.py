"""Small things a new user notices: a button that opens a dialog says so with "…", and the
status line tells the truth about the last backup, whichever way the copy was made."""

from __future__ import annotations

from kamdesk.domain.changes import Changes, Record
from kamdesk.services.accounts import AccountService


def test_the_dossiers_buttons_that_open_a_dialog_end_in_an_ellipsis(sample_window):
    dossier = sample_window.pages["accounts"].dossier
    for button in (dossier.brief_button, dossier.log_button, dossier.task_button):
        assert button.text().endswith("…"), button.text()


def test_the_copy_taken_before_deleting_an_account_shows_on_the_status_line(sample_window):
    assert sample_window.backup_status.text() == "Last backup: never"
    db = sample_window.context.db
    accounts = AccountService(db)
    accounts.delete_account(accounts.list_accounts()[0].id)  # a bulk deletion: a copy first
    assert list((db.path.parent / "backups").glob("*before-delete-account*"))
    sample_window.context.notify(Changes.of(Record.ACCOUNT, Record.TRASH))
    assert sample_window.backup_status.text() != "Last backup: never"


def test_a_copy_beside_the_database_counts_when_settings_chose_another_folder(
        qtbot, sample_window, tmp_path):
    from kamdesk.services.backups import make_backup

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    sample_window.settings.set_backup_folder(elsewhere)
    sample_window.show_backup_state()
    assert sample_window.backup_status.text() == "Last backup: never"
    make_backup(sample_window.context.db, "before-import")  # where services put theirs
    sample_window.show_backup_state()
    assert sample_window.backup_status.text() != "Last backup: never"
