"""Two `kamdesk` processes writing at once: the first writer's decisions hold for the second."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

GIVEN = ["Łucja", "Maria", "Nguyễn Thị", "Αλέξανδρος", "Анастасия", "Jürgen", "Rosario", "Kenji"]
FAMILY = ["Zielińska", "Santos", "Trần", "Παπαδόπουλος", "Смирнова", "Weiß", "Dela Cruz", "Mori"]


def _start(*args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "kamdesk", *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=dict(os.environ),
    )


def _cards(path, count: int) -> None:
    lines = []
    for i in range(count):
        given, family = GIVEN[i % len(GIVEN)], f"{FAMILY[i % len(FAMILY)]}-{i}"
        lines += [
            "BEGIN:VCARD", "VERSION:3.0", f"N:{family};{given};;;", f"FN:{given} {family}",
            f"ORG:Firma {i % 15} Sp. z o.o.", f"EMAIL:person{i}@firma{i % 15}.example",
            "END:VCARD",
        ]
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")


def _counts(database) -> tuple[int, int]:
    with sqlite3.connect(database) as raw:
        return tuple(
            raw.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("account", "person")
        )


def test_two_imports_of_one_file_at_once_create_each_person_once(tmp_path):
    data, cards = tmp_path / "data", tmp_path / "contacts.vcf"
    _cards(cards, 300)
    both = [_start("--data-dir", str(data), "import", "vcard", str(cards)) for _ in range(2)]
    results = [(p.wait(timeout=120), *p.communicate()) for p in both]
    assert [code for code, _, _ in results] == [0, 0], results
    assert _counts(data / "kamdesk.sqlite3") == (15, 300)


def test_two_sample_data_at_once_load_one_portfolio(tmp_path):
    data = tmp_path / "data"  # not even created yet: both processes also race to create it
    both = [_start("--data-dir", str(data), "sample-data") for _ in range(2)]
    results = sorted((p.wait(timeout=120), *p.communicate()) for p in both)
    assert [code for code, _, _ in results] == [0, 1], results
    assert "already holds accounts" in results[1][2] and "Traceback" not in results[1][2]
    assert _counts(data / "kamdesk.sqlite3")[0] == 12
