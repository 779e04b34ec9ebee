"""Every kind of agenda line has a name in Today's summary (a new kind once broke the page)."""

from __future__ import annotations

from kamdesk.services.agenda import AgendaKind
from kamdesk.ui.pages.today_page import SUMMARY_NAMES


def test_every_agenda_kind_is_named_in_the_summary():
    assert set(SUMMARY_NAMES) == set(AgendaKind)
