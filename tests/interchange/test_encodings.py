"""Which encoding a file is in: a corpus in many scripts, wide encodings without a BOM, BOMs
that lie, and codecs that are no character sets."""

from __future__ import annotations

import codecs

import pytest

from kamdesk.interchange.csv_import import inspect_csv
from kamdesk.interchange.files import InterchangeError
from tests.interchange import encoding_corpus as corpus
from tests.interchange.helpers import dump, import_file, people

ENCODINGS = list(corpus.PEOPLE)


def test_the_corpus_files_are_what_the_generator_writes(tmp_path):
    corpus.write_corpus(tmp_path)
    for path in sorted(tmp_path.iterdir()):
        assert path.read_bytes() == (corpus.FOLDER / path.name).read_bytes(), path.name


@pytest.mark.parametrize("encoding", ENCODINGS)
@pytest.mark.parametrize("suffix", [".csv", "_names.csv"])
def test_a_csv_in_a_legacy_encoding_is_read_exactly(encoding, suffix):
    data = (corpus.FOLDER / f"{encoding}{suffix}").read_bytes()
    layout = inspect_csv(data, f"{encoding}{suffix}")
    assert layout.text == corpus.SHAPES[suffix](encoding), layout.encoding


@pytest.mark.parametrize("encoding", ENCODINGS)
@pytest.mark.parametrize("suffix", [".vcf", "_cards.vcf", "_one.vcf"])
def test_a_vcard_in_a_legacy_encoding_brings_every_name_exactly(db, encoding, suffix):
    report = import_file(db, str(corpus.FOLDER / f"{encoding}{suffix}"), account="Corpus")
    assert report.committed, report.rows
    names = corpus.full_names(encoding)
    if suffix == "_one.vcf":
        family, given, *_ = corpus.PEOPLE[encoding][1][0]
        names = {f"{given} {family}"}
    assert set(people(db)) == names, report.encoding


@pytest.mark.parametrize("encoding", ["cp1250", "latin_1"])
def test_one_row_is_enough_when_a_symbol_would_sit_inside_a_word(encoding):
    header, rows = corpus.PEOPLE[encoding]
    text = f"{header}\r\n{','.join(rows[0])}\r\n"  # Bałtyk, not Ba³tyk; Müller, not M³ller
    assert inspect_csv(text.encode(encoding), "one.csv").text == text


def test_shift_jis_is_not_taken_for_korean(db):
    """The issue's file: a Shift_JIS CSV was stored as cp949 mojibake."""
    data = (corpus.FOLDER / "shift_jis.csv").read_bytes()
    layout = inspect_csv(data, "shift_jis.csv")
    assert codecs.lookup(layout.encoding).name in ("cp932", "shift_jis")
    assert layout.samples[0][:2] == ["佐藤", "美咲"]
    report = import_file(db, str(corpus.FOLDER / "shift_jis.csv"),
                         columns=("姓=family_name", "名=given_name", "会社=organisation"))
    assert report.committed and "美咲 佐藤" in people(db)


@pytest.mark.parametrize("wide", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_utf_16_and_32_without_a_bom_are_text_not_binary(db, tmp_path, wide):
    path = tmp_path / "wide.vcf"
    path.write_bytes(corpus.vcard_text("cp949").encode(wide))
    report = import_file(db, str(path))
    assert report.encoding == wide and report.committed
    assert set(people(db)) == corpus.full_names("cp949")
    csv = tmp_path / "wide.csv"
    csv.write_bytes(corpus.csv_text("cp1251").encode(wide))
    assert inspect_csv(csv.read_bytes(), "wide.csv").text == corpus.csv_text("cp1251")


def test_a_utf_16_file_cut_off_by_one_byte_is_read_up_to_the_cut(db, tmp_path):
    data = codecs.BOM_UTF16_LE + corpus.vcard_text("cp1253").encode("utf-16-le")
    path = tmp_path / "cut.vcf"
    path.write_bytes(data[:-1])
    report = import_file(db, str(path), dry_run=True)
    assert report.count("create") == 2
    assert any("ends inside a character" in note for note in report.file_notes)


@pytest.mark.parametrize("bom", [codecs.BOM_UTF16_LE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE])
def test_a_bom_that_lies_is_one_clear_error(db, tmp_path, bom):
    path = tmp_path / "lying.vcf"
    path.write_bytes(bom + "BEGIN:VCARD\r\nFN:Ана Ибањез\r\nEND:VCARD\r\n".encode() * 3)
    before = dump(db)
    for kind in ("vcard", "csv"):
        with pytest.raises(InterchangeError) as caught:
            import_file(db, str(path), kind)
        message = str(caught.value)
        assert "\n" not in message and "lying.vcf" in message
    assert dump(db) == before


@pytest.mark.parametrize("codec", ["base64", "zlib", "rot-13", "uu", "hex", "bz2", "nonsense"])
def test_a_charset_that_is_no_text_encoding_costs_only_its_property(db, tmp_path, codec):
    path = tmp_path / "charset.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:2.1\r\nN:Reyes;Maria Clara\r\nFN:Maria Clara Reyes\r\n"
                    f"ORG:Visayas Shipping Corp.\r\nNOTE;CHARSET={codec}:eJzLSM3JyQcABiwCFQ==\r\n"
                    "END:VCARD\r\n", encoding="ascii")
    report = import_file(db, str(path))
    assert report.committed
    assert f"record 1 (line 1), line 6, NOTE: CHARSET={codec} is not a character set; kept " \
           "in the notes" in report.file_notes
    assert people(db)["Maria Clara Reyes"].notes.startswith("Unreadable in the file: NOTE;")


@pytest.mark.parametrize("codec", ["base64", "rot-13", "zlib"])
def test_the_command_line_encoding_must_be_a_text_encoding_too(db, codec):
    with pytest.raises(InterchangeError, match=f"'{codec}' is not a character encoding"):
        import_file(db, str(corpus.FOLDER / "cp1250.csv"), encoding=codec)
