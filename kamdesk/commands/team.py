"""Team mode on the command line: users, assign, handover."""

from __future__ import annotations

import argparse
import uuid


def register(commands, common: argparse.ArgumentParser) -> None:
    p = commands.add_parser("users", parents=[common],
                            help="the KAMs of the team and the accounts each holds")  # fmt: skip
    p.add_argument("--add", metavar="EMAIL", help="add a KAM (or rename one) by e-mail")
    p.add_argument("--name", default="", help="with --add: the KAM's name")
    p.set_defaults(handler=users)
    p = commands.add_parser("assign", parents=[common],
                            help="name the owner and deputy of an account")  # fmt: skip
    p.add_argument("account", help="name or id of the account")
    p.add_argument("--owner", metavar="KAM", required=True,
                   help="e-mail or name of the owning KAM ('-' for nobody)")
    p.add_argument("--deputy", metavar="KAM", help="e-mail or name of the deputy")
    p.set_defaults(handler=assign)
    p = commands.add_parser("handover", parents=[common],
                            help="hand a KAM's accounts (or one) to another, logged")  # fmt: skip
    p.add_argument("giver", metavar="FROM", help="e-mail or name of the KAM handing over")
    p.add_argument("taker", metavar="TO", help="e-mail or name of the KAM taking over")
    p.add_argument("--account", metavar="NAME", help="only this account (default: all)")
    p.add_argument("--note", default="", help="why, for the log")
    p.set_defaults(handler=handover)


def my_account_ids(db, args) -> set[uuid.UUID]:
    from kamdesk.cli import user_email
    from kamdesk.services.team import TeamService

    team = TeamService(db)
    me = team.me(user_email(args))
    return team.account_ids_of(me.id if me else None)


def _user(team, wanted: str):
    """A KAM by e-mail or name; an e-mail not known yet becomes a new KAM."""
    from kamdesk.services.errors import NotFoundError

    try:
        return team.find_user(wanted)
    except NotFoundError:
        if "@" in wanted:
            return team.add_user(wanted)
        raise


def users(args) -> None:
    from kamdesk.cli import open_db
    from kamdesk.services.team import TeamService

    team = TeamService(open_db(args))
    if args.add:
        added = team.add_user(args.add, args.name)
        print(f"{added.name} <{added.email}>")
        return
    rows = team.list_users()
    if not rows:
        print("No KAMs yet: every account is yours. Add one with: kamdesk users --add EMAIL")
        return
    width = max(len(u.name) for u in rows)
    for u in rows:
        print(f"{u.name:<{width}}  {u.email}  owns {u.owned}, deputises {u.deputising}")


def assign(args) -> None:
    from kamdesk.cli import open_db
    from kamdesk.services.accounts import AccountService
    from kamdesk.services.team import TeamService

    db = open_db(args)
    team = TeamService(db)
    account = AccountService(db).find_account(args.account)
    owner = None if args.owner == "-" else _user(team, args.owner)
    deputy = _user(team, args.deputy) if args.deputy else None
    team.set_owner(account.id, owner.id if owner else None, deputy.id if deputy else None)
    print(f"{account.name}: owner {owner.name if owner else 'nobody'}"
          + (f", deputy {deputy.name}" if deputy else ""))  # fmt: skip


def handover(args) -> None:
    from kamdesk.cli import open_db
    from kamdesk.services.accounts import AccountService
    from kamdesk.services.team import TeamService

    db = open_db(args)
    team = TeamService(db)
    giver, taker = team.find_user(args.giver), _user(team, args.taker)
    account_id = AccountService(db).find_account(args.account).id if args.account else None
    result = team.handover(giver.id, taker.id, account_id, args.note)
    if not result.owned and not result.deputised:
        print(f"{giver.name} holds no accounts: nothing handed over.")
        return
    for name in result.owned:
        print(f"{name}: owner {result.from_name} -> {result.to_name}")
    for name in result.deputised:
        print(f"{name}: deputy {result.from_name} -> {result.to_name}")
    print(f"Handed over {len(result.owned) + len(result.deputised)} account(s); "
          f"logged as {result.batch}.")  # fmt: skip
