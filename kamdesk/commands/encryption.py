"""Encryption at rest: encrypt, decrypt, passphrase, and unlocking for every other command.

Passphrases come from the terminal (asked with getpass, never echoed) or, for scripts and
tests, from the environment: KAMDESK_PASSPHRASE (the current one), KAMDESK_NEW_PASSPHRASE
(the one to set) and KAMDESK_RECOVERY_KEY.
"""

from __future__ import annotations

import argparse
import os
import sys


def register(commands, common: argparse.ArgumentParser) -> None:
    p = commands.add_parser(
        "encrypt", parents=[common],
        help="encrypt the database (and its backups) with a passphrase",
    )  # fmt: skip
    p.add_argument("--no-keychain", action="store_true",
                   help="do not keep the key in the system keychain")  # fmt: skip
    p.set_defaults(handler=encrypt)
    p = commands.add_parser(
        "decrypt", parents=[common],
        help="turn an encrypted database (and its backups) back into plain",
    )  # fmt: skip
    p.set_defaults(handler=decrypt)
    p = commands.add_parser(
        "passphrase", parents=[common], help="change the passphrase of an encrypted database"
    )
    p.add_argument(
        "--recovery", action="store_true",
        help="unlock with the recovery key instead of the current passphrase",
    )  # fmt: skip
    p.set_defaults(handler=passphrase)


def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def ask(prompt: str, variable: str, *, twice: bool = False, fallback: str | None = None) -> str:
    """A secret from `variable` (or `fallback`) in the environment, else from the terminal."""
    from kamdesk.cli import UserError

    for name in (variable, fallback):
        if name and (value := os.environ.get(name)) is not None:
            return value
    if not _interactive():
        raise UserError(f"{prompt.rstrip(': ').lower()} is needed: run in a terminal or "
                        f"set {variable}")  # fmt: skip
    import getpass

    value = getpass.getpass(prompt)
    if twice and value != getpass.getpass("Repeat it: "):
        raise UserError("the two passphrases differ; nothing was changed")
    if not value:
        raise UserError("the passphrase is empty; nothing was changed")
    return value


def unlock_for_command(url: str) -> bytes | None:
    """The data key when `url` is an encrypted database file, else None: the keychain first,
    then KAMDESK_RECOVERY_KEY, KAMDESK_PASSPHRASE, or a question on the terminal."""
    from kamdesk.store.keyfile import key_file_for
    from kamdesk.store.location import sqlite_path

    path = sqlite_path(url)
    if path is None or not key_file_for(path).exists():
        return None
    from kamdesk.services.encryption import is_encrypted, key_from_keychain, unlock

    if not is_encrypted(path):
        return None
    if os.environ.get("KAMDESK_RECOVERY_KEY"):
        return unlock(path, recovery_key=os.environ["KAMDESK_RECOVERY_KEY"])
    if "KAMDESK_PASSPHRASE" not in os.environ and (key := key_from_keychain(path)):
        return key
    return unlock(path, ask("Passphrase: ", "KAMDESK_PASSPHRASE"))


def _database_file(args):
    from kamdesk.cli import UserError
    from kamdesk.store.location import database_url, sqlite_path

    url = database_url(args.data_dir, args.db_url or os.environ.get("KAMDESK_DB_URL"))
    path = sqlite_path(url)
    if path is None:
        raise UserError("only a SQLite database file can be encrypted (a server database is "
                        "protected by its server)")  # fmt: skip
    return url, path


def encrypt(args) -> None:
    from kamdesk.cli import UserError, open_db
    from kamdesk.services.encryption import encrypt_database, is_encrypted

    url, path = _database_file(args)
    if path.is_file() and is_encrypted(path):
        raise UserError(f"{path} is encrypted already (kamdesk passphrase changes the passphrase)")
    open_db(args).close()  # created or brought to the current schema first
    secret = ask("New passphrase: ", "KAMDESK_NEW_PASSPHRASE", twice=True,
                 fallback="KAMDESK_PASSPHRASE")  # fmt: skip
    result = encrypt_database(path, secret, keychain=not args.no_keychain)
    print(f"Encrypted {path}" + (f" and {result.backups_converted} backup(s)"
                                 if result.backups_converted else "") + ".")  # fmt: skip
    if result.in_keychain:
        print("The key is also kept in your system keychain: logging in unlocks it.")
    print("Recovery key (shown only now; print it or keep it somewhere safe):")
    print(f"    {result.recovery_key}")
    print("Without the passphrase and this recovery key, nobody can read the data: not even us.")


def decrypt(args) -> None:
    from kamdesk.cli import UserError
    from kamdesk.services.encryption import decrypt_database, is_encrypted

    url, path = _database_file(args)
    if not (path.is_file() and is_encrypted(path)):
        raise UserError(f"{path} is not encrypted")
    key = unlock_for_command(url)
    assert key is not None  # the file is encrypted, so there is a key or an error
    result = decrypt_database(path, key)
    print(f"Decrypted {path}" + (f" and {result.backups_converted} backup(s)"
                                 if result.backups_converted else "") + ".")  # fmt: skip
    for skipped in result.backups_skipped:
        print(f"Left encrypted (another key): {skipped}")


def passphrase(args) -> None:
    from kamdesk.cli import UserError
    from kamdesk.services.encryption import change_database_passphrase, is_encrypted

    _url, path = _database_file(args)
    if not (path.is_file() and is_encrypted(path)):
        raise UserError(f"{path} is not encrypted (kamdesk encrypt encrypts it)")
    if args.recovery:
        current = ask("Recovery key: ", "KAMDESK_RECOVERY_KEY")
    else:
        current = ask("Current passphrase: ", "KAMDESK_PASSPHRASE")
    new = ask("New passphrase: ", "KAMDESK_NEW_PASSPHRASE", twice=True)
    change_database_passphrase(path, current, new, recovery=args.recovery)
    print(f"The passphrase of {path} is changed; the recovery key stays the same.")
