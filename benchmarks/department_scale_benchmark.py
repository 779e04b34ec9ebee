"""The services at department scale: 100,000 people in 500 accounts on one SQLite file.

Measures what the window does on the GUI thread or right after a keystroke (the account
list, the agenda, one account's people, a search as you type) against a floor measured in
the same run: one plain scan of the person table (a LIKE that matches nothing) through the
same engine, which is what any query not served by an index costs.

Usage: python benchmarks/department_scale_benchmark.py [--people N] [--accounts N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import uuid
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

NAMES = [
    "Łucja Złotowska", "Trần Thị Hồng Nhung", "Γιώργος Αντωνίου", "Иван Петров",
    "Maria Santos Dela Cruz", "Jürgen Weiß", "Đorđe Marković", "Kateřina Dvořáková",
]  # fmt: skip
CITIES = ["Gdańsk", "Cebu", "Hà Nội"]


def fill(db, people: int, accounts: int) -> None:
    from kamdesk.domain.enums import Tier
    from kamdesk.store.models import Account, Person, RevenueFigure

    with db.session() as s:
        ids = []
        for n in range(accounts):
            account = Account(
                id=uuid.uuid4(), name=f"Account {n:04d} Sp. z o.o.",
                tier=list(Tier)[n % 4], city=CITIES[n % 3],
            )  # fmt: skip
            account.revenue = [RevenueFigure(year=2026, quarter=1, actual=1000 + n)]
            s.add(account)
            ids.append(account.id)
        s.flush()
        for n in range(people):
            s.add(Person(account_id=ids[n % accounts], full_name=f"{NAMES[n % 8]} {n}",
                         position="Chief Financial Officer" if n % 50 == 0 else "Buyer",
                         birth_month=1 + n % 12, birth_day=1 + n % 28))  # fmt: skip
            if n % 5000 == 4999:
                s.flush()


def timed(function, runs: int = 5) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--accounts", type=int, default=500)
    args = parser.parse_args()
    from sqlalchemy import text

    from kamdesk.services.accounts import AccountService
    from kamdesk.services.agenda import AgendaService
    from kamdesk.services.people import PeopleService
    from kamdesk.services.search import SearchService
    from kamdesk.store.database import open_database

    with tempfile.TemporaryDirectory() as folder:
        db = open_database(f"sqlite:///{Path(folder) / 'k.sqlite3'}")
        start = time.perf_counter()
        fill(db, args.people, args.accounts)
        print(f"filled {args.people} people in {args.accounts} accounts: "
              f"{time.perf_counter() - start:.1f} s")  # fmt: skip

        def floor():
            with db.engine.connect() as c:
                c.execute(text("SELECT count(*) FROM person WHERE notes LIKE '%qqq%'")).scalar()

        first = AccountService(db).list_accounts()[0].id
        today = date(2026, 11, 27)
        cases = {
            "account list": lambda: AccountService(db).list_accounts(),
            "agenda, 14 days": lambda: AgendaService(db).agenda(today, 14),
            "one account's people": lambda: PeopleService(db).list_people(first, today),
            "search 'zlotowska 4711'": lambda: SearchService(db).search("zlotowska 4711"),
            "search 'financial'": lambda: SearchService(db).search("financial"),
            "search 'ив' (2 letters)": lambda: SearchService(db).search("ив"),
        }
        base = timed(floor)
        print(f"{'floor: one scan of person':<28} {base * 1000:7.1f} ms")
        for label, case in cases.items():
            took = timed(case)
            print(f"{label:<28} {took * 1000:7.1f} ms  ({took / base:6.1f}x floor)")
        db.close()


if __name__ == "__main__":
    main()
