"""Personal data: export or erase one person, and the audit log of what left the app."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(commands, common: argparse.ArgumentParser) -> None:
    person = commands.add_parser("person", parents=[common],
                                 help="export or erase everything about one person")  # fmt: skip
    actions = person.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = actions.add_parser("export", parents=[common],
                           help="everything about one person, as PDF or JSON")  # fmt: skip
    p.add_argument("person", metavar="NAME|ID", help="the person's name (or part) or id")
    p.add_argument("-o", "--output", type=Path, required=True,
                   help="file to write: .json for JSON, anything else for a PDF")  # fmt: skip
    p.set_defaults(handler=export_person)
    p = actions.add_parser("erase", parents=[common],
                           help="erase a person for good (trash and search index too)")  # fmt: skip
    p.add_argument("person", metavar="NAME|ID", help="the person's name (or part) or id")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.set_defaults(handler=erase_person)
    p = commands.add_parser("audit", parents=[common],
                            help="what left the app: briefs and exports")  # fmt: skip
    p.add_argument("--limit", type=int, default=50, help="newest entries to show (default 50)")
    p.set_defaults(handler=audit)


def export_person(args) -> None:
    from kamdesk.briefing.person_report import write_person_export
    from kamdesk.commands.common import open_db
    from kamdesk.services.privacy.finding import find_person

    db = open_db(args)
    person = find_person(db, args.person)
    path = write_person_export(db, person.id, args.output.expanduser())
    print(f"Everything about {person.full_name} written to {path}")


def scope_lines(scope) -> list[str]:
    """What an erasure takes away, in the words the confirmation uses."""
    lines = [f"{scope.contacts} contact details, {scope.family} family members",
             f"{scope.interactions} interactions and {scope.meetings} meetings with only them",
             f"{scope.tasks} tasks about them"]  # fmt: skip
    if scope.shared_interactions or scope.shared_meetings:
        lines.append(f"{scope.shared_interactions} shared interactions and "
                     f"{scope.shared_meetings} meetings stay for the others, without this "
                     "person's name")  # fmt: skip
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
        trash = " (in the trash)" if person.in_trash else ""
        print(f"Erasing {person.full_name} of {person.account_name}{trash} removes for good:")
        for line in scope_lines(scope):
            print(f"  - {line}")
        print("Backups made before now still hold the person; restoring one erases them again.")
        try:
            answer = input("Type yes to erase: ")
        except EOFError:
            answer = ""
        if answer.strip().lower() != "yes":
            raise UserError("nothing was erased (answer 'yes', or add --yes)")
    service.erase(person.id)
    print(f"Erased {person.full_name}; the database file was compacted.")
    return 0


def audit(args) -> None:
    from kamdesk.commands.common import open_db
    from kamdesk.services.audit import AuditService

    entries = AuditService(open_db(args)).entries(max(args.limit, 1))
    if not entries:
        print("Nothing has left the app yet.")
        return
    for e in entries:
        when = e.occurred_at.astimezone().strftime("%Y-%m-%d %H:%M")
        account = f"  [{e.account_name}]" if e.account_name else ""
        print(f"{when}  {e.action:<13} {e.what}{account}  -> {e.destination}  ({e.done_by})")
