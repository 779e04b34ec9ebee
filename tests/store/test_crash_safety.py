"""SIGKILL during service writes: nothing acknowledged is lost, no operation is half done.

A child process writes through the services and prints an ack after each call returns; it
is killed at a random moment (mid-commit, mid-import, mid-backup); then the database must
open, pass `integrity_check`, hold every acknowledged operation and no half of one.
`benchmarks/kill_test.py` runs the same with 200 kills.
"""

from __future__ import annotations

import importlib.util
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

WORKLOAD = Path(__file__).with_name("crash_workload.py")
_spec = importlib.util.spec_from_file_location("crash_workload", WORKLOAD)
crash_workload = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(crash_workload)

KILLS = int(os.environ.get("KAMDESK_TEST_KILLS", "30"))


class Writers:
    """Starts writers on `database` and kills them: forked from a warm zygote where possible."""

    def __init__(self, database: Path) -> None:
        self.database = database
        self.zygote = None
        if hasattr(os, "fork"):
            self.zygote = subprocess.Popen(
                [sys.executable, str(WORKLOAD), "--zygote", str(database)],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=dict(os.environ),
            )
            assert self.zygote.stdout.readline() == "zygote ready\n"

    def kill_once(self, seed: int, delay: float) -> list[str]:
        """Start a writer, SIGKILL it `delay` seconds after it is ready; the acks it printed."""
        if self.zygote is None:
            return kill_once(self.database, seed, delay)
        self.zygote.stdin.write(f"run {seed}\n")
        self.zygote.stdin.flush()
        pid = int(self.zygote.stdout.readline().split()[1])
        first = self.zygote.stdout.readline()
        assert first == "ack ready\n", first
        time.sleep(delay)  # not a GUI test: the kill lands at a random point of the work
        os.kill(pid, signal.SIGKILL)
        acks = []
        for line in self.zygote.stdout:
            if line == "done\n":
                return acks
            acks.append(line.removeprefix("ack ").rstrip("\n"))
        raise AssertionError("the zygote ended")

    def close(self) -> None:
        if self.zygote is not None:
            self.zygote.stdin.close()
            self.zygote.wait(timeout=30)
            self.zygote.stdout.close()


def kill_once(database: Path, seed: int, delay: float) -> list[str]:
    """Start the writer as a new process, kill it `delay` seconds after it is ready."""
    child = subprocess.Popen(
        [sys.executable, str(WORKLOAD), str(database), str(seed)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=dict(os.environ),
    )
    try:
        first = child.stdout.readline()
        assert first == b"ready\n", first + child.stderr.read()
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        out, err = child.communicate(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == -signal.SIGKILL, err.decode()
    return [line for line in out.decode().splitlines() if line.strip()]


def test_killed_writers_lose_nothing_acknowledged_and_leave_no_half_operation(tmp_path):
    from kamdesk.store.database import open_database
    from kamdesk.store.location import sqlite_url

    database = tmp_path / "kamdesk.sqlite3"
    open_database(sqlite_url(database)).close()
    rng = random.Random(20261127)
    acks: list[str] = []
    writers = Writers(database)
    try:
        for run in range(KILLS):
            acks += writers.kill_once(run, rng.uniform(0.0, 0.3))
            problems = crash_workload.verify(database, acks)
            assert problems == [], f"after kill {run + 1}: {problems}"
    finally:
        writers.close()
    assert sum(a.startswith("sent ") for a in acks) >= KILLS // 3, "the kills landed too early"
    db = open_database(sqlite_url(database))  # opens, and cleans what killed backups left
    db.close()
    leftovers = [p for p in database.parent.rglob(".*.partial")]
    assert leftovers == []
