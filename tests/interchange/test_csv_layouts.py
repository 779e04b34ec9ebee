"""CSV layouts of real programs, and the rule that no column is dropped without a word."""

from __future__ import annotations

import pytest

from kamdesk.domain.birthdays import Birthday
from kamdesk.interchange.csv_import import inspect_csv
from kamdesk.services.contact_import.planning import RowAction
from kamdesk.services.people import ContactData
from tests.interchange.helpers import FIXTURES, import_file, people


def test_thunderbird_rows_with_one_comma_more_than_the_header_arrive_whole(db):
    report = import_file(db, "thunderbird_addressbook.csv")
    assert report.committed and report.count(RowAction.CREATE) == 2
    assert "read as a Thunderbird address book export" in report.file_notes
    kateryna = people(db)["Kateryna Bondarenko"]
    assert kateryna.organisation == "Dnipro Agro LLC"
    assert (kateryna.position, kateryna.department) == ("Head of Procurement", "Закупівлі")
    assert kateryna.birthday == Birthday(4, 23, 1979)  # Birth Year, Month, Day
    assert kateryna.contacts[:4] == [
        ContactData("email", "k.bondarenko@dnipro-agro.example", ""),
        ContactData("email", "kateryna.b@mail.example", ""),
        ContactData("phone", "+380 56 555 0101", "work"),
        ContactData("phone", "+380 67 555 0102", "mobile"),
    ]
    assert ContactData("address", "вул. Набережна 12, офіс 4, 49000 Дніпро, Україна",
                       "work") in kateryna.contacts
    assert kateryna.notes == (
        "Met at AgroExpo\nNickname: Katia\nCustom 1: Prefers Ukrainian"
    )
    assert people(db)["Mateo Fernández"].birthday == Birthday(11, 2, None)  # no year


def test_a_row_with_more_filled_fields_than_the_header_is_still_rejected(db, tmp_path):
    path = tmp_path / "tb.csv"
    text = (FIXTURES / "thunderbird_addressbook.csv").read_text("utf-8")
    path.write_text(text.replace("Met at AgroExpo,", "Met at AgroExpo,surplus"), "utf-8")
    report = import_file(db, str(path), dry_run=True)
    assert [r.reason for r in report.rejected] == [
        "38 fields where the header has 37: a delimiter or quote is missing or extra"]


def test_the_oldest_gmail_export_reads_its_sections(db):
    report = import_file(db, "google_gmail_2008.csv")
    assert report.committed
    thao = people(db)["Thảo Phạm"]
    assert (thao.organisation, thao.position) == ("Mê Kông Logistics", "Logistics Manager")
    assert [c.value for c in thao.contacts] == [
        "thao.pham@mekong.example", "thao.pham@work.mekong.example", "+84 28 555 0101",
        "+84 90 555 0102", "12 Nguyễn Huệ, Quận 1, TP HCM"]
    assert people(db)["Lars Lindqvist"].notes == "Other: Fishing trips"


def test_roundcube_layout(db):
    import_file(db, "roundcube_contacts.csv")
    tasia = people(db)["Αναστασία Νικολάου"]
    assert (tasia.organisation, tasia.position) == ("Αιγαίο Ναυτιλιακή Α.Ε.",
                                                    "Οικονομική Διευθύντρια")
    assert tasia.birthday == Birthday(9, 21, 1975)
    assert ContactData("email", "a.nikolaou@aigaio.example", "work") in tasia.contacts
    assert [(m.name, m.relation) for m in tasia.family] == [("Πέτρος Νικολάου", "spouse")]
    assert tasia.notes == (
        "Reads every figure twice\nAnniversary: 2001-06-30\nCategories: Key clients\n"
        "Nickname: Τασία\n"
        "Manager: Γιάννης Κωνσταντίνου\nIM Jabber: tasia@jabber.example"
    )


