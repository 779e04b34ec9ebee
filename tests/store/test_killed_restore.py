"""A restore killed at a random point: the database is whole (old or new), nothing is left over."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

import pytest

from kamdesk.services.backups import make_backup
from kamdesk.store.database import open_database
from kamdesk.store.inspection import count_people
from kamdesk.store.location import sqlite_url

pytestmark = pytest.mark.sqlite_only("a restore of the SQLite file killed halfway")

RESTORING = """
import sys
from pathlib import Path
from kamdesk.store.restore import restore_database
print("ready", flush=True)
while True:
    restore_database(Path(sys.argv[1]), Path(sys.argv[2]))
    print("restored", flush=True)
"""


def test_a_killed_restore_leaves_a_whole_database_and_no_copy_behind(sample_db, tmp_path):
    backup = make_backup(sample_db)
    path = sample_db.path
    sample_db.close()
    system_temp = tmp_path / "system-temp"
    system_temp.mkdir()
    rng = random.Random(9)
    for _ in range(3):
        child = subprocess.Popen(
            [sys.executable, "-c", RESTORING, str(path), str(backup)],
            stdout=subprocess.PIPE, env={**os.environ, "TMPDIR": str(system_temp)},
        )
        assert child.stdout.readline() == b"ready\n"
        time.sleep(rng.uniform(0.05, 0.5))  # not a GUI test: a random point of the restore
        child.send_signal(signal.SIGKILL)
        child.communicate(timeout=30)
        db = open_database(sqlite_url(path))  # whole, and it cleans the killed copy
        db.close()
        assert count_people(path) == (12, 84)
        assert not [p for p in path.parent.rglob(".*.partial")]
    assert list(system_temp.iterdir()) == []
