"""Erasing a person: gone from the rows, the search index, the trash and the file's bytes,
and still gone after an older backup is restored or an archive imported."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from kamdesk.services.errors import NotFoundError
from kamdesk.services.interactions import InteractionService
from kamdesk.services.people import PeopleService
from kamdesk.services.privacy.erasure import ErasureService, subject_of
from kamdesk.services.search import SearchService
from kamdesk.store.erasure import ERASED_MARK
from kamdesk.store.tables import erasure_log_table, person_table
from tests.services.privacy.canary import (
    CANARIES,
    FULL_NAME,
    add_canary,
    canaries_in,
    canaries_left,
    database_files,
)


def test_the_confirmation_says_what_will_be_gone(db):
    _, canary, _ = add_canary(db)
    scope = ErasureService(db).scope(canary)
    assert (scope.full_name, scope.contacts, scope.family) == (FULL_NAME, 3, 1)
    assert (scope.interactions, scope.meetings, scope.tasks) == (1, 1, 1)
    assert (scope.shared_interactions, scope.shared_meetings) == (1, 0)


def test_erasing_leaves_no_canary_in_the_rows_the_index_or_the_file(db):
    account, canary, other = add_canary(db)
    assert SearchService(db).search("falconry")  # the index held the canary
    ErasureService(db).erase(canary, by="kam")
    assert SearchService(db).search("falconry") == []
    assert SearchService(db).search("qzvwoxa") == []
    shared = InteractionService(db).list_interactions(account)
    assert [[p.name for p in i.people] for i in shared] == [["Eleni Papadopoulou"]]
    assert shared[0].details == f"{ERASED_MARK} and Eleni agreed on the fee table"
    assert [p.full_name for p in PeopleService(db).list_people(account)] == [
        "Eleni Papadopoulou"
    ]
    with db.session() as s:
        log = s.execute(select(erasure_log_table)).one()
    assert (log.subject, log.erased_by) == (subject_of(canary), "kam")
    assert FULL_NAME not in repr(log) and str(canary) not in repr(log)
    assert canaries_left(db) == {}


def test_a_person_in_the_trash_is_erased_from_the_trash_too(db):
    _, canary, _ = add_canary(db)
    PeopleService(db).delete_person(canary)
    ErasureService(db).erase(canary)
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(person_table)) == 1
    with pytest.raises(NotFoundError):
        ErasureService(db).erase(canary)


@pytest.mark.sqlite_only("restores a backup copy of the SQLite file")
def test_restoring_an_older_backup_keeps_the_person_erased_and_no_canary_byte_left(db):
    from kamdesk.services.backups import make_backup
    from kamdesk.store.restore import restore_sqlite

    account, canary, _ = add_canary(db)
    old_backup = make_backup(db)
    assert canaries_in(old_backup), "the old backup holds the person: the test can fail"
    ErasureService(db).erase(canary)
    restore_sqlite(db, old_backup)
    from kamdesk.store.database import open_database

    restored = open_database(db.url)
    try:
        assert [p.full_name for p in PeopleService(restored).list_people(account)] == [
            "Eleni Papadopoulou"
        ]
        assert SearchService(restored).search(CANARIES["hobbies"]) == []
    finally:
        restored.close()
    db.close()
    assert canaries_in(*database_files(db.path)) == {}


def test_importing_an_archive_made_before_the_erasure_keeps_the_person_erased(db, tmp_path):
    from kamdesk.services.archive.tables import read_archive, write_archive
    from kamdesk.store.database import open_database

    _, canary, _ = add_canary(db)
    archive = read_archive(db).tables
    ErasureService(db).erase(canary)
    report = write_archive(db, archive)
    assert report.committed and report.erased == 1
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(person_table)) == 1
    # The log travels in an archive: another machine erases the person on import too.
    elsewhere = open_database(f"sqlite:///{tmp_path / 'elsewhere.sqlite3'}")
    try:
        write_archive(elsewhere, archive)
        write_archive(elsewhere, read_archive(db).tables)
        with elsewhere.session() as s:
            names = s.execute(select(person_table.c.full_name)).scalars().all()
        assert names == ["Eleni Papadopoulou"]
    finally:
        elsewhere.close()


def test_other_peoples_notes_lose_the_name_but_a_namesake_keeps_their_own(db):
    from kamdesk.services.accounts import AccountInput, AccountService
    from kamdesk.services.people import PersonInput

    account, canary, other = add_canary(db)
    people = PeopleService(db)
    colleague = people.create_person(account, PersonInput(
        "Nikos Georgiou", notes=f"Reports informally to {FULL_NAME}"))
    elsewhere = AccountService(db).create_account(AccountInput("Brrzkwynth Holdings"))
    namesake = people.create_person(elsewhere, PersonInput(FULL_NAME, position="Auditor"))
    ErasureService(db).erase(canary)
    assert people.get_person(colleague).notes == f"Reports informally to {ERASED_MARK}"
    assert people.get_person(namesake).full_name == FULL_NAME
    hits = SearchService(db).search("qzvwoxa")
    assert [(h.kind, h.id) for h in hits] == [("person", namesake)]
    assert [h.id for h in SearchService(db).search("reports informally")] == [colleague]
    # The shared contact entries now read "(erased person)" too; of the people, only the
    # colleague's notes do.
    found = SearchService(db).search("erased person")
    assert [h.id for h in found if h.kind == "person"] == [colleague]


def test_emptying_the_trash_leaves_no_byte_of_a_deleted_person_in_the_file(db):
    _, canary, _ = add_canary(db)
    PeopleService(db).delete_person(canary)
    from kamdesk.services.trash import TrashService

    TrashService(db).empty_trash()
    own = {"position", "department", "hobbies", "values", "notes", "email", "family"}
    found = canaries_left(db)
    assert own & set().union(*found.values()) == set()
