"""The brief preview window: generated off the GUI thread, shown with QtPdf, saved, printed."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from pypdf import PdfReader


@pytest.fixture
def next_meeting(sample_db):
    from kamdesk.services.brief_sources.reading import BriefSourceService

    return BriefSourceService(sample_db).next_meeting(datetime(2026, 11, 27, tzinfo=UTC))


@pytest.fixture
def preview(qtbot, sample_db, next_meeting, today):
    from kamdesk.ui.brief_preview import open_brief_preview

    dialog = open_brief_preview(None, sample_db, next_meeting.account_id, next_meeting.id,
                                today=today)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.document.pageCount() > 0, timeout=30_000)
    return dialog


def test_the_preview_shows_the_pages_of_the_meeting_brief(preview, next_meeting):
    assert preview.isVisible()
    assert preview.view.document() is preview.document
    assert preview.document.pageCount() >= 2
    assert preview.windowTitle() == f"Brief: {next_meeting.account_name}"
    assert preview.print_button.isEnabled() and preview.save_button.isEnabled()
    assert not preview.progress.isVisible()
    assert preview.file_name == f"{next_meeting.account_name}-brief-2026-11-27.pdf"


def test_save_as_pdf_writes_the_previewed_brief(preview, next_meeting, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "saved.pdf"
    preview.save_to(target)
    reader = PdfReader(str(target))
    assert len(reader.pages) == preview.document.pageCount()
    assert next_meeting.account_name in reader.pages[0].extract_text()
    assert [p.name for p in folder.iterdir()] == ["saved.pdf"]  # no temporary file left


def test_printing_renders_every_page_into_the_printer(preview, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert preview.print_to(printer) == preview.document.pageCount()
    assert len(PdfReader(str(tmp_path / "printed.pdf")).pages) == preview.document.pageCount()


def test_the_shareable_switch_regenerates_without_personal_data(preview, qtbot, tmp_path):
    first = preview.pdf_path
    preview.shareable.setChecked(True)
    qtbot.waitUntil(lambda: preview.pdf_path != first and preview.progress.isHidden(),
                    timeout=30_000)
    preview.save_to(tmp_path / "shareable.pdf")
    text = " ".join(p.extract_text() for p in PdfReader(str(tmp_path / "shareable.pdf")).pages)
    assert "shareable" in text and "hobbies" not in text


def test_closing_removes_the_temporary_files(preview):
    shown = preview.pdf_path
    assert shown.exists()
    preview.reject()
    assert not shown.parent.exists()


def test_a_trip_preview_shows_every_account_of_the_city(qtbot, sample_db, today):
    from kamdesk.ui.brief_preview import open_trip_preview

    dialog = open_trip_preview(None, sample_db, "Gdańsk", today=today)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.document.pageCount() > 0, timeout=30_000)
    assert dialog.windowTitle() == "Brief: Gdańsk trip"
    assert dialog.file_name == "Gdańsk trip-brief-2026-11-27.pdf"


def test_a_failed_brief_says_why_in_the_window(qtbot, sample_db, today):
    import uuid

    from kamdesk.ui.brief_preview import open_brief_preview

    dialog = open_brief_preview(None, sample_db, uuid.uuid4(), today=today)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "could not be made" in dialog.status.text(), timeout=30_000)
    assert "does not exist" in dialog.status.text()
    assert not dialog.save_button.isEnabled() and not dialog.print_button.isEnabled()
