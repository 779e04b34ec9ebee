"""Plain English labels for the enums: source strings the UI translates later."""

from __future__ import annotations

from kamdesk.domain.enums import DmuRole, DmuType, Stance, Tier

ROLE_LABELS: dict[DmuRole, str] = {
    DmuRole.DECISION_MAKER: "Decision maker",
    DmuRole.ECONOMIC_BUYER: "Economic buyer",
    DmuRole.TECHNICAL_EVALUATOR: "Technical evaluator",
    DmuRole.HR: "HR",
    DmuRole.USER: "User",
    DmuRole.GATEKEEPER: "Gatekeeper",
    DmuRole.CHAMPION: "Champion",
    DmuRole.INFLUENCER: "Influencer",
}

TYPE_LABELS: dict[DmuType, str] = {
    DmuType.TOP_MANAGER: "Top manager",
    DmuType.HR: "HR director",
    DmuType.FINANCIER: "Financier",
    DmuType.TECHNICAL: "Technical specialist",
    DmuType.OTHER: "Other",
}

STANCE_LABELS: dict[Stance, str] = {
    Stance.SUPPORTER: "Supporter",
    Stance.FAVOURABLE: "Favourable",
    Stance.NEUTRAL: "Neutral",
    Stance.SCEPTIC: "Sceptic",
    Stance.OPPONENT: "Opponent",
}

TIER_LABELS: dict[Tier, str] = {
    Tier.KEY: "Key account",
    Tier.IMAGE: "Image client",
    Tier.REGULAR: "Regular",
    Tier.PROSPECT: "Prospect",
}


def from_label(text: str, labels: dict) -> object:
    """The enum member *text* names, by its label ("Decision maker") or its stored value
    ("decision_maker"), case and accents ignored; ValueError listing the labels otherwise."""
    from kamdesk.domain.folding import fold

    wanted = fold(text.replace("_", " "))
    for member, label in labels.items():
        if wanted in (fold(label), fold(member.value.replace("_", " "))):
            return member
    raise ValueError(f"'{text.strip()}' is not one of: {', '.join(labels.values())}")
