"""Round trips lose nothing: people through vCard 4.0, and everything through the archive."""

from __future__ import annotations

import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from kamdesk.domain.birthdays import Birthday
from kamdesk.domain.enums import DmuRole, DmuType, Stance, Tier
from kamdesk.domain.folding import fold
from kamdesk.interchange.archive_file import archive_bytes, parse_archive
from kamdesk.interchange.vcard_export import vcards
from kamdesk.interchange.vcard_import import parse_vcards
from kamdesk.services.accounts import AccountInput, AccountService
from kamdesk.services.archive.tables import archive_tables, read_archive, write_archive
from kamdesk.services.contact_import.planning import ImportOptions, ImportService, RowAction
from kamdesk.services.export_sources import ExportService
from kamdesk.services.people import ContactData, FamilyMemberData, PeopleService, PersonInput
from kamdesk.services.trash import TrashService
from kamdesk.store.database import open_database
from kamdesk.store.models import FamilyMember, Person

# Any script, punctuation that vCard must escape, no control characters.
_CHARS = st.characters(codec="utf-8", exclude_categories=("Cs", "Cc"))
_LATIN_AND_MORE = st.sampled_from(
    ["Złotowski", "Trần Văn Minh", "Παπαδόπουλος", "Оспанов", "Øvergaard", "Ибраимова", "Ng",
     "O'Brien", "Dvořák; Jr.", "a,b\\c", "田中", "Nguyễn Thị", "Ölmez"]
)
WORD = (
    st.one_of(_LATIN_AND_MORE, st.text(_CHARS, min_size=1, max_size=12))
    .map(lambda t: " ".join(t.split()))
    .filter(bool)
)
TEXT = st.text(st.one_of(_CHARS, st.just("\n")), max_size=60)
LINE = st.text(_CHARS, max_size=30).map(str.strip)
BIRTHDAY = st.one_of(
    st.none(),
    st.builds(
        Birthday,
        st.integers(1, 12),
        st.integers(1, 28),
        st.one_of(st.none(), st.integers(1900, 2030)),
    ),
    st.just(Birthday(2, 29)),
    st.just(Birthday(2, 29, 1984)),
)
LABELS = st.sampled_from(["", "work", "home", "mobile", "fax", "pager", "other", "Assistant"])


@st.composite
def people(draw, account_index: int, count: int):
    names = draw(st.lists(WORD, min_size=count, max_size=count, unique_by=fold))
    out = []
    for i, name in enumerate(names):
        key = f"{account_index}x{i}"
        phone = f"+48 500 {account_index:03d} {i:03d}"
        contacts = [ContactData("email", f"person{key}@example.org", draw(LABELS)),
                    ContactData("phone", phone, draw(LABELS))]
        contacts += draw(st.lists(st.builds(ContactData, st.sampled_from(["address", "url"]),
                                            LINE.filter(bool), LABELS), max_size=2))
        family = draw(st.lists(st.builds(
            FamilyMemberData, WORD, st.sampled_from(["spouse", "son", "daughter", "mother",
                                                     "stepfather", ""]),
            BIRTHDAY, TEXT), max_size=2, unique_by=lambda f: fold(f.name)))
        out.append(PersonInput(
            full_name=name, given_name=draw(st.one_of(st.just(""), WORD)),
            family_name=draw(st.one_of(st.just(""), WORD)), position=draw(LINE),
            department=draw(LINE), dmu_role=draw(st.one_of(st.none(), st.sampled_from(DmuRole))),
            dmu_type=draw(st.one_of(st.none(), st.sampled_from(DmuType))),
            stance=draw(st.one_of(st.none(), st.sampled_from(Stance))),
            influence=draw(st.one_of(st.none(), st.integers(1, 5))), birthday=draw(BIRTHDAY),
            hobbies=draw(LINE), values=draw(LINE), notes=draw(TEXT).strip(),
            contacts=contacts, family=family,
        ))
    return out


PORTFOLIO = st.lists(
    st.text(string.ascii_letters + "ąęłżźśćńóĄŁŻ ĞğİıΑΒΓДЖЯ-.&", min_size=1, max_size=20)
    .map(lambda t: " ".join(t.split())).filter(bool),
    min_size=1, max_size=3, unique_by=fold,
).flatmap(lambda accounts: st.tuples(
    st.just(accounts),
    st.tuples(*[people(i, 3) for i in range(len(accounts))]),
))

SETTINGS = settings(max_examples=25, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])


def _fill(db, accounts, everyone) -> None:
    for name, persons in zip(accounts, everyone, strict=True):
        account = AccountService(db).create_account(AccountInput(name, Tier.KEY))
        for person in persons:
            PeopleService(db).create_person(account, person)


@SETTINGS
@given(PORTFOLIO)
def test_vcard_export_then_import_gives_the_same_people(portfolio):
    accounts, everyone = portfolio
    source, target = open_database("sqlite://"), open_database("sqlite://")
    try:
        _fill(source, accounts, everyone)
        cards = ExportService(source).person_cards()
        text = vcards(cards)
        parsed = parse_vcards(text.encode("utf-8"), "export.vcf")
        assert not parsed.rejections
        report = ImportService(target).import_cards(parsed, ImportOptions())
        assert report.count(RowAction.CREATE) == len(cards), report.rows
        assert ExportService(target).person_cards() == cards
        assert vcards(ExportService(target).person_cards()) == text
    finally:
        source.close()
        target.close()


def our_rows(db) -> dict[str, list[tuple]]:
    """Every row of every KAMDesk table, as the database holds it."""
    with db.engine.connect() as connection:
        return {t.name: sorted(map(repr, connection.execute(t.select()).all()))
                for t in archive_tables()}


@SETTINGS
@given(PORTFOLIO, st.data())
def test_archive_export_then_import_into_an_empty_database_is_identical(portfolio, data):
    accounts, everyone = portfolio
    source, target = open_database("sqlite://"), open_database("sqlite://")
    try:
        _fill(source, accounts, everyone)
        with source.session() as s:
            ids = sorted(s.scalars(select(Person.id)), key=str)
            s.get(Person, ids[0]).reports_to_id = ids[-1]  # a boss link inside the table
        if data.draw(st.booleans()):
            TrashService(source).delete(Person, ids[-1])  # the trash stays behind
        archive = archive_bytes(read_archive(source))
        report = write_archive(target, parse_archive(archive, "archive.json"))
        assert report.committed and not report.rejections
        # What the archive should hold is the source without its trash; emptying it lets the
        # database itself drop the phones and null the boss links of whoever was deleted.
        TrashService(source).empty_trash()
        assert our_rows(target) == our_rows(source)
    finally:
        source.close()
        target.close()


def test_the_sample_portfolio_survives_the_archive_unchanged(sample_db, request, tmp_path):
    """Into an empty database of the same engine (tests/interchange/test_copy.py crosses them);
    on SQLite another file than the sample's copy (which is where `db` would be)."""
    from tests.pg import on_postgresql, opened

    if on_postgresql(request.config):
        target = request.getfixturevalue("pg_url")
    else:
        target = f"sqlite:///{tmp_path / 'target.sqlite3'}"
    with opened(target) as db:
        report = write_archive(db, parse_archive(archive_bytes(read_archive(sample_db)), "a.json"))
        assert report.committed and sum(report.created.values()) > 500
        assert our_rows(db) == our_rows(sample_db)
        again = write_archive(db, parse_archive(archive_bytes(read_archive(sample_db)), "a.json"))
        assert sum(again.created.values()) == 0 and sum(again.present.values()) > 500
        with db.session() as s:
            assert s.query(FamilyMember).count() > 0
