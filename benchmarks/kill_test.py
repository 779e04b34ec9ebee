"""SIGKILL a writer 200 times (or --kills N) and check the database after every kill.

    PYTHONPATH=. python benchmarks/kill_test.py [--kills 200] [--max-delay 0.6]

The writer (tests/store/crash_workload.py) creates accounts, people with contacts, sends
proposals with their follow-up tasks and imports vCards, printing an ack after each service
call returns. After each kill the database must pass `integrity_check`, hold every
acknowledged operation and no half of one. Prints a summary; exits 1 on the first problem.
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_test = importlib.util.spec_from_file_location(
    "test_crash_safety", ROOT / "tests" / "store" / "test_crash_safety.py"
)
crash = importlib.util.module_from_spec(_test)
_test.loader.exec_module(crash)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--max-delay", type=float, default=0.6, help="seconds after ready")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    from kamdesk.store.database import open_database
    from kamdesk.store.location import sqlite_url

    rng = random.Random(args.seed)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        database = Path(folder) / "kamdesk.sqlite3"
        open_database(sqlite_url(database)).close()
        acks: list[str] = []
        writers = crash.Writers(database)
        try:
            for run in range(args.kills):
                acks += writers.kill_once(run, rng.uniform(0.0, args.max_delay))
                problems = crash.crash_workload.verify(database, acks)
                if problems:
                    print(f"kill {run + 1}: {problems}", file=sys.stderr)
                    return 1
        finally:
            writers.close()
        open_database(sqlite_url(database)).close()  # cleans what killed backups left
        if leftovers := list(database.parent.rglob(".*.partial")):
            print(f"left behind: {leftovers}", file=sys.stderr)
            return 1
        kinds = {k: sum(a.startswith(k + " ") for a in acks) for k in
                 ("account", "person", "proposal", "sent", "import")}
        size = database.stat().st_size
    took = time.perf_counter() - started
    print(f"{args.kills} kills in {took:.0f} s: no acknowledged write lost, no half operation")
    print("acknowledged: " + ", ".join(f"{n} {k}" for k, n in kinds.items()))
    print(f"database at the end: {size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
