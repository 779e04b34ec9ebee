"""vCards that other programs exported, from ez-vcard's test data (fixtures/README.md):
everyone arrives, nothing raises, and what each program is known for lands where it belongs."""

from __future__ import annotations

import pytest

from kamdesk.domain.birthdays import Birthday
from kamdesk.services.people import FamilyMemberData
from tests.interchange.helpers import FIXTURES, import_file, people

PUBLISHED = sorted((FIXTURES / "published").glob("*.vcf"))


@pytest.mark.parametrize("path", PUBLISHED, ids=lambda p: p.stem)
def test_every_published_card_arrives(db, path):
    report = import_file(db, str(path))
    assert report.committed and not report.rejected, report.rows
    [person] = people(db).values()
    assert person.organisation and person.contacts


def test_outlook_2007_quoted_printable_notes_and_its_own_properties(db):
    import_file(db, str(FIXTURES / "published" / "outlook-2007.vcf"))
    person = people(db)["Mr. Mikolaj Andrzejczak Jr."]
    assert person.birthday == Birthday(3, 10, 1922)
    assert person.notes.startswith("This is the NOTE field\t\nI assume it encodes this text")
    assert "Anniversary: 2012-08-01" in person.notes  # X-MS-ANNIVERSARY
    assert FamilyMemberData("TheSpouse", "spouse") in person.family  # X-MS-SPOUSE


def test_evolution_spouse_and_anniversary(db):
    import_file(db, str(FIXTURES / "published" / "John_Doe_EVOLUTION.vcf"))
    [person] = people(db).values()
    assert FamilyMemberData("Maria", "spouse") in person.family  # X-EVOLUTION-SPOUSE
    assert "Anniversary: 1980-03-22" in person.notes
