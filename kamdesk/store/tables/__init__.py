"""Every table of the dossier store, in SQLAlchemy Core.

The ORM classes in `store.models` are mapped onto these tables. Code that reads rows rather
than objects (the brief, bulk import and export) selects from them directly, and so never
imports or configures the mappers.
"""

from kamdesk.store.tables.accounts import account_table, revenue_figure_table
from kamdesk.store.tables.activity import (
    interaction_person,
    interaction_table,
    meeting_attendee,
    meeting_table,
)
from kamdesk.store.tables.after_sale import (
    cross_sell_opportunity_table,
    recommendation_letter_table,
    referral_table,
    service_case_table,
)
from kamdesk.store.tables.columns import metadata, utc_now
from kamdesk.store.tables.deals import (
    proposal_table,
    proposal_team_member_table,
    task_table,
    tender_checklist_item_table,
    tender_table,
)
from kamdesk.store.tables.people import contact_point_table, family_member_table, person_table
from kamdesk.store.tables.privacy import audit_log_table, erasure_log_table
from kamdesk.store.tables.team import handover_log_table, kam_user_table

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
    "task_table",
    "tender_checklist_item_table",
    "tender_table",
    "utc_now",
]
