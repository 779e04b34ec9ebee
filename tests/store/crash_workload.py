"""The writer a crash test kills, and the check of what it left (used by tests and benchmarks).

Run as `python crash_workload.py DATABASE SEED`: it writes through the services (accounts,
people with contacts, a proposal sent with its follow-up tasks, a vCard import), printing
one ack line after each service call has returned, until it is killed.

`python crash_workload.py --zygote DATABASE` imports all that once, then forks one writer per
`run SEED` line read from stdin, relaying its lines as `ack …` and ending with `done`: the
kills then cost a fork, not a Python start-up (POSIX only).
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
         "Jürgen Weiß", "Rosario Dela Cruz", "Ahmet Yılmaz"]


def _vcards(tag: str) -> bytes:
    cards = []
    for i in range(IMPORT_CARDS):
        cards += ["BEGIN:VCARD", "VERSION:3.0", f"FN:{NAMES[i % len(NAMES)]} {tag}-{i}",
                  f"EMAIL:p{i}.{tag}@example.org", f"URL:https://example.org/{tag}/{i}",
                  "END:VCARD"]
    return ("\r\n".join(cards) + "\r\n").encode()


def _warm_up() -> None:
    """One round on a throw-away database: imports done, mappers and statements compiled."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        run(Path(folder) / "warm.sqlite3", 0, rounds=2, quiet=True)


def zygote(database: Path) -> None:
    import os

    _warm_up()
    print("zygote ready", flush=True)
    for line in sys.stdin:
        seed = int(line.split()[1])
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(read)
            os.dup2(write, 1)
            try:
                run(database, seed)
            finally:
                os._exit(1)
        os.close(write)
        print(f"pid {pid}", flush=True)
        with os.fdopen(read) as lines:
            for line in lines:
                print(f"ack {line.rstrip()}", flush=True)
        os.waitpid(pid, 0)
        print("done", flush=True)


def run(database: Path, seed: int, rounds: int | None = None, quiet: bool = False) -> None:
    from kamdesk.interchange.vcard_import import parse_vcards
    from kamdesk.services.accounts import AccountInput, AccountService
    from kamdesk.services.contact_import.planning import ImportOptions, ImportService
    from kamdesk.services.people import ContactData, PeopleService, PersonInput
    from kamdesk.services.proposals import ProposalInput, ProposalService
    from kamdesk.store.database import open_database
    from kamdesk.store.location import sqlite_url

    db = open_database(sqlite_url(database))
    accounts, people, proposals = AccountService(db), PeopleService(db), ProposalService(db)
    imports = ImportService(db)
    rng = random.Random(seed)
    def ack(line: str) -> None:
        if not quiet:
            print(line, flush=True)

    ack("ready")
    n = 0
    while rounds is None or n < rounds:
        n += 1
        tag = f"{seed}-{n}"
        account = accounts.create_account(AccountInput(f"Konto {tag} Sp. z o.o."))
        ack(f"account {account.hex}")
        for _ in range(rng.randint(1, 3)):
            person = people.create_person(
                account,
                PersonInput(
                    full_name=f"{rng.choice(NAMES)} {tag}",
                    contacts=[ContactData("email", f"{tag}@example.org"),
                              ContactData("phone", "+63 2 8123 4567")],
                ),
            )
            ack(f"person {person.hex}")
        proposal = proposals.create_proposal(account, ProposalInput(f"Offer {tag}"))
        ack(f"proposal {proposal.hex}")
        tasks = proposals.mark_sent(proposal, date(2026, 11, 27))
        ack(f"sent {proposal.hex} {len(tasks)}")
        if n % 2 == 0:
            parsed = parse_vcards(_vcards(tag), f"{tag}.vcf")
            imports.import_cards(parsed, ImportOptions(account=f"Import {tag}"))
            ack(f"import Import {tag}")


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
                )
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
    if sys.argv[1] == "--zygote":
        zygote(Path(sys.argv[2]))
    else:
        run(Path(sys.argv[1]), int(sys.argv[2]))
