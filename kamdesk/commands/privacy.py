"""Personal data: export or erase one person, and the audit log of what left the app."""

from __future__ import annotations

import argparse
from pathlib import Path

from kamdesk.language import _, ngettext


def register(commands, common: argparse.ArgumentParser) -> None:
    person = commands.add_parser("person", parents=[common],
                                 help=_("export or erase everything about one person"))
    actions = person.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = actions.add_parser("export", parents=[common],
                           help=_("everything about one person, as PDF or JSON"))
    p.add_argument("person", metavar="NAME|ID", help=_("the person's name (or part) or id"))
    p.add_argument("-o", "--output", type=Path, required=True,
                   help=_("file to write: .json for JSON, anything else for a PDF"))
    p.set_defaults(handler=export_person)
    p = actions.add_parser("erase", parents=[common],
                           help=_("erase a person for good (trash and search index too)"))
    p.add_argument("person", metavar="NAME|ID", help=_("the person's name (or part) or id"))
    p.add_argument("--yes", action="store_true", help=_("do not ask for confirmation"))
    p.set_defaults(handler=erase_person)
    p = commands.add_parser("audit", parents=[common],
                            help=_("what left the app: briefs and exports"))
    p.add_argument("--limit", type=int, default=50, metavar="N",
                   help=_("newest entries to show (default 50)"))
    p.set_defaults(handler=audit)


def export_person(args) -> None:
    from kamdesk.briefing.person_report import write_person_export
    from kamdesk.commands.common import open_db
    from kamdesk.services.privacy.finding import find_person

    db = open_db(args)
    person = find_person(db, args.person)
    path = write_person_export(db, person.id, args.output.expanduser())
    print(_("Everything about {name} written to {file}").format(name=person.full_name,
                                                                file=path))


def scope_lines(scope) -> list[str]:
    """What an erasure takes away, in the words the confirmation uses."""
    def count(one: str, many: str, n: int) -> str:
        return ngettext(one, many, n).format(n=n)

    lines = [
        count("{n} contact detail", "{n} contact details", scope.contacts) + ", "
        + count("{n} family member", "{n} family members", scope.family),
        _("{interactions} and {meetings} with only them").format(
            interactions=count("{n} interaction", "{n} interactions", scope.interactions),
            meetings=count("{n} meeting", "{n} meetings", scope.meetings)),
        count("{n} task about them", "{n} tasks about them", scope.tasks),
    ]
    if scope.shared_interactions or scope.shared_meetings:
        lines.append(_("{interactions} and {meetings} stay for the others, without this "
                       "person's name").format(
            interactions=count("{n} shared interaction", "{n} shared interactions",
                               scope.shared_interactions),
            meetings=count("{n} meeting", "{n} meetings", scope.shared_meetings)))
    return lines


def erase_person(args) -> int:
    from kamdesk.commands.common import UserError, open_db
    from kamdesk.services.privacy.erasure import ErasureService
    from kamdesk.services.privacy.finding import find_person

    db = open_db(args)
    person = find_person(db, args.person)
    service = ErasureService(db)
    scope = service.scope(person.id)
    if not args.yes:
        trash = _(" (in the trash)") if person.in_trash else ""
        print(_("Erasing {name} of {account}{trash} removes for good:").format(
            name=person.full_name, account=person.account_name, trash=trash))
        for line in scope_lines(scope):
            print(f"  - {line}")
        print(_("Backups made before now still hold the person; restoring one erases them "
                "again."))
        try:
            answer = input(_("Type yes to erase: "))
        except EOFError:
            answer = ""
        if answer.strip().lower() not in ("yes", _("yes")):
            raise UserError(_("nothing was erased (answer 'yes', or add --yes)"))
    service.erase(person.id)
    print(_("Erased {name}; the database file was compacted.").format(name=person.full_name))
    return 0


def audit(args) -> None:
    from kamdesk.commands.common import open_db
    from kamdesk.services.audit import AuditService

    entries = AuditService(open_db(args)).entries(max(args.limit, 1))
    if not entries:
        print(_("Nothing has left the app yet."))
        return
    for e in entries:
        when = e.occurred_at.astimezone().strftime("%Y-%m-%d %H:%M")
        account = f"  [{e.account_name}]" if e.account_name else ""
        print(f"{when}  {e.action:<13} {e.what}{account}  -> {e.destination}  ({e.done_by})")
