"""The team server on the command line: `team setup|grant` (its administrator), `copy`."""

from __future__ import annotations

import argparse


def register(commands, common: argparse.ArgumentParser) -> None:
    p = commands.add_parser("team", parents=[common],
                            help="set up a PostgreSQL team server (its administrator)")  # fmt: skip
    jobs = p.add_subparsers(dest="job", metavar="JOB", required=True)
    q = jobs.add_parser("setup", parents=[common],
                        help="create the KAM and head roles and row-level security")  # fmt: skip
    q.set_defaults(handler=team_setup)
    q = jobs.add_parser("grant", parents=[common],
                        help="let a PostgreSQL login act as a KAM (or the head)")  # fmt: skip
    q.add_argument("login", help="the PostgreSQL login (created without a password if new)")
    q.add_argument("--email", required=True, help="the KAM's e-mail")
    q.add_argument("--name", default="", help="the KAM's name")
    q.add_argument("--head", action="store_true", help="the head of department: sees all")
    q.set_defaults(handler=team_grant)
    p = commands.add_parser("copy", parents=[common],
                            help="copy the whole portfolio to or from a database")  # fmt: skip
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--to", metavar="URL", help="into this database (e.g. the team server)")
    where.add_argument("--from", dest="source", metavar="URL", help="from this database")
    p.add_argument("--dry-run", action="store_true", help="say what would be copied, copy nothing")
    p.set_defaults(handler=copy)


def _team_server(args):
    from kamdesk.cli import UserError, open_db

    db = open_db(args)
    if db.is_sqlite:
        raise UserError("team roles live on a PostgreSQL server: give its URL with --db-url")
    return db


def team_setup(args) -> None:
    from kamdesk.store.team_roles import GROUP_ROLES, setup_team

    db = _team_server(args)
    with db.engine.begin() as connection:
        setup_team(connection)
    print(f"Roles {' and '.join(GROUP_ROLES)} and their row-level security policies are set up.")


def team_grant(args) -> None:
    from kamdesk.services.team.members import TeamService
    from kamdesk.store.team_roles import grant_login

    db = _team_server(args)
    with db.engine.begin() as connection:
        grant_login(connection, args.login, head=args.head)
    user = TeamService(db).add_user(args.email, args.name, db_role=args.login)
    what = "the head of department" if args.head else "a KAM"
    print(f"{args.login} acts as {user.name} <{user.email}>, {what}.")


def copy(args) -> int:
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    from kamdesk.cli import UserError, open_db
    from kamdesk.interchange.copying import copy_portfolio
    from kamdesk.store.database import open_database
    from kamdesk.store.errors import StoreError

    other_url = args.to or args.source
    try:
        shown = make_url(other_url).render_as_string(hide_password=True)
    except ArgumentError:
        raise UserError(f"'{other_url}' is not a database URL") from None
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
        print(f"rejected  {r.source}  {r.name}: {r.reason}".replace("  :", ":"))
    rows = sum(report.created.values())
    present = sum(report.present.values())
    verb = "Would copy" if args.dry_run else ("Copied" if report.committed else "Copied nothing of")
    direction = f"to {shown}" if args.to else f"from {shown}"
    print(f"{verb} {rows} rows {direction}; {present} were there already.")
    return 0 if report.committed or args.dry_run else 1
