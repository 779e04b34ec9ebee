"""Search as you type on PostgreSQL at 100,000 people (issue 14's target), in one process.

    python benchmarks/search_on_postgres.py [--url URL] [--runs 3]   # prints the figures as JSON

The server (`--url`, default `KAMDESK_BENCH_PG_URL` or `KAMDESK_TEST_PG_URL`: a role that
may create databases) gets a database `kamdesk_bench_search` holding the accounts, people
and their families of the L portfolio, written by the generator's own stages (the folded
texts come from the columns' defaults, as in every bulk insert); it is kept for the next
run while its schema and people count are right. The prefixes are those of the SQLite
figure (the same names), so the two are comparable. The floor is one bare pg_trgm lookup.
Times are taken at the client over a local connection: the server's share is below them.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import dump  # noqa: E402
from portfolio_generator import SIZES, Generator, portfolio  # noqa: E402
from service_figures import prefixes, search_figures  # noqa: E402

DATABASE = "kamdesk_bench_search"
PEOPLE = SIZES["L"].people
FLOOR = ("one pg_trgm lookup",
         "SELECT id FROM person WHERE name_text LIKE '%%and%%' LIMIT 200")


def server_database(url: str):
    """The benchmark database on the server, filled once (again when the schema moved on)."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from kamdesk.store.database import open_database
    from kamdesk.store.schema_version import SCHEMA_HEAD

    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        found = c.execute(text("SELECT 1 FROM pg_database WHERE datname = :d"), {"d": DATABASE})
        if not found.first():
            c.execute(text(f"CREATE DATABASE {DATABASE}"))
    target = make_url(url).set(database=DATABASE).render_as_string(False)
    db = open_database(target)
    with db.engine.connect() as c:
        people = c.execute(text("SELECT count(*) FROM person")).scalar()
        schema = c.execute(text("SELECT version_num FROM alembic_version")).scalar()
    if people != PEOPLE or schema != SCHEMA_HEAD:
        db.close()
        with admin.connect() as c:
            c.execute(text(f"DROP DATABASE {DATABASE} WITH (FORCE)"))
            c.execute(text(f"CREATE DATABASE {DATABASE}"))
        db = open_database(target)
        generator = Generator(SIZES["L"])  # the first stages of L: the same accounts and people
        with db.engine.begin() as generator.connection:
            generator.accounts()
            generator.people()
            generator.flush()
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as c:
            c.exec_driver_sql("VACUUM ANALYZE")
    admin.dispose()
    return db


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default=os.environ.get("KAMDESK_BENCH_PG_URL")
                        or os.environ.get("KAMDESK_TEST_PG_URL"))
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--prefixes-from", help="an L portfolio file (default: the cached one)")
    args = parser.parse_args()
    if not args.url:
        sys.exit("no PostgreSQL server: give --url or set KAMDESK_BENCH_PG_URL")
    from types import SimpleNamespace

    from sqlalchemy import create_engine

    from kamdesk.services.search import SearchService

    path = args.prefixes_from or portfolio("L")  # read only: the names to type
    local = create_engine(f"sqlite:///file:{path}?mode=ro&uri=true")
    typed = prefixes(SimpleNamespace(engine=local))
    local.dispose()
    db = server_database(args.url)
    figures = search_figures(db, "L, PostgreSQL", args.runs, SearchService(db), typed, FLOOR)
    db.close()
    dump(figures)


if __name__ == "__main__":
    main()
