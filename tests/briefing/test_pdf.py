"""Briefs as real PDF files, read back with pypdf: the facts are there, exactly."""

from __future__ import annotations

import os
import re
from decimal import Decimal

import pytest
from pypdf import PdfReader

from kamdesk.briefing.export import BriefExportError, write_brief, write_trip_brief
from kamdesk.briefing.options import BriefOptions, Section
from tests.briefing.conftest import (
    CEO,
    CFO,
    CTO,
    GATEKEEPER,
    HR_DIRECTOR,
    PERSONAL,
    page_count,
    pdf_text,
)
from tests.days import TODAY

OPTIONS = BriefOptions(locale="en_GB", invariant=True)


def _meeting_pdf(db, account, tmp_path, options=OPTIONS, name="brief.pdf"):
    return write_brief(db, account.account_id, tmp_path / name, meeting_id=account.meeting_id,
                       options=options, today=TODAY)


def test_every_attendee_is_in_the_pdf_with_name_and_role(db, meeting_account, tmp_path):
    text = pdf_text(_meeting_pdf(db, meeting_account, tmp_path))
    room = text.split("Who is in the room", 1)[1].split("Open proposals", 1)[0]
    for name, position, role in (
        (CFO, "Chief Financial Officer", "Economic buyer"),
        (CTO, "Head of IT", "Technical evaluator"),
        (CEO, "Chief Executive Officer", "Decision maker"),
        (HR_DIRECTOR, "HR Director", "HR"),
    ):
        card = room.split(name, 1)[1][:120]  # the card starts with the name
        assert card.startswith(f" {position}") and role in card
    assert GATEKEEPER not in room  # not in the meeting: listed after the cards


def test_non_latin_names_print_and_extract_exactly(db, meeting_account, tmp_path):
    text = pdf_text(_meeting_pdf(db, meeting_account, tmp_path))
    for name in (CFO, CTO, CEO, HR_DIRECTOR, GATEKEEPER, "Pomorskie Chłodnie S.A."):
        assert name in text


def test_a_birthday_within_two_weeks_of_the_meeting_is_flagged(db, meeting_account, tmp_path):
    text = pdf_text(_meeting_pdf(db, meeting_account, tmp_path))
    assert "⚑ 5 Dec (turns 51): 3 days after the meeting" in text
    assert "Three things to know" in text
    assert f"{CFO} (Chief Financial Officer) has a birthday on Sat 5 Dec" in text


def test_an_open_proposal_shows_its_next_follow_up_step(db, meeting_account, tmp_path):
    text = pdf_text(_meeting_pdf(db, meeting_account, tmp_path))
    assert meeting_account.proposal_title in text
    assert "now: call to confirm receipt next: ask about next steps" in text
    assert "€420,000" in text and "in 20 days" in text


def test_the_shareable_brief_holds_no_personal_data(db, meeting_account, tmp_path):
    options = BriefOptions(locale="en_GB", shareable=True, invariant=True)
    text = pdf_text(_meeting_pdf(db, meeting_account, tmp_path, options))
    assert CFO in text and "Economic buyer" in text  # the business facts stay
    for personal in (*PERSONAL.values(), "5 Dec", "turns 51", "⚑"):
        assert personal not in text
    for label in ("birthday", "hobbies", "values", "family", "notes"):
        assert re.search(rf"\b{label}\b", text) is None, label
    confidential = pdf_text(_meeting_pdf(db, meeting_account, tmp_path, name="full.pdf"))
    assert all(value in confidential for value in PERSONAL.values())  # the test can fail


def test_switched_off_sections_are_left_out(db, meeting_account, tmp_path):
    options = BriefOptions(locale="en_GB", sections=frozenset({Section.ROOM}), invariant=True)
    text = pdf_text(_meeting_pdf(db, meeting_account, tmp_path, options))
    assert CFO in text
    for heading in ("Three things to know", "Relationship map", "Open proposals",
                    "Recent interactions", "The account in numbers", "Notes"):
        assert heading not in text


def test_header_footer_and_metadata(db, meeting_account, tmp_path):
    path = _meeting_pdf(db, meeting_account, tmp_path)
    reader = PdfReader(str(path))
    assert reader.metadata.title == "Meeting brief: Pomorskie Chłodnie S.A., 2 Dec 2026"
    assert reader.metadata.author == "KAMDesk"
    assert reader.metadata.subject == "Key account brief"
    total = len(reader.pages)
    footer = " ".join(reader.pages[0].extract_text().split())
    assert f"Pomorskie Chłodnie S.A. · Brief · page 1 of {total}" in footer
    # At Gdańsk's hour; the zone is named only on a computer whose clock reads another hour.
    assert re.search(r"Wed 2 Dec 2026, 10:00( \(Europe/Warsaw\))? · Client HQ, Gdańsk",
                     pdf_text(path))


