"""Realistic fictional portfolios at department scale, written once and shared by every benchmark.

    python benchmarks/portfolio_generator.py M        # prints the cached file, making it if needed

The rows go in through the real tables with Core bulk inserts, shaped as the services would
leave them: uuid keys, created/updated times, the folded `search_text` computed by the
store's own functions (the FTS5 index follows through the triggers of migration 0002), the
follow-up tasks of every sent proposal from `follow_up_plan`. Generation is deterministic
(a seeded generator, uuids included), so a file is cached under a content hash of this
generator, its words, the tables and the migrations plus the size: change any of them and
the next run makes a new one. The cache folder is `KAMDESK_BENCH_CACHE` (default
`/work/cache` when it exists, else `~/.cache/kamdesk-bench`).
"""

from __future__ import annotations

import hashlib
import os
import random
import sys
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import portfolio_words as words  # noqa: E402

# Every generated portfolio is seen from this day: its agenda, overdue tasks, birthdays.
TODAY = date(2026, 12, 1)


@dataclass(frozen=True)
class Size:
    name: str
    accounts: int
    people: int
    interactions: int
    proposals: int
    meetings: int
    family: int


SIZES = {
    "tiny": Size("tiny", 12, 240, 2_400, 60, 24, 240),
    "M": Size("M", 1_000, 20_000, 200_000, 5_000, 2_000, 20_000),
    "L": Size("L", 2_000, 100_000, 1_000_000, 10_000, 4_000, 100_000),
}


def cache_folder() -> Path:
    if env := os.environ.get("KAMDESK_BENCH_CACHE"):
        return Path(env)
    shared = Path("/work/cache")
    return shared / "kamdesk-bench" if shared.is_dir() else Path.home() / ".cache/kamdesk-bench"


def content_hash(size: Size) -> str:
    """What the generated rows depend on: this code, its words, the search text (computed
    by the columns' defaults for the tables the generator does not fold itself), the size."""
    import inspect

    from kamdesk.store.search import account_search_text, person_search_text

    digest = hashlib.sha256(repr(size).encode())
    here = Path(__file__).resolve().parent
    for path in (here / "portfolio_generator.py", here / "portfolio_words.py",
                 ROOT / "kamdesk/domain/folding.py", ROOT / "kamdesk/store/search_fields.py"):
        digest.update(path.read_bytes())
    for function in (account_search_text, person_search_text):
        digest.update(inspect.getsource(function).encode())
    return digest.hexdigest()[:12]


def portfolio(size_name: str, *, quiet: bool = False) -> Path:
    """The SQLite file of this size at the current schema, from the cache when it is there.

    A file of the same rows at an older schema is copied and upgraded by opening it, as a
    user's database would be (a new column is filled by its migration); otherwise the rows
    are generated.
    """
    from kamdesk.store.schema_version import SCHEMA_HEAD

    size = SIZES[size_name]
    stem = f"portfolio-{size.name}-{content_hash(size)}"
    path = cache_folder() / f"{stem}-{SCHEMA_HEAD}.sqlite3"
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    for leftover in path.parent.glob(partial.name + "*"):
        leftover.unlink()
    started = time.perf_counter()
    older = sorted(path.parent.glob(f"{stem}-*.sqlite3"))
    if older:
        import shutil

        from kamdesk.store.database import open_database

        shutil.copyfile(older[-1], partial)
        open_database(f"sqlite:///{partial}").close()
        for backup in partial.parent.glob("backups"):
            shutil.rmtree(backup)  # the upgrade's safety copy of a throw-away file
        how = f"upgraded from {older[-1].name}"
    else:
        Generator(size).write(partial)
        how = "generated"
    partial.rename(path)
    if not quiet:
        print(f"portfolio {size.name} {how} in {time.perf_counter() - started:.0f} s: {path}",
              file=sys.stderr)
    return path


