"""`kamdesk brief`: the briefing PDF for one account, one meeting, or a trip to a city.

Only argparse is imported when the command line is parsed; the database, reportlab and
babel are imported when the brief is actually written.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kamdesk.language import _

SECTION_NAMES = ("things", "snapshot", "room", "map", "proposals", "tenders", "service",
                 "cross-sell", "interactions", "tasks", "notes")


def register(commands, common: argparse.ArgumentParser) -> None:
    p = commands.add_parser(
        "brief", parents=[common],
        help=_("write the briefing PDF for an account, a meeting, or every account in a city"),
        description=_("Write the briefing PDF for ACCOUNT (a name, part of one, or an id), "
                      "for one of its meetings, or with --city a trip brief: one PDF with a "
                      "brief per account in that city."),
    )
    p.add_argument("account", nargs="?", metavar="ACCOUNT", help=_("account name or id"))
    p.add_argument("--meeting", metavar="ID",
                   help=_("brief for this meeting of the account ('next' for the next one)"))
    p.add_argument("--city", metavar="CITY", help=_("trip mode: every account in CITY"))
    p.add_argument("-o", "--output", type=Path, metavar="FILE.pdf",
                   help=_("where to write (default: <Account>-brief-<date>.pdf here)"))
    p.add_argument("--shareable", action="store_true",
                   help=_("leave out personal data (birthdays, family, hobbies, values, notes)"))
    p.add_argument("--sections", nargs="+", type=_sections, metavar="NAME",
                   help=_("only these sections: {names}").format(names=", ".join(SECTION_NAMES)))
    p.add_argument("--paper", choices=("a4", "letter"),
                   help=_("the paper size (default: from the locale)"))
    p.add_argument("--locale", metavar="LL_CC", help=_("dates and money, e.g. pl_PL "
                   "(default: from the environment, or fil_PH with --lang fil)"))
    p.add_argument("--interactions", type=_count, default=10, metavar="N",
                   help=_("how many recent interactions to list (default 10)"))
    p.add_argument("--password", action="store_true",
                   help=_("protect the PDF with a password (asked for, or read from stdin)"))
    p.set_defaults(handler=brief, parser=p)


def _sections(text: str) -> list[str]:
    names = [n.strip().lower() for n in text.split(",") if n.strip()]
    for name in names:
        if name not in SECTION_NAMES:
            raise argparse.ArgumentTypeError(
                _("unknown section '{name}' (choose from {names})").format(
                    name=name, names=", ".join(SECTION_NAMES)))
    return names


def _count(text: str) -> int:
    if not text.isdigit() or int(text) > 100:
        raise argparse.ArgumentTypeError(
            _("'{text}' must be a whole number from 0 to 100").format(text=text))
    return int(text)


def brief(args) -> None:
    parser: argparse.ArgumentParser = args.parser
    if bool(args.account) == bool(args.city):
        parser.error(_("name an ACCOUNT, or use --city CITY for a trip brief (not both)"))
    if args.city and args.meeting:
        parser.error(_("--meeting goes with an ACCOUNT, not with --city"))

    from datetime import date

    from kamdesk.briefing.options import BriefOptions, parse_sections, system_locale

    today = date.today()
    sections = [name for group in args.sections or [] for name in group]
    options = BriefOptions(
        sections=parse_sections(sections) if sections else BriefOptions().sections,
        shareable=args.shareable,
        recent_interactions=args.interactions,
        locale=args.locale or ("fil_PH" if args.lang == "fil" else system_locale()),
        language=args.lang,
        paper=args.paper,
        password=_read_password() if args.password else None,
    )

    from kamdesk.briefing.export import write_brief, write_trip_brief
    from kamdesk.commands.common import imports_done, open_db
    from kamdesk.services.accounts import AccountService
    from kamdesk.services.audit import BRIEF, AuditService, brief_description

    imports_done()
    db = open_db(args)
    if args.city:
        target = _target(args.output, f"Trip {args.city.strip()}", today)
        path = write_trip_brief(db, args.city, target, options=options, today=today)
        what, account_name = f"trip brief, {args.city.strip()}", ""
    else:
        account = AccountService(db).find_account(args.account)
        meeting_id = _meeting_id(db, account, args.meeting) if args.meeting else None
        target = _target(args.output, account.name, today)
        path = write_brief(db, account.id, target, meeting_id=meeting_id, options=options,
                           today=today)
        what, account_name = "meeting brief" if meeting_id else "brief", account.name
    what = brief_description(what, options.shareable, options.password is not None)
    AuditService(db).record(BRIEF, what, account_name, str(path.absolute()))
    print(_("Brief written to {path}").format(path=path))  # --lang: the whole run's language


def _target(output: Path | None, title: str, today) -> Path:
    from kamdesk.briefing.options import default_file_name

    name = default_file_name(title, today)
    if output is None:
        return Path.cwd() / name
    output = output.expanduser()
    return output / name if output.is_dir() else output


def _meeting_id(db, account, text: str):
    import uuid

    from kamdesk.commands.common import UserError
    from kamdesk.language import _

    if text.strip().lower() == "next":
        from datetime import UTC, datetime

        from kamdesk.services.brief_sources.reading import BriefSourceService

        meeting = BriefSourceService(db).next_meeting(datetime.now(UTC), account.id)
        if meeting is None:
            raise UserError(_("no upcoming meeting with {account}").format(account=account.name))
        return meeting.id
    try:
        return uuid.UUID(text.strip())
    except ValueError:
        raise UserError(_("'{text}' is not a meeting id (use the id, or 'next')").format(
            text=text)) from None


def _read_password() -> str:
    """Ask twice on a terminal; otherwise read one line from standard input (for scripts)."""
    from kamdesk.commands.common import UserError

    if sys.stdin is not None and sys.stdin.isatty():
        import getpass

        password = getpass.getpass(_("Password for the PDF: "))
        if password != getpass.getpass(_("Repeat the password: ")):
            raise UserError(_("the two passwords differ"))
    else:
        password = (sys.stdin.readline() if sys.stdin else "").rstrip("\r\n")
    if not password:
        raise UserError(_("the password is empty"))
    return password
