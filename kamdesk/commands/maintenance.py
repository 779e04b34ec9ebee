"""Keeping the database safe: check, backup, restore."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(commands, common: argparse.ArgumentParser) -> None:
    p = commands.add_parser("check", parents=[common], help="verify the database")
    p.add_argument("--repair", action="store_true", help="rebuild the search index first")
    p.set_defaults(handler=check)
    p = commands.add_parser("backup", parents=[common], help="write a consistent copy")
    p.add_argument("-o", "--output", type=Path, help="file to write (default: backups folder)")
    p.set_defaults(handler=backup)
    p = commands.add_parser(
        "restore", parents=[common],
        help="replace the database with a backup (the current one is kept)",
    )  # fmt: skip
    p.add_argument("file", type=Path)
    p.set_defaults(handler=restore)


def check(args) -> int:
    from kamdesk.cli import open_db
    from kamdesk.services.health import check_database, repair_search_index

    db = open_db(args)
    if args.repair:
        repair_search_index(db)
        print("Search index rebuilt.")
    report = check_database(db)
    print(f"Database: {report.location}")
    print(f"Schema: {report.schema}")
    print(", ".join(f"{n} {label}" for label, n in report.counts.items()))
    for problem in report.problems:
        print(f"PROBLEM: {problem}")
    print("OK" if report.ok else f"{len(report.problems)} problem(s) found")
    return 0 if report.ok else 1


def backup(args) -> None:
    from kamdesk.cli import open_db
    from kamdesk.store.backup import backup_sqlite, default_backup_path

    db = open_db(args)
    target = args.output or default_backup_path(db.url, "manual")
    print(f"Backed up to {backup_sqlite(db.engine, target)}")


def restore(args) -> None:
    from kamdesk.cli import UserError, open_db
    from kamdesk.store.restore import restore_sqlite

    if not args.file.is_file():
        raise UserError(f"{args.file} does not exist or is not a file")
    db = open_db(args)
    kept = restore_sqlite(db, args.file)
    print(f"Restored from {args.file}; the previous database was saved as {kept}")