class Generator:
    def __init__(self, size: Size) -> None:
        self.size = size
        self.rng = random.Random(f"kamdesk-{size.name}")
        self.rows: dict[str, list[dict]] = {}

    # -- shared shapes
    def uuid(self) -> uuid.UUID:
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)

    def moment(self, on: date) -> datetime:
        seconds = self.rng.randrange(7 * 3600, 19 * 3600)
        return datetime.combine(on, clock(), UTC) + timedelta(seconds=seconds)

    def record(self, created: date, trash: bool = True) -> dict:
        made = self.moment(created)
        row = {"id": self.uuid(), "created_at": made,
               "updated_at": made + timedelta(days=self.rng.randrange(0, 60))}
        if trash:
            row |= {"deleted_at": None, "deleted_batch": None}
        return row

    def past(self, days: int) -> date:
        return TODAY - timedelta(days=self.rng.randrange(0, days))

    def text(self, sentences: list[str], low: int, high: int) -> str:
        return " ".join(self.rng.choice(sentences) for _ in range(self.rng.randint(low, high)))

    def birthday(self, share: float, born: tuple[int, int]) -> dict:
        if self.rng.random() > share:
            return {"birth_year": None, "birth_month": None, "birth_day": None}
        on = date(2001, 1, 1) + timedelta(days=self.rng.randrange(365))
        year = None if self.rng.random() < 0.10 else self.rng.randint(*born)
        return {"birth_year": year, "birth_month": on.month, "birth_day": on.day}

    def emit(self, table: str, row: dict) -> None:
        """Queue a row; rows go to the database in batches, parents before children."""
        self.rows.setdefault(table, []).append(row)
        if len(self.rows[table]) >= 5000:
            self.flush()

    def flush(self) -> None:  # the imports' bulk path: one FTS5 segment a batch, not a row
        from kamdesk.store.bulk_insert import insert_rows
        from kamdesk.store.tables import metadata

        for table in metadata.sorted_tables:
            if rows := self.rows.pop(table.name, None):
                if all(row.keys() == rows[0].keys() for row in rows):  # one shape a batch
                    insert_rows(self.connection, table, rows)
                else:
                    self.connection.execute(table.insert(), rows)

    # -- the portfolio
    def write(self, path: Path) -> None:
        from kamdesk.store.database import open_database

        db = open_database(f"sqlite:///{path}")
        with db.engine.begin() as self.connection:
            # The inserts' working set (tables, indexes, FTS5) is far beyond SQLite's 2 MB
            # default cache: without this, L re-reads its WAL for hours on a busy disk.
            self.connection.exec_driver_sql("PRAGMA cache_size=-800000")
            self.accounts()
            self.people()
            self.interactions()
            self.proposals()
            self.meetings()
            self.after_sale()
            self.flush()
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.exec_driver_sql("ANALYZE")  # outside a transaction, as the checkpoint
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        db.close()

    def accounts(self) -> None:
        from kamdesk.domain.enums import LeadSource, Tier
        from kamdesk.store.search import account_search_text

        rng, cultures = self.rng, list(words.CULTURES.values())
        names: set[str] = set()
        self.account_ids: list[uuid.UUID] = []
        self.account_culture: list[dict] = []
        accounts, revenue = [], []
        for n in range(self.size.accounts):
            culture = cultures[n % len(cultures)]
            city, country, region = rng.choice(culture["cities"])
            trade, industry = rng.choice(words.COMPANY_TRADES)
            name = f"{rng.choice(words.COMPANY_STEMS)} {trade} {culture['legal']}"
            if name in names:
                name = f"{rng.choice(words.COMPANY_STEMS)} {trade} {city} {culture['legal']}"
            while name in names:
                name = f"{rng.choice(words.COMPANY_STEMS)} {trade} {city} {rng.randint(2, 99)}"
            names.add(name)
            tier = Tier.KEY if n < self.size.accounts // 20 else rng.choice(list(Tier))
            row = self.record(self.past(2000)) | {
                "name": name, "tier": tier, "industry": industry, "region": region,
                "city": city, "country": country, "lead_source": rng.choice(list(LeadSource)),
                "website": f"https://www.{name.split()[0].casefold()}-{n}.example",
                "notes": self.text(words.NOTE_SENTENCES, 0, 3),
            }
            row["search_text"] = account_search_text(SimpleNamespace(**row))
            accounts.append(row)
            self.account_ids.append(row["id"])
            self.account_culture.append(culture)
            scale = 2_000_000 / (n + 1) ** 0.9  # a few big clients, a long tail
            for year in (TODAY.year - 2, TODAY.year - 1, TODAY.year):
                for quarter in (1, 2, 3, 4):
                    actual = scale / 4 * rng.uniform(0.8, 1.2)
                    revenue.append(self.record(date(year, quarter * 3, 1), trash=False) | {
                        "account_id": row["id"], "year": year, "quarter": quarter,
                        "planned": Decimal(f"{scale / 4:.2f}"),
                        "actual": Decimal(f"{actual:.2f}"), "currency": "EUR",
                    })
        self.websites = [row["website"] for row in accounts]
        self.rows["account"], self.rows["revenue_figure"] = accounts, revenue
        self.flush()

    def people(self) -> None:
        from kamdesk.domain.contact_keys import contact_key
        from kamdesk.domain.enums import DmuRole, DmuType, Stance
        from kamdesk.domain.folding import fold
        from kamdesk.store.search import person_search_text

        rng, count = self.rng, self.size.accounts
        # A long tail: the biggest account has a few percent of all people, most have a few.
        weights = [1 / (n + 1) ** 0.7 for n in range(count)]
        owners = rng.choices(range(count), weights=weights, k=self.size.people - count)
        owners = sorted([*range(count), *owners])
        self.people_of: list[list[uuid.UUID]] = [[] for _ in range(count)]
        people, contacts = [], []
        for n, a in enumerate(owners):
            culture = self.account_culture[a]
            given, family = rng.choice(culture["given"]), rng.choice(culture["family"])
            position, department = rng.choice(words.POSITIONS)
            team = self.people_of[a]
            row = self.record(self.past(1500)) | {
                "account_id": self.account_ids[a], "full_name": f"{given} {family}",
                "given_name": given, "family_name": family, "position": position,
                "department": department,
                "reports_to_id": rng.choice(team[: 1 + len(team) // 4]) if team else None,
                "dmu_role": rng.choice([*DmuRole, None]),
                "dmu_type": rng.choice([*DmuType, None]), "stance": rng.choice([*Stance, None]),
                "influence": rng.choice([1, 2, 3, 4, 5, None]),
                "hobbies": ", ".join(rng.sample(words.HOBBIES, rng.randint(0, 3))),
                "values": ", ".join(rng.sample(words.VALUES, rng.randint(0, 2))),
                "notes": self.text(words.NOTE_SENTENCES + culture["notes"], 0, 4),
                **self.birthday(0.85, (1955, 1998)),
            }
            row["search_text"] = person_search_text(SimpleNamespace(**row))
            people.append(row)
            team.append(row["id"])
            email = f"{fold(given).split()[0]}.{n}@{self.websites[a][12:]}"
            for position_, (kind, value) in enumerate(
                [("email", email), ("phone", f"+48 58 {n // 1000 % 1000:03d} {n % 1000:03d}")][
                    : rng.randint(1, 2)
                ]
            ):
                contacts.append(self.record(row["created_at"].date(), trash=False) | {
                    "person_id": row["id"], "kind": kind, "label": "work", "value": value,
                    "normalized": contact_key(kind, value, "PL"), "position": position_,
                })
        family = []
        for _ in range(self.size.family):
            parent = rng.choice(people)
            culture = rng.choice(list(words.CULTURES.values()))
            family.append(self.record(parent["created_at"].date()) | {
                "person_id": parent["id"], "relation": rng.choice(words.RELATIONS),
                "name": f"{rng.choice(culture['given'])} {parent['family_name']}",
                "notes": rng.choice(["", "", rng.choice(words.HOBBIES)]),
                **self.birthday(0.8, (1950, 2020)),
            })
        self.rows |= {"person": people, "contact_point": contacts, "family_member": family}
        self.flush()

    def interactions(self) -> None:
        from kamdesk.domain.enums import InteractionKind

        rng, kinds = self.rng, list(InteractionKind)
        sizes = [len(team) for team in self.people_of]
        accounts = rng.choices(range(len(sizes)), weights=sizes, k=self.size.interactions)
        for a in accounts:
            when = self.moment(self.past(3 * 365))
            row = {"id": self.uuid(), "created_at": when, "updated_at": when,
                   "deleted_at": None, "deleted_batch": None,
                   "account_id": self.account_ids[a], "kind": rng.choice(kinds),
                   "occurred_at": when, "summary": rng.choice(words.SUMMARIES),
                   "details": self.text(words.DETAIL_SENTENCES, 0, 4)}
            self.emit("interaction", row)
            team = self.people_of[a]
            for person in {rng.choice(team) for _ in range(rng.randint(1, 3))}:
                self.emit("interaction_person", {"interaction_id": row["id"], "person_id": person})

    def proposals(self) -> None:
        from kamdesk.domain.enums import FollowUpStep, ProposalStatus
        from kamdesk.domain.follow_up import follow_up_plan

        rng = self.rng
        proposals, tasks, team = [], [], []
        for _ in range(self.size.proposals):
            a = rng.randrange(len(self.account_ids))
            created = self.past(2 * 365)
            status = rng.choices(list(ProposalStatus), weights=[2, 4, 2, 2, 1])[0]
            sent = None if status is ProposalStatus.DRAFT else created + timedelta(days=3)
            row = self.record(created) | {
                "account_id": self.account_ids[a], "currency": "EUR", "status": status,
                "title": f"{rng.choice(words.PROPOSAL_TOPICS)} ({created.year})",
                "value": Decimal(rng.randrange(5_000, 900_000)), "sent_on": sent,
                "expires_on": (sent or created) + timedelta(days=rng.choice([30, 60, 90])),
                "notes": self.text(words.DETAIL_SENTENCES, 0, 2),
            }
            proposals.append(row)
            team.append(self.record(created, trash=False) | {
                "proposal_id": row["id"], "name": "Zofia Ławrynowicz", "role": "Sales engineer",
                "contact": "z.lawrynowicz@example.com", "position": 0})
            if sent is None:
                continue
            closed = status is not ProposalStatus.SENT
            for step in follow_up_plan(sent):
                done = closed or step.step is FollowUpStep.SEND or step.due < TODAY - timedelta(
                    days=rng.randrange(0, 40))  # most are ticked off, some lag behind
                tasks.append(self.record(sent) | {
                    "account_id": row["account_id"], "title": f"{step.title}: {row['title']}",
                    "due_on": step.due, "done_at": self.moment(step.due) if done else None,
                    "proposal_id": row["id"], "follow_up_step": step.step, "tender_id": None,
                    "person_id": None, "notes": "",
                })
        self.rows |= {"proposal": proposals, "task": tasks, "proposal_team_member": team}

    def meetings(self) -> None:
        rng = self.rng
        meetings, attendees = [], []
        for _ in range(self.size.meetings):
            a = rng.randrange(len(self.account_ids))
            on = TODAY + timedelta(days=rng.randrange(-300, 60))
            row = self.record(on - timedelta(days=14)) | {
                "account_id": self.account_ids[a], "starts_at": self.moment(on),
                "place": rng.choice(self.account_culture[a]["cities"])[0],
                "objective": rng.choice(words.PROPOSAL_TOPICS), "notes": "",
            }
            meetings.append(row)
            team = self.people_of[a]
            for person in {rng.choice(team) for _ in range(rng.randint(1, 4))}:
                attendees.append({"meeting_id": row["id"], "person_id": person})
        self.rows |= {"meeting": meetings, "meeting_attendee": attendees}

    def after_sale(self) -> None:
        from kamdesk.domain.enums import ServiceCaseKind

        rng = self.rng
        tenders, cases = [], []
        for a, account_id in enumerate(self.account_ids):
            if a % 5 == 0:
                on = TODAY + timedelta(days=rng.randrange(-200, 400))
                tenders.append(self.record(on - timedelta(days=300)) | {
                    "account_id": account_id, "tender_date": on,
                    "title": f"Tender: {rng.choice(words.PROPOSAL_TOPICS)}",
                    "preparation_start": on - timedelta(days=274), "notes": "",
                })
            if a % 3 == 0:
                opened = self.past(400)
                resolved = opened + timedelta(days=rng.randrange(1, 30))
                cases.append(self.record(opened) | {
                    "account_id": account_id, "kind": rng.choice(list(ServiceCaseKind)),
                    "title": rng.choice(words.SUMMARIES), "opened_on": opened,
                    "resolved_on": resolved if resolved < TODAY and a % 9 else None,
                    "resolution": "", "details": self.text(words.DETAIL_SENTENCES, 1, 2),
                    "person_id": None,
                })
        self.rows |= {"tender": tenders, "service_case": cases}


def main() -> None:
    name = sys.argv[1] if len(sys.argv) > 1 else "M"
    if name not in SIZES:
        sys.exit(f"usage: portfolio_generator.py [{'|'.join(SIZES)}]")
    print(portfolio(name))


if __name__ == "__main__":
    main()
