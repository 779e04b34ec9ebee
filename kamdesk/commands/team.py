"""Team mode on the command line: users, assign, handover."""

from __future__ import annotations

import argparse
import uuid

from kamdesk.language import _, ngettext


def register(commands, common: argparse.ArgumentParser) -> None:
    p = commands.add_parser("users", parents=[common],
                            help=_("the KAMs of the team and the accounts each holds"))
    p.add_argument("--add", metavar="EMAIL", help=_("add a KAM (or rename one) by e-mail"))
    p.add_argument("--name", default="", help=_("with --add: the KAM's name"))
    p.set_defaults(handler=users)
    p = commands.add_parser("assign", parents=[common],
                            help=_("name the owner and deputy of an account"))
    p.add_argument("account", metavar="ACCOUNT", help=_("name or id of the account"))
    p.add_argument("--owner", metavar="KAM", required=True,
                   help=_("e-mail or name of the owning KAM ('-' for nobody)"))
    p.add_argument("--deputy", metavar="KAM", help=_("e-mail or name of the deputy"))
    p.set_defaults(handler=assign)
    p = commands.add_parser("handover", parents=[common],
                            help=_("hand a KAM's accounts (or one) to another, logged"))
    p.add_argument("giver", metavar="FROM", help=_("e-mail or name of the KAM handing over"))
    p.add_argument("taker", metavar="TO", help=_("e-mail or name of the KAM taking over"))
    p.add_argument("--account", metavar="NAME", help=_("only this account (default: all)"))
    p.add_argument("--note", default="", help=_("why, for the log"))
    p.set_defaults(handler=handover)
    p = commands.add_parser("department", parents=[common],
                            help=_("per KAM: plan against actual, dossiers, follow-ups"))
    p.add_argument("--days", type=int, default=30, metavar="N",
                   help=_("proposals expiring within this many days (default 30)"))
    p.add_argument("--kam", metavar="KAM", help=_("only this KAM, with each of their accounts"))
    p.add_argument("--accounts", action="store_true", help=_("each KAM's accounts below them"))
    p.set_defaults(handler=department)


def my_account_ids(db, args) -> set[uuid.UUID]:
    from kamdesk.commands.common import user_email
    from kamdesk.services.team.members import TeamService

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
    from kamdesk.commands.common import open_db
    from kamdesk.services.team.members import TeamService

    team = TeamService(open_db(args))
    if args.add:
        added = team.add_user(args.add, args.name)
        print(f"{added.name} <{added.email}>")
        return
    rows = team.list_users()
    if not rows:
        print(_("No KAMs yet: every account is yours. Add one with: kamdesk users --add EMAIL"))
        return
    width = max(len(u.name) for u in rows)
    for u in rows:
        print(f"{u.name:<{width}}  {u.email}  " + _("owns {owned}, deputises {deputising}").format(
            owned=u.owned, deputising=u.deputising))


def assign(args) -> None:
    from kamdesk.commands.common import open_db
    from kamdesk.services.accounts import AccountService
    from kamdesk.services.team.members import TeamService

    db = open_db(args)
    team = TeamService(db)
    account = AccountService(db).find_account(args.account)
    owner = None if args.owner == "-" else _user(team, args.owner)
    deputy = _user(team, args.deputy) if args.deputy else None
    team.set_owner(account.id, owner.id if owner else None, deputy.id if deputy else None)
    print(_("{account}: owner {owner}").format(account=account.name,
                                               owner=owner.name if owner else _("nobody"))
          + (_(", deputy {deputy}").format(deputy=deputy.name) if deputy else ""))


def handover(args) -> None:
    from kamdesk.commands.common import open_db
    from kamdesk.services.accounts import AccountService
    from kamdesk.services.team.members import TeamService

    db = open_db(args)
    team = TeamService(db)
    giver, taker = team.find_user(args.giver), _user(team, args.taker)
    account_id = AccountService(db).find_account(args.account).id if args.account else None
    result = team.handover(giver.id, taker.id, account_id, args.note)
    if not result.owned and not result.deputised:
        print(_("{name} holds no accounts: nothing handed over.").format(name=giver.name))
        return
    for name in result.owned:
        print(_("{account}: owner {giver} -> {taker}").format(
            account=name, giver=result.from_name, taker=result.to_name))
    for name in result.deputised:
        print(_("{account}: deputy {giver} -> {taker}").format(
            account=name, giver=result.from_name, taker=result.to_name))
    n = len(result.owned) + len(result.deputised)
    print(ngettext("Handed over {n} account; logged as {batch}.",
                   "Handed over {n} accounts; logged as {batch}.", n).format(
        n=n, batch=result.batch))


def _money(value) -> str:
    return f"{value:,.0f}" if value is not None else "-"


def _percent(value) -> str:
    return f"{value * 100:.0f} %" if value is not None else "-"


def department(args) -> None:
    from datetime import date

    from kamdesk.commands.common import open_db
    from kamdesk.services.team.department import DepartmentService
    from kamdesk.services.team.members import TeamService

    db = open_db(args)
    view = DepartmentService(db).department(date.today(), args.days)
    kams = view.kams
    if args.kam:
        wanted = TeamService(db).find_user(args.kam).id
        kams = [k for k in kams if k.user_id == wanted]
    if not any(k.accounts for k in kams) and not args.kam:
        print(_("No accounts yet. Try: kamdesk sample-data"))
        return
    print(_("Department {year}: actual against plan; proposals expiring within {days} "
            "days").format(year=view.year or "", days=view.horizon).replace("  ", " "))
    header = ("KAM", _("accounts"), _("plan"), _("actual"), _("of plan"), _("share"),
              _("dossier"), _("overdue"), _("uncovered roles"), _("expiring"))
    rows = []
    for k in kams:
        rows.append((k.name or _("(nobody)"), str(len(k.accounts)), _money(k.planned),
                     _money(k.actual), _percent(k.attainment), _percent(k.share),
                     f"{k.completeness} %", str(k.overdue), str(k.uncovered),
                     str(k.expiring)))
        if args.accounts or args.kam:
            for a in k.accounts:
                rows.append(("  " + a.name, "", _money(a.planned), _money(a.actual),
                             _percent(a.attainment), _percent(a.share), f"{a.completeness} %",
                             str(a.overdue), str(len(a.uncovered)), str(a.expiring)))
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    for r in [header, *rows]:
        numbers = zip(r[1:], widths[1:], strict=True)
        cells = [r[0].ljust(widths[0])] + [c.rjust(w) for c, w in numbers]
        print("  ".join(cells).rstrip())
