"""The tables of the ORM classes as SQLAlchemy Core, for code that reads and writes rows
rather than objects (the brief, bulk import and export, archives, erasure, row security).

No column is declared here: each table is its class's `__table__`, so importing this module
imports the classes (and registers every table on `metadata`) but never configures the
mappers or builds ORM objects.
"""

from __future__ import annotations

from sqlalchemy import Table

from kamdesk.store.base import Base
from kamdesk.store.columns import metadata, utc_now
from kamdesk.store.models import (
    Account,
    AuditLog,
    ContactPoint,
    CrossSellOpportunity,
    ErasureLog,
    FamilyMember,
    HandoverLog,
    Interaction,
    KamUser,
    Meeting,
    Person,
    Proposal,
    ProposalTeamMember,
    RecommendationLetter,
    Referral,
    RevenueFigure,
    ServiceCase,
    Task,
    Tender,
    TenderChecklistItem,
    interaction_person,
    meeting_attendee,
)


def table_of(model: type[Base]) -> Table:
    """The Core table a class is mapped onto (typed as a `Table`, which inserts want)."""
    table = model.__table__
    assert isinstance(table, Table), model
    return table


account_table = table_of(Account)
revenue_figure_table = table_of(RevenueFigure)
person_table = table_of(Person)
contact_point_table = table_of(ContactPoint)
family_member_table = table_of(FamilyMember)
interaction_table = table_of(Interaction)
meeting_table = table_of(Meeting)
proposal_table = table_of(Proposal)
proposal_team_member_table = table_of(ProposalTeamMember)
tender_table = table_of(Tender)
tender_checklist_item_table = table_of(TenderChecklistItem)
task_table = table_of(Task)
service_case_table = table_of(ServiceCase)
cross_sell_opportunity_table = table_of(CrossSellOpportunity)
recommendation_letter_table = table_of(RecommendationLetter)
referral_table = table_of(Referral)
kam_user_table = table_of(KamUser)
handover_log_table = table_of(HandoverLog)
erasure_log_table = table_of(ErasureLog)
audit_log_table = table_of(AuditLog)

__all__ = [
    "account_table",
    "audit_log_table",
    "contact_point_table",
    "cross_sell_opportunity_table",
    "erasure_log_table",
    "family_member_table",
    "handover_log_table",
    "interaction_person",
    "interaction_table",
    "kam_user_table",
    "meeting_attendee",
    "meeting_table",
    "metadata",
    "person_table",
    "proposal_table",
    "proposal_team_member_table",
    "recommendation_letter_table",
    "referral_table",
    "revenue_figure_table",
    "service_case_table",
    "table_of",
    "task_table",
    "tender_checklist_item_table",
    "tender_table",
    "utc_now",
]
