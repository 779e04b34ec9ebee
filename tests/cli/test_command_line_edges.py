"""Edges of the command-line contract a user met: an empty search is wrong usage, ticking a
task off twice says it was done already, and a reader that stops early (`| head`) is no
error."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "PYTHONPATH": str(ROOT), "LANG": "en_GB.UTF-8", "LC_ALL": "", "LANGUAGE": ""}


def kamdesk(data_dir: Path, *args: str):
    return subprocess.run([sys.executable, "-m", "kamdesk", *args, "--data-dir", str(data_dir)],
                          capture_output=True, text=True, timeout=120, env=ENV)


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("data")
    assert kamdesk(folder, "sample-data").returncode == 0
    return folder


@pytest.mark.parametrize("text", ["", "   "])
def test_an_empty_search_is_wrong_usage(data_dir, text):
    result = kamdesk(data_dir, "search", text)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.splitlines()[-1] == (
        "kamdesk search: error: give some TEXT to search for: any part of a name, position, "
        "notes, hobbies or values")


def test_ticking_a_task_off_twice_says_it_was_done_already(data_dir):
    short_id = kamdesk(data_dir, "tasks", "--open").stdout.split()[0]
    first = kamdesk(data_dir, "task", "done", short_id)
    assert first.returncode == 0 and first.stdout.startswith("Done: ")
    second = kamdesk(data_dir, "task", "done", short_id)
    # The task is in the state asked for: success (exit 0), but not a second "Done:".
    assert second.returncode == 0, second.stderr
    assert second.stdout.startswith("Already done on ") and f"({short_id})" in second.stdout
    assert "Done:" not in second.stdout
    listed = kamdesk(data_dir, "tasks").stdout
    assert any(line.startswith(short_id) and " done " in line for line in listed.splitlines())


@pytest.mark.parametrize("args", [("accounts",), ("agenda", "--days", "366"), ("tasks",)])
def test_a_reader_that_stops_early_ends_the_command_quietly(data_dir, args):
    reading, writing = os.pipe()
    os.close(reading)  # like `| head` having read its lines and gone
    try:
        result = subprocess.run([sys.executable, "-m", "kamdesk", *args, "--data-dir",
                                 str(data_dir)], stdout=writing, stderr=subprocess.PIPE,
                                text=True, timeout=120, env=ENV)
    finally:
        os.close(writing)
    assert result.stderr == ""
    assert result.returncode == 141  # 128 + SIGPIPE, as `seq 100000 | head -1` gives for seq
