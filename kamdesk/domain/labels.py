"""Plain English labels for the enums: source strings the window translates.

Each label is marked with `QT_TRANSLATE_NOOP("labels", …)` so that `pyside6-lupdate`, which
reads calls by that name, finds it; this layer does not import Qt, so the marker is a
function of its own that returns the text unchanged.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Any, TypeVar

from kamdesk.domain.enums import (
    CrossSellStatus,
    DmuRole,
    DmuType,
    FollowUpStep,
    InteractionKind,
    LeadSource,
    LegalBasis,
    LetterStatus,
    ProposalStatus,
    ReferralOutcome,
    ServiceCaseKind,
    Stance,
    Tier,
)
from kamdesk.domain.folding import fold


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate reads
    return text


ROLE_LABELS: dict[DmuRole, str] = {
    DmuRole.DECISION_MAKER: QT_TRANSLATE_NOOP("labels", "Decision maker"),
    DmuRole.ECONOMIC_BUYER: QT_TRANSLATE_NOOP("labels", "Economic buyer"),
    DmuRole.TECHNICAL_EVALUATOR: QT_TRANSLATE_NOOP("labels", "Technical evaluator"),
    DmuRole.HR: QT_TRANSLATE_NOOP("labels", "HR"),
    DmuRole.USER: QT_TRANSLATE_NOOP("labels", "User"),
    DmuRole.GATEKEEPER: QT_TRANSLATE_NOOP("labels", "Gatekeeper"),
    DmuRole.CHAMPION: QT_TRANSLATE_NOOP("labels", "Champion"),
    DmuRole.INFLUENCER: QT_TRANSLATE_NOOP("labels", "Influencer"),
}

TYPE_LABELS: dict[DmuType, str] = {
    DmuType.TOP_MANAGER: QT_TRANSLATE_NOOP("labels", "Top manager"),
    DmuType.HR: QT_TRANSLATE_NOOP("labels", "HR director"),
    DmuType.FINANCIER: QT_TRANSLATE_NOOP("labels", "Financier"),
    DmuType.TECHNICAL: QT_TRANSLATE_NOOP("labels", "Technical specialist"),
    DmuType.OTHER: QT_TRANSLATE_NOOP("labels", "Other"),
}

STANCE_LABELS: dict[Stance, str] = {
    Stance.SUPPORTER: QT_TRANSLATE_NOOP("labels", "Supporter"),
    Stance.FAVOURABLE: QT_TRANSLATE_NOOP("labels", "Favourable"),
    Stance.NEUTRAL: QT_TRANSLATE_NOOP("labels", "Neutral"),
    Stance.SCEPTIC: QT_TRANSLATE_NOOP("labels", "Sceptic"),
    Stance.OPPONENT: QT_TRANSLATE_NOOP("labels", "Opponent"),
}

TIER_LABELS: dict[Tier, str] = {
    Tier.KEY: QT_TRANSLATE_NOOP("labels", "Key account"),
    Tier.IMAGE: QT_TRANSLATE_NOOP("labels", "Image client"),
    Tier.REGULAR: QT_TRANSLATE_NOOP("labels", "Regular"),
    Tier.PROSPECT: QT_TRANSLATE_NOOP("labels", "Prospect"),
}


INTERACTION_LABELS: dict[InteractionKind, str] = {
    InteractionKind.CALL: QT_TRANSLATE_NOOP("labels", "Call"),
    InteractionKind.MEETING: QT_TRANSLATE_NOOP("labels", "Meeting"),
    InteractionKind.EMAIL: QT_TRANSLATE_NOOP("labels", "Email"),
    InteractionKind.LETTER: QT_TRANSLATE_NOOP("labels", "Letter"),
    InteractionKind.VISIT: QT_TRANSLATE_NOOP("labels", "Visit"),
    InteractionKind.EVENT: QT_TRANSLATE_NOOP("labels", "Event"),
    InteractionKind.FEEDBACK: QT_TRANSLATE_NOOP("labels", "Feedback"),
    InteractionKind.ATTEMPT: QT_TRANSLATE_NOOP("labels", "Attempt"),
    InteractionKind.OBJECTION: QT_TRANSLATE_NOOP("labels", "Objection"),
}

PROPOSAL_STATUS_LABELS: dict[ProposalStatus, str] = {
    ProposalStatus.DRAFT: QT_TRANSLATE_NOOP("labels", "Draft"),
    ProposalStatus.SENT: QT_TRANSLATE_NOOP("labels", "Sent"),
    ProposalStatus.WON: QT_TRANSLATE_NOOP("labels", "Won"),
    ProposalStatus.LOST: QT_TRANSLATE_NOOP("labels", "Lost"),
    ProposalStatus.WITHDRAWN: QT_TRANSLATE_NOOP("labels", "Withdrawn"),
}

FOLLOW_UP_LABELS: dict[FollowUpStep, str] = {
    FollowUpStep.SEND: QT_TRANSLATE_NOOP("labels", "Send"),
    FollowUpStep.CONFIRM_RECEIPT: QT_TRANSLATE_NOOP("labels", "Confirm receipt"),
    FollowUpStep.ASK_NEXT_STEPS: QT_TRANSLATE_NOOP("labels", "Ask next steps"),
    FollowUpStep.ASK_TIMELINE: QT_TRANSLATE_NOOP("labels", "Ask timeline"),
    FollowUpStep.AGREE_CHECKPOINT: QT_TRANSLATE_NOOP("labels", "Agree checkpoint"),
}

CASE_KIND_LABELS: dict[ServiceCaseKind, str] = {
    ServiceCaseKind.COMPLAINT: QT_TRANSLATE_NOOP("labels", "Complaint"),
    ServiceCaseKind.WISH: QT_TRANSLATE_NOOP("labels", "Wish"),
    ServiceCaseKind.MISUNDERSTANDING: QT_TRANSLATE_NOOP("labels", "Misunderstanding"),
}

CROSS_SELL_LABELS: dict[CrossSellStatus, str] = {
    CrossSellStatus.IDEA: QT_TRANSLATE_NOOP("labels", "Idea"),
    CrossSellStatus.QUALIFIED: QT_TRANSLATE_NOOP("labels", "Qualified"),
    CrossSellStatus.PROPOSED: QT_TRANSLATE_NOOP("labels", "Proposed"),
    CrossSellStatus.WON: QT_TRANSLATE_NOOP("labels", "Won"),
    CrossSellStatus.LOST: QT_TRANSLATE_NOOP("labels", "Lost"),
}

LETTER_LABELS: dict[LetterStatus, str] = {
    LetterStatus.ASKED: QT_TRANSLATE_NOOP("labels", "Asked"),
    LetterStatus.RECEIVED: QT_TRANSLATE_NOOP("labels", "Received"),
    LetterStatus.DECLINED: QT_TRANSLATE_NOOP("labels", "Declined"),
}

REFERRAL_LABELS: dict[ReferralOutcome, str] = {
    ReferralOutcome.PENDING: QT_TRANSLATE_NOOP("labels", "Pending"),
    ReferralOutcome.MEETING: QT_TRANSLATE_NOOP("labels", "Meeting"),
    ReferralOutcome.CLIENT: QT_TRANSLATE_NOOP("labels", "Client"),
    ReferralOutcome.NOTHING: QT_TRANSLATE_NOOP("labels", "Nothing"),
}

LEAD_SOURCE_LABELS: dict[LeadSource, str] = {
    LeadSource.COLD_CALL: QT_TRANSLATE_NOOP("labels", "Cold call"),
    LeadSource.RECOMMENDATION: QT_TRANSLATE_NOOP("labels", "Recommendation"),
    LeadSource.EXHIBITION: QT_TRANSLATE_NOOP("labels", "Exhibition"),
    LeadSource.LETTER: QT_TRANSLATE_NOOP("labels", "Letter"),
    LeadSource.TENDER: QT_TRANSLATE_NOOP("labels", "Tender"),
    LeadSource.INBOUND: QT_TRANSLATE_NOOP("labels", "Inbound"),
    LeadSource.OTHER: QT_TRANSLATE_NOOP("labels", "Other"),
}

LEGAL_BASIS_LABELS: dict[LegalBasis, str] = {
    LegalBasis.CONSENT: QT_TRANSLATE_NOOP("labels", "Consent"),
    LegalBasis.CONTRACT: QT_TRANSLATE_NOOP("labels", "Contract"),
    LegalBasis.LEGITIMATE_INTEREST: QT_TRANSLATE_NOOP("labels", "Legitimate interest"),
    LegalBasis.LEGAL_OBLIGATION: QT_TRANSLATE_NOOP("labels", "Legal obligation"),
    LegalBasis.VITAL_INTEREST: QT_TRANSLATE_NOOP("labels", "Vital interest"),
    LegalBasis.PUBLIC_TASK: QT_TRANSLATE_NOOP("labels", "Public task"),
}

# By enum class: members of different enums with the same value compare equal as strings
# (DmuRole.HR == DmuType.HR == "hr"), so one merged dictionary would confuse them.
LABELS: dict[type[StrEnum], Mapping[Any, str]] = {
    Tier: TIER_LABELS, DmuRole: ROLE_LABELS, DmuType: TYPE_LABELS, Stance: STANCE_LABELS,
    InteractionKind: INTERACTION_LABELS, ProposalStatus: PROPOSAL_STATUS_LABELS,
    FollowUpStep: FOLLOW_UP_LABELS, ServiceCaseKind: CASE_KIND_LABELS,
    CrossSellStatus: CROSS_SELL_LABELS, LetterStatus: LETTER_LABELS,
    ReferralOutcome: REFERRAL_LABELS, LeadSource: LEAD_SOURCE_LABELS,
    LegalBasis: LEGAL_BASIS_LABELS,
}


def label_of(value: StrEnum) -> str:
    """The English label of an enum member (the window translates it in context "labels")."""
    return LABELS[type(value)][value]


E = TypeVar("E", bound=StrEnum)


def from_label(text: str, labels: Mapping[E, str]) -> E:
    """The enum member *text* names, by its label ("Decision maker") or its stored value
    ("decision_maker"), case and accents ignored; ValueError listing the labels otherwise."""
    wanted = fold(text.replace("_", " "))
    for member, label in labels.items():
        if wanted in (fold(label), fold(member.value.replace("_", " "))):
            return member
    raise ValueError(f"'{text.strip()}' is not one of: {', '.join(labels.values())}")
