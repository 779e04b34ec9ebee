"""Encryption at rest as the user sees it: unlock, encrypt, decrypt, change the passphrase.

The command line and the window both call these. The system keychain (`keyring`) also keeps
the data key where one exists, so a login unlocks the database; with no keychain (a server,
a test run) everything works the same by passphrase, quietly.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from kamdesk.store.encryption import (
    change_passphrase,
    clean_up_conversion,
    connect_encrypted,
    convert_in_place,
    decrypt_file,
    encrypt_file,
    is_encrypted,
    is_plain_sqlite,
)
from kamdesk.store.errors import StoreError

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend
from kamdesk.store.keyfile import (
    KeyFile,
    WrongPassphraseError,
    key_file_for,
    read_key_file,
)
from kamdesk.store.location import BACKUP_FOLDER

KEYCHAIN_SERVICE = "KAMDesk"

__all__ = [
    "ConversionResult",
    "WrongPassphraseError",
    "change_database_passphrase",
    "decrypt_database",
    "encrypt_database",
    "is_encrypted",
    "key_from_keychain",
    "unlock",
]


def _keychain_name(key_file: KeyFile) -> str:
    return f"database-key:{key_file.database_id}"


def _secure(backend: KeyringBackend) -> bool:
    """A real system keychain, not a stand-in: `keyrings.alt`'s file backends keep secrets
    in a plain (or passphrase-prompting) file, which would undo the encryption."""
    from keyring.backends import chainer, fail, null

    if isinstance(backend, chainer.ChainerBackend):
        backends = list(backend.backends)
        return bool(backends) and _secure(backends[0])  # the one that stores
    if isinstance(backend, fail.Keyring | null.Keyring):
        return False
    return not type(backend).__module__.startswith("keyrings.alt") and backend.priority >= 1


def _keychain() -> ModuleType | None:
    """The keyring module, or None when it or a secure backend is missing."""
    try:
        import keyring

        return keyring if _secure(keyring.get_keyring()) else None
    except Exception:  # noqa: BLE001 - a broken keychain must never stop the app
        return None


def key_from_keychain(path: Path) -> bytes | None:
    """The data key the system keychain keeps for this database, if it keeps one that fits."""
    keyring = _keychain()
    if keyring is None:
        return None
    try:
        text = keyring.get_password(KEYCHAIN_SERVICE, _keychain_name(read_key_file(
            key_file_for(path))))
        return bytes.fromhex(text) if text else None
    except Exception:  # noqa: BLE001 - a locked or odd keychain: ask for the passphrase
        return None


def remember_in_keychain(path: Path, key: bytes) -> bool:
    keyring = _keychain()
    if keyring is None:
        return False
    try:
        name = _keychain_name(read_key_file(key_file_for(path)))
        keyring.set_password(KEYCHAIN_SERVICE, name, key.hex())
        return True
    except Exception:  # noqa: BLE001
        return False


def forget_in_keychain(key_file: KeyFile) -> None:
    keyring = _keychain()
    if keyring is not None:
        # Nothing kept there, or a locked keychain: nothing to forget.
        with contextlib.suppress(Exception):
            keyring.delete_password(KEYCHAIN_SERVICE, _keychain_name(key_file))


def unlock(path: Path, passphrase: str | None = None, recovery_key: str | None = None) -> bytes:
    """The data key of the encrypted database at `path`: from the recovery key, the
    passphrase, or (with neither) the keychain. WrongPassphraseError when it does not fit."""
    clean_up_conversion(path)  # a conversion killed half-way: no plain bytes left behind
    key_file = read_key_file(key_file_for(path))
    if recovery_key:
        key = key_file.unlock_with_recovery(recovery_key)
    elif passphrase is not None:
        key = key_file.unlock(passphrase)
    else:
        from_keychain = key_from_keychain(path)
        if from_keychain is None:
            raise WrongPassphraseError(f"{path} is encrypted: a passphrase is needed")
        key = from_keychain
    connect_encrypted(path, key).close()  # the key file and the database belong together
    return key


@dataclass(frozen=True)
class ConversionResult:
    recovery_key: str | None  # shown once after encrypting
    backups_converted: int
    backups_skipped: list[Path]  # encrypted with another key: left as they were
    in_keychain: bool = False


def _backups(path: Path) -> list[Path]:
    folder = path.parent / BACKUP_FOLDER
    return sorted(f for f in folder.glob("*.sqlite3") if f.is_file()) if folder.is_dir() else []


def encrypt_database(path: Path, passphrase: str, *, keychain: bool = True) -> ConversionResult:
    """Encrypt the database and every plain backup beside it with one new data key (a
    backup's own key file would be one more secret to keep)."""
    if not path.is_file():
        raise StoreError(f"{path} does not exist")
    key, recovery = encrypt_file(path, passphrase)
    converted = 0
    for backup in _backups(path):
        if is_plain_sqlite(backup):
            convert_in_place(backup, None, key)
            converted += 1
    in_keychain = keychain and remember_in_keychain(path, key)
    return ConversionResult(recovery, converted, [], in_keychain)


def decrypt_database(path: Path, key: bytes) -> ConversionResult:
    """Decrypt the database and the backups encrypted with its key; forget the key."""
    key_file = read_key_file(key_file_for(path))
    decrypt_file(path, key)
    forget_in_keychain(key_file)
    converted, skipped = 0, []
    for backup in _backups(path):
        if backup.stat().st_size == 0 or is_plain_sqlite(backup):
            continue
        try:
            convert_in_place(backup, key, None)
            converted += 1
        except StoreError:  # encrypted with the key of an earlier encryption
            skipped.append(backup)
    return ConversionResult(None, converted, skipped)


def change_database_passphrase(path: Path, current: str, new: str, *,
                               recovery: bool = False) -> None:
    """A new passphrase (unlocking with the current one or the recovery key)."""
    change_passphrase(path, current, new, recovery=recovery)
