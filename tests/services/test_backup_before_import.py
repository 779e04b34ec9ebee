"""The copy made before an import: only for an import that is then written, never for one
refused (the restore dialog would list "before an import" for an import that never was)."""

from __future__ import annotations

import pytest

from kamdesk.interchange.reading import read_contacts
from kamdesk.services.accounts import AccountInput, AccountService
from kamdesk.services.backups import backup_folder
from kamdesk.services.contact_import.planning import ImportOptions, ImportService
from kamdesk.services.people import PeopleService
from kamdesk.store.backup import list_backups
from kamdesk.store.database import open_database

pytestmark = pytest.mark.sqlite_only  # backups copy the SQLite file; a server has its own

GOOD = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Sipho Dlamini\r\nORG:Ubuntu Mining\r\nEND:VCARD\r\n"
NO_ORGANISATION = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Aiyana Redcloud\r\nEND:VCARD\r\n"


def _filled(db):
    AccountService(db).create_account(AccountInput("Ubuntu Mining"))
    return db


def _import(db, tmp_path, text, **options):
    path = tmp_path / "contacts.vcf"
    path.write_text(text, encoding="utf-8")
    return ImportService(db).import_cards(read_contacts(path, "vcard"), ImportOptions(**options))


def test_a_refused_import_leaves_no_backup_behind(db, tmp_path):
    report = _import(_filled(db), tmp_path, GOOD + NO_ORGANISATION)
    assert not report.committed
    assert [r.name for r in report.rejected] == ["Aiyana Redcloud"]
    assert list_backups(backup_folder(db)) == []


def test_a_dry_run_leaves_no_backup_behind(db, tmp_path):
    report = _import(_filled(db), tmp_path, GOOD, dry_run=True)
    assert not report.committed
    assert list_backups(backup_folder(db)) == []


def test_an_import_that_is_written_is_preceded_by_a_copy_of_the_state_before_it(db, tmp_path):
    report = _import(_filled(db), tmp_path, GOOD + NO_ORGANISATION, skip_invalid=True)
    assert report.committed
    (copy,) = list_backups(backup_folder(db))
    assert copy.reason == "before-import"
    before = open_database(f"sqlite:///{copy.path}")
    try:
        (account,) = AccountService(before).list_accounts()
        assert PeopleService(before).list_people(account.id) == []
    finally:
        before.close()
    (account,) = AccountService(db).list_accounts()
    assert [p.full_name for p in PeopleService(db).list_people(account.id)] == ["Sipho Dlamini"]