def test_windows_contacts_in_windows_1252(db):
    report = import_file(db, "windows_contacts.csv")
    assert report.encoding == "cp1252" and report.committed
    helene = people(db)["Hélène Dubois"]
    assert helene.notes == "Préfère le mardi\nOffice: Bâtiment B"
    assert ContactData("url", "https://loire-bois.example", "work") in helene.contacts


@pytest.mark.parametrize(("language", "name", "organisation", "birthday"), [
    ("de", "Jürgen Weiß", "Ruhr Kabelwerk GmbH", Birthday(3, 14, 1971)),
    ("fr", "Amélie Lefèvre", "Loire Bois SARL", Birthday(9, 21, 1980)),
    ("es", "Lucía Martínez Ortega", "Ibérica Logística S.A.", Birthday(7, 3, 1984)),  # 3/7
    ("pl", "Grzegorz Brzęczyszczykiewicz", "Bałtyk Spedycja Sp. z o.o.", Birthday(5, 2, 1976)),
    ("it", "Chiara Esposito", "Tirreno Logistica S.p.A.", Birthday(10, 12, 1982)),
    ("pt", "João Conceição", "Amazônia Agroindústria Ltda.", Birthday(1, 25, 1979)),
])
def test_outlook_in_other_languages(db, language, name, organisation, birthday):
    report = import_file(db, f"outlook_{language}.csv")
    assert report.committed
    assert not [n for n in report.file_notes if n.startswith("columns no preset knows")]
    person = people(db)[name]
    assert (person.organisation, person.birthday) == (organisation, birthday)
    assert [c.kind for c in person.contacts] == ["address", "phone", "phone", "email"]
    assert person.notes.count("\n") == 1 and "Categories: " in person.notes
    assert "Normal" not in person.notes  # Outlook's default priority is no information


def test_a_numbers_table_with_its_name_above_the_header(db):
    report = import_file(db, "numbers_export.csv")
    assert report.committed and report.count(RowAction.CREATE) == 2
    assert "line 1 above the header read as a note, not as contacts" in report.file_notes
    zoltan = people(db)["Zoltán Kovács"]
    assert zoltan.birthday == Birthday(3, 14, 1971)
    assert zoltan.notes == "Met at: Hannover Messe"


def test_unknown_columns_are_listed_offered_and_kept_unless_mapped_away(db):
    layout = inspect_csv((FIXTURES / "numbers_export.csv").read_bytes(), "numbers_export.csv")
    assert layout.unknown == ["Met at"]  # the preview lists them
    assert layout.mapping[layout.column("Met at")] == "note:Met at"  # the mapping offers them
    report = import_file(db, "numbers_export.csv", columns=("Met at=",))
    assert not [n for n in report.file_notes if "kept as notes lines" in n]
    assert people(db)["Zoltán Kovács"].notes == ""


def test_a_data_row_that_looks_like_a_header_does_not_swallow_the_rows_above(db, tmp_path):
    path = tmp_path / "lookalike.csv"
    path.write_text("Name,Company,Position\n"
                    "Sipho Dlamini,Ubuntu Mining,First Name\n"
                    "Aiyana Whitehorse,Prairie Grain,Last Name\n"
                    "First Name,Last Name,Labels\n"
                    "Ngozi Okafor,Lagos Foods,Buyer\n", "utf-8")
    report = import_file(db, str(path), skip_invalid=True)
    assert [r.source for r in report.rows] == ["line 2", "line 3", "line 4", "line 5"]
    assert {"Sipho Dlamini", "Aiyana Whitehorse", "Ngozi Okafor"} <= set(people(db))


def test_a_title_line_padded_with_delimiters_is_not_the_header(db, tmp_path):
    path = tmp_path / "padded.csv"
    text = (FIXTURES / "numbers_export.csv").read_text("utf-8")
    path.write_text(text.replace("Kunden Süd\r\n", "Kunden Süd;;;;;;\r\n"), "utf-8")
    report = import_file(db, str(path))
    assert report.committed and report.count(RowAction.CREATE) == 2
    assert people(db)["Petra Novotná"].organisation == "Vltava Strojírny a.s."
