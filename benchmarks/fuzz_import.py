"""Fuzzes the import: thousands of mutated vCard and CSV files through the import service.

    .venv/bin/python benchmarks/fuzz_import.py [--files 2000] [--seconds 900] [--seed 1]

Every fixture of tests/interchange/fixtures is a seed; each file gets one to four random
edits (tests/interchange/mutator.py). Each import must end as the command would end it,
exit 0 or 1, never with another exception, and a refused import must leave the database
exactly as it was. A fresh database every 200 files keeps the before/after comparison cheap.
Prints the figures, and every traceback found (exit status 1 if any).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--seconds", type=float, default=900)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    from kamdesk.store.database import open_database
    from tests.interchange.mutator import FuzzFigures, import_mutated, mutate, seed_files

    rng, seeds, figures = random.Random(args.seed), seed_files(), FuzzFigures()
    kinds: Counter[str] = Counter()
    slowest = (0.0, 0, "")
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as folder:
        db = None
        for number in range(args.files):
            if time.monotonic() - started > args.seconds:
                break
            if number % 200 == 0:
                if db is not None:
                    db.close()
                db = open_database(f"sqlite:///{Path(folder) / f'fuzz{number}.sqlite3'}")
            seed = rng.choice(seeds)
            data = mutate(seed.read_bytes(), rng, rng.choice(seeds).read_bytes())
            kind = "csv" if seed.suffix == ".csv" else "vcard"
            if rng.random() < 0.1:
                kind = "vcard" if kind == "csv" else "csv"
            path = Path(folder) / f"mutant{number}{seed.suffix}"
            path.write_bytes(data or b" ")
            kinds[kind] += 1
            one = time.monotonic()
            import_mutated(db, path, kind, rng, figures)
            slowest = max(slowest, (time.monotonic() - one, len(data), seed.name))
            path.unlink()
        if db is not None:
            db.close()
    elapsed = time.monotonic() - started
    print(f"seeds: {len(seeds)} fixture files; seed {args.seed}")
    print(f"files: {figures.files:,} ({kinds['vcard']:,} read as vCard, {kinds['csv']:,} as CSV)"
          f" in {elapsed:.0f} s ({figures.files / max(elapsed, 1e-9):.1f} files/s)")
    print(f"exit 0: {figures.imported:,}; exit 1: {figures.refused:,}")
    print(f"slowest file: {slowest[0]:.2f} s ({slowest[1]:,} bytes, mutated from {slowest[2]})")
    print(f"people planned: {figures.people_planned:,}; arrived: {figures.people_arrived:,}; "
          f"records rejected: {figures.rejected_records:,}")
    print(f"tracebacks: {len(figures.tracebacks)}; refused imports that changed the database: "
          f"{len(figures.damaged)}")
    for found in figures.tracebacks[:20]:
        print("----\n" + found)
    return 1 if figures.tracebacks or figures.damaged else 0


if __name__ == "__main__":
    sys.exit(main())
