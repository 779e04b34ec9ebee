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


def kill_once(database: Path, seed: int, delay: float) -> list[str]:
    """Start the writer, kill it `delay` seconds after it is ready; the acks it printed."""
    child = subprocess.Popen(
        [sys.executable, str(WORKLOAD), str(database), str(seed)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=dict(os.environ),
    )  # fmt: skip
    try:
        first = child.stdout.readline()
        assert first == b"ready\n", first + child.stderr.read()
        time.sleep(delay)  # not a GUI test: the kill lands at a random point of the work
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
    for run in range(KILLS):
        acks += kill_once(database, run, rng.uniform(0.0, 0.3))
        problems = crash_workload.verify(database, acks)
        assert problems == [], f"after kill {run + 1}: {problems}"
    assert sum(a.startswith("sent ") for a in acks) >= KILLS // 3, "the kills landed too early"
    db = open_database(sqlite_url(database))  # opens, and cleans what killed backups left
    db.close()
    leftovers = [p for p in database.parent.rglob(".*.partial")]
    assert leftovers == []
