"""The closed vocabularies of the domain, stored by their string values."""

from __future__ import annotations

from enum import StrEnum


class Tier(StrEnum):
    KEY = "key"
    IMAGE = "image"
    REGULAR = "regular"
    PROSPECT = "prospect"


class DmuRole(StrEnum):
    """The part a person plays in the client's buying decision."""

    DECISION_MAKER = "decision_maker"
    ECONOMIC_BUYER = "economic_buyer"
    TECHNICAL_EVALUATOR = "technical_evaluator"
    HR = "hr"
    USER = "user"
    GATEKEEPER = "gatekeeper"
    CHAMPION = "champion"
    INFLUENCER = "influencer"


class DmuType(StrEnum):
    """What a person responds to (DOMAIN.md section 2)."""

    TOP_MANAGER = "top_manager"
    HR = "hr"
    FINANCIER = "financier"
    TECHNICAL = "technical"
    OTHER = "other"


class Stance(StrEnum):
    """How a person stands toward us, from best to worst."""

    SUPPORTER = "supporter"
    FAVOURABLE = "favourable"
    NEUTRAL = "neutral"
    SCEPTIC = "sceptic"
    OPPONENT = "opponent"


class InteractionKind(StrEnum):
    CALL = "call"
    MEETING = "meeting"
    EMAIL = "email"
    LETTER = "letter"
    VISIT = "visit"
    EVENT = "event"
    FEEDBACK = "feedback"
    ATTEMPT = "attempt"  # a prospecting attempt (cold call, exhibition...)
    OBJECTION = "objection"


class ProposalStatus(StrEnum):
    DRAFT = "draft"
    SENT = "sent"
    WON = "won"
    LOST = "lost"
    WITHDRAWN = "withdrawn"


class FollowUpStep(StrEnum):
    """The five steps after a proposal goes out (DOMAIN.md section 4), in order."""

    SEND = "send"
    CONFIRM_RECEIPT = "confirm_receipt"
    ASK_NEXT_STEPS = "ask_next_steps"
    ASK_TIMELINE = "ask_timeline"
    AGREE_CHECKPOINT = "agree_checkpoint"


class ServiceCaseKind(StrEnum):
    COMPLAINT = "complaint"
    WISH = "wish"
    MISUNDERSTANDING = "misunderstanding"


class CrossSellStatus(StrEnum):
    IDEA = "idea"
    QUALIFIED = "qualified"
    PROPOSED = "proposed"
    WON = "won"
    LOST = "lost"


class LetterStatus(StrEnum):
    ASKED = "asked"
    RECEIVED = "received"
    DECLINED = "declined"


class ReferralOutcome(StrEnum):
    PENDING = "pending"
    MEETING = "meeting"
    CLIENT = "client"
    NOTHING = "nothing"


class LeadSource(StrEnum):
    COLD_CALL = "cold_call"
    RECOMMENDATION = "recommendation"
    EXHIBITION = "exhibition"
    LETTER = "letter"
    TENDER = "tender"
    INBOUND = "inbound"
    OTHER = "other"


class LegalBasis(StrEnum):
    """Why the employer (the data controller) may keep a person's data (GDPR article 6)."""

    CONSENT = "consent"
    CONTRACT = "contract"
    LEGITIMATE_INTEREST = "legitimate_interest"
    LEGAL_OBLIGATION = "legal_obligation"
    VITAL_INTEREST = "vital_interest"
    PUBLIC_TASK = "public_task"
