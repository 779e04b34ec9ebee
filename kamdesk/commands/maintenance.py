"""Keeping the database safe: check, backup, backups, restore."""

from __future__ import annotations

import argparse
from pathlib import Path

from kamdesk.language import N_, _, ngettext

# What `check` counts (HealthReport.counts), for the catalogue.
COUNTED = {"accounts": N_("accounts"), "people": N_("people"), "interactions": N_("interactions")}


def register(commands, common: argparse.ArgumentParser) -> None:
    p = commands.add_parser("check", parents=[common], help=_("verify the database"))
    p.add_argument("--repair", action="store_true", help=_("rebuild the search index first"))
    p.set_defaults(handler=check)
    p = commands.add_parser("backup", parents=[common], help=_("write a verified copy"))
    p.add_argument("-o", "--output", type=Path, help=_("file to write (default: backups folder)"))
    p.set_defaults(handler=backup)
    p = commands.add_parser(
        "backups", parents=[common], help=_("list the backups: date, reason, size, what each holds")
    )
    p.set_defaults(handler=backups)
    p = commands.add_parser(
        "restore", parents=[common],
        help=_("replace the database with a backup (the current one is kept as a backup)"),
    )
    p.add_argument("file", type=Path, metavar="FILE", help=_("the backup to restore from"))
    p.set_defaults(handler=restore)


def check(args) -> int:
    from kamdesk.commands.common import open_db
    from kamdesk.services.health import check_database, repair_search_index

    db = open_db(args)
    if args.repair:
        repair_search_index(db)
        print(_("Search index rebuilt."))
    report = check_database(db)
    print(_("Database: {where}").format(where=report.location)
          + (_(" (read-only)") if report.read_only else ""))
    print(_("Schema: {revision}").format(revision=report.schema))
    print(", ".join(f"{n} {_(COUNTED.get(label, label))}" for label, n in report.counts.items()))
    for problem in report.problems:
        print(_("PROBLEM: {problem}").format(problem=problem))
    n = len(report.problems)
    print(_("OK") if report.ok else ngettext("{n} problem found", "{n} problems found", n).format(
        n=n))
    return 0 if report.ok else 1


def backup(args) -> None:
    from kamdesk.commands.common import UserError, open_db
    from kamdesk.services.backups import make_backup
    from kamdesk.store.backup import write_backup

    db = open_db(args)
    if db.path is None:
        raise UserError(_("only a SQLite database file can be backed up by KAMDesk"))
    if args.output:
        if args.output.exists():
            raise UserError(_("{file} already exists; name a new file").format(file=args.output))
        written = write_backup(db.engine, args.output)
    else:
        written = make_backup(db)
    print(_("Backed up to {file}").format(file=written))


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
        raise UserError(_("a server database is backed up by its administrator, not by KAMDesk"))
    found = backup_summaries(path)
    if not found:
        print(_("No backups yet in {folder}").format(folder=path.parent / "backups"))
        return
    for b in found:
        holds = (_("{accounts} accounts, {people} people").format(accounts=b.accounts,
                                                                  people=b.people)
                 if b.accounts is not None else _("UNREADABLE"))
        print(f"{b.when:%Y-%m-%d %H:%M:%S}  {b.reason:<26} {_size(b.size):>9}  {holds}  {b.path}")


def restore(args) -> None:
    from kamdesk.commands.common import UserError, database_url_of
    from kamdesk.store.location import sqlite_path
    from kamdesk.store.restore import restore_database

    path = sqlite_path(database_url_of(args))
    if path is None:
        raise UserError(_("restore works on a SQLite database file only"))
    from kamdesk.commands.common import unlock_for_command

    # An encrypted database restores from its own (encrypted) backups: the same data key.
    done = restore_database(path, args.file, key=unlock_for_command(database_url_of(args)))
    kept = (_("; the database it replaced was kept as {file}").format(file=done.kept)
            if done.kept else "")
    print(_("Restored from {file}").format(file=args.file) + kept)
