"""Every figure of issue 12 against its floor, on generated M and L portfolios: `make bench`.

    python benchmarks/run_all.py [--runs 5] [--sizes M,L] [--output docs/performance.md]
    python benchmarks/run_all.py --quick --output /tmp/p.md      # the tiny smoke run
    python benchmarks/run_all.py --sizes M --save m.json; … --sizes L --only L --save l.json
    python benchmarks/run_all.py --merge m.json l.json            # one report of both runs

Each group runs in fresh processes, one after another (never in parallel: the floors are
measured in the same run and would feel each other). A figure is the median over `--runs`
fresh processes (process figures: over that many samples), printed with its floor and the
ratio, and the whole table is written to `--output` with the machine, date and command.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import shlex
import sqlite3
import statistics
import sys
import time
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import ROOT, Figure, figures_from, run_json  # noqa: E402


def medians(samples: list[list[Figure]]) -> list[Figure]:
    """One figure per name: the median value and the median floor over fresh runs."""
    out = []
    for first in samples[0]:
        same = [f for run in samples for f in run if f.name == first.name]
        out.append(Figure(first.name, statistics.median(f.value for f in same), first.unit,
                          first.floor_name, statistics.median(f.floor for f in same),
                          first.size, first.target, first.note))
    return out


def fresh(script: str, runs: int, *args: str) -> list[Figure]:
    return medians([figures_from(run_json(script, *args)) for _ in range(runs)])


def groups(args) -> list[tuple[str, object]]:
    """(title, thunk) per group, in the order they run."""
    import brief_benchmark
    import import_benchmark
    import startup_benchmark
    from portfolio_generator import portfolio

    runs, sizes = args.runs, args.sizes
    found: list[tuple[str, object]] = []
    for size in sizes:
        url = f"sqlite:///{portfolio(size)}"
        found.append((f"start-up ({size})",
                      lambda url=url, size=size: startup_benchmark.measure(url, runs, size)))
    for size in sizes:
        found.append((f"services ({size})", lambda size=size: fresh(
            "service_figures.py", runs, size, "--runs", str(max(3, runs)))))
    for size in sizes:
        found.append((f"the running window ({size})", lambda size=size: fresh(
            "window_figures.py", max(1, runs // 2), size, "--runs", "3")))
    brief_runs = 1 if args.quick else max(3, runs)
    found.append(("the brief as a process", lambda: brief_benchmark.measure(brief_runs)))
    cards = 200 if args.quick else 10_000
    found.append(("importing vCards", lambda: import_benchmark.measure(cards, max(1, runs // 2))))
    archive_sizes = ["tiny"] if args.quick else [s for s in ("M", "L") if s in sizes]
    for size in archive_sizes:
        extra = ["--import"] if size in ("M", "tiny") else []
        found.append((f"the JSON archive ({size})", lambda size=size, extra=extra: figures_from(
            run_json("archive_figures.py", size, *extra))))
    server = os.environ.get("KAMDESK_BENCH_PG_URL") or os.environ.get("KAMDESK_TEST_PG_URL")
    if server and "L" in sizes:  # issue 14: search on the team server at 100,000 people
        found.append(("search on PostgreSQL (L)", lambda: figures_from(
            run_json("search_on_postgres.py", "--url", server))))
    return found


def machine() -> list[str]:
    cpu = "unknown CPU"
    with contextlib.suppress(OSError, StopIteration), open("/proc/cpuinfo") as info:
        cpu = next(line.split(":", 1)[1].strip() for line in info if line.startswith("model name"))
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 1024**3
    import PySide6
    import sqlalchemy

    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    return [
        f"{platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} cores, "
        f"{memory:.0f} GB memory (load average at the end {load}: the machine is shared)",
        f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, "
        f"SQLAlchemy {sqlalchemy.__version__}, PySide6 {PySide6.__version__}",
    ]


def report(figures: list[Figure], command: str, took: float) -> str:
    lines = [
        "# Performance", "",
        "Written by `make bench` (`benchmarks/run_all.py`); do not edit by hand. How each figure",
        "is measured, its floor, and what the profiles showed: "
        "[benchmarks/README.md](../benchmarks/README.md).", "",
        f"- Date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
        *(f"- Machine: {m}" for m in machine()[:1]), *(f"- Software: {m}" for m in machine()[1:]),
        f"- Command: `{command}` ({took / 60:.0f} min; fresh processes, one group at a time)",
        "- Portfolios (`benchmarks/portfolio_generator.py`): M = 1,000 accounts, 20,000 people, "
        "200,000 interactions, 5,000 proposals, 2,000 meetings, 20,000 family members; L = "
        "2,000 accounts, 100,000 people, 1,000,000 interactions, 10,000 proposals, 4,000 "
        "meetings, 100,000 family members; 3 years of revenue each.", "",
        "| figure | size | value | floor | ratio | target | |",
        "| --- | --- | ---: | --- | ---: | ---: | --- |",
    ]
    for f in figures:
        verdict = {True: "met", False: "**missed**", None: ""}[f.met]
        target = "" if f.target is None else f"≤ {f.shown(f.target)}"
        note = f" ({f.note})" if f.note else ""
        lines.append(f"| {f.name}{note} | {f.size} | {f.shown(f.value)} | {f.floor_name}: "
                     f"{f.shown(f.floor)} | {f.ratio:.2f}x | {target} | {verdict} |")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", default="M,L")
    parser.add_argument("--only", default="", help="run only groups whose title has this text")
    parser.add_argument("--quick", action="store_true", help="tiny portfolio, one run each")
    parser.add_argument("--output", type=Path, default=ROOT / "docs" / "performance.md")
    parser.add_argument("--save", type=Path, help="also write the figures to this JSON file")
    parser.add_argument("--merge", type=Path, nargs="+",
                        help="measure nothing: write the report from saved figures")
    args = parser.parse_args()
    if args.merge:
        saved = [json.loads(path.read_text(encoding="utf-8")) for path in args.merge]
        figures = [f for run in saved for f in figures_from(run["figures"])]
        command = " ; ".join(run["command"] for run in saved)
        took = sum(run["seconds"] for run in saved)
        args.output.write_text(report(figures, command, took), encoding="utf-8")
        print(f"written: {args.output}")
        return
    args.sizes = ["tiny"] if args.quick else args.sizes.split(",")
    args.runs = 1 if args.quick else args.runs
    command = "python benchmarks/run_all.py " + shlex.join(sys.argv[1:])
    started = time.perf_counter()
    figures: list[Figure] = []
    for title, thunk in groups(args):
        if args.only and args.only not in title:
            continue
        print(f"== {title}", flush=True)
        try:
            found = thunk()
        except SystemExit as error:  # one group failing must not lose the others' figures
            print(f"  FAILED: {str(error)[-600:]}", flush=True)
            continue
        for figure in found:
            print("  " + figure.line(), flush=True)
            figures.append(figure)
    took = time.perf_counter() - started
    args.output.write_text(report(figures, command.strip(), took), encoding="utf-8")
    if args.save:
        args.save.write_text(json.dumps({"command": command.strip(), "seconds": took,
                                         "figures": [asdict(f) for f in figures]},
                                        ensure_ascii=False), encoding="utf-8")
    print(f"written: {args.output}")


if __name__ == "__main__":
    main()
