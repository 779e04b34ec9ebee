from __future__ import annotations

from datetime import date
from decimal import Decimal

from kamdesk.domain.birthdays import Birthday
from kamdesk.domain.completeness import (
    FIELDS,
    NO_PEOPLE,
    NOUNS,
    ROLE_COVERAGE_WEIGHT,
    UNCOVERED_ROLES,
    WEIGHTS,
    Completeness,
    PersonFacts,
    dossier_completeness,
    person_completeness,
)
from kamdesk.domain.dmu import KEY_ROLES
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


def _with(person: PersonFacts, **changes) -> PersonFacts:
    return PersonFacts(**{**person.__dict__, **changes})


# Five fully known people, one in each key DMU role: nothing lowers their dossier.
TEAM = [_with(FULL, dmu_role=role) for role in KEY_ROLES]


def test_a_dossier_of_a_full_team_scores_one_hundred():
    assert dossier_completeness(TEAM) == Completeness(100, [])


def test_a_dossier_scores_the_average_of_its_people():
    result = dossier_completeness([*TEAM, PersonFacts("Jonas")])
    assert result.score == round(Decimal(500) / 6 * 70 / 100 + ROLE_COVERAGE_WEIGHT)  # 88


def test_one_person_and_four_uncovered_roles_is_far_from_complete():
    """The bug: a dossier of one well-known person scored 100 %."""
    result = dossier_completeness([FULL])  # the economic buyer, nobody else
    assert result.score == 100 - 4 * ROLE_COVERAGE_WEIGHT // 5 == 76
    assert result.uncovered_roles == [DmuRole.DECISION_MAKER, DmuRole.TECHNICAL_EVALUATOR,
                                      DmuRole.GATEKEEPER, DmuRole.CHAMPION]
    assert result.missing == [
        "nobody is the decision maker", "nobody is the technical evaluator",
        "nobody is the gatekeeper", "nobody is the champion",
    ]
    assert result.gaps == [(UNCOVERED_ROLES, 0)]


def test_a_dossier_summarises_gaps_with_counts_most_frequent_first():
    no_birthday = _with(TEAM[1], birthday=None)
    no_birthday_or_values = _with(TEAM[2], birthday=None, values="")
    no_role = _with(FULL, birthday=None, dmu_role=None)
    result = dossier_completeness([TEAM[0], no_birthday, no_birthday_or_values, *TEAM[3:],
                                   no_role])
    assert result.missing == [
        "birthday missing for 3 people",
        "DMU role missing for 1 person",
        "values missing for 1 person",
    ]


def test_the_gaps_say_the_same_as_data_so_the_window_can_word_them():
    no_birthday = _with(TEAM[1], birthday=None)
    no_influence = _with(TEAM[2], birthday=None, influence=None)
    result = dossier_completeness([TEAM[0], no_birthday, no_influence, *TEAM[3:]])
    assert result.gaps == [("birthday", 2), ("influence", 1)]
    assert [f"{NOUNS[field]} …" for field, _ in result.gaps] == ["birthday …", "influence rating …"]
    assert result.missing == [
        "birthday missing for 2 people",
        "influence rating missing for 1 person",
    ]
    assert person_completeness(no_birthday).gaps == [("birthday", 1)]
    assert dossier_completeness([]).gaps == [(NO_PEOPLE, 0)]


def test_the_dossier_score_rounds_half_up():
    each_one_gap = [_with(p, influence=None) for p in TEAM]  # 95 each
    assert dossier_completeness(each_one_gap).score == 97  # 0.7 * 95 + 30 = 96.5 rounds up
