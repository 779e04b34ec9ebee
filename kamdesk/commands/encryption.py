"""Encryption at rest: encrypt, decrypt, passphrase (how every other command unlocks an
encrypted file, and where passphrases come from: kamdesk.commands.common)."""

from __future__ import annotations

import argparse
import os

from kamdesk.commands.common import ask, unlock_for_command
from kamdesk.language import _


def register(commands, common: argparse.ArgumentParser) -> None:
    p = commands.add_parser(
        "encrypt", parents=[common],
        help=_("encrypt the database (and its backups) with a passphrase"),
    )
    p.add_argument("--no-keychain", action="store_true",
                   help=_("do not keep the key in the system keychain"))
    p.set_defaults(handler=encrypt)
    p = commands.add_parser(
        "decrypt", parents=[common],
        help=_("turn an encrypted database (and its backups) back into plain"),
    )
    p.set_defaults(handler=decrypt)
    p = commands.add_parser(
        "passphrase", parents=[common], help=_("change the passphrase of an encrypted database")
    )
    p.add_argument(
        "--recovery", action="store_true",
        help=_("unlock with the recovery key instead of the current passphrase"),
    )
    p.set_defaults(handler=passphrase)


def _database_file(args):
    from kamdesk.commands.common import UserError
    from kamdesk.store.location import database_url, sqlite_path

    url = database_url(args.data_dir, args.db_url or os.environ.get("KAMDESK_DB_URL"))
    path = sqlite_path(url)
    if path is None:
        raise UserError(_("only a SQLite database file can be encrypted (a server database "
                          "is protected by its server)"))
    return url, path


def encrypt(args) -> None:
    from kamdesk.commands.common import UserError, open_db
    from kamdesk.services.encryption import encrypt_database, is_encrypted

    url, path = _database_file(args)
    if path.is_file() and is_encrypted(path):
        raise UserError(_("{file} is encrypted already (kamdesk passphrase changes the "
                          "passphrase)").format(file=path))
    open_db(args).close()  # created or brought to the current schema first
    secret = ask(_("New passphrase: "), "KAMDESK_NEW_PASSPHRASE", twice=True,
                 fallback="KAMDESK_PASSPHRASE")
    result = encrypt_database(path, secret, keychain=not args.no_keychain)
    print(_("Encrypted {file}").format(file=path) + _backups(result.backups_converted) + ".")
    if result.in_keychain:
        print(_("The key is also kept in your system keychain: logging in unlocks it."))
    print(_("Recovery key (shown only now; print it or keep it somewhere safe):"))
    print(f"    {result.recovery_key}")
    print(_("Without the passphrase and this recovery key, nobody can read the data: "
            "not even us."))


def _backups(n: int) -> str:
    from kamdesk.language import ngettext

    return ngettext(" and {n} backup", " and {n} backups", n).format(n=n) if n else ""


def decrypt(args) -> None:
    from kamdesk.commands.common import UserError
    from kamdesk.services.encryption import decrypt_database, is_encrypted

    url, path = _database_file(args)
    if not (path.is_file() and is_encrypted(path)):
        raise UserError(_("{file} is not encrypted").format(file=path))
    key = unlock_for_command(url)
    assert key is not None  # the file is encrypted, so there is a key or an error
    result = decrypt_database(path, key)
    print(_("Decrypted {file}").format(file=path) + _backups(result.backups_converted) + ".")
    for skipped in result.backups_skipped:
        print(_("Left encrypted (another key): {file}").format(file=skipped))


def passphrase(args) -> None:
    from kamdesk.commands.common import UserError
    from kamdesk.services.encryption import change_database_passphrase, is_encrypted

    _url, path = _database_file(args)
    if not (path.is_file() and is_encrypted(path)):
        raise UserError(_("{file} is not encrypted (kamdesk encrypt encrypts it)").format(
            file=path))
    if args.recovery:
        current = ask(_("Recovery key: "), "KAMDESK_RECOVERY_KEY")
    else:
        current = ask(_("Current passphrase: "), "KAMDESK_PASSPHRASE")
    new = ask(_("New passphrase: "), "KAMDESK_NEW_PASSPHRASE", twice=True)
    change_database_passphrase(path, current, new, recovery=args.recovery)
    print(_("The passphrase of {file} is changed; the recovery key stays the same.").format(
        file=path))
