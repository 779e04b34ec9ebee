"""Reading and filling the dossiers: sample-data, accounts, agenda, search."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from kamdesk.language import _, ngettext

# The values of AgendaKind, spelled here so that `--help` does not import the services.
AGENDA_KINDS = ("birthday", "task", "proposal_expiry", "tender_preparation", "tender",
                "service_case", "meeting", "privacy_review")


def register(commands, common: argparse.ArgumentParser) -> None:
    p = commands.add_parser("sample-data", parents=[common],
                            help=_("fill an empty database with a fictional portfolio"))
    p.set_defaults(handler=sample_data)
    p = commands.add_parser("accounts", parents=[common],
                            help=_("list accounts with tier and share"))
    p.add_argument("--mine", action="store_true",
                   help=_("only the accounts you own or deputise (team mode; see --user)"))
    p.set_defaults(handler=accounts)
    p = commands.add_parser(
        "agenda", parents=[common],
        help=_("birthdays, follow-ups, expiring proposals, tender milestones"),
    )
    p.add_argument("--days", type=_positive_days, default=14, metavar="N",
                   help=_("how far ahead, in days (default 14)"))
    p.add_argument("--kind", action="append", choices=AGENDA_KINDS, metavar="KIND",
                   help=_("only this kind of line ({kinds}); repeatable").format(
                       kinds=", ".join(AGENDA_KINDS)))
    p.add_argument("--account", metavar="NAME", help=_("only this account (name or id)"))
    p.set_defaults(handler=agenda)
    p = commands.add_parser("search", parents=[common], help=_("find accounts and people"))
    p.add_argument("text", metavar="TEXT",
                   help=_("any part of a name, position, notes, hobbies or values"))
    p.set_defaults(handler=search, parser=p)


def _positive_days(text: str) -> int:
    try:
        days = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("'{text}' is not a whole number of days").format(text=text)) from None
    if not 0 <= days <= 366:
        raise argparse.ArgumentTypeError(_("days must be between 0 and 366"))
    return days


def sample_data(args) -> None:
    from kamdesk.commands.common import open_db
    from kamdesk.services.sample.loading import load_sample_portfolio

    summary = load_sample_portfolio(open_db(args), date.today())
    print(_("Loaded a fictional portfolio: {accounts} accounts, {people} people, "
            "{interactions} interactions, {proposals} proposals.").format(
        accounts=summary.accounts, people=summary.people, interactions=summary.interactions,
        proposals=summary.proposals))


def accounts(args) -> None:
    from kamdesk.commands.common import open_db
    from kamdesk.services.accounts import AccountService

    db = open_db(args)
    rows = AccountService(db).list_accounts()
    if args.mine:
        from kamdesk.commands.team import my_account_ids

        mine = my_account_ids(db, args)
        rows = [a for a in rows if a.id in mine]
    if not rows:
        print(_("No accounts yet. Try: kamdesk sample-data"))
        return
    width = max(len(a.name) for a in rows)
    for a in rows:
        print(f"{a.name:<{width}}  {a.tier.value:<8}  {a.share * 100:5.1f} %")


def agenda(args) -> None:
    from kamdesk.commands.common import open_db
    from kamdesk.services.accounts import AccountService
    from kamdesk.services.agenda import AgendaKind, AgendaService, agenda_summary

    db = open_db(args)
    account = AccountService(db).find_account(args.account).id if args.account else None
    kinds = [AgendaKind(k) for k in args.kind] if args.kind else None
    items = AgendaService(db).agenda(date.today(), args.days, kinds, account)
    if not items:
        print(_("Nothing on the agenda for the next {n} days.").format(n=args.days))
        return
    # The summary first: at department scale two weeks hold thousands of lines.
    counts = [f"{n:,} {kind.value}" + (_(" ({n} overdue)").format(n=f"{late:,}") if late else "")
              for kind, (n, late) in agenda_summary(items).items()]
    print("# " + ngettext("{n} in the next {days} day: {counts}",
                          "{n} in the next {days} days: {counts}", args.days).format(
        n=f"{len(items):,}", days=args.days, counts=", ".join(counts)))
    for item in items:
        flag = _("OVERDUE") + " " if item.overdue else ""
        print(f"{item.on.isoformat()}  {item.kind.value:<18} {flag}{item.title}"
              + (f"  [{item.account_name}]" if item.account_name else ""))


def search(args) -> None:
    from kamdesk.commands.common import open_db
    from kamdesk.services.search import SearchService

    if not args.text.strip():
        args.parser.error(_("give some TEXT to search for: any part of a name, position, "
                            "notes, hobbies or values"))
    found = SearchService(open_db(args)).find(args.text, limit=50)
    hits = found.hits
    if found.capped:  # on stderr, so the lines stay one match each for scripts
        print("kamdesk: " + _("the first {n} matches, a match in a name first; more match "
                              "than that: give more of the word").format(n=len(hits)),
              file=sys.stderr)
    if not found.history_searched:
        print("kamdesk: " + _("words of one or two letters: the contact history was not "
                              "searched; give three letters or more to search it too"),
              file=sys.stderr)
    if not hits:
        print(_("Nothing matches '{text}'.").format(text=args.text))
    for hit in hits:
        where = hit.account_name if hit.kind == "person" else hit.detail
        marked = (hit.snippet[:hit.mark_start] + "[" + hit.snippet[hit.mark_start:hit.mark_end]
                  + "]" + hit.snippet[hit.mark_end:])
        print(f"{hit.kind}\t{hit.name}\t{where}\t{hit.field}: {marked}")
