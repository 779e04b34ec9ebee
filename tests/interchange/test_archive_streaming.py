"""The archive read piece by piece: values across read boundaries, UTF-8 split between two
reads, cut-off files, text after the end, and a bad row at the end of a big file that
leaves the database as it was."""

from __future__ import annotations

import io
import json
import uuid

import pytest

from kamdesk.interchange.archive_file import open_archive, parse_archive
from kamdesk.interchange.files import InterchangeError
from kamdesk.interchange.json_stream import READ_SIZE, JsonStream
from kamdesk.services.archive.loading import import_archive
from kamdesk.services.archive.tables import read_archive

DOCUMENT = {
    "format": "kamdesk-archive",
    "format_version": 1,
    "tables": {
        "account": [
            {"name": "Łódź Żegluga \"Wisła\" \\ Ж 😀 ü", "n": 12345678901234567890, "x": -1.5e-7},
            {"name": "\u00e9\u0416\U0001F600", "flags": [True, False, None], "empty": {}},
        ],
        "person": [],
    },
}


def _read(data: bytes, read_size: int):
    stream = JsonStream(io.BytesIO(data), "a.json", read_size=read_size)
    return {table: list(rows) for table, rows in _tables(stream)}


def _tables(stream):
    from kamdesk.interchange.archive_file import archive_tables_of

    return archive_tables_of(stream)


@pytest.mark.parametrize("ensure_ascii", [False, True])
@pytest.mark.parametrize("read_size", [1, 2, 3, 5, 7, 64])
def test_values_cut_anywhere_by_the_reads_come_out_whole(read_size, ensure_ascii):
    data = json.dumps(DOCUMENT, ensure_ascii=ensure_ascii, indent=1).encode()
    assert len(data) > 4 * read_size
    assert _read(data, read_size) == DOCUMENT["tables"]


def test_utf8_split_between_two_reads_at_every_offset():
    # two-, three- and four-byte characters, shifted so each is cut at every byte
    for shift in range(8):
        name = " " * shift + "łЖ€😀ż"
        document = {**DOCUMENT, "tables": {"account": [{"name": name}]}}
        data = b"\xef\xbb\xbf" + json.dumps(document, ensure_ascii=False).encode()
        for read_size in (1, 2, 3, 4):
            assert _read(data, read_size)["account"] == [{"name": name}]


def test_a_file_larger_than_one_read_is_read_whole(tmp_path):
    rows = [{"name": f"Account {i} ąęłńóśźż", "notes": "ø" * 200} for i in range(5000)]
    path = tmp_path / "big.json"
    path.write_text(json.dumps({**DOCUMENT, "tables": {"account": rows}}, ensure_ascii=False))
    assert path.stat().st_size > 2 * READ_SIZE
    with open_archive(path) as tables:
        read = [(name, list(found)) for name, found in tables]
    assert read == [("account", rows)]


def test_every_cut_off_file_is_refused_as_invalid_json():
    data = json.dumps(DOCUMENT, ensure_ascii=False).encode()
    for end in range(1, len(data) - 1):
        cut = data[:end]
        if not cut.decode("utf-8", "ignore").strip():
            continue
        with pytest.raises(InterchangeError, match="is not valid JSON|not UTF-8") as caught:
            _read(cut, 16)
        assert "a.json" in str(caught.value)


def test_text_after_the_archive_is_refused_with_its_place():
    data = json.dumps(DOCUMENT).encode() + b"\n\n  {garbage"
    with pytest.raises(InterchangeError, match=r"line 3, column 3: text after the end"):
        _read(data, 8)
    assert _read(json.dumps(DOCUMENT).encode() + b"\n \t\n", 8) == DOCUMENT["tables"]


def test_errors_say_where_as_json_loads_does():
    with pytest.raises(InterchangeError, match=r"line 4, column 13: Expecting value"):
        parse_archive(b'{"format": "kamdesk-archive",\n"format_version": 1,\n"tables": {\n'
                      b'"account": [}}', "a.json")


def _big_archive(path, accounts: int, last: dict | None = None, tail: bytes = b"") -> None:
    rows = [{"id": str(uuid.uuid4()), "name": f"Rederi {i} Ålesund", "tier": "key",
             "notes": "Fjord crossings, ferries and ø-routes. " * 12} for i in range(accounts)]
    if last:
        rows[-1].update(last)
    people = [{"id": str(uuid.uuid4()), "account_id": rows[i]["id"], "full_name": f"Ola {i}"}
              for i in range(accounts - 1)]
    document = {**DOCUMENT, "tables": {"kam_user": [], "account": rows, "person": people}}
    path.write_bytes(json.dumps(document, ensure_ascii=False, indent=1).encode() + tail)
    assert path.stat().st_size > 2 * READ_SIZE


def dump(db) -> dict:
    """Every archived row, on either engine (helpers.dump reads SQLite's own tables)."""
    return {t: sorted(map(repr, rows)) for t, rows in read_archive(db).tables.items()}


def _import(db, path):
    with open_archive(path) as tables:
        return import_archive(db, tables)


def test_a_big_archive_goes_in_whole(db, tmp_path):
    path = tmp_path / "big.json"
    _big_archive(path, 3000)
    report = _import(db, path)
    assert report.committed
    assert (report.created["account"], report.created["person"]) == (3000, 2999)


def test_a_bad_row_at_the_end_of_a_big_file_stores_nothing(db, tmp_path):
    before = dump(db)
    path = tmp_path / "big.json"
    _big_archive(path, 3000, last={"tier": "gold"})
    report = _import(db, path)
    assert not report.committed
    (rejection,) = report.rejections
    assert rejection.source == "account[2999]"
    assert rejection.reason.startswith("tier is not a valid choice")
    assert dump(db) == before


def test_a_big_file_cut_off_or_with_garbage_at_its_end_stores_nothing(db, tmp_path):
    before = dump(db)
    path = tmp_path / "big.json"
    _big_archive(path, 3000)
    whole = path.read_bytes()
    path.write_bytes(whole[:-40])
    with pytest.raises(InterchangeError, match="big.json is not valid JSON"):
        _import(db, path)
    assert dump(db) == before
    path.write_bytes(whole + b"\n{}")
    with pytest.raises(InterchangeError, match="text after the end"):
        _import(db, path)
    assert dump(db) == before
