"""The client's decision-making unit: who must be covered and how to talk to them."""

from __future__ import annotations

from collections.abc import Iterable

from kamdesk.domain.enums import DmuRole, DmuType
from kamdesk.domain.labels import ROLE_LABELS, STANCE_LABELS, TIER_LABELS, TYPE_LABELS

__all__ = [
    "KEY_ROLES",
    "ROLE_LABELS",
    "STANCE_LABELS",
    "TALKING_POINTS",
    "TIER_LABELS",
    "TYPE_LABELS",
    "talking_points",
    "uncovered_roles",
]



def N_(text: str) -> str:  # noqa: N802 - the gettext marker the brief's catalogue is read by
    """Marks a talking point for extraction; the brief translates it where it prints it."""
    return text


# The roles a KAM must know someone in before a deal can be steered.
KEY_ROLES: tuple[DmuRole, ...] = (
    DmuRole.DECISION_MAKER,
    DmuRole.ECONOMIC_BUYER,
    DmuRole.TECHNICAL_EVALUATOR,
    DmuRole.GATEKEEPER,
    DmuRole.CHAMPION,
)

# What each type responds to (DOMAIN.md section 2). The typing is only a guide:
# the dossier and past negotiations shape the individual approach.
TALKING_POINTS: dict[DmuType, tuple[str, ...]] = {
    DmuType.TOP_MANAGER: (
        N_("Stress the status this partnership brings"),
        N_("Show what makes the offer exclusive"),
        N_("Offer exclusive terms reserved for this client"),
        N_("Keep it short and strategic: the big picture, not the details"),
    ),
    DmuType.HR: (
        N_("Talk about the people: how the team and employees benefit"),
        N_("Cite similar projects at notable companies"),
        N_("Offer contacts of clients ready to recommend us"),
        N_("Build the relationship: ask about their priorities for the team"),
    ),
    DmuType.FINANCIER: (
        N_("Show the return on investment and the payback period"),
        N_("Bring the cost figures, broken down"),
        N_("Give the financial result of cooperation in numbers"),
        N_("Back every claim with statistics"),
    ),
    DmuType.TECHNICAL: (
        N_("Bring the detailed specifications"),
        N_("Present the integration plan step by step"),
        N_("Share statistics and measured results from similar deployments"),
        N_("Offer a technical session with our specialists"),
    ),
    DmuType.OTHER: (
        N_("Ask what matters most to them in this decision"),
        N_("Ask how they will judge whether the cooperation succeeds"),
        N_("Note what you learn in the dossier to shape the next meeting"),
    ),
}


def uncovered_roles(roles: Iterable[DmuRole | None]) -> list[DmuRole]:
    """Return the KEY_ROLES that nobody in *roles* holds, in KEY_ROLES order."""
    held = {role for role in roles if role is not None}
    return [role for role in KEY_ROLES if role not in held]


def talking_points(t: DmuType | None) -> tuple[str, ...]:
    """Return suggested talking points for a DMU type; an untyped person gets the OTHER ones."""
    return TALKING_POINTS[t if t is not None else DmuType.OTHER]
