"""The KAM's daily loop on the command line: tasks and logging what happened.

    kamdesk task add ACCOUNT TEXT --due DATE [--person NAME]
    kamdesk task done ID | task reopen ID | task snooze ID [--days N]
    kamdesk tasks [--account NAME] [--open]
    kamdesk log ACCOUNT --kind KIND --with NAME… TEXT [--next TEXT --due DATE]

Dates are read as people type them (21.06., 21/06, 2026-06-21; domain.date_entry), with
the day order of the environment's locale for slashed dates.
"""

from __future__ import annotations

import argparse
import os

from kamdesk.language import _

LOG_KINDS = ("call", "meeting", "email", "visit", "letter")


def register(commands, common: argparse.ArgumentParser) -> None:
    task = commands.add_parser("task", parents=[common], help=_("add, tick off or snooze a task"))
    actions = task.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = actions.add_parser("add", parents=[common], help=_("a new task on an account or a person"))
    p.add_argument("account", metavar="ACCOUNT", help=_("account name (or a unique part) or id"))
    p.add_argument("text", metavar="TEXT", help=_("what to do"))
    p.add_argument("--due", required=True, metavar="DATE", help=_("e.g. 21.06., 2026-06-21"))
    p.add_argument("--person", metavar="NAME", help=_("the person of the account it concerns"))
    p.set_defaults(handler=task_add)
    for name, helptext, handler in (("done", _("tick a task off"), task_done),
                                    ("reopen", _("undo ticking a task off"), task_reopen)):
        p = actions.add_parser(name, parents=[common], help=helptext)
        p.add_argument("id", metavar="ID", help=_("the id `kamdesk tasks` prints, or the full id"))
        p.set_defaults(handler=handler)
    p = actions.add_parser("snooze", parents=[common], help=_("put a task off by some days"))
    p.add_argument("id", metavar="ID", help=_("the id `kamdesk tasks` prints, or the full id"))
    p.add_argument("--days", type=_days, default=1, metavar="N",
                   help=_("how many days (default 1)"))
    p.set_defaults(handler=task_snooze)

    p = commands.add_parser("tasks", parents=[common], help=_("list tasks, open ones first"))
    p.add_argument("--account", metavar="NAME", help=_("only this account's"))
    p.add_argument("--open", action="store_true", help=_("only the open ones"))
    p.set_defaults(handler=tasks)

    p = commands.add_parser(
        "log", parents=[common], help=_("log a contact: what happened, with whom, what next"),
        description=_("Log a contact with ACCOUNT. TEXT may come before the options or last; "
                      "--with takes one or more names (or repeat it)."),
    )
    p.add_argument("account", metavar="ACCOUNT", help=_("account name (or a unique part) or id"))
    p.add_argument("text", nargs="?", metavar="TEXT", help=_("what happened, in a few words"))
    p.add_argument("--kind", required=True, choices=LOG_KINDS,
                   help=_("what kind of contact it was"))
    p.add_argument("--with", dest="people", action="extend", nargs="+", default=[],
                   metavar="NAME", help=_("who took part (people of the account)"))
    p.add_argument("--next", metavar="TEXT", help=_("the next step, as a task"))
    p.add_argument("--due", metavar="DATE", help=_("when the next step is due"))
    p.set_defaults(handler=log, parser=p, words_after_options=True)


