"""Real-world-shaped vCard files land field by field: an old phone's 2.1 with legacy
character sets and quoted-printable, Apple's 3.0, and a 4.0 file with a byte order mark."""

from __future__ import annotations

from sqlalchemy import select

from kamdesk.domain.birthdays import Birthday
from kamdesk.services.contact_import.planning import RowAction
from kamdesk.services.people import ContactData, FamilyMemberData
from kamdesk.store.models import Account, ContactPoint
from tests.interchange.helpers import import_file, people


def test_a_phones_vcard_21_reads_legacy_charsets_and_quoted_printable(db):
    report = import_file(db, "phone_vcard21.vcf")
    assert report.committed and report.count(RowAction.CREATE) == 3
    everyone = people(db)
    katarzyna = everyone["Katarzyna Wróblewska-Kowal"]
    assert (katarzyna.given_name, katarzyna.family_name) == ("Katarzyna", "Wróblewska-Kowal")
    assert katarzyna.organisation == "Bałtyk Spedycja Sp. z o.o."  # raw windows-1250 bytes
    assert (katarzyna.department, katarzyna.position) == ("Finanse", "Dyrektor finansowy")
    assert katarzyna.birthday == Birthday(3, 14, 1978)
    assert katarzyna.contacts == [
        ContactData("phone", "+48501234567", "mobile"),
        ContactData("phone", "058 301 22 33", "work"),
        ContactData("email", "k.wroblewska@baltyk.example", "work"),
        ContactData("address", "ul. Długa 5, 80-001 Gdańsk, Polska", "work"),  # soft line break
    ]
    assert katarzyna.notes == ("Żeglarka. Syn Staś.\nWoli kawę bez cukru.\nAnniversary: 2005-06-11")
    irina = everyone["Ирина Петрова"]  # ISO-8859-5, quoted-printable
    assert (irina.given_name, irina.family_name) == ("Ирина", "Петрова")
    assert (irina.organisation, irina.position) == ("ТрансУрал Логистика", "Главный бухгалтер")
    assert irina.birthday == Birthday(5, 17, None)
    assert irina.contacts == [ContactData("phone", "+7 912 345-67-89", "mobile")]
    dragana = everyone["Dragana Kovačević"]
    assert dragana.notes == (
        "An old phone splits long notes with soft line breaks, like this one, which goes on here."
    )


def test_phones_keep_the_original_text_and_match_by_e164(db):
    import_file(db, "phone_vcard21.vcf")
    with db.session() as s:
        rows = {c.value: c.normalized for c in s.scalars(select(ContactPoint))}
    assert rows["+48501234567"] == "+48501234567"
    assert rows["+7 912 345-67-89"] == "+79123456789"
    assert rows["k.wroblewska@baltyk.example"] == "k.wroblewska@baltyk.example"


def test_apple_contacts_labels_year_less_birthday_anniversary_and_related_names(db):
    report = import_file(db, "apple_contacts.vcf")
    [company_card] = report.rejected
    assert company_card.source == "record 2 (line 30)"
    assert "organisation" in company_card.reason and "Kansai Precision K.K." in company_card.reason
    assert not report.committed  # a rejected record blocks everything by default
    report = import_file(db, "apple_contacts.vcf", skip_invalid=True)
    assert report.committed and report.count(RowAction.CREATE) == 2
    yuki = people(db)["Yuki Nakamura"]
    assert (yuki.organisation, yuki.department, yuki.position) == (
        "Kansai Precision K.K.", "Quality Assurance", "QA Manager")
    assert yuki.birthday == Birthday(11, 3, None)  # X-APPLE-OMIT-YEAR=1604
    assert yuki.contacts == [
        ContactData("email", "yuki.nakamura@kansai-precision.example", "work"),
        ContactData("phone", "+81 90-1234-5678", "mobile"),
        ContactData("phone", "+81 6-6123-4567", "Reception"),  # item1.X-ABLabel
        ContactData("address", "1-2-3 Umeda\nKita-ku, 530-0001 Osaka, Japan", "work"),
    ]
    assert yuki.family == [FamilyMemberData("Haruka Nakamura", "spouse"),
                           FamilyMemberData("Sora", "child")]
    assert yuki.notes == (
        "Collects vintage film cameras. Long notes are folded by Apple at seventy-five octets, "
        "commas escaped.\nCategories: Key clients, Japan\nAnniversary: 2010-04-29\n"
        "Assistant: Kenji Mori"
    )
    sigrid = people(db)["Sigrid Øvergaard"]
    assert (sigrid.organisation, sigrid.department) == ("Nordlys Fiskeri AS", "")
    assert sigrid.birthday == Birthday(2, 29, 1980)


