"""The benchmark harness runs end to end at the tiny size, so it never rots.

Nothing here looks at a time: the figures exist, have a floor, and land in the report.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GROUPS = ["start-up", "services", "the running window", "the brief as a process",
          "importing vCards", "the JSON archive"]


def test_the_tiny_portfolio_holds_what_the_services_would_write(tmp_path):
    env = {**os.environ, "KAMDESK_BENCH_CACHE": str(tmp_path), "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "benchmarks/portfolio_generator.py", "tiny"],
                          cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    path = done.stdout.strip()
    with sqlite3.connect(path) as c:
        counts = {t: c.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("account", "person", "interaction", "proposal", "task", "meeting",
                            "family_member", "revenue_figure")}
        found = c.execute("SELECT count(*) FROM person_search WHERE person_search MATCH 'owsk'")
        assert found.fetchone()[0] > 0  # the FTS5 index was filled through its triggers
        blank = c.execute("SELECT count(*) FROM person WHERE search_text = ''").fetchone()[0]
        no_year = c.execute("SELECT count(*) FROM person WHERE birth_month IS NOT NULL "
                            "AND birth_year IS NULL").fetchone()[0]
    assert counts["account"] == 12 and counts["person"] == 240
    assert counts["interaction"] == 2_400 and counts["revenue_figure"] == 12 * 12
    assert counts["task"] > counts["proposal"]  # sent proposals carry their follow-up steps
    assert blank == 0 and no_year > 0
    again = subprocess.run([sys.executable, "benchmarks/portfolio_generator.py", "tiny"],
                           cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    assert again.stdout.strip() == path and "generated" not in again.stderr  # from the cache


def test_make_bench_runs_every_group_at_the_tiny_size(tmp_path):
    output = tmp_path / "performance.md"
    env = {**os.environ, "KAMDESK_BENCH_CACHE": str(tmp_path / "cache"),
           "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "benchmarks/run_all.py", "--quick", "--output", str(output)]
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-3000:]
    for group in GROUPS:
        assert f"== {group}" in done.stdout
    table = [line for line in output.read_text(encoding="utf-8").splitlines()
             if line.startswith("| ") and "---" not in line][1:]
    assert len(table) >= 25
    assert not [line for line in table if "nan" in line]
    assert any("search as you type, p95" in line for line in table)
    assert any("resident memory" in line for line in table)