def test_paper_follows_the_locale_unless_told(db, meeting_account, tmp_path):
    def width_of(options, name):
        return float(PdfReader(str(_meeting_pdf(db, meeting_account, tmp_path, options, name)))
                     .pages[0].mediabox.width)

    assert round(width_of(BriefOptions(locale="en_US"), "us.pdf")) == 612  # Letter
    assert round(width_of(BriefOptions(locale="pl_PL"), "pl.pdf")) == 595  # A4
    assert round(width_of(BriefOptions(locale="en_US", paper="a4"), "a4.pdf")) == 595


def test_dates_and_money_follow_the_locale(db, meeting_account, tmp_path):
    text = pdf_text(_meeting_pdf(db, meeting_account, tmp_path, BriefOptions(locale="de_DE")))
    assert "420.000 €" in text
    assert "2. Dez. 2026" in text


def test_invariant_output_is_reproducible(db, meeting_account, tmp_path):
    first = _meeting_pdf(db, meeting_account, tmp_path, name="one.pdf").read_bytes()
    second = _meeting_pdf(db, meeting_account, tmp_path, name="two.pdf").read_bytes()
    assert first == second


def test_a_password_protects_the_brief(db, meeting_account, tmp_path):
    options = BriefOptions(locale="en_GB", password="kajak-2026")
    path = _meeting_pdf(db, meeting_account, tmp_path, options)
    reader = PdfReader(str(path))
    assert reader.is_encrypted
    assert CFO in pdf_text(path, password="kajak-2026")


def test_a_huge_account_still_gives_a_short_brief(db, huge_account, tmp_path, today):
    path = write_brief(db, huge_account, tmp_path / "huge.pdf", options=OPTIONS, today=today)
    assert page_count(path) <= 5
    text = pdf_text(path)
    assert "and 169 more people in the dossier" in text
    assert "The last 10 of 5000 interactions." in text


def test_a_missing_folder_fails_cleanly_and_leaves_nothing(db, meeting_account, tmp_path):
    not_a_folder = tmp_path / "plain-file"
    not_a_folder.write_text("")
    with pytest.raises(BriefExportError, match="does not exist"):
        _meeting_pdf(db, meeting_account, not_a_folder)
    with pytest.raises(BriefExportError, match="does not exist"):
        _meeting_pdf(db, meeting_account, tmp_path / "nowhere")
    assert not (tmp_path / "nowhere").exists() and not_a_folder.read_text() == ""


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write into a read-only folder")
def test_a_read_only_folder_fails_cleanly_and_leaves_nothing(db, meeting_account, tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(BriefExportError, match="cannot write"):
            _meeting_pdf(db, meeting_account, folder)
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_a_failure_while_writing_leaves_no_file_behind(db, meeting_account, tmp_path, today):
    # The target is an existing folder: the PDF is built, then the rename fails.
    folder = tmp_path / "out"
    target = folder / "brief.pdf"
    target.mkdir(parents=True)
    with pytest.raises(BriefExportError):
        write_brief(db, meeting_account.account_id, target, options=OPTIONS, today=today)
    assert sorted(p.name for p in folder.iterdir()) == ["brief.pdf"]
    assert list(target.iterdir()) == []


def test_trip_mode_writes_one_pdf_with_a_brief_per_account_and_contents(
    db, meeting_account, tmp_path, today
):
    from kamdesk.domain.enums import Tier
    from kamdesk.services.accounts import AccountInput, AccountService

    AccountService(db).create_account(
        AccountInput("Żuławy Ogrody Sp. z o.o.", Tier.REGULAR, city="GDAŃSK", country="PL")
    )
    AccountService(db).create_account(AccountInput("Elsewhere Ltd", city="Sopot"))
    path = write_trip_brief(db, "gdansk", tmp_path / "trip.pdf", options=OPTIONS, today=today)
    reader = PdfReader(str(path))
    contents = " ".join(reader.pages[0].extract_text().split())
    assert "Trip brief: Gdańsk" in contents and "2 accounts" in contents
    assert "Pomorskie Chłodnie S.A." in contents and "Żuławy Ogrody Sp. z o.o." in contents
    assert [o.title for o in reader.outline] == ["Pomorskie Chłodnie S.A.",
                                                 "Żuławy Ogrody Sp. z o.o."]
    assert "Elsewhere Ltd" not in pdf_text(path)
    assert Decimal(len(reader.pages)) >= 3
