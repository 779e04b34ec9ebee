"""Times `kamdesk import vcard` on 10,000 generated vCards (issue 12's target: 3 s).

    .venv/bin/python benchmarks/import_benchmark.py [--cards 10000] [--runs 3]

Each run imports into a fresh database (created beforehand, as a KAM already has one), as a
real process, the way a user runs it. The floor is a bare `python -c "import vobject"` timed
in the same run, so the ratio stays meaningful on slower or busier machines.
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

GIVEN = ["Katarzyna", "Minh", "Sipho", "Aiyana", "Björn", "Dragana", "Ngozi", "Хорхе",
         "Αλέξανδρος", "Ölmez", "Tomasz", "Ana", "Yuki", "Ruslan", "Zsófia", "Óscar"]
# Family names built from syllables, so 10,000 people are mostly different people.
SYLLABLES = ["Wró", "bel", "Kow", "ska", "Trần", "Dla", "mi", "ni", "Øver", "gaard", "Пет",
             "ро", "ва", "Πα", "πα", "δό", "Ko", "va", "če", "vić", "Na", "ka", "mu"]
ORGANISATIONS = ["Baltic Freight Sp. z o.o.", "Sava Power d.o.o.", "Mindanao Foods Corp.",
                 "Ruhr Kabelwerk GmbH", "ТрансУрал Логистика", "Αιγαίο Ναυτιλιακή Α.Ε.",
                 "Mekong Logistics JSC", "Nordlys Fiskeri AS"]


def vcard(i: int, rng: random.Random) -> str:
    given = rng.choice(GIVEN)
    family = "".join(rng.choice(SYLLABLES) for _ in range(3)).capitalize()
    birthday = (
        f"{1950 + i % 50}{1 + i % 12:02d}{1 + i % 28:02d}"
        if i % 3
        else f"--{1 + i % 12:02d}{1 + i % 28:02d}"
    )
    return (
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:{family};{given};;;\r\nFN:{given} {family}\r\n"
        f"ORG:{rng.choice(ORGANISATIONS)};Purchasing\r\nTITLE:Head of purchasing\r\n"
        f"EMAIL;TYPE=INTERNET,WORK:person{i}@example.com\r\n"
        f"TEL;TYPE=CELL:+48 501 {i // 1000:03d} {i % 1000:03d}\r\n"
        f"TEL;TYPE=WORK:+48 58 123 45 67\r\n"
        f"ADR;TYPE=WORK:;;ul. Długa {i % 200 + 1};Gdańsk;;80-{i % 1000:03d};Poland\r\n"
        f"BDAY:{birthday}\r\nNOTE:Met at the Poznań fair\\, stand {i}.\r\n"
        f"CATEGORIES:Key clients,Fair 2026\r\nEND:VCARD\r\n"
    )


def timed(command: list[str]) -> float:
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        sys.exit(f"failed: {' '.join(command)}\n{result.stderr or result.stdout[-2000:]}")
    return elapsed


def measure(cards: int, runs: int) -> list:
    """`kamdesk import vcard` of `cards` generated vCards into a fresh database, per run."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from harness import Figure

    python = sys.executable
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "contacts.vcf"
        rng = random.Random(2026)
        path.write_text("".join(vcard(i, rng) for i in range(cards)), encoding="utf-8")
        size = path.stat().st_size / 1024 / 1024
        imports, floors = [], []
        for run in range(runs):
            data = Path(folder) / f"data{run}"
            timed([python, "-m", "kamdesk", "--data-dir", str(data), "check"])  # creates it
            floors.append(timed([python, "-c", "import vobject"]))
            imports.append(timed([python, "-m", "kamdesk", "--data-dir", str(data), "import",
                                  "vcard", str(path)]))
    return [Figure(f"importing {cards:,} vCards ({size:.1f} MB), a process", statistics.median(
        imports), "s", "python -c 'import vobject'", statistics.median(floors), "",
        3.0 if cards == 10_000 else None)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    for figure in measure(args.cards, args.runs):
        print(figure.line())
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "contacts.vcf"
        rng = random.Random(2026)
        path.write_text("".join(vcard(i, rng) for i in range(args.cards)), encoding="utf-8")
        stages = breakdown(path, Path(folder) / "inprocess")
    print("in one process: " + ", ".join(f"{name} {seconds:.2f} s" for name, seconds in stages))


def breakdown(path: Path, data: Path) -> list[tuple[str, float]]:
    """Where the time goes: start-up imports, reading the file, planning, writing."""
    started = time.perf_counter()
    from kamdesk.interchange.reading import read_contacts
    from kamdesk.services.contact_import.planning import ImportOptions, ImportService
    from kamdesk.store.database import open_database

    db = open_database(f"sqlite:///{data / 'kamdesk.sqlite3'}")
    opened = time.perf_counter()
    parsed = read_contacts(path, "vcard")
    read = time.perf_counter()
    ImportService(db).import_cards(parsed, ImportOptions(dry_run=True))
    planned = time.perf_counter()
    ImportService(db).import_cards(parsed, ImportOptions())
    written = time.perf_counter()
    db.close()
    return [("imports and opening a new database", opened - started), ("reading", read - opened),
            ("planning (the preview)", planned - read),
            ("planning again and writing", written - planned)]


if __name__ == "__main__":
    main()
