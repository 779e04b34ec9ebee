"""Keeping the database safe: check, backup, backups, restore."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(commands, common: argparse.ArgumentParser) -> None:
    p = commands.add_parser("check", parents=[common], help="verify the database")
    p.add_argument("--repair", action="store_true", help="rebuild the search index first")
    p.set_defaults(handler=check)
    p = commands.add_parser("backup", parents=[common], help="write a verified copy")
    p.add_argument("-o", "--output", type=Path, help="file to write (default: backups folder)")
    p.set_defaults(handler=backup)
    p = commands.add_parser(
        "backups", parents=[common], help="list the backups: date, reason, size, what each holds"
    )
    p.set_defaults(handler=backups)
    p = commands.add_parser(
        "restore", parents=[common],
        help="replace the database with a backup (the current one is kept as a backup)",
    )  # fmt: skip
    p.add_argument("file", type=Path)
    p.set_defaults(handler=restore)


def check(args) -> int:
    from kamdesk.commands.common import open_db
    from kamdesk.services.health import check_database, repair_search_index

    db = open_db(args)
    if args.repair:
        repair_search_index(db)
        print("Search index rebuilt.")
    report = check_database(db)
    print(f"Database: {report.location}" + (" (read-only)" if report.read_only else ""))
    print(f"Schema: {report.schema}")
    print(", ".join(f"{n} {label}" for label, n in report.counts.items()))
    for problem in report.problems:
        print(f"PROBLEM: {problem}")
    print("OK" if report.ok else f"{len(report.problems)} problem(s) found")
    return 0 if report.ok else 1


def backup(args) -> None:
    from kamdesk.commands.common import UserError, open_db
    from kamdesk.services.backups import make_backup
    from kamdesk.store.backup import write_backup

    db = open_db(args)
    if db.path is None:
        raise UserError("only a SQLite database file can be backed up by KAMDesk")
    if args.output:
        if args.output.exists():
            raise UserError(f"{args.output} already exists; name a new file")
        written = write_backup(db.engine, args.output)
    else:
        written = make_backup(db)
    print(f"Backed up to {written}")


def _size(n: float) -> str:
    for unit in ("B", "kB", "MB", "GB"):
        if n < 1000 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1000
    raise AssertionError


def backups(args) -> None:
    from kamdesk.commands.common import UserError, database_url_of
    from kamdesk.services.backups import backup_summaries
    from kamdesk.store.location import sqlite_path

    path = sqlite_path(database_url_of(args))
    if path is None:
        raise UserError("a server database is backed up by its administrator, not by KAMDesk")
    found = backup_summaries(path)
    if not found:
        print(f"No backups yet in {path.parent / 'backups'}")
        return
    for b in found:
        holds = (
            f"{b.accounts} accounts, {b.people} people" if b.accounts is not None else "UNREADABLE"
        )
        print(f"{b.when:%Y-%m-%d %H:%M:%S}  {b.reason:<26} {_size(b.size):>9}  {holds}  {b.path}")


def restore(args) -> None:
    from kamdesk.commands.common import UserError, database_url_of
    from kamdesk.store.location import sqlite_path
    from kamdesk.store.restore import restore_database

    path = sqlite_path(database_url_of(args))
    if path is None:
        raise UserError("restore works on a SQLite database file only")
    from kamdesk.commands.common import unlock_for_command

    # An encrypted database restores from its own (encrypted) backups: the same data key.
    done = restore_database(path, args.file, key=unlock_for_command(database_url_of(args)))
    kept = f"; the database it replaced was kept as {done.kept}" if done.kept else ""
    print(f"Restored from {args.file}{kept}")
