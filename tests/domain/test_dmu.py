from __future__ import annotations

from kamdesk.domain import labels
from kamdesk.domain.dmu import (
    KEY_ROLES,
    ROLE_LABELS,
    TALKING_POINTS,
    talking_points,
    uncovered_roles,
)
from kamdesk.domain.enums import DmuRole, DmuType


def test_a_dmu_with_nobody_leaves_every_key_role_uncovered():
    assert uncovered_roles([]) == list(KEY_ROLES)


def test_uncovered_roles_keep_key_role_order_and_ignore_unknown_roles():
    roles = [DmuRole.CHAMPION, None, DmuRole.USER, DmuRole.DECISION_MAKER]
    assert uncovered_roles(roles) == [
        DmuRole.ECONOMIC_BUYER,
        DmuRole.TECHNICAL_EVALUATOR,
        DmuRole.GATEKEEPER,
    ]


def test_a_fully_covered_dmu_has_no_gaps():
    assert uncovered_roles(iter(DmuRole)) == []


def test_every_type_has_three_or_four_talking_points():
    assert set(TALKING_POINTS) == set(DmuType)
    assert all(3 <= len(points) <= 4 for points in TALKING_POINTS.values())


def test_talking_points_follow_what_each_type_responds_to():
    def text(t: DmuType) -> str:
        return " ".join(talking_points(t)).lower()

    assert "exclusive" in text(DmuType.TOP_MANAGER) and "status" in text(DmuType.TOP_MANAGER)
    assert "recommend" in text(DmuType.HR) and "notable companies" in text(DmuType.HR)
    assert "payback" in text(DmuType.FINANCIER) and "cost" in text(DmuType.FINANCIER)
    assert "specifications" in text(DmuType.TECHNICAL) and "integration" in text(DmuType.TECHNICAL)
    assert "what matters" in text(DmuType.OTHER)


def test_an_untyped_person_gets_the_general_talking_points():
    assert talking_points(None) == TALKING_POINTS[DmuType.OTHER]


def test_the_labels_are_reexported_from_dmu():
    assert ROLE_LABELS is labels.ROLE_LABELS
    assert ROLE_LABELS[DmuRole.DECISION_MAKER] == "Decision maker"
