"""CSV exports as Outlook, Google, LinkedIn and Salesforce write them, and a spreadsheet
with columns of its own mapped by hand: every field lands, in any script."""

from __future__ import annotations

from kamdesk.domain.birthdays import Birthday
from kamdesk.interchange.csv_import import inspect_csv
from kamdesk.services.contact_import.planning import RowAction
from kamdesk.services.people import ContactData, FamilyMemberData
from tests.interchange.helpers import FIXTURES, import_file, people


def test_outlook_csv_in_windows_1250_lands_field_by_field(db):
    report = import_file(db, "outlook_contacts.csv", skip_invalid=True)
    assert report.encoding == "cp1250"
    [no_company] = report.rejected
    assert (no_company.source, no_company.name) == ("line 5", "Tomáš Dvořák")
    assert "no organisation" in no_company.reason
    boguslaw = people(db)["Bogusław Złotowski"]  # "Dr" is a title of address, not a name
    assert (boguslaw.given_name, boguslaw.family_name) == ("Bogusław", "Złotowski")
    assert (boguslaw.organisation, boguslaw.department, boguslaw.position) == (
        "Baltic Freight Sp. z o.o.", "Zarząd", "Prezes Zarządu")
    assert boguslaw.birthday == Birthday(3, 14, 1964)  # 3/14/1964, month first
    assert boguslaw.contacts == [
        ContactData("address", "ul. Długa 12, piętro 3, 80-831 Gdańsk, pomorskie, Polska", "work"),
        ContactData("phone", "+48 58 301 22 33", "work"),
        ContactData("phone", "+48 58 301 00 00", "main"),
        ContactData("phone", "+48 601 234 567", "mobile"),
        ContactData("email", "b.zlotowski@balticfreight.example", ""),
        ContactData("email", "bogus@zlotowski.example", ""),
        ContactData("url", "www.balticfreight.example", ""),
    ]
    assert boguslaw.family == [FamilyMemberData("Ewa Złotowska", "spouse"),
                               FamilyMemberData("Kacper", "child"),
                               FamilyMemberData("Zosia", "child")]
    assert boguslaw.hobbies == "żeglarstwo"
    assert boguslaw.notes == (
        "Pływa w weekendy.\nWoli spotkania rano.\nAnniversary: 1990-06-12\n"
        "Categories: VIP, Żeglarstwo\nAssistant: Dorota Żak"
    )
    jirina = people(db)["Jiřina Šťastná"]
    assert jirina.birthday is None  # Outlook writes 0/0/00 for "no birthday"
    assert jirina.position == "Finanční ředitelka"


def test_everyone_goes_into_the_named_account_when_one_is_given(db):
    report = import_file(db, "outlook_contacts.csv", account="Vltava Energo a.s.")
    assert report.committed and not report.rejected
    assert {c.organisation for c in people(db).values()} == {"Vltava Energo a.s."}
    assert report.new_accounts == ("Vltava Energo a.s.",)


def test_google_contacts_groups_labels_relations_and_events(db):
    report = import_file(db, "google_contacts.csv", skip_invalid=True)
    [company_row] = report.rejected
    assert (company_row.source, company_row.reason) == ("line 7", "no name")
    minh = people(db)["Minh Văn Trần"]
    assert (minh.given_name, minh.family_name) == ("Minh", "Trần")
    assert (minh.organisation, minh.department, minh.position) == (
        "Mekong Logistics JSC", "Information Technology", "Head of IT")
    assert minh.birthday == Birthday(7, 9, 1985)
    assert minh.contacts == [
        ContactData("email", "minh.tran@mekong.example", "work"),  # "* Work", two values
        ContactData("email", "minh@tran.example", "work"),
        ContactData("phone", "+84 90 123 4567", "mobile"),
        ContactData("phone", "+84 28 3822 1234", "work"),
        ContactData("address", "12 Lê Lợi\nQuận 1, Hồ Chí Minh 700000\nVietnam", "work"),
        ContactData("url", "https://mekong.example/minh", "profile"),
    ]
    assert minh.family == [FamilyMemberData("Nguyễn Thị Lan", "spouse")]
    assert minh.notes == (
        "Marathon runner.\nPrefers data over slides.\nCategories: Key clients\n"
        "Assistant: Phạm Thu Hà\nAnniversary: 2012-10-20"
    )
    alexandros = people(db)["Αλέξανδρος Παπαδόπουλος"]
    assert alexandros.birthday == Birthday(5, 4, None)  # --05-04
    assert alexandros.family == [FamilyMemberData("Νίκος", "child")]
    assert alexandros.notes == "Name day: --01-17"
    assert alexandros.contacts == [
        ContactData("email", "alexandros@papadopoulos.example", "home"),
        ContactData("phone", "+30 210 412 3456", "work"),
    ]