def test_a_vcard_40_with_bom_reads_bday_without_year_anniversary_and_related(db):
    report = import_file(db, "contacts_vcard40.vcf", skip_invalid=True)
    reasons = {r.name: r.reason for r in report.rejected}
    assert list(reasons) == ["Key clients"] and "contact group" in reasons["Key clients"]
    # BDAY;VALUE=text (RFC 6350) is no date: reported, kept in the notes, the person arrives.
    assert ("record 2 (line 26), line 31, BDAY: 'circa 1975' is not a date "
            "(expected YYYY-MM-DD or --MM-DD); kept in the notes") in report.file_notes
    ruslan = people(db).pop("Ruslan Abenov")
    assert (ruslan.birthday, ruslan.notes) == (None, "Birthday: circa 1975")
    [alexandros] = [p for p in people(db).values() if p.full_name != "Ruslan Abenov"]
    assert alexandros.full_name == "Αλέξανδρος Παπαδόπουλος"
    assert (alexandros.given_name, alexandros.family_name) == ("Αλέξανδρος", "Παπαδόπουλος")
    assert (alexandros.organisation, alexandros.department, alexandros.position) == (
        "Αιγαίο Ναυτιλιακή Α.Ε.", "Οικονομικά", "Οικονομικός Διευθυντής")
    assert alexandros.birthday == Birthday(3, 14, None)  # BDAY:--0314
    assert alexandros.contacts == [
        ContactData("email", "a.papadopoulos@aigaio.example", "work"),
        ContactData("phone", "+30-694-123-4567", "mobile"),  # tel: URI, TYPE="voice,cell"
        ContactData("phone", "+30-210-412-3456", "work"),
        ContactData("address", "Ακτή Μιαούλη 10, 185 38 Πειραιάς, Ελλάδα", "work"),
        ContactData("url", "https://aigaio.example", "work"),
    ]
    assert alexandros.family == [FamilyMemberData("Ελένη Παπαδοπούλου", "spouse"),
                                 FamilyMemberData("Νίκος", "child")]
    assert alexandros.notes == (
        "Πλέει κάθε Σαββατοκύριακο. Προτιμά συναντήσεις το πρωί, όχι μετά τις 16:00.\n"
        "Categories: Βασικοί πελάτες, Ναυτιλία\nAnniversary: 2004-06-12\n"
        "Co-worker: urn:uuid:03a0e51f-d1aa-4385-8a53-e29025acd8af\n"
        "Friend: Γιώργος Αντωνίου"
    )


def test_organisations_become_prospect_accounts_once(db):
    import_file(db, "phone_vcard21.vcf")
    import_file(db, "apple_contacts.vcf", skip_invalid=True)
    with db.session() as s:
        accounts = {a.name: a.tier.value for a in s.scalars(select(Account))}
    assert accounts == {
        "Bałtyk Spedycja Sp. z o.o.": "prospect", "ТрансУрал Логистика": "prospect",
        "Sava Power d.o.o.": "prospect", "Kansai Precision K.K.": "prospect",
        "Nordlys Fiskeri AS": "prospect",
    }
