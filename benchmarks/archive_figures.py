"""The JSON archive out of and into a generated portfolio: time and peak memory, as processes.

    python benchmarks/archive_figures.py M [--import]     # prints the figures as JSON

Export: `kamdesk export json` of the whole portfolio, against a bare dump (Python's sqlite3
reading every table and `json` writing each row) of the same file. Import (with --import):
`kamdesk import json` of that archive into a fresh database, against `json.load` of the
file alone. Each child runs with its address space capped (`--limit-mb`, default 4096) so a
runaway never takes the shared machine down; a capped run is reported as such.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import Figure, dump, timed_process  # noqa: E402
from portfolio_generator import portfolio  # noqa: E402

BARE_DUMP = """
import json, sqlite3, sys
source, target = sys.argv[1:]
connection = sqlite3.connect(source)
tables = [r[0] for r in connection.execute(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%search%' "
    "AND name NOT LIKE 'sqlite%' AND name != 'alembic_version'")]
with open(target, "w", encoding="utf-8") as out:
    for table in tables:
        cursor = connection.execute(f"SELECT * FROM {table}")
        names = [d[0] for d in cursor.description]
        for row in cursor:
            out.write(json.dumps(dict(zip(names, row)), ensure_ascii=False) + "\\n")
"""

BARE_LOAD = "import json, sys; json.load(open(sys.argv[1], encoding='utf-8'))"


def capped(limit_mb: int):
    def apply() -> None:
        limit = limit_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    return apply


def measure(size: str, with_import: bool, limit_mb: int) -> list[Figure]:
    python = sys.executable
    source = portfolio(size)
    figures = []
    with tempfile.TemporaryDirectory() as folder:
        archive = Path(folder) / "archive.json"
        floor_s, floor_mb = timed_process([python, "-c", BARE_DUMP, str(source),
                                           str(Path(folder) / "bare.jsonl")])
        command = [python, "-m", "kamdesk", "--db-url", f"sqlite:///{source}", "export", "json",
                   "-o", str(archive)]
        try:
            took, peak = timed_process(command, preexec=capped(limit_mb))
        except SystemExit as error:
            figures.append(Figure("exporting the JSON archive, a process", float("nan"), "s",
                                  "a bare sqlite3 → json dump", floor_s, size, None,
                                  f"did not finish within {limit_mb} MB: {str(error)[-200:]}"))
            return figures
        rows = sum(1 for line in archive.open(encoding="utf-8") if line.startswith("   {"))
        megabytes = archive.stat().st_size / 1024 / 1024
        note = f"{megabytes:.0f} MB, about {rows:,} rows"
        target_s, target_mb = (20, 300) if size == "M" else (None, None)
        figures += [
            Figure("exporting the JSON archive, a process", took, "s",
                   "a bare sqlite3 → json dump", floor_s, size, target_s, note),
            Figure("exporting the JSON archive: peak memory", peak, "MB",
                   "the bare dump's peak", floor_mb, size, target_mb, note),
        ]
        if not with_import:
            return figures
        floor_s, floor_mb = timed_process([python, "-c", BARE_LOAD, str(archive)],
                                          preexec=capped(limit_mb))
        target = Path(folder) / "new.sqlite3"
        command = [python, "-m", "kamdesk", "--db-url", f"sqlite:///{target}", "import", "json",
                   str(archive)]
        took, peak = timed_process(command, preexec=capped(limit_mb))
        figures += [
            Figure("importing the JSON archive, a process", took, "s",
                   "json.load of the file alone", floor_s, size, target_s, note),
            Figure("importing the JSON archive: peak memory", peak, "MB",
                   "json.load's peak", floor_mb, size, target_mb, note),
        ]
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("size", choices=["tiny", "M", "L"])
    parser.add_argument("--import", dest="with_import", action="store_true")
    parser.add_argument("--limit-mb", type=int, default=4096)
    args = parser.parse_args()
    dump(measure(args.size, args.with_import, args.limit_mb))


if __name__ == "__main__":
    main()
