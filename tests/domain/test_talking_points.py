"""Talking points come from the person's own dossier, not only from their DMU type."""

from __future__ import annotations

from kamdesk.domain.dmu import talking_points
from kamdesk.domain.enums import DmuType
from kamdesk.domain.talking_points import personal_talking_points


def test_two_people_of_the_same_type_get_different_lines():
    ceo = personal_talking_points(DmuType.TOP_MANAGER, values="exclusivity, being first",
                                  hobbies="sailing")
    coo = personal_talking_points(DmuType.TOP_MANAGER, values="reliability",
                                  last_said="the cranes stop too often in winter")
    assert ceo != coo
    assert ceo[:2] == ("Speak to what they value: exclusivity", "Small talk: ask about sailing")
    assert coo[0] == "Pick up from last time: “the cranes stop too often in winter”"
    assert ceo[-1] in talking_points(DmuType.TOP_MANAGER)  # the type still has its say


def test_an_open_case_comes_first():
    lines = personal_talking_points(DmuType.TECHNICAL, open_cases=["Shuttle stops at −25 °C",
                                                                   "HMI language"],
                                    values="data", hobbies="chess", last_said="fix it")
    assert lines[0] == "Say where their case “Shuttle stops at −25 °C” stands (and 1 more)"
    assert len(lines) == 4 and lines[3] == talking_points(DmuType.TECHNICAL)[0]


def test_without_a_dossier_the_type_speaks():
    assert personal_talking_points(DmuType.FINANCIER, how_many=3) == talking_points(
        DmuType.FINANCIER)[:3]
    assert personal_talking_points(None, how_many=2) == talking_points(None)[:2]
