"""Encryption at rest on real files: SQLCipher with a wrapped data key, a canary scan of the
database, its WAL and its backups, wrong passphrases, conversions both ways."""

from __future__ import annotations

import json
import sqlite3
import stat

import pytest

from kamdesk.services.backups import make_backup
from kamdesk.services.encryption import (
    change_database_passphrase,
    decrypt_database,
    encrypt_database,
    is_encrypted,
    unlock,
)
from kamdesk.services.people import PeopleService
from kamdesk.store.database import open_database
from kamdesk.store.encryption import SQLITE_MAGIC, require_cipher
from kamdesk.store.errors import StoreError
from kamdesk.store.keyfile import DatabaseLockedError, WrongPassphraseError, key_file_for
from tests.services.privacy.canary import CANARIES, add_canary, canaries_in, database_files

PASSPHRASE = "Zażółć gęślą jaźń 1979"


@pytest.fixture
def path(tmp_path):
    return tmp_path / "kamdesk.sqlite3"


@pytest.fixture
def encrypted(path):
    """An encrypted, empty KAMDesk database; returns its recovery key."""
    open_database(f"sqlite:///{path}").close()
    return encrypt_database(path, PASSPHRASE, keychain=False).recovery_key


def _open(path, key):
    return open_database(f"sqlite:///{path}", key=key)


def test_a_plain_sqlite_build_is_refused_before_any_key_is_given():
    with pytest.raises(StoreError, match="no SQLCipher"):
        require_cipher(sqlite3.connect(":memory:"))


def test_the_canary_is_in_no_byte_of_the_database_its_wal_or_any_backup(path, encrypted):
    db = _open(path, unlock(path, PASSPHRASE))
    try:
        add_canary(db)
        wal = path.with_name(path.name + "-wal")
        assert wal.exists() and wal.stat().st_size > 0, "the WAL must hold the new rows"
        assert canaries_in(*database_files(path)) == {}  # while the app has it open
        backup = make_backup(db)  # the existing backup code, on the keyed connection
        with db.engine.connect() as connection:
            versions = {connection.exec_driver_sql("PRAGMA cipher_version").scalar()}
        assert versions != {None} and versions != {""}
    finally:
        db.close()
    assert canaries_in(*database_files(path), backup) == {}
    assert backup.read_bytes()[:16] != SQLITE_MAGIC
    restored = _open(backup, unlock(path, PASSPHRASE))  # the backup opens with the same key
    try:
        names = {p.full_name for p in PeopleService(restored).list_people(_account(restored))}
        assert f"{CANARIES['given_name']} {CANARIES['family_name']}" in names
    finally:
        restored.close()


def _account(db):
    from kamdesk.services.accounts import AccountService

    return AccountService(db).list_accounts()[0].id


def test_encrypting_converts_the_plain_file_and_its_plain_backups(path):
    db = open_database(f"sqlite:///{path}")
    add_canary(db)
    old_backup = make_backup(db)
    db.close()
    assert canaries_in(path, old_backup), "plain before: the scan can fail"
    result = encrypt_database(path, PASSPHRASE, keychain=False)
    assert result.backups_converted == 1
    assert canaries_in(*database_files(path), old_backup) == {}
    assert not list(path.parent.glob(".*plain-old")) and not list(path.parent.glob(".*converting"))
    assert is_encrypted(path)


def test_the_key_file_is_private_json_with_salt_parameters_and_two_wrapped_keys(path, encrypted):
    key_file = key_file_for(path)
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    body = json.loads(key_file.read_text())
    for wrapped in (body["passphrase"], body["recovery"]):
        assert wrapped["kdf"] == "argon2id" and wrapped["memory_cost"] >= 65536
        assert {"salt", "nonce", "wrapped_key", "time_cost", "parallelism"} <= set(wrapped)
    assert PASSPHRASE not in key_file.read_text() and encrypted not in key_file.read_text()


def test_opening_without_the_key_or_with_a_wrong_passphrase_is_a_clear_refusal(path, encrypted):
    with pytest.raises(DatabaseLockedError, match="is encrypted"):
        open_database(f"sqlite:///{path}")
    with pytest.raises(WrongPassphraseError, match="wrong passphrase"):
        unlock(path, "Zazolc gesla jazn 1979")
    with pytest.raises(WrongPassphraseError, match="wrong recovery key"):
        unlock(path, recovery_key="AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
    with pytest.raises(WrongPassphraseError, match="not a recovery key"):
        unlock(path, recovery_key="my dog's name")
    assert path.read_bytes()[:16] != SQLITE_MAGIC


def test_the_recovery_key_unlocks_and_sets_a_new_passphrase(path, encrypted):
    key = unlock(path, recovery_key=encrypted.lower().replace("-", " "))
    assert key == unlock(path, PASSPHRASE)
    change_database_passphrase(path, encrypted, "новый пароль", recovery=True)
    assert unlock(path, "новый пароль") == key  # the data key itself stays: backups still open
    with pytest.raises(WrongPassphraseError):
        unlock(path, PASSPHRASE)


def test_decrypting_gives_a_plain_file_with_the_data_and_no_key_file(path, encrypted):
    key = unlock(path, PASSPHRASE)
    db = _open(path, key)
    add_canary(db)
    backup = make_backup(db)
    db.close()
    result = decrypt_database(path, key)
    assert result.backups_converted == 1 and result.backups_skipped == []
    assert not key_file_for(path).exists() and path.read_bytes()[:16] == SQLITE_MAGIC
    assert canaries_in(path) and canaries_in(backup)  # plain again, on purpose
    open_database(f"sqlite:///{path}").close()


def test_an_encrypted_backup_restores_into_the_encrypted_database(path, encrypted):
    from kamdesk.services.people import PersonInput
    from kamdesk.store.restore import restore_sqlite

    key = unlock(path, PASSPHRASE)
    db = _open(path, key)
    account, _, _ = add_canary(db)
    backup = make_backup(db)
    PeopleService(db).create_person(account, PersonInput("Jolanta Wiśniewska"))
    restore_sqlite(db, backup)
    db.close()
    again = _open(path, key)
    try:
        names = [p.full_name for p in PeopleService(again).list_people(account)]
    finally:
        again.close()
    assert "Jolanta Wiśniewska" not in names and len(names) == 2
    assert canaries_in(*database_files(path)) == {}


def test_erasing_on_an_encrypted_database_compacts_it_and_a_restore_keeps_the_erasure(
    path, encrypted
):
    from kamdesk.services.privacy.erasure import ErasureService
    from kamdesk.services.search import SearchService
    from kamdesk.store.restore import restore_sqlite

    key = unlock(path, PASSPHRASE)
    db = _open(path, key)
    try:
        account, canary, _ = add_canary(db)
        old = make_backup(db)
        ErasureService(db).erase(canary)
        restore_sqlite(db, old)
    finally:
        db.close()
    db = _open(path, key)
    try:
        assert [p.full_name for p in PeopleService(db).list_people(account)] == [
            "Eleni Papadopoulou"
        ]
        assert SearchService(db).search("falconry") == []
    finally:
        db.close()
    assert not path.with_name(path.name + "-wal").exists()  # folded back in on close


def test_the_plain_bytes_a_killed_conversion_left_are_removed_at_the_next_unlock(path, encrypted):
    leftover = path.with_name(f".{path.name}.plain-old")  # the second link to the old file
    leftover.write_bytes(SQLITE_MAGIC + CANARIES["notes"].encode())
    unlock(path, PASSPHRASE)
    assert not leftover.exists()
