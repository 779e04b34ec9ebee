"""What every benchmark shares: a figure against its floor, timing, fresh processes, memory.

A figure is always printed with the floor measured in the same run and their ratio, so a
busy or slower machine moves both and the ratio stays meaningful; the targets of issue 12
are absolute (milliseconds, megabytes) and are checked against the figure itself.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent


@dataclass
class Figure:
    name: str
    value: float  # in `unit`
    unit: str  # "ms" | "s" | "MB"
    floor_name: str
    floor: float  # same unit
    size: str = ""  # M, L, tiny, or "" when the figure does not depend on the portfolio
    target: float | None = None  # the limit, same unit; None: no target
    note: str = ""

    @property
    def ratio(self) -> float:
        return self.value / self.floor if self.floor else float("nan")

    @property
    def met(self) -> bool | None:
        return None if self.target is None else self.value <= self.target

    def line(self) -> str:
        target = "" if self.target is None else f"  target ≤ {self.shown(self.target)}: " + (
            "met" if self.met else "MISSED"
        )
        size = f"[{self.size}] " if self.size else ""
        return (f"{size}{self.name}: {self.shown(self.value)}  (floor {self.floor_name} "
                f"{self.shown(self.floor)}, {self.ratio:.2f}x){target}")

    def shown(self, value: float | None) -> str:
        digits = 3 if self.unit == "s" else 1
        return f"{value:.{digits}f} {self.unit}"


def median_ms(function: Callable[[], object], runs: int = 5, warm: bool = True) -> float:
    """The median time of `function` in milliseconds, after one untimed call if `warm`."""
    if warm:
        function()
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        function()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples) * 1000


def percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def environment() -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen",
           "LANG": "en_GB.UTF-8"}
    return env


def run_json(script: str, *args: str, env: dict[str, str] | None = None) -> dict:
    """Run `benchmarks/<script>` in a fresh process; it prints one JSON object last."""
    done = subprocess.run([sys.executable, str(HERE / script), *args], capture_output=True,
                          text=True, cwd=ROOT, env=env or environment())
    if done.returncode != 0:
        raise SystemExit(f"{script} {' '.join(args)} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# Runs `python -m MODULE …` or `python -c CODE …` and writes its peak resident memory at
# exit. The peak is read inside the child (VmHWM starts afresh at exec): the kernel's
# ru_maxrss of a child includes the RSS of the parent it was forked from.
_PEAK = """
import atexit, os, runpy, sys
def _peak():
    with open("/proc/self/status") as status:
        kb = next(line.split()[1] for line in status if line.startswith("VmHWM"))
    with open(os.environ["KAMDESK_BENCH_PEAK"], "w") as out:
        out.write(kb)
atexit.register(_peak)
how, what, *rest = sys.argv[1:]
if how == "-m":
    sys.argv = [what, *rest]
    runpy.run_module(what, run_name="__main__", alter_sys=True)
else:
    sys.argv = ["-c", *rest]
    exec(compile(what, "<benchmark>", "exec"), {"__name__": "__main__"})
"""


def timed_process(command: list[str], env: dict[str, str] | None = None,
                  preexec: Callable[[], None] | None = None) -> tuple[float, float]:
    """Wall time (s) and peak resident memory (MB) of one Python child process, given as
    [python, "-m", module, …] or [python, "-c", code, …]."""
    with tempfile.NamedTemporaryFile(prefix="kamdesk-peak-") as peak:
        env = {**(env or environment()), "KAMDESK_BENCH_PEAK": peak.name}
        started = time.perf_counter()
        done = subprocess.run([command[0], "-c", _PEAK, *command[1:]], stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, cwd=ROOT, env=env,
                              preexec_fn=preexec)
        elapsed = time.perf_counter() - started
        if done.returncode != 0:
            stderr = done.stderr.decode(errors="replace")
            raise SystemExit(f"{' '.join(command[:5])}… failed:\n{stderr[-3000:]}")
        return elapsed, int(Path(peak.name).read_text() or 0) / 1024


def resident_mb() -> float:
    """This process's resident memory now, in MB (Linux)."""
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1024 / 1024


def figures_from(data: list[dict]) -> list[Figure]:
    return [Figure(**d) for d in data]


def dump(figures: list[Figure]) -> None:
    print(json.dumps([asdict(f) for f in figures], ensure_ascii=False))
