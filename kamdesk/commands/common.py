"""What every command uses: the one-line error, the database the options point at (unlocked
when it is encrypted), the person at the keyboard, and `imports_done`.

Its own module so that `kamdesk.cli` (which builds the parser from the command modules) and
the command modules (which need these) do not import each other. Only the standard library
is imported up front: every command pays for this module.

Passphrases come from the terminal (asked with getpass, never echoed) or, for scripts and
tests, from the environment: KAMDESK_PASSPHRASE (the current one), KAMDESK_NEW_PASSPHRASE
(the one to set) and KAMDESK_RECOVERY_KEY.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from typing import TYPE_CHECKING

from kamdesk.language import _

if TYPE_CHECKING:
    from kamdesk.store.database import Database


class UserError(Exception):
    """A failure explained in one line; raised by commands for anything the user can fix."""


def database_url_of(args: argparse.Namespace) -> str:
    """The URL the options (or KAMDESK_DB_URL, or the default folder) point at."""
    from kamdesk.store.location import database_url

    return database_url(args.data_dir, args.db_url or os.environ.get("KAMDESK_DB_URL"))


def open_db(args: argparse.Namespace) -> Database:
    """Open the database the options point at (creating or upgrading it; unlocking an
    encrypted one)."""
    from kamdesk.store.database import open_database

    url = database_url_of(args)
    return open_database(url, key=unlock_for_command(url))


def user_email(args: argparse.Namespace) -> str | None:
    """The e-mail of the person at the keyboard, if the options or environment name one."""
    return getattr(args, "user", None) or os.environ.get("KAMDESK_USER") or None


def imports_done() -> None:
    """Called by a command once it has imported what it needs, before it does the work.

    What imports build (modules, classes, SQLAlchemy's table metadata) lives as long as the
    process; frozen, it is no longer walked by every full garbage collection (parsing the
    brief's fonts triggers several) nor torn down object by object at exit: about 0.15 s of
    `kamdesk brief` (benchmarks/README.md).
    """
    gc.freeze()


def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def ask(prompt: str, variable: str, *, twice: bool = False, fallback: str | None = None) -> str:
    """A secret from `variable` (or `fallback`) in the environment, else from the terminal."""
    for name in (variable, fallback):
        if name and (value := os.environ.get(name)) is not None:
            return value
    if not _interactive():
        raise UserError(_("{what} is needed: run in a terminal or set {variable}").format(
            what=prompt.rstrip(": ").lower(), variable=variable))
    import getpass

    value = getpass.getpass(prompt)
    if twice and value != getpass.getpass(_("Repeat it: ")):
        raise UserError(_("the two passphrases differ; nothing was changed"))
    if not value:
        raise UserError(_("the passphrase is empty; nothing was changed"))
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
    return unlock(path, ask(_("Passphrase: "), "KAMDESK_PASSPHRASE"))
