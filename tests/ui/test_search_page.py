"""Search results say where they matched, with the match marked, and open the right page."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kamdesk.ui.models.search_model import MarkedRole
from tests.ui.helpers import activate


def _search(qtbot, window, text: str):
    page = window.pages["search"]
    with qtbot.waitSignal(page.results_shown, timeout=10_000):
        window.search_box.setText(text)
    assert window.stack.currentWidget() is page
    return page


def test_a_family_members_name_is_found_and_marked_in_its_snippet(qtbot, sample_window):
    page = _search(qtbot, sample_window, "kacper")
    model = page.model
    row = next(i for i, h in enumerate(model.rows()) if h.kind == "family_member")
    hit = model.row_at(row)
    assert model.index(row, model.COL_KIND).data() == "Family member"
    assert model.index(row, model.COL_WHERE).data() == "family"
    assert model.index(row, model.COL_SNIPPET).data(MarkedRole) == "<b>Kacper</b> Żmudziński"
    assert hit.person_id is not None


def test_the_marked_snippet_escapes_the_text_around_the_match(qtbot, sample_window):
    from kamdesk.store.search import SearchHit
    from kamdesk.ui.models.search_model import marked

    hit = SearchHit("account", None, "x", None, "", "", "notes", "R&D <lab> sailing", 10, 14)
    assert marked(hit) == "R&amp;D &lt;lab&gt; <b>sail</b>ing"


def test_a_proposal_found_by_its_title_opens_on_the_proposals_tab(qtbot, sample_window):
    page = _search(qtbot, sample_window, "temperature mapping")
    hit = next(h for h in page.model.rows() if h.kind == "proposal")
    assert page.model.index(page.model.rows().index(hit), page.model.COL_WHERE).data() == "proposal"
    page.open_hit(hit)
    dossier = sample_window.pages["accounts"].dossier
    assert sample_window.stack.currentWidget() is sample_window.pages["accounts"]
    assert dossier.account_id == hit.account_id
    assert dossier.tabs.currentWidget() is dossier.proposals
    assert dossier.proposals.current().id == hit.id


def test_enter_in_the_search_box_opens_the_first_result(qtbot, sample_window):
    page = _search(qtbot, sample_window, "Berezovsky")
    first = page.proxy.row_at(0)
    activate(qtbot, sample_window)
    qtbot.keyClick(sample_window.search_box, Qt.Key.Key_Return)
    assert sample_window.pages["accounts"].dossier.account_id == first.account_id
