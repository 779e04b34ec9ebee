from __future__ import annotations

from enum import StrEnum

import pytest

from kamdesk.domain.enums import DmuRole, DmuType, Stance, Tier
from kamdesk.domain.labels import ROLE_LABELS, STANCE_LABELS, TIER_LABELS, TYPE_LABELS


@pytest.mark.parametrize(
    ("labels", "enum"),
    [(ROLE_LABELS, DmuRole), (TYPE_LABELS, DmuType), (STANCE_LABELS, Stance), (TIER_LABELS, Tier)],
)
def test_every_member_has_a_distinct_capitalised_label(labels: dict, enum: type[StrEnum]):
    assert list(labels) == list(enum)
    assert len(set(labels.values())) == len(labels)
    assert all(label[0].isupper() for label in labels.values())


def test_labels_read_in_the_users_words():
    assert ROLE_LABELS[DmuRole.DECISION_MAKER] == "Decision maker"
    assert TYPE_LABELS[DmuType.FINANCIER] == "Financier"
    assert TYPE_LABELS[DmuType.TOP_MANAGER] == "Top manager"
    assert TIER_LABELS[Tier.KEY] == "Key account"
