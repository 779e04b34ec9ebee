"""Contacts in and out: `kamdesk import` and `kamdesk export`."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from kamdesk.language import _, ngettext

# As kamdesk.interchange.csv_presets.PRESET_NAMES, without importing it for --help.
PRESETS = ("outlook", "google", "linkedin", "salesforce", "thunderbird", "roundcube", "windows")


def register(commands, common: argparse.ArgumentParser) -> None:
    p = commands.add_parser(
        "import", parents=[common], help=_("import contacts (vCard, CSV) or a JSON archive"),
        description=_("Shows what will be created, merged, skipped or rejected, then imports "
                      "everything in one transaction. Any rejected record means nothing is "
                      "imported (exit code 1) unless --skip-invalid is given."),
    )
    p.add_argument("kind", choices=("vcard", "csv", "json"), metavar="KIND",
                   help=_("what the file holds: vcard, csv or json"))
    p.add_argument("file", type=Path, metavar="FILE", help=_("the file to import"))
    p.add_argument("--account", metavar="NAME",
                   help=_("put everyone in this account (created as a prospect if missing); "
                          "without it the organisation (ORG, Company) decides, and a record "
                          "without one is rejected"))
    p.add_argument("--dry-run", action="store_true", help=_("show the preview, write nothing"))
    p.add_argument("--skip-invalid", action="store_true",
                   help=_("import the valid records even if some are rejected"))
    p.add_argument("--duplicates", choices=("merge", "skip", "create"), default="merge",
                   help=_("what to do with someone already known (default: merge)"))
    p.add_argument("--preset", choices=PRESETS, help=_("CSV: the program that wrote the file"))
    p.add_argument("--delimiter", metavar="X",
                   help=_("CSV: the column delimiter (',' ';' tab)"))
    p.add_argument("--encoding", metavar="X", help=_("the file's character encoding"))
    p.add_argument("--map", metavar="COLUMN=FIELD", action="append", default=[],
                   help=_("CSV: send a column to a field, e.g. 'Firma=organisation'; "
                          "repeatable"))
    p.set_defaults(handler=import_file)
    p = commands.add_parser("export", parents=[common],
                            help=_("export contacts, a calendar or a JSON archive"))
    p.add_argument("kind", choices=("vcard", "csv", "ics", "json"), metavar="KIND",
                   help=_("what to write: vcard, csv, ics or json"))
    p.add_argument("--account", metavar="NAME", help=_("only this account (not for json)"))
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE",
                   help=_("the file to write"))
    p.set_defaults(handler=export_file)


def import_file(args) -> int:
    from kamdesk.commands.common import UserError

    if args.kind == "json":
        if args.account or args.preset or args.map or args.delimiter:
            raise UserError(_("a JSON archive takes no --account, --preset, --map or --delimiter"))
        return _import_archive(args)
    if args.kind == "vcard" and (args.preset or args.map or args.delimiter):
        raise UserError(_("--preset, --map and --delimiter are for CSV files"))
    from kamdesk.interchange.reading import ReadOptions, read_contacts

    options = ReadOptions(args.encoding, args.delimiter, args.preset, tuple(args.map))
    parsed = read_contacts(args.file, args.kind, options)  # before the database is touched

    from kamdesk.commands.common import open_db
    from kamdesk.interchange.report import report_lines
    from kamdesk.services.contact_import.planning import (
        DuplicateChoice,
        ImportOptions,
        ImportService,
    )

    choice = ImportOptions(args.account, args.skip_invalid, args.dry_run,
                           DuplicateChoice(args.duplicates))
    report = ImportService(open_db(args)).import_cards(parsed, choice)
    print("\n".join(report_lines(report, args.file.name, args.dry_run)))
    if report.rejected and not args.skip_invalid:
        return _refused(args, len(report.rejected), len(report.rows), records=True)
    return 0


def _refused(args, rejected: int, total: int, *, records: bool) -> int:
    """The one line the command-line contract promises on stderr; the report stays above."""
    import sys

    outcome = _("nothing was written (dry run)") if args.dry_run else _("nothing was imported")
    if records:
        how_many = ngettext("{rejected} of {total} record rejected",
                            "{rejected} of {total} records rejected", total)
    else:
        how_many = ngettext("{rejected} of {total} row rejected",
                            "{rejected} of {total} rows rejected", total)
    how_many = how_many.format(rejected=f"{rejected:,}", total=f"{total:,}")
    print(f"kamdesk: {args.file.name}: {outcome}: {how_many} "
          + _("(see the report); fix them, or import the others with --skip-invalid"),
          file=sys.stderr)
    return 1


def _import_archive(args) -> int:
    from kamdesk.commands.common import open_db
    from kamdesk.interchange.archive_file import open_archive
    from kamdesk.services.archive.loading import import_archive

    with open_archive(args.file) as tables:  # read as it is imported, in one transaction
        report = import_archive(open_db(args), tables, dry_run=args.dry_run,
                                skip_invalid=args.skip_invalid)
    for r in report.rejections:
        print((_("rejected") + f"  {r.source}  {r.name}: {r.reason}").replace("  :", ":"))
    for table, count in report.created.items():
        if count or report.present[table]:
            already = (_(" ({n} already present)").format(n=f"{report.present[table]:,}")
                       if report.present[table] else "")
            print(_("{table}: {n} to add").format(table=table, n=f"{count:,}") + already)
    if report.committed:
        print(_("Imported {n} rows from {file}.").format(n=f"{sum(report.created.values()):,}",
                                                         file=args.file.name))
        if report.erased:
            print(_("{n} erased people in the archive were erased again.").format(
                n=f"{report.erased:,}"))
    elif args.dry_run:
        print(_("Dry run: nothing was written."))
    else:
        print(_("Nothing was imported: {n} rows rejected. Fix them, or import the others "
                "with --skip-invalid.").format(n=f"{len(report.rejections):,}"))
    if report.rejections and not args.skip_invalid:
        total = sum(report.created.values()) + len(report.rejections)
        return _refused(args, len(report.rejections), total, records=False)
    return 0


def export_file(args) -> None:
    from kamdesk.commands.common import UserError, open_db
    from kamdesk.interchange.export_files import export_to

    if args.kind == "json" and args.account:
        raise UserError(_("the JSON archive holds everything: it takes no --account"))
    db = open_db(args)
    account_id = None
    if args.account:
        from kamdesk.services.accounts import AccountService

        account_id = AccountService(db).find_account(args.account).id
    summary = export_to(db, args.kind, args.output, account_id, date.today())
    print(_("Wrote {what} to {file}").format(what=summary, file=args.output))
