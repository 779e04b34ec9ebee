"""Details of the window's translation: labels two vocabularies share in English are asked
with a disambiguation, and the search heading's plural comes from Qt's %n."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from kamdesk.domain.enums import CrossSellStatus, LeadSource, ProposalStatus
from kamdesk.ui.display_labels import label
from tests.ui.test_filipino_window import filipino  # noqa: F401 - the fixture

TS = Path(__file__).resolve().parents[2] / "kamdesk/resources/translations/kamdesk_fil.ts"


def test_won_and_lost_are_asked_apart_for_proposals_and_cross_selling():
    messages = {(m.findtext("source"), m.findtext("comment"))
                for m in ET.parse(TS).getroot().iter("message")}
    for word in ("Won", "Lost"):
        assert {(word, "proposal status"), (word, "cross-sell status")} <= messages
    assert ("Other", "lead source") in messages


def test_the_disambiguated_labels_are_translated(qapp, filipino):  # noqa: F811
    assert label(ProposalStatus.WON) == "Nakuha" == label(CrossSellStatus.WON)
    assert label(ProposalStatus.LOST) == "Hindi nakuha"
    assert label(LeadSource.OTHER) == "Iba pa"


def test_english_keeps_the_same_words():
    assert label(ProposalStatus.WON) == label(CrossSellStatus.WON) == "Won"


def test_the_search_heading_counts_with_qts_plural(qtbot, sample_window):
    page = sample_window.pages["search"]
    with qtbot.waitSignal(page.results_shown, timeout=10_000):
        sample_window.search_box.setText("a")
    heading = page.heading.text()
    assert "%n" not in heading and "%1" not in heading
    assert heading.split()[0].isdigit() or heading.startswith("The first ")
