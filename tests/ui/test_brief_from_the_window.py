"""The brief is one click from an account and a trip brief one menu away."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtCore import Qt


def _wait_for_pages(qtbot, preview):
    qtbot.addWidget(preview)
    qtbot.waitUntil(lambda: preview.document.pageCount() > 0, timeout=30_000)


def test_the_brief_button_on_an_account_opens_its_preview(qtbot, sample_window, tmp_path):
    from kamdesk.ui.brief_preview import BriefPreview

    accounts = sample_window.pages["accounts"]
    first = accounts.accounts.model.row_at(0)
    sample_window.open_account(first.id)
    qtbot.mouseClick(accounts.dossier.brief_button, Qt.MouseButton.LeftButton)
    [preview] = sample_window.findChildren(BriefPreview)
    _wait_for_pages(qtbot, preview)
    preview.save_to(tmp_path / "brief.pdf")
    assert first.name in PdfReader(str(tmp_path / "brief.pdf")).pages[0].extract_text()


def test_a_trip_brief_covers_every_account_in_the_chosen_city(qtbot, sample_window, tmp_path):
    assert "Gdańsk" in sample_window.trip_cities()
    preview = sample_window.open_trip_brief("Gdańsk")
    _wait_for_pages(qtbot, preview)
    preview.save_to(tmp_path / "trip.pdf")
    text = "".join(p.extract_text() for p in PdfReader(str(tmp_path / "trip.pdf")).pages)
    assert "Baltic Freight Sp. z o.o." in text
