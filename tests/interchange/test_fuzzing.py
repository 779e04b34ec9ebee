"""Mutated contact files through the import, bounded in count and time: exit 0 or 1, never
a traceback, and the database unchanged after a refused import (benchmarks/fuzz_import.py
runs thousands more)."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time

from tests.interchange.mutator import FuzzFigures, import_mutated, mutate, seed_files

FILES_IN_PROCESS = 240
SECONDS = 90


def _mutated(rng: random.Random, seeds, folder, number: int):
    seed = rng.choice(seeds)
    data = mutate(seed.read_bytes(), rng, rng.choice(seeds).read_bytes())
    kind = "csv" if seed.suffix == ".csv" else "vcard"
    if rng.random() < 0.1:  # now and then, the other reader
        kind = "vcard" if kind == "csv" else "csv"
    path = folder / f"mutant{number}{seed.suffix}"
    path.write_bytes(data or b" ")
    return path, kind


def test_mutated_files_through_the_import_service(db, tmp_path):
    rng, seeds, figures = random.Random(20261201), seed_files(), FuzzFigures()
    deadline = time.monotonic() + SECONDS
    for number in range(FILES_IN_PROCESS):
        if time.monotonic() > deadline:
            break
        path, kind = _mutated(rng, seeds, tmp_path, number)
        import_mutated(db, path, kind, rng, figures)
    assert figures.files >= 100, f"only {figures.files} files in {SECONDS} s"
    assert figures.tracebacks == []
    assert figures.damaged == []
    assert figures.imported and figures.refused  # the mutations reach both outcomes
    assert figures.people_arrived > 0


def test_mutated_files_through_the_real_command(tmp_path):
    rng, seeds = random.Random(7), seed_files()
    data_dir = tmp_path / "data"
    env = {**os.environ, "PYTHONUTF8": "1"}
    for number in range(6):
        path, kind = _mutated(rng, seeds, tmp_path, number)
        options = ["--skip-invalid"] if number % 2 else []
        result = subprocess.run(
            [sys.executable, "-m", "kamdesk", "--data-dir", str(data_dir), "import", kind,
             str(path), "--account", "Fuzz Trading", *options],
            capture_output=True, text=True, timeout=120, env=env,
        )
        assert result.returncode in (0, 1), result.stderr
        assert "Traceback" not in result.stderr
        if result.returncode == 1:
            assert result.stderr.startswith("kamdesk: ")
            assert len(result.stderr.splitlines()) == 1, result.stderr
