"""Encryption at rest: encrypt, decrypt, passphrase (how every other command unlocks an
encrypted file, and where passphrases come from: kamdesk.commands.common)."""

from __future__ import annotations

import argparse
import os

from kamdesk.commands.common import ask, unlock_for_command


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


def _database_file(args):
    from kamdesk.commands.common import UserError
    from kamdesk.store.location import database_url, sqlite_path

    url = database_url(args.data_dir, args.db_url or os.environ.get("KAMDESK_DB_URL"))
    path = sqlite_path(url)
    if path is None:
        raise UserError("only a SQLite database file can be encrypted (a server database is "
                        "protected by its server)")  # fmt: skip
    return url, path


def encrypt(args) -> None:
    from kamdesk.commands.common import UserError, open_db
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
    from kamdesk.commands.common import UserError
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
    from kamdesk.commands.common import UserError
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
