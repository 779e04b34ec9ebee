"""What the exports write: a calendar the KAM's own calendar accepts, vCard 4.0 and CSV that
other programs read, and files that are whole or not there at all."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import pytest
from icalendar import Calendar

from kamdesk.domain.enums import ProposalStatus, Tier
from kamdesk.interchange.csv_import import inspect_csv
from kamdesk.interchange.export_files import export_to
from kamdesk.interchange.files import InterchangeError, write_atomically
from kamdesk.interchange.vcard_export import fold_line
from kamdesk.store.models import Account, FamilyMember, Meeting, Person, Proposal, Task, Tender


@pytest.fixture
def dated(db):
    """An account with a birthday of every kind and one of every dated thing, open or not."""
    with db.session() as s:
        account = Account(name="Sava Power d.o.o.", tier=Tier.KEY)
        other = Account(name="Ruhr Kabelwerk GmbH", tier=Tier.REGULAR)
        s.add_all([account, other])
        s.flush()
        dragana = Person(account_id=account.id, full_name="Dragana Kovačević",
                         birth_year=1975, birth_month=3, birth_day=14)
        dragana.family = [FamilyMember(name="Luka", relation="son", birth_month=2, birth_day=29)]
        s.add_all([
            dragana,
            Person(account_id=account.id, full_name="Marko Horvat", birth_month=12, birth_day=3),
            Person(account_id=other.id, full_name="Jürgen Weiß", birth_month=5, birth_day=1),
            Task(account_id=account.id, title="Call Dragana about Q1", due_on=date(2026, 12, 1)),
            Task(account_id=account.id, title="Done already", due_on=date(2026, 11, 20),
                 done_at=datetime(2026, 11, 21, tzinfo=UTC)),
            Task(account_id=account.id, title="Some day", due_on=None),
            Proposal(account_id=account.id, title="Grid maintenance", status=ProposalStatus.SENT,
                     expires_on=date(2026, 12, 15)),
            Proposal(account_id=account.id, title="Won long ago", status=ProposalStatus.WON,
                     expires_on=date(2026, 12, 20)),
            Tender(account_id=account.id, title="Substations 2027", tender_date=date(2027, 9, 1),
                   preparation_start=date(2026, 12, 1)),
            Meeting(account_id=account.id, starts_at=datetime(2026, 12, 2, 9, 0, tzinfo=UTC),
                    place="Ljubljana HQ", objective="Q1 volumes"),
            Meeting(account_id=account.id, starts_at=datetime(2026, 10, 2, 9, 0, tzinfo=UTC),
                    objective="Long past"),
        ])
        return account.id


def _events(path) -> dict[str, object]:
    calendar = Calendar.from_ical(path.read_bytes())
    return {str(e["summary"]): e for e in calendar.walk("VEVENT")}


def test_the_calendar_holds_birthdays_tasks_expiries_tenders_and_meetings(db, dated, tmp_path,
                                                                          today):
    path = tmp_path / "kamdesk.ics"
    summary = export_to(db, "ics", path, None, today)
    events = _events(path)
    assert summary == f"{len(events)} calendar events"
    assert set(events) == {
        "Birthday: Dragana Kovačević (Sava Power d.o.o.)",
        "Birthday: Luka, son of Dragana Kovačević (Sava Power d.o.o.)",
        "Birthday: Marko Horvat (Sava Power d.o.o.)",
        "Birthday: Jürgen Weiß (Ruhr Kabelwerk GmbH)",
        "Call Dragana about Q1 (Sava Power d.o.o.)",
        "Proposal expires: Grid maintenance (Sava Power d.o.o.)",
        "Tender: Substations 2027 (Sava Power d.o.o.)",
        "Start preparing the tender: Substations 2027 (Sava Power d.o.o.)",
        "Q1 volumes (Sava Power d.o.o.)",
    }
    dragana = events["Birthday: Dragana Kovačević (Sava Power d.o.o.)"]
    assert dragana["dtstart"].dt == date(1975, 3, 14)  # all day, from the year of birth
    assert dragana["rrule"]["FREQ"] == ["YEARLY"]
    marko = events["Birthday: Marko Horvat (Sava Power d.o.o.)"]
    assert marko["dtstart"].dt == date(2026, 12, 3)  # no year known: from this year on
    luka = events["Birthday: Luka, son of Dragana Kovačević (Sava Power d.o.o.)"]
    assert luka["dtstart"].dt == date(2024, 2, 29)
    assert (luka["rrule"]["BYMONTH"], luka["rrule"]["BYMONTHDAY"]) == ([2], [-1])
    meeting = events["Q1 volumes (Sava Power d.o.o.)"]
    assert meeting["dtstart"].dt == datetime(2026, 12, 2, 9, 0, tzinfo=UTC)
    assert str(meeting["location"]) == "Ljubljana HQ"
    assert len({str(e["uid"]) for e in events.values()}) == len(events)


def test_a_calendar_of_one_account_and_stable_event_ids(db, dated, tmp_path, today):
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    export_to(db, "ics", first, dated, today)
    export_to(db, "ics", second, dated, today)
    assert "Birthday: Jürgen Weiß (Ruhr Kabelwerk GmbH)" not in _events(first)
    assert {str(e["uid"]) for e in _events(first).values()} == {
        str(e["uid"]) for e in _events(second).values()}


def test_vcards_are_4_0_folded_at_75_octets_and_never_split_a_character(db, dated, tmp_path, today):
    path = tmp_path / "sava.vcf"
    assert export_to(db, "vcard", path, dated, today) == "2 people"
    text = path.read_bytes().decode("utf-8")
    assert text.count("BEGIN:VCARD") == 2 and "VERSION:4.0" in text
    assert "BDAY:19750314" in text and "BDAY:--1203" in text
    assert "X-KAMDESK-FAMILY:Luka;son;--02-29;" in text
    long_line = "NOTE:" + "Žluťoučký kůň úpěl ďábelské ódy. " * 5
    assert all(len(part.encode()) <= 75 for part in fold_line(long_line).split("\r\n"))
    assert fold_line(long_line).replace("\r\n ", "") == long_line


def test_the_csv_export_is_google_shaped_with_a_byte_order_mark(db, dated, tmp_path, today):
    path = tmp_path / "all.csv"
    assert export_to(db, "csv", path, None, today) == "3 people"
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfName,First Name,Last Name,Organization Name")
    layout = inspect_csv(data, "all.csv")
    assert layout.preset.title == "Google Contacts"
    assert "Relation 1 - Value" in layout.headers


def test_a_failed_export_leaves_no_file_and_keeps_the_old_one(tmp_path, monkeypatch):
    path = tmp_path / "contacts.vcf"
    path.write_text("the previous export")

    def broken_fsync(_fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.fsync", broken_fsync)
    with pytest.raises(OSError, match="No space left"):
        write_atomically(path, b"BEGIN:VCARD")
    assert path.read_text() == "the previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["contacts.vcf"]  # no temporary left over
    with pytest.raises(InterchangeError, match="does not exist"):
        write_atomically(tmp_path / "missing" / "x.vcf", b"")


def test_the_json_archive_leaves_the_trash_out(db, dated, tmp_path, today):
    import json

    from kamdesk.services.trash import TrashService

    with db.session() as s:
        marko = s.query(Person).filter_by(full_name="Marko Horvat").one().id
    TrashService(db).delete(Person, marko)
    path = tmp_path / "archive.json"
    export_to(db, "json", path, None, today)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["format"] == "kamdesk-archive" and document["format_version"] == 1
    names = {p["full_name"] for p in document["tables"]["person"]}
    assert names == {"Dragana Kovačević", "Jürgen Weiß"}
    assert all("search_text" not in p for p in document["tables"]["person"])
    assert uuid.UUID(document["tables"]["account"][0]["id"])


def test_a_meeting_is_written_on_its_places_clock_with_the_zone(sample_db, tmp_path):
    from kamdesk.services.accounts import AccountService

    mindanao = AccountService(sample_db).find_account("Mindanao Foods").id
    path = tmp_path / "mindanao.ics"
    export_to(sample_db, "ics", path, mindanao, date(2026, 11, 27))
    text = path.read_text()
    assert "DTSTART;TZID=Asia/Manila:" in text and "BEGIN:VTIMEZONE" in text
    [walk] = [e for e in Calendar.from_ical(path.read_bytes()).walk("VEVENT")
              if str(e["summary"]).startswith("Walk the freezer aisles")]
    assert walk["dtstart"].dt.hour == 9 and walk["dtstart"].dt.tzinfo.key == "Asia/Manila"
