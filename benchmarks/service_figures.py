"""What the window asks the services for, on a generated portfolio, in one fresh process.

    python benchmarks/service_figures.py M [--runs 5]      # prints the figures as JSON

The floor is one plain scan of the person table (a LIKE that matches nothing) through the
same engine: what any query that no index serves costs at this size. Search as you type is
timed over 200 prefixes (1 to 6 letters) of real names, cities and notes from the
portfolio, in every script it holds, against the bare FTS5 index lookup of one trigram.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import Figure, dump, median_ms, percentile  # noqa: E402
from portfolio_generator import TODAY, portfolio  # noqa: E402


def prefixes(db, count: int = 200) -> list[str]:
    """Words people type: starts of names, family names, cities and note words, 1–6 letters."""
    with db.engine.connect() as c:
        texts = [r[0] for r in c.exec_driver_sql(
            "SELECT full_name FROM person ORDER BY rowid LIMIT 4000")]
        texts += [r[0] for r in c.exec_driver_sql("SELECT city || ' ' || notes FROM account")]
    rng = random.Random(200)
    found: list[str] = []
    while len(found) < count:
        word = rng.choice(rng.choice(texts).split() or ["a"]).strip(".,;:")
        if len(word) >= 2:
            found.append(word[: 1 + len(found) % 6])
    return found


def largest_account(db) -> uuid.UUID:
    with db.engine.connect() as c:
        return uuid.UUID(c.exec_driver_sql(
            "SELECT account_id FROM person GROUP BY account_id ORDER BY count(*) DESC LIMIT 1"
        ).scalar())


def busiest_person(db, account_id: uuid.UUID) -> uuid.UUID:
    with db.engine.connect() as c:
        return uuid.UUID(c.exec_driver_sql(
            "SELECT ip.person_id FROM interaction_person ip JOIN person p ON p.id = ip.person_id "
            "WHERE p.account_id = ? GROUP BY ip.person_id ORDER BY count(*) DESC LIMIT 1",
            (account_id.hex,),
        ).scalar())


def person_page(db, person_id: uuid.UUID):
    """The person with their whole contact history, as the dossier shows it."""
    from kamdesk.services.interactions import InteractionService
    from kamdesk.services.people import PeopleService

    person = PeopleService(db).get_person(person_id, TODAY)
    service = InteractionService(db)
    if hasattr(service, "person_history"):
        return person, service.person_history(person_id)
    history = service.list_interactions(person.account_id)
    return person, [i for i in history if any(p.id == person_id for p in i.people)]


def history_page(db, account_id: uuid.UUID, page: int, size: int = 200):
    """The history page the list fetches after scrolling past `page` pages (keyset)."""
    from kamdesk.services.interactions import InteractionService

    service = InteractionService(db)
    if not hasattr(history_page, "last"):  # walk there once; each run then reads one page
        last = None
        for _ in range(page - 1):
            last = (service.list_interactions(account_id, limit=size, after=last) or [last])[-1]
        history_page.last = last
    return service.list_interactions(account_id, limit=size, after=history_page.last)


def measure(size: str, runs: int) -> list[Figure]:
    from kamdesk.domain.agenda_groups import AgendaGroup
    from kamdesk.services.accounts import AccountService
    from kamdesk.services.agenda import AgendaService
    from kamdesk.services.agenda_counts import agenda_counts
    from kamdesk.services.overview import OverviewService
    from kamdesk.services.people import PeopleService
    from kamdesk.services.portfolio import PortfolioService
    from kamdesk.services.search import SearchService
    from kamdesk.store.database import open_database

    db = open_database(f"sqlite:///{portfolio(size)}")
    big = largest_account(db)
    someone = busiest_person(db, big)
    first = AccountService(db).list_accounts()[0].id

    def scan():
        with db.engine.connect() as c:
            c.exec_driver_sql("SELECT count(*) FROM person WHERE notes LIKE '%qqq%'").scalar()

    floor = median_ms(scan, runs)
    cases = {
        "account list": lambda: AccountService(db).list_accounts(),
        "agenda, 14 days": lambda: AgendaService(db).agenda(TODAY, 14),
        "agenda, 120 days": lambda: AgendaService(db).agenda(TODAY, 120),
        # What a page needs first: the counts per group and kind, then the near groups.
        "agenda counts, 120 days": lambda: agenda_counts(db, TODAY, 120),
        "agenda, 120 days, overdue to this week": lambda: AgendaService(db).agenda(
            TODAY, 120, groups={AgendaGroup.OVERDUE, AgendaGroup.TODAY, AgendaGroup.THIS_WEEK}),
        "the largest account's history, page 100": lambda: history_page(db, big, 100),
        "the largest account's people": lambda: PeopleService(db).list_people(big, TODAY),
        "a person's page with full history": lambda: person_page(db, someone),
        "the portfolio": lambda: PortfolioService(db).portfolio(),
        "the first account's overview": lambda: OverviewService(db).overview(first, TODAY),
    }
    targets = {"account list": 20, "agenda, 14 days": 20, "agenda, 120 days": 20,
               "agenda counts, 120 days": 20, "the largest account's history, page 100": 16,
               "the largest account's people": 20, "the portfolio": 20}
    figures = [Figure(name, median_ms(case, runs), "ms", "one scan of person", floor, size,
                      targets.get(name)) for name, case in cases.items()]
    figures += search_figures(db, size, runs, SearchService(db))
    db.close()
    return figures


TRIGRAM_FLOOR = ("one FTS5 trigram lookup",
                 "SELECT rowid FROM person_search WHERE person_search MATCH '\"and\"' LIMIT 200")


def search_figures(db, size: str, runs: int, service, typed: list[str] | None = None,
                   floor_query: tuple[str, str] = TRIGRAM_FLOOR) -> list[Figure]:
    """Search as you type over real prefixes, against one bare index lookup (`floor_query`:
    its name and SQL) measured in the same run."""
    typed = typed or prefixes(db)
    floor_name, floor_sql = floor_query

    def lookup():
        with db.engine.connect() as c:
            c.exec_driver_sql(floor_sql).all()

    floor = median_ms(lookup, runs)
    samples: dict[str, list[float]] = {"short": [], "long": []}
    shown = 50  # what the window asks for first (ui/pages/search_page.FIRST_RESULTS)
    service.search(typed[0], limit=shown)  # the first query compiles its statements
    for prefix in typed:
        timings = []
        for _ in range(max(1, runs // 2)):
            started = time.perf_counter()
            service.search(prefix, limit=shown)
            timings.append((time.perf_counter() - started) * 1000)
        samples["long" if len(prefix) >= 3 else "short"].append(min(timings))
    every = samples["short"] + samples["long"]
    scripts = len({_script(p) for p in typed})
    note = f"{len(typed)} prefixes in {scripts} scripts"
    return [
        Figure("search as you type, p50", percentile(every, 0.5), "ms", floor_name, floor, size,
               None, note),
        Figure("search as you type, p95", percentile(every, 0.95), "ms", floor_name, floor,
               size, 10, note),
        Figure("search as you type, p95 from 3 letters", percentile(samples["long"], 0.95), "ms",
               floor_name, floor, size, 5, note),
    ]


def _script(text: str) -> str:
    import unicodedata

    letter = next((c for c in text if c.isalpha()), "a")
    return unicodedata.name(letter, "LATIN").split()[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("size", choices=["tiny", "M", "L"])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    dump(measure(args.size, args.runs))


if __name__ == "__main__":
    main()
