"""Broken files give a clear report and leave the database exactly as it was."""

from __future__ import annotations

import random
import time

import pytest

from kamdesk.interchange.archive_file import parse_archive
from kamdesk.interchange.files import InterchangeError
from kamdesk.services.contact_import.planning import RowAction
from tests.interchange.helpers import FIXTURES, dump, import_file


@pytest.fixture
def filled_db(db):
    """A database that already holds people, so "unchanged" means something."""
    import_file(db, "salesforce_contacts.csv")
    return db


def _refused(db, path, kind=None, **options) -> str:
    before = dump(db)
    with pytest.raises(InterchangeError) as caught:
        import_file(db, str(path), kind, **options)
    assert dump(db) == before
    message = str(caught.value)
    assert "\n" not in message and "Traceback" not in message
    return message


def _rejected(db, path, kind=None, **options):
    before = dump(db)
    report = import_file(db, str(path), kind, **options)
    assert report.rejected and not report.committed
    assert dump(db) == before
    return report


def test_a_truncated_vcard_names_the_cut_off_record(filled_db, tmp_path):
    data = (FIXTURES / "apple_contacts.vcf").read_bytes()
    path = tmp_path / "cut.vcf"
    path.write_bytes(data[: data.rindex(b"TITLE:Innkj")])
    report = _rejected(filled_db, path)
    cut = next(r for r in report.rejected if r.source == "record 3 (line 39)")
    assert cut.name == "Sigrid Øvergaard"
    assert cut.reason == "the file ends in the middle of this card (no END:VCARD)"


def test_a_card_without_its_end_before_the_next_one_is_rejected_alone(filled_db, tmp_path):
    path = tmp_path / "missing_end.vcf"
    path.write_text("BEGIN:VCARD\nVERSION:3.0\nFN:Ana Ibáñez\nORG:Ibérica\n"
                    "BEGIN:VCARD\nVERSION:3.0\nFN:Sipho Dlamini\nORG:Ubuntu Mining\n"
                    "END:VCARD\n")
    report = _rejected(filled_db, path)
    assert [(r.source, r.action) for r in report.rows] == [
        ("record 1 (line 1)", RowAction.REJECT),
        ("record 2 (line 5)", RowAction.CREATE),
    ]
    assert "no END:VCARD" in report.rows[0].reason


def test_a_vcard_in_the_wrong_encoding_rejects_its_cards(filled_db, tmp_path):
    path = tmp_path / "cp1250.vcf"
    path.write_bytes("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bogusław Złotowski\r\nORG:Bałtyk\r\n"
                     "END:VCARD\r\n".encode("windows-1250"))
    report = _rejected(filled_db, path, encoding="utf-8")
    assert report.rejected[0].reason == "line 3: the text is not valid utf-8"
    # Left to itself, the reader recognises the legacy encoding.
    assert import_file(filled_db, str(path), dry_run=True).rows[0].name == "Bogusław Złotowski"


def test_a_csv_read_in_the_wrong_encoding_is_refused_as_a_whole(filled_db):
    message = _refused(filled_db, FIXTURES / "outlook_contacts.csv", encoding="utf-8")
    assert message.startswith("outlook_contacts.csv is not valid utf-8 text (line 2, byte 0x")
    assert "--encoding" in message
    assert "unknown encoding 'latin-99'" in _refused(
        filled_db, FIXTURES / "outlook_contacts.csv", encoding="latin-99")


def test_a_ragged_csv_names_each_row_with_the_wrong_number_of_fields(filled_db, tmp_path):
    path = tmp_path / "ragged.csv"
    path.write_text("First Name,Last Name,Company,E-mail\n"
                    "Sipho,Dlamini,Ubuntu Mining,sipho@ubuntu.example\n"
                    "Aiyana,Whitehorse,Prairie Grain\n"
                    "Ngozi,Okafor,Lagos Foods,ngozi@lagos.example,extra\n",
                    encoding="utf-8")
    report = _rejected(filled_db, path)
    assert [(r.source, r.reason) for r in report.rejected] == [
        ("line 3", "3 fields where the header has 4: a delimiter or quote is missing or extra"),
        ("line 4", "5 fields where the header has 4: a delimiter or quote is missing or extra"),
    ]
    assert report.rejected[0].name == "Aiyana Whitehorse"