def _days(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 366:
        raise argparse.ArgumentTypeError(
            _("'{text}' must be a whole number of days, 1 to 366").format(text=text))
    return int(text)


def _date_order() -> str | None:
    """The day order of the environment's locale, None when it has none (C, POSIX)."""
    from kamdesk.domain.date_entry import date_order_of_locale

    for variable in ("LC_ALL", "LC_TIME", "LANG"):
        value = os.environ.get(variable, "").split(".")[0]
        if value:
            return None if value in ("C", "POSIX") else date_order_of_locale(value)
    return None


def _due(text: str, option: str = "--due"):
    from datetime import date

    from kamdesk.commands.common import UserError
    from kamdesk.domain.date_entry import DateEntryError, parse_due_date

    try:
        return parse_due_date(text, date.today(), _date_order())
    except DateEntryError as error:
        raise UserError(f"{option}: {error}") from None


def _text(text: str | None, what: str) -> str:
    from kamdesk.commands.common import UserError

    if not text or not text.strip():
        raise UserError(_("{what} is empty: say in a few words what it is").format(what=what))
    return text.strip()


def task_add(args) -> None:
    from kamdesk.commands.common import open_db
    from kamdesk.services.accounts import AccountService
    from kamdesk.services.people import PeopleService
    from kamdesk.services.tasks import TaskService, short_id

    text, due = _text(args.text, _("the task")), _due(args.due)
    db = open_db(args)
    account = AccountService(db).find_account(args.account)
    person = PeopleService(db).find_person(account.id, args.person) if args.person else None
    task = TaskService(db).add_task(text, due, account.id, person.id if person else None)
    whom = f" ({person.full_name})" if person else ""
    print(_("Task {id} added to {account}{whom}, due {due}.").format(
        id=short_id(task), account=account.name, whom=whom, due=due.isoformat()))


def _find(db, id_text: str):
    from kamdesk.services.tasks import TaskService

    service = TaskService(db)
    return service, service.find_task(id_text)


def task_done(args) -> None:
    from kamdesk.commands.common import open_db

    service, task = _find(open_db(args), args.id)
    before = service.get_task(task)
    if not before.is_open:  # the wish holds already: say so, and leave the first tick alone
        print(_("Already done on {day}: {title} ({id}).").format(
            day=before.done_at.astimezone().date().isoformat(), title=before.title,
            id=before.short_id))
        return
    service.set_done(task)
    row = service.get_task(task)
    print(_("Done: {title} ({id}). Undo with: kamdesk task reopen {id}").format(
        title=row.title, id=row.short_id))


def task_reopen(args) -> None:
    from kamdesk.commands.common import open_db

    service, task = _find(open_db(args), args.id)
    service.reopen(task)
    print(_("Open again: {title}").format(title=service.get_task(task).title))


def task_snooze(args) -> None:
    from kamdesk.commands.common import open_db

    service, task = _find(open_db(args), args.id)
    due = service.snooze(task, args.days)
    print(_("Snoozed to {due}: {title}").format(due=due.isoformat(),
                                                title=service.get_task(task).title))


def tasks(args) -> None:
    from datetime import date

    from kamdesk.commands.common import open_db
    from kamdesk.services.accounts import AccountService
    from kamdesk.services.tasks import TaskService

    db = open_db(args)
    account = AccountService(db).find_account(args.account) if args.account else None
    rows = TaskService(db).list_tasks(account.id if account else None, open_only=args.open)
    if not rows:
        print(_("No tasks.") if not args.open else _("No open tasks."))
    today = date.today()
    for t in rows:
        state = _("done") if not t.is_open else (_("OVERDUE") if t.overdue(today) else _("open"))
        due = t.due_on.isoformat() if t.due_on else "-"
        whose = " — ".join(x for x in (t.account_name, t.person_name) if x)
        print(f"{t.short_id}  {due:<10}  {state:<7}  {t.title}" + (f"  [{whose}]" if whose else ""))


def log(args) -> None:
    from datetime import datetime

    from kamdesk.commands.common import UserError, open_db
    from kamdesk.domain.enums import InteractionKind
    from kamdesk.services.accounts import AccountService
    from kamdesk.services.interactions import InteractionInput, InteractionService
    from kamdesk.services.people import PeopleService
    from kamdesk.services.tasks import short_id

    names = list(args.people)
    words = [w for w in (args.text, *getattr(args, "extra_words", [])) if w is not None]
    if not words and len(names) >= 2:
        words = [names.pop()]  # `--with A B "what happened"`: the text came last
    if len(words) > 1:
        args.parser.error(_("give the contact's TEXT as one argument, in quotes"))
    args.text = words[0] if words else None
    text = _text(args.text, _("the contact's text"))
    if args.next is not None and not args.due:
        raise UserError(_("--next needs --due DATE: when is the next step due?"))
    if args.due and args.next is None:
        raise UserError(_("--due goes with --next TEXT: what is the next step?"))
    next_step = _text(args.next, _("the next step")) if args.next is not None else ""
    due = _due(args.due) if args.due else None
    db = open_db(args)
    account = AccountService(db).find_account(args.account)
    people = PeopleService(db)
    found = [people.find_person(account.id, name) for name in names]
    logged = InteractionService(db).log_contact(account.id, InteractionInput(
        InteractionKind(args.kind), datetime.now().astimezone(), text,
        person_ids=[p.id for p in found], next_step=next_step, next_due=due))
    who = (_(" with {names}").format(names=", ".join(p.full_name for p in found))
           if found else "")
    print(_("Logged a {kind}{who} at {account}.").format(kind=args.kind, who=who,
                                                         account=account.name.rstrip(".")))
    if logged.task_id is not None and due is not None:  # a task needs its due date
        print(_("Next step {id} due {due}: {step}").format(
            id=short_id(logged.task_id), due=due.isoformat(), step=next_step))
