from __future__ import annotations

from enum import StrEnum

import pytest

from kamdesk.domain import enums
from kamdesk.domain.enums import DmuRole, DmuType, Tier
from kamdesk.domain.labels import LABELS, ROLE_LABELS, TIER_LABELS, TYPE_LABELS, label_of

ALL_ENUMS = [e for e in vars(enums).values()
             if isinstance(e, type) and issubclass(e, StrEnum) and e is not StrEnum]


def test_every_enum_of_the_domain_has_labels():
    assert set(LABELS) == set(ALL_ENUMS)


@pytest.mark.parametrize("enum", ALL_ENUMS, ids=lambda e: e.__name__)
def test_every_member_has_a_distinct_capitalised_label(enum: type[StrEnum]):
    labels = LABELS[enum]
    assert list(labels) == list(enum)
    assert len(set(labels.values())) == len(labels)
    assert all(label[0].isupper() for label in labels.values())


def test_labels_read_in_the_users_words():
    assert ROLE_LABELS[DmuRole.DECISION_MAKER] == "Decision maker"
    assert TYPE_LABELS[DmuType.FINANCIER] == "Financier"
    assert TYPE_LABELS[DmuType.TOP_MANAGER] == "Top manager"
    assert TIER_LABELS[Tier.KEY] == "Key account"
    assert label_of(enums.FollowUpStep.CONFIRM_RECEIPT) == "Confirm receipt"


def test_members_of_different_enums_with_the_same_value_keep_their_own_labels():
    # StrEnum members equal their value: DmuRole.HR == DmuType.HR == "hr".
    assert DmuRole.HR == DmuType.HR
    assert (label_of(DmuRole.HR), label_of(DmuType.HR)) == ("HR", "HR director")
    assert label_of(enums.ReferralOutcome.MEETING) == label_of(enums.InteractionKind.MEETING)