def test_an_unclosed_quote_is_refused_with_its_line(filled_db, tmp_path):
    path = tmp_path / "quote.csv"
    path.write_text('Name,Company\nSipho Dlamini,Ubuntu Mining\n"Aiyana,Prairie\n', "utf-8")
    message = _refused(filled_db, path)
    assert message == "quote.csv, line 3: not valid CSV (unexpected end of data)"


@pytest.mark.parametrize("kind", ["vcard", "csv", "json"])
def test_binary_garbage_is_refused(filled_db, tmp_path, kind):
    path = tmp_path / "garbage.bin"
    path.write_bytes(random.Random(5).randbytes(200_000))
    if kind == "json":
        before = dump(filled_db)
        with pytest.raises(InterchangeError, match="binary file"):
            parse_archive(path.read_bytes(), path.name)
        assert dump(filled_db) == before
    else:
        assert _refused(filled_db, path, kind) == (
            "garbage.bin is a binary file, not text: is it the right file?")


def test_text_that_is_no_contacts_file_is_refused(filled_db, tmp_path):
    path = tmp_path / "poem.txt"
    path.write_text("Litwo! Ojczyzno moja! ty jesteś jak zdrowie.\n", encoding="utf-8")
    assert "holds no vCard" in _refused(filled_db, path, "vcard")
    assert "no line with several columns" in _refused(filled_db, path, "csv")
    empty = tmp_path / "empty.vcf"
    empty.write_bytes(b"\r\n")
    assert _refused(filled_db, empty) == "empty.vcf is empty"
    assert "not a file" in _refused(filled_db, tmp_path, "vcard")


def test_a_50_mb_vcard_full_of_photos_with_one_broken_card(filled_db, tmp_path):
    photo = "".join(" " + "A" * 74 + "\r\n" for _ in range(1400))  # about 105 kB of base64
    cards = [f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person Nummer {i}\r\nORG:Großhandel {i % 7}\r\n"
             f"PHOTO;ENCODING=b;TYPE=JPEG:\r\n{photo}END:VCARD\r\n"
             for i in range(500)]
    cards.append("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Letzte Person\r\nORG:Großhandel 1\r\n")
    path = tmp_path / "big.vcf"
    path.write_text("".join(cards), encoding="utf-8")
    assert path.stat().st_size > 50 * 1024 * 1024
    started = time.perf_counter()
    report = _rejected(filled_db, path)
    elapsed = time.perf_counter() - started
    assert report.count(RowAction.CREATE) == 500
    assert [r.name for r in report.rejected] == ["Letzte Person"]
    assert elapsed < 60, f"{elapsed:.1f} s"


def test_a_file_beyond_the_size_limit_is_refused_before_reading(filled_db, tmp_path):
    path = tmp_path / "huge.csv"
    with path.open("wb") as out:
        out.truncate(101 * 1024 * 1024)  # sparse: costs no disk
    assert _refused(filled_db, path) == (
        "huge.csv is 101.0 MB; KAMDesk imports files up to 100 MB: split it into smaller files"
    )


def test_archives_that_are_not_ours_are_refused(tmp_path):
    with pytest.raises(InterchangeError, match=r"not valid JSON \(line 1, column 2"):
        parse_archive(b"{nope", "a.json")
    with pytest.raises(InterchangeError, match="JSON but not a KAMDesk archive"):
        parse_archive(b'{"format": "something-else"}', "a.json")
    with pytest.raises(InterchangeError, match="newer KAMDesk \\(archive format 2\\)"):
        parse_archive(b'{"format": "kamdesk-archive", "format_version": 2, "tables": {}}', "a.json")
