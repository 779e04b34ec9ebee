"""Every table of the dossier store; importing this package registers them all.

Each column is declared once, here on its class. Code that reads or writes rows rather than
objects (the brief, bulk import, archives) takes the same tables as Core from `store.tables`.
"""

from kamdesk.store.models import search_text  # noqa: F401  (registers the flush listener)
from kamdesk.store.models.accounts import Account, RevenueFigure
from kamdesk.store.models.activity import Interaction, Meeting, interaction_person, meeting_attendee
from kamdesk.store.models.after_sale import (
    CrossSellOpportunity,
    RecommendationLetter,
    Referral,
    ServiceCase,
)
from kamdesk.store.models.deals import (
    Proposal,
    ProposalTeamMember,
    Task,
    Tender,
    TenderChecklistItem,
)
from kamdesk.store.models.people import ContactPoint, FamilyMember, Person
from kamdesk.store.models.privacy import AuditLog, ErasureLog
from kamdesk.store.models.team import HandoverLog, KamUser

__all__ = [
    "Account",
    "AuditLog",
    "ContactPoint",
    "CrossSellOpportunity",
    "ErasureLog",
    "FamilyMember",
    "HandoverLog",
    "Interaction",
    "KamUser",
    "Meeting",
    "Person",
    "Proposal",
    "ProposalTeamMember",
    "RecommendationLetter",
    "Referral",
    "RevenueFigure",
    "ServiceCase",
    "Task",
    "Tender",
    "TenderChecklistItem",
    "interaction_person",
    "meeting_attendee",
]
