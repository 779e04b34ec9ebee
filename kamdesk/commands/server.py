"""The team server on the command line: `team setup|grant` (its administrator), `copy`."""

from __future__ import annotations

import argparse

from kamdesk.language import _


def register(commands, common: argparse.ArgumentParser) -> None:
    p = commands.add_parser("team", parents=[common],
                            help=_("set up a PostgreSQL team server (its administrator)"))
    jobs = p.add_subparsers(dest="job", metavar="JOB", required=True)
    q = jobs.add_parser("setup", parents=[common],
                        help=_("create the KAM and head roles and row-level security"))
    q.set_defaults(handler=team_setup)
    q = jobs.add_parser("grant", parents=[common],
                        help=_("let a PostgreSQL login act as a KAM (or the head)"))
    q.add_argument("login", metavar="LOGIN",
                   help=_("the PostgreSQL login (created without a password if new)"))
    q.add_argument("--email", required=True, help=_("the KAM's e-mail"))
    q.add_argument("--name", default="", help=_("the KAM's name"))
    q.add_argument("--head", action="store_true", help=_("the head of department: sees all"))
    q.set_defaults(handler=team_grant)
    p = commands.add_parser("copy", parents=[common],
                            help=_("copy the whole portfolio to or from a database"))
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--to", metavar="URL", help=_("into this database (e.g. the team server)"))
    where.add_argument("--from", dest="source", metavar="URL", help=_("from this database"))
    p.add_argument("--dry-run", action="store_true",
                   help=_("say what would be copied, copy nothing"))
    p.set_defaults(handler=copy)


def _team_server(args):
    from kamdesk.commands.common import UserError, open_db

    db = open_db(args)
    if db.is_sqlite:
        raise UserError(_("team roles live on a PostgreSQL server: give its URL with --db-url"))
    return db


def team_setup(args) -> None:
    from kamdesk.store.team_roles import GROUP_ROLES, setup_team

    db = _team_server(args)
    with db.engine.begin() as connection:
        setup_team(connection)
    print(_("Roles {roles} and their row-level security policies are set up.").format(
        roles=_(" and ").join(GROUP_ROLES)))


def team_grant(args) -> None:
    from kamdesk.services.team.members import TeamService
    from kamdesk.store.team_roles import grant_login

    db = _team_server(args)
    with db.engine.begin() as connection:
        grant_login(connection, args.login, head=args.head)
    user = TeamService(db).add_user(args.email, args.name, db_role=args.login)
    what = _("the head of department") if args.head else _("a KAM")
    print(_("{login} acts as {name} <{email}>, {what}.").format(
        login=args.login, name=user.name, email=user.email, what=what))


def copy(args) -> int:
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    from kamdesk.commands.common import UserError, open_db
    from kamdesk.interchange.copying import copy_portfolio
    from kamdesk.store.database import open_database
    from kamdesk.store.errors import StoreError

    other_url = args.to or args.source
    try:
        shown = make_url(other_url).render_as_string(hide_password=True)
    except ArgumentError:
        raise UserError(_("'{url}' is not a database URL").format(url=other_url)) from None
    here = open_db(args)
    try:
        other = open_database(other_url)
    except StoreError as error:  # its text may hold the URL, password included
        raise UserError(str(error).replace(other_url, shown)) from None
    source, target = (here, other) if args.to else (other, here)
    try:
        report = copy_portfolio(source, target, dry_run=args.dry_run)
    finally:
        other.close()
    for r in report.rejections:
        print((_("rejected") + f"  {r.source}  {r.name}: {r.reason}").replace("  :", ":"))
    rows = sum(report.created.values())
    present = sum(report.present.values())
    if args.dry_run:
        said = (_("Would copy {rows} rows to {url}; {present} were there already.") if args.to
                else _("Would copy {rows} rows from {url}; {present} were there already."))
    elif report.committed:
        said = (_("Copied {rows} rows to {url}; {present} were there already.") if args.to
                else _("Copied {rows} rows from {url}; {present} were there already."))
    else:
        said = (_("Copied nothing of {rows} rows to {url}; {present} were there already.")
                if args.to else
                _("Copied nothing of {rows} rows from {url}; {present} were there already."))
    print(said.format(rows=rows, url=shown, present=present))
    return 0 if report.committed or args.dry_run else 1
