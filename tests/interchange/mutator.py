"""A seeded mutator of contact files, and one import of a mutated file judged by the
command-line contract: it ends as exit 0 or 1 (a StoreError), never another exception, and
a refused import leaves the database exactly as it was.

Used by `test_fuzzing.py` (a few hundred files) and `benchmarks/fuzz_import.py` (thousands).
"""

from __future__ import annotations

import codecs
import random
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from tests.interchange.helpers import FIXTURES, dump

# Bytes that mean something to a vCard or CSV reader, or to a decoder.
TOKENS = (
    b"\r", b"\n", b"\r\n", b"\x00", b";", b":", b",", b"=", b'"', b"\\", b"\t", b"\n ",
    b"=E9", b"=C3", b"=\r\n", b"\xff", b"\xc3", b"\xe9", b"\xef\xbb\xbf", b"\xfe\xff",
    b";CHARSET=base64", b";CHARSET=rot-13", b";CHARSET=zlib", b";CHARSET=utf-16",
    b";CHARSET=x-unknown", b";ENCODING=QUOTED-PRINTABLE", b";ENCODING=b", b";VALUE=text",
    b"BEGIN:VCARD\r\n", b"END:VCARD\r\n", b"VERSION:2.1\r\n", b"BDAY:1999-02-30\r\n",
    b"KIND:group\r\n", b"N:;;;;\r\n", b"FN:\r\n", b"item1.", b"X-ABLabel:", b'"a,b"',
    b"First Name,Last Name,E-mail Address,Job Title\r\n", b"0/0/00", b"13/13/2020",
    "Ünïcødé Ελληνικά Кириллица 中文 한국어".encode(),
)
WIDE = ("utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp1250", "cp1251", "shift_jis", "koi8_r")


def seed_files() -> list[Path]:
    """Every contact fixture: the seeds the mutations start from."""
    files = [p for p in FIXTURES.rglob("*") if p.suffix in (".vcf", ".csv") and p.is_file()]
    return sorted(files)


def mutate(data: bytes, rng: random.Random, other: bytes) -> bytes:
    """`data` after one to four random edits (bytes flipped, cut, doubled, tokens put in,
    lines swapped, re-encoded, spliced with `other`, truncated)."""
    for _ in range(rng.randint(1, 4)):
        data = rng.choice(_EDITS)(data, rng, other)
    return data


def _flip(data: bytes, rng: random.Random, other: bytes) -> bytes:
    if not data:
        return data
    buffer = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        buffer[rng.randrange(len(buffer))] = rng.randrange(256)
    return bytes(buffer)


def _cut(data: bytes, rng: random.Random, other: bytes) -> bytes:
    if len(data) < 2:
        return data
    start = rng.randrange(len(data))
    return data[:start] + data[start + rng.randint(1, 200) :]


def _double(data: bytes, rng: random.Random, other: bytes) -> bytes:
    if not data:
        return data
    start = rng.randrange(len(data))
    piece = data[start : start + rng.randint(1, 400)]
    at = rng.randrange(len(data))
    return data[:at] + piece * rng.randint(1, 3) + data[at:]


def _token(data: bytes, rng: random.Random, other: bytes) -> bytes:
    at = rng.randrange(len(data) + 1)
    return data[:at] + rng.choice(TOKENS) + data[at:]


def _swap_lines(data: bytes, rng: random.Random, other: bytes) -> bytes:
    lines = data.split(b"\n")
    if len(lines) > 2:
        i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
        lines[i], lines[j] = lines[j], lines[i]
    return b"\n".join(lines)


def _reencode(data: bytes, rng: random.Random, other: bytes) -> bytes:
    text = data.decode("utf-8", "replace")
    return codecs.encode(text, rng.choice(WIDE), "replace")


def _splice(data: bytes, rng: random.Random, other: bytes) -> bytes:
    return data[: rng.randrange(len(data) + 1)] + other[rng.randrange(len(other) + 1) :]


def _truncate(data: bytes, rng: random.Random, other: bytes) -> bytes:
    return data[: rng.randrange(1, len(data) + 1)] if data else data


_EDITS: tuple[Callable[[bytes, random.Random, bytes], bytes], ...] = (
    _flip, _cut, _double, _token, _token, _swap_lines, _reencode, _splice, _truncate,
)


@dataclass
class FuzzFigures:
    files: int = 0
    imported: int = 0  # exit 0
    refused: int = 0  # exit 1: rejected records, or the file refused as a whole
    people_planned: int = 0  # created or merged in the plan
    people_arrived: int = 0  # created or merged and committed
    rejected_records: int = 0
    tracebacks: list[str] = field(default_factory=list)
    damaged: list[str] = field(default_factory=list)  # refused, yet the database changed


def import_mutated(db, path: Path, kind: str, rng: random.Random, figures: FuzzFigures) -> None:
    """Import `path` as the command would, with random options, and judge the outcome."""
    from kamdesk.interchange.reading import ReadOptions, read_contacts
    from kamdesk.services.contact_import.planning import ImportOptions, ImportService, RowAction
    from kamdesk.store.errors import StoreError

    figures.files += 1
    options = ImportOptions(
        account=rng.choice([None, None, "Fuzz Trading Sp. z o.o."]),
        skip_invalid=rng.random() < 0.5, dry_run=rng.random() < 0.2,
    )
    before = dump(db)
    try:
        parsed = read_contacts(path, kind, ReadOptions())
        report = ImportService(db).import_cards(parsed, options)
    except StoreError:
        figures.refused += 1
        if dump(db) != before:
            figures.damaged.append(path.name)
        return
    except Exception:  # noqa: BLE001 - what the fuzzer is looking for
        figures.tracebacks.append(f"{path.name}: {traceback.format_exc(limit=-3)}")
        return
    useful = report.count(RowAction.CREATE) + report.count(RowAction.MERGE)
    figures.people_planned += useful
    figures.rejected_records += len(report.rejected)
    if report.rejected and not options.skip_invalid:
        figures.refused += 1
    else:
        figures.imported += 1
    if report.committed:
        figures.people_arrived += useful
    elif dump(db) != before:
        figures.damaged.append(path.name)
