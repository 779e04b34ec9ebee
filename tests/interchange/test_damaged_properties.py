"""One property that cannot be read costs that property, never the person: it is named in
the report (record, line, property) and its text is kept in the person's notes."""

from __future__ import annotations

from kamdesk.services.contact_import.planning import RowAction
from kamdesk.services.people import ContactData
from tests.interchange.helpers import dump, import_file, people


def test_each_damaged_property_is_reported_and_the_person_still_arrives(db):
    report = import_file(db, "damaged_properties.vcf", account="Bursztyn Handel S.A.",
                         skip_invalid=True)
    created = [row.name for row in report.rows if row.action == RowAction.CREATE]
    assert created == ["Teodor Wiśniewski", "Nguyễn Thị Lan", "Maria Clara Dela Cruz",
                       "Giorgos Papadopoulos", "Анна Кузнецова", "Gabi"]
    # Only the card with no readable name at all is rejected.
    [rejected] = report.rejected
    assert (rejected.source, rejected.reason) == (
        "record 7 (line 46)",
        "a card of the organisation 'Donau Maschinenbau GmbH' with no person's name",
    )
    assert [note for note in report.file_notes if "kept in the notes" in note] == [
        "record 1 (line 1), line 6, BDAY: 'circa 1800' is not a date (expected YYYY-MM-DD or "
        "--MM-DD); kept in the notes",
        "record 4 (line 26), line 30, ORG: the text is not valid utf-8; kept in the notes",
        "record 5 (line 33), line 37, EMAIL: 'anna.kuznetsova at severs.example' is not an "
        "e-mail address; kept in the notes",
    ]
    known = people(db)
    assert known["Teodor Wiśniewski"].birthday is None
    assert known["Teodor Wiśniewski"].notes == "Birthday: circa 1800"
    assert known["Giorgos Papadopoulos"].notes == (
        "Unreadable in the file: ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:"
        "Aigaio Naftiliaki=E9 A.E."
    )
    anna = known["Анна Кузнецова"]
    assert anna.contacts == [ContactData("email", "a.kuznetsova@severs.example", "")]
    assert anna.notes == "E-mail: anna.kuznetsova at severs.example"


def test_a_bare_cr_inside_an_x_property_is_part_of_its_value(db):
    report = import_file(db, "damaged_properties.vcf", account="Mê Kông", skip_invalid=True)
    lan = people(db)["Nguyễn Thị Lan"]
    assert lan.contacts == [ContactData("phone", "+84 90 123 4567", "mobile")]
    assert not [n for n in report.file_notes if n.startswith("record 2 ")]


def test_a_trailing_semicolon_in_the_parameters_keeps_the_property(db):
    import_file(db, "damaged_properties.vcf", account="Visayas", skip_invalid=True)
    assert people(db)["Maria Clara Dela Cruz"].contacts == [
        ContactData("phone", "+63 917 555 0142", "mobile"),
        ContactData("email", "mc.delacruz@visayas.example", "work"),
    ]


def test_a_card_with_only_a_nickname_is_named_by_it(db):
    import_file(db, "damaged_properties.vcf", skip_invalid=True)
    gabi = people(db)["Gabi"]
    assert gabi.organisation == "Donau Maschinenbau GmbH"


def test_quoted_printable_without_charset_is_read_in_the_files_own_encoding(db):
    report = import_file(db, "phone_qp_without_charset.vcf")
    assert report.committed and report.encoding == "cp1250"
    known = people(db)
    assert known["Bogusław Złotowski"].position == "Główny księgowy"
    assert known["Katarzyna Wróblewska"].notes == "Woli spotkania rano.\nNie dzwonić w piątki."


def test_a_refused_import_of_damaged_cards_changes_nothing(db):
    import_file(db, "phone_qp_without_charset.vcf")
    before = dump(db)
    report = import_file(db, "damaged_properties.vcf")
    assert report.rejected and not report.committed
    assert dump(db) == before