def test_linkedin_connections_skip_the_note_lines_before_the_header(db):
    layout = inspect_csv((FIXTURES / "linkedin_connections.csv").read_bytes(), "Connections.csv")
    assert layout.header_line == 4 and layout.preset.name == "linkedin"
    report = import_file(db, "linkedin_connections.csv", skip_invalid=True)
    assert [(r.source, r.name) for r in report.rejected] == [("line 7", "Ngozi Okafor")]
    assert [r.source for r in report.rows if r.action == RowAction.CREATE] == ["line 5", "line 6"]
    sipho = people(db)["Sipho Dlamini"]
    assert sipho.organisation == "Ubuntu Mining (Pty) Ltd"
    assert sipho.position == "Procurement Manager"
    assert sipho.contacts == [
        ContactData("url", "https://www.linkedin.com/in/sipho-dlamini-0a1b2c", "linkedin"),
        ContactData("email", "sipho.dlamini@ubuntu-mining.example", ""),
    ]
    assert sipho.notes == "LinkedIn connection since: 14 Mar 2023"
    aiyana = people(db)["Aiyana Whitehorse"]
    assert aiyana.position == "Director, Supply Chain"  # a quoted comma
    assert [c.kind for c in aiyana.contacts] == ["url"]  # LinkedIn hid the e-mail


def test_a_salesforce_export_in_latin_1_with_day_first_dates(db):
    report = import_file(db, "salesforce_contacts.csv")
    assert report.committed and report.count(RowAction.CREATE) == 2
    jurgen = people(db)["Jürgen Müller"]
    assert (jurgen.organisation, jurgen.department, jurgen.position) == (
        "Ruhr Kabelwerk GmbH", "Einkauf", "Einkaufsleiter")
    assert jurgen.birthday == Birthday(3, 14, 1971)  # 14.03.1971
    assert jurgen.contacts == [
        ContactData("address", "Königsallee 5, 40212 Düsseldorf, NRW, Deutschland", "work"),
        ContactData("phone", "+49 211 123456", "work"),
        ContactData("phone", "+49 171 2345678", "mobile"),
        ContactData("email", "j.mueller@ruhrkabel.example", "work"),
    ]
    # "Contact Owner" is no column of the preset: kept in the notes, not dropped.
    assert jurgen.notes == (
        "Entscheidet über Rahmenverträge.\nLead source: Trade Show\nContact Owner: Ana Ibáñez"
    )
    assert "columns no preset knows, kept as notes lines: Contact Owner" in report.file_notes
    maria = people(db)["María José Ibáñez Núñez"]  # not Ibáńez: Western, not Central European
    assert maria.birthday == Birthday(2, 29, 1976)


def test_a_spreadsheet_of_its_own_is_mapped_column_by_column(db):
    layout = inspect_csv((FIXTURES / "excel_semicolons.csv").read_bytes(), "Kontakte.csv")
    assert (layout.delimiter, layout.encoding, layout.preset) == (";", "utf-8-sig", None)
    assert layout.headers[0] == "Vorname"  # the byte order mark is not part of the name
    columns = ("Vorname=given_name", "Nachname=family_name", "Firma=organisation",
               "Telefon=phone:work", "Geburtstag=birthday")
    report = import_file(db, "excel_semicolons.csv", columns=columns)
    assert report.committed and report.count(RowAction.CREATE) == 2
    jurgen = people(db)["Jürgen Weiß"]
    assert (jurgen.organisation, jurgen.position) == ("Ruhr Kabelwerk GmbH", "Leiter Technik")
    assert jurgen.birthday == Birthday(10, 2, 1968)
    assert jurgen.contacts == [ContactData("email", "j.weiss@ruhrkabel.example", ""),
                               ContactData("phone", "0211 98765", "work")]


def test_delimiter_and_encoding_can_be_forced(db):
    layout = inspect_csv((FIXTURES / "outlook_contacts.csv").read_bytes(), "o.csv",
                         encoding="windows-1250", delimiter=",")
    assert layout.encoding == "windows-1250" and layout.preset.name == "outlook"
    assert layout.samples[0][1] == "Bogusław"
