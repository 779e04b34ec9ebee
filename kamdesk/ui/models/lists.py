"""The concrete lists of the app, one model each, with their columns."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from kamdesk.ui.labels import day, label, moment, money, percent
from kamdesk.ui.models.rows import MUTED, OVERDUE, Column, RowsModel
from kamdesk.ui.sentences import agenda_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("Columns", text)


def _birthday(person) -> str:
    if person.next_birthday is None:
        return ""
    return day(person.next_birthday)


def _influence(person) -> str:
    return "●" * person.influence + "○" * (5 - person.influence) if person.influence else ""


class AccountListModel(RowsModel):
    COL_NAME, COL_TIER, COL_CITY, COL_SHARE = range(4)
    columns = (
        Column("Account", lambda a: a.name),
        Column("Tier", lambda a: label(a.tier), lambda a: list(type(a.tier)).index(a.tier)),
        Column("City", lambda a: a.city),
        Column("Share", lambda a: percent(a.share), lambda a: a.share, align_right=True),
    )


class PeopleModel(RowsModel):
    COL_NAME, COL_POSITION, COL_ROLE, COL_TYPE, COL_STANCE, COL_INFLUENCE, COL_BIRTHDAY = range(7)
    columns = (
        Column("Name", lambda p: p.full_name),
        Column("Position", lambda p: p.position),
        Column("DMU role", lambda p: label(p.dmu_role)),
        Column("Type", lambda p: label(p.dmu_type)),
        Column("Stance", lambda p: label(p.stance),
               lambda p: list(type(p.stance)).index(p.stance) if p.stance else 99),
        Column("Influence", _influence, lambda p: p.influence or 0),
        Column("Next birthday", _birthday, lambda p: p.next_birthday),
    )  # fmt: skip


class AgendaModel(RowsModel):
    COL_DONE, COL_DATE, COL_WHAT, COL_ACCOUNT = range(4)
    columns = (
        Column("Done", lambda i: "", lambda i: i.kind.value, checked=lambda i: False),
        Column("Date", lambda i: day(i.on), lambda i: i.on),
        Column("What", agenda_text),
        Column("Account", lambda i: i.account_name),
    )

    def flags(self, index):
        flags = super().flags(index)
        # Only tasks can be ticked off; birthdays and deadlines just happen.
        if index.isValid() and self.row_at(index.row()).kind.value != "task":
            flags &= ~Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if (role == Qt.ItemDataRole.CheckStateRole and index.isValid()
                and self.row_at(index.row()).kind.value != "task"):  # fmt: skip
            return None
        return super().data(index, role)

    def foreground(self, row) -> QColor | None:
        return OVERDUE if row.overdue else None


class InteractionsModel(RowsModel):
    COL_WHEN, COL_KIND, COL_SUMMARY, COL_PEOPLE = range(4)
    columns = (
        Column("When", lambda i: moment(i.occurred_at), lambda i: i.occurred_at),
        Column("Kind", lambda i: label(i.kind)),
        Column("Summary", lambda i: i.summary),
        Column("With", lambda i: ", ".join(p.name for p in i.people)),
    )

    def tooltip(self, row, column):
        return row.details or None


class MeetingsModel(RowsModel):
    COL_WHEN, COL_OBJECTIVE, COL_PLACE, COL_ATTENDEES = range(4)
    columns = (
        Column("When", lambda m: moment(m.starts_at), lambda m: m.starts_at),
        Column("Objective", lambda m: m.objective),
        Column("Place", lambda m: m.place),
        Column("Attendees", lambda m: ", ".join(p.name for p in m.attendees)),
    )


def _step(p) -> str:
    if p.current_step is None:
        return ""
    from kamdesk.domain.follow_up import STEP_TITLES

    return QCoreApplication.translate("follow_up", STEP_TITLES[p.current_step])


def _days(n: int) -> str:
    return _tr("1 day") if n == 1 else _tr("%n days").replace("%n", str(n))


def _expiry(p) -> str:
    if p.days_to_expiry is None or p.status.value not in ("draft", "sent"):
        return ""
    if p.days_to_expiry < 0:
        return _tr("expired %1 ago").replace("%1", _days(-p.days_to_expiry))
    return _days(p.days_to_expiry)


class ProposalsModel(RowsModel):
    COL_TITLE, COL_VALUE, COL_STATUS, COL_SENT, COL_EXPIRES, COL_STEP = range(6)
    columns = (
        Column("Proposal", lambda p: p.title),
        Column("Value", lambda p: money(p.value, p.currency), lambda p: p.value, True),
        Column("Status", lambda p: label(p.status)),
        Column("Sent", lambda p: day(p.sent_on), lambda p: p.sent_on),
        Column("Expires in", _expiry, lambda p: p.days_to_expiry if p.days_to_expiry is not None
               else 10**6, True),
        Column("Current step", _step),
    )  # fmt: skip

    def foreground(self, row):
        if row.status.value == "sent" and row.days_to_expiry is not None and row.days_to_expiry < 7:
            return OVERDUE
        return MUTED if row.status.value in ("lost", "withdrawn") else None


class TendersModel(RowsModel):
    COL_TITLE, COL_DATE, COL_PREPARATION, COL_COUNTDOWN, COL_CHECKLIST = range(5)
    columns = (
        Column("Tender", lambda t: t.title),
        Column("Date", lambda t: day(t.tender_date), lambda t: t.tender_date),
        Column("Preparation from", lambda t: day(t.preparation_start),
               lambda t: t.preparation_start),
        Column("Countdown", lambda t: _days(t.status.days_to_tender),
               lambda t: t.status.days_to_tender, True),
        Column("Checklist", lambda t: f"{t.checklist_done}/{len(t.checklist)}",
               lambda t: t.checklist_done / max(1, len(t.checklist)), True),
    )  # fmt: skip


class ChecklistModel(RowsModel):
    COL_ITEM = 0
    columns = (Column("Checklist", lambda i: i.text, checked=lambda i: i.done),)


class ServiceCasesModel(RowsModel):
    COL_KIND, COL_TITLE, COL_OPENED, COL_DAYS, COL_RESOLUTION = range(5)
    columns = (
        Column("Kind", lambda c: label(c.kind)),
        Column("Case", lambda c: c.title),
        Column("Opened", lambda c: day(c.opened_on), lambda c: c.opened_on),
        Column("Days", lambda c: str(c.days_open), lambda c: c.days_open, True),
        Column("Resolution", lambda c: c.resolution or _tr("open")),
    )

    def foreground(self, row):
        return OVERDUE if row.resolved_on is None and row.days_open > 14 else None


class LettersModel(RowsModel):
    COL_PERSON, COL_STATUS, COL_ASKED, COL_RECEIVED = range(4)
    columns = (
        Column("From", lambda r: r.person_name),
        Column("Status", lambda r: label(r.status)),
        Column("Asked", lambda r: day(r.asked_on), lambda r: r.asked_on),
        Column("Received", lambda r: day(r.received_on), lambda r: r.received_on),
    )


class ReferralsModel(RowsModel):
    COL_REFERRER, COL_TO, COL_ON, COL_OUTCOME = range(4)
    columns = (
        Column("Recommended by", lambda r: r.referrer_name),
        Column("To", lambda r: r.referred_to),
        Column("On", lambda r: day(r.referred_on), lambda r: r.referred_on),
        Column("Outcome", lambda r: label(r.outcome)),
    )


TRASH_KINDS = {
    "account": "Account", "person": "Person", "family_member": "Family member",
    "contact_point": "Contact", "interaction": "Contact logged", "meeting": "Meeting",
    "proposal": "Proposal", "tender": "Tender", "task": "Task", "service_case": "Service case",
    "cross_sell_opportunity": "Cross-sell idea", "recommendation_letter": "Recommendation letter",
    "referral": "Referral", "revenue_figure": "Revenue figure",
}  # fmt: skip


def _trash_kind(entry) -> str:
    text = TRASH_KINDS.get(entry.kind) or entry.kind.replace("_", " ").capitalize()
    return QCoreApplication.translate("TrashKinds", text)


class TrashModel(RowsModel):
    COL_WHAT, COL_KIND, COL_DELETED, COL_ROWS = range(4)
    columns = (
        Column("What", lambda e: e.title),
        Column("Kind", _trash_kind),
        Column("Deleted", lambda e: moment(e.deleted_at), lambda e: e.deleted_at),
        Column("Entries", lambda e: str(e.rows), lambda e: e.rows, True),
    )


class SearchResultsModel(RowsModel):
    COL_NAME, COL_KIND, COL_DETAIL, COL_ACCOUNT = range(4)
    columns = (
        Column("Name", lambda h: h.name),
        Column("Kind", lambda h: _tr("Account") if h.kind == "account" else _tr("Person")),
        Column("Detail", lambda h: h.detail),
        Column("Account", lambda h: h.account_name if h.kind == "person" else ""),
    )
