from __future__ import annotations

from datetime import date

from kamdesk.domain.birthdays import Birthday
from kamdesk.domain.completeness import (
    FIELDS,
    NO_PEOPLE,
    NOUNS,
    WEIGHTS,
    Completeness,
    PersonFacts,
    dossier_completeness,
    person_completeness,
)
from kamdesk.domain.enums import DmuRole, DmuType, Stance

FULL = PersonFacts(
    name="Anna Berg",
    position="CFO",
    dmu_role=DmuRole.ECONOMIC_BUYER,
    dmu_type=DmuType.FINANCIER,
    stance=Stance.NEUTRAL,
    influence=4,
    has_contact=True,
    birthday=Birthday(3, 14),
    hobbies="sailing",
    values="punctuality",
    family_count=2,
    last_contact=date(2026, 3, 1),
)


def test_the_weights_add_up_to_one_hundred():
    assert sum(WEIGHTS.values()) == 100
    assert set(WEIGHTS) == set(FIELDS)


def test_a_full_entry_scores_one_hundred():
    assert person_completeness(FULL) == Completeness(100, [])


def test_a_name_alone_scores_zero_and_misses_everything():
    result = person_completeness(PersonFacts("Jonas"))
    assert result.score == 0
    assert result.missing == list(FIELDS)
    for label in ("birthday", "hobbies", "family", "values", "DMU role", "contact details"):
        assert label in result.missing


def test_missing_personal_facts_lower_the_score_by_their_weight():
    p = PersonFacts(**{**FULL.__dict__, "birthday": None, "hobbies": "  "})
    result = person_completeness(p)
    assert result.missing == ["birthday", "hobbies"]
    assert result.score == 100 - WEIGHTS["birthday"] - WEIGHTS["hobbies"]


def test_an_empty_dossier_misses_dmu_members():
    assert dossier_completeness([]) == Completeness(0, ["DMU members"])


def test_a_dossier_scores_the_average_of_its_people():
    result = dossier_completeness([FULL, PersonFacts("Jonas")])
    assert result.score == 50


def test_a_dossier_summarises_gaps_with_counts_most_frequent_first():
    no_birthday = PersonFacts(**{**FULL.__dict__, "birthday": None})
    no_birthday_or_values = PersonFacts(**{**FULL.__dict__, "birthday": None, "values": ""})
    no_role = PersonFacts(**{**FULL.__dict__, "birthday": None, "dmu_role": None})
    result = dossier_completeness([FULL, no_birthday, no_birthday_or_values, no_role])
    assert result.missing == [
        "birthday missing for 3 people",
        "DMU role missing for 1 person",
        "values missing for 1 person",
    ]


def test_the_gaps_say_the_same_as_data_so_the_window_can_word_them():
    no_birthday = PersonFacts(**{**FULL.__dict__, "birthday": None})
    no_influence = PersonFacts(**{**FULL.__dict__, "birthday": None, "influence": None})
    result = dossier_completeness([FULL, no_birthday, no_influence])
    assert result.gaps == [("birthday", 2), ("influence", 1)]
    assert [f"{NOUNS[field]} …" for field, _ in result.gaps] == ["birthday …", "influence rating …"]
    assert result.missing == [
        "birthday missing for 2 people",
        "influence rating missing for 1 person",
    ]
    assert person_completeness(no_birthday).gaps == [("birthday", 1)]
    assert dossier_completeness([]).gaps == [(NO_PEOPLE, 0)]


def test_the_dossier_score_rounds_half_up():
    one_gap = PersonFacts(**{**FULL.__dict__, "influence": None})  # 95
    assert dossier_completeness([FULL, one_gap]).score == 98  # 97.5 rounds up
