"""The writer a crash test kills, and the check of what it left (used by tests and benchmarks).

Run as `python crash_workload.py DATABASE SEED`: it writes through the services (accounts,
people with contacts, a proposal sent with its follow-up tasks, a vCard import), printing
one ack line after each service call has returned, until it is killed.
"""

from __future__ import annotations

import random
import sqlite3
import sys
from contextlib import closing
from datetime import date
from pathlib import Path

IMPORT_CARDS = 15
NAMES = ["Łucja Wróbel", "Maria Santos", "Trần Văn An", "Ελένη Γεωργίου", "Ольга Петрова",
         "Jürgen Weiß", "Rosario Dela Cruz", "Ahmet Yılmaz"]  # fmt: skip


def _vcards(tag: str) -> bytes:
    cards = []
    for i in range(IMPORT_CARDS):
        cards += ["BEGIN:VCARD", "VERSION:3.0", f"FN:{NAMES[i % len(NAMES)]} {tag}-{i}",
                  f"EMAIL:p{i}.{tag}@example.org", f"URL:https://example.org/{tag}/{i}",
                  "END:VCARD"]  # fmt: skip
    return ("\r\n".join(cards) + "\r\n").encode()


def run(database: Path, seed: int) -> None:
    from kamdesk.interchange.vcard_import import parse_vcards
    from kamdesk.services.accounts import AccountInput, AccountService
    from kamdesk.services.importing import ImportOptions, ImportService
    from kamdesk.services.people import ContactData, PeopleService, PersonInput
    from kamdesk.services.proposals import ProposalInput, ProposalService
    from kamdesk.store.database import open_database
    from kamdesk.store.location import sqlite_url

    db = open_database(sqlite_url(database))
    accounts, people, proposals = AccountService(db), PeopleService(db), ProposalService(db)
    imports = ImportService(db)
    rng = random.Random(seed)
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        tag = f"{seed}-{n}"
        account = accounts.create_account(AccountInput(f"Konto {tag} Sp. z o.o."))
        print(f"account {account.hex}", flush=True)
        for _ in range(rng.randint(1, 3)):
            person = people.create_person(
                account,
                PersonInput(
                    full_name=f"{rng.choice(NAMES)} {tag}",
                    contacts=[ContactData("email", f"{tag}@example.org"),
                              ContactData("phone", "+63 2 8123 4567")],
                ),
            )  # fmt: skip
            print(f"person {person.hex}", flush=True)
        proposal = proposals.create_proposal(account, ProposalInput(f"Offer {tag}"))
        print(f"proposal {proposal.hex}", flush=True)
        tasks = proposals.mark_sent(proposal, date(2026, 11, 27))
        print(f"sent {proposal.hex} {len(tasks)}", flush=True)
        if n % 2 == 0:
            parsed = parse_vcards(_vcards(tag), f"{tag}.vcf")
            imports.import_cards(parsed, ImportOptions(account=f"Import {tag}"))
            print(f"import Import {tag}", flush=True)


def verify(database: Path, acks: list[str]) -> list[str]:
    """What is wrong with the database after a kill, given the acks seen (empty: all good)."""
    problems = []
    with closing(sqlite3.connect(database)) as raw:
        check = raw.execute("PRAGMA integrity_check").fetchall()
        if check != [("ok",)]:
            return [f"integrity_check: {check[:3]}"]

        def one(sql: str, *args) -> int:
            return raw.execute(sql, args).fetchone()[0]

        for ack in acks:
            kind, *rest = ack.split(" ", 1)
            value = rest[0] if rest else ""
            if kind == "account" and not one("SELECT count(*) FROM account WHERE id=?", value):
                problems.append(f"acknowledged account {value} is missing")
            elif kind == "person" and not one("SELECT count(*) FROM person WHERE id=?", value):
                problems.append(f"acknowledged person {value} is missing")
            elif kind == "proposal" and not one("SELECT count(*) FROM proposal WHERE id=?", value):
                problems.append(f"acknowledged proposal {value} is missing")
            elif kind == "sent":
                pid, count = value.split()
                status = one("SELECT count(*) FROM proposal WHERE id=? AND status='sent'", pid)
                tasks = one("SELECT count(*) FROM task WHERE proposal_id=?", pid)
                if not status or tasks != int(count):
                    problems.append(f"acknowledged sending of {pid}: sent={status} tasks={tasks}")
            elif kind == "import":
                held = one(
                    "SELECT count(*) FROM person p JOIN account a ON a.id = p.account_id "
                    "WHERE a.name=?", value,
                )  # fmt: skip
                if held != IMPORT_CARDS:
                    problems.append(f"acknowledged import {value} holds {held} people")
        # no half operation, acknowledged or not
        half_sent = one(
            "SELECT count(*) FROM proposal p WHERE p.status='sent' "
            "AND NOT EXISTS (SELECT 1 FROM task t WHERE t.proposal_id = p.id)"
        )
        if half_sent:
            problems.append(f"{half_sent} proposal(s) sent without their follow-up tasks")
        contactless = one(
            "SELECT count(*) FROM person p WHERE (SELECT count(*) FROM contact_point c "
            "WHERE c.person_id = p.id) <> 2"
        )
        if contactless:
            problems.append(f"{contactless} person(s) with half their contacts")
        half_imports = raw.execute(
            "SELECT a.name, count(p.id) FROM account a LEFT JOIN person p ON p.account_id = a.id "
            "WHERE a.name LIKE 'Import %' GROUP BY a.id HAVING count(p.id) <> ?", (IMPORT_CARDS,)
        ).fetchall()
        if half_imports:
            problems.append(f"half imports: {half_imports[:3]}")
    return problems


if __name__ == "__main__":
    run(Path(sys.argv[1]), int(sys.argv[2]))
