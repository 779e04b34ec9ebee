"""The concrete lists of the app, one model each, with their columns."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from kamdesk.ui.display_labels import day, label, meeting_moment, moment, money, percent
from kamdesk.ui.models.rows import MUTED, OVERDUE, Column, RowsModel

# Column titles are marked with QT_TRANSLATE_NOOP("Columns", …) for lupdate and translated
# when the header is drawn; texts made while drawing are translated in place.
translate = QCoreApplication.translate


def _birthday(person) -> str:
    if person.next_birthday is None:
        return ""
    return day(person.next_birthday)


def _influence(person) -> str:
    return "●" * person.influence + "○" * (5 - person.influence) if person.influence else ""


class AccountListModel(RowsModel):
    COL_NAME, COL_TIER, COL_CITY, COL_SHARE = range(4)
    columns = (
        Column(QT_TRANSLATE_NOOP("Columns", "Account"), lambda a: a.name),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Tier"),
            lambda a: label(a.tier),
            lambda a: list(type(a.tier)).index(a.tier),
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "City"), lambda a: a.city),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Share"),
            lambda a: percent(a.share),
            lambda a: a.share,
            align_right=True,
        ),
    )


class PeopleModel(RowsModel):
    COL_NAME, COL_POSITION, COL_ROLE, COL_TYPE, COL_STANCE, COL_INFLUENCE, COL_BIRTHDAY = range(7)
    columns = (
        Column(QT_TRANSLATE_NOOP("Columns", "Name"), lambda p: p.full_name),
        Column(QT_TRANSLATE_NOOP("Columns", "Position"), lambda p: p.position),
        Column(QT_TRANSLATE_NOOP("Columns", "DMU role"), lambda p: label(p.dmu_role)),
        Column(QT_TRANSLATE_NOOP("Columns", "Type"), lambda p: label(p.dmu_type)),
        Column(QT_TRANSLATE_NOOP("Columns", "Stance"), lambda p: label(p.stance),
               lambda p: list(type(p.stance)).index(p.stance) if p.stance else 99),
        Column(QT_TRANSLATE_NOOP("Columns", "Influence"), _influence, lambda p: p.influence or 0),
        Column(QT_TRANSLATE_NOOP("Columns", "Next birthday"), _birthday, lambda p: p.next_birthday),
    )


class InteractionsModel(RowsModel):
    COL_WHEN, COL_KIND, COL_SUMMARY, COL_PEOPLE = range(4)
    columns = (
        Column(
            QT_TRANSLATE_NOOP("Columns", "When"),
            lambda i: moment(i.occurred_at),
            lambda i: i.occurred_at,
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Kind"), lambda i: label(i.kind)),
        Column(QT_TRANSLATE_NOOP("Columns", "Summary"), lambda i: i.summary),
        Column(QT_TRANSLATE_NOOP("Columns", "With"), lambda i: ", ".join(p.name for p in i.people)),
    )

    def tooltip(self, row, column):
        return row.details or None


def _outcome(m) -> str:
    return translate("Columns", "recorded") if m.outcome_id else ""


class MeetingsModel(RowsModel):
    COL_WHEN, COL_OBJECTIVE, COL_PLACE, COL_ATTENDEES, COL_OUTCOME = range(5)
    columns = (
        Column(
            QT_TRANSLATE_NOOP("Columns", "When"),
            lambda m: meeting_moment(m.starts_at, m.time_zone),  # on the place's clock
            lambda m: m.starts_at,
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Objective"), lambda m: m.objective),
        Column(QT_TRANSLATE_NOOP("Columns", "Place"), lambda m: m.place),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Attendees"),
            lambda m: ", ".join(p.name for p in m.attendees),
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Outcome"), _outcome),
    )


def _step(p) -> str:
    if p.current_step is None:
        return ""
    from kamdesk.domain.follow_up import STEP_TITLES

    return translate("follow_up", STEP_TITLES[p.current_step])


def _days(n: int) -> str:
    return translate("Columns", "1 day") if n == 1 else translate("Columns", "%n days", None, n)


def _expiry(p) -> str:
    if p.days_to_expiry is None or p.status.value not in ("draft", "sent"):
        return ""
    if p.days_to_expiry < 0:
        return translate("Columns", "expired %1 ago").replace("%1", _days(-p.days_to_expiry))
    return _days(p.days_to_expiry)


class ProposalsModel(RowsModel):
    COL_TITLE, COL_VALUE, COL_STATUS, COL_SENT, COL_EXPIRES, COL_STEP = range(6)
    columns = (
        Column(QT_TRANSLATE_NOOP("Columns", "Proposal"), lambda p: p.title),
        Column(QT_TRANSLATE_NOOP("Columns", "Value"), lambda p: money(p.value, p.currency),
               lambda p: p.value, True),
        Column(QT_TRANSLATE_NOOP("Columns", "Status"), lambda p: label(p.status)),
        Column(QT_TRANSLATE_NOOP("Columns", "Sent"), lambda p: day(p.sent_on), lambda p: p.sent_on),
        Column(QT_TRANSLATE_NOOP("Columns", "Expires in"), _expiry,
               lambda p: p.days_to_expiry if p.days_to_expiry is not None else 10**6, True),
        Column(QT_TRANSLATE_NOOP("Columns", "Current step"), _step),
    )

    def foreground(self, row):
        if row.status.value == "sent" and row.days_to_expiry is not None and row.days_to_expiry < 7:
            return OVERDUE
        return MUTED if row.status.value in ("lost", "withdrawn") else None


class TendersModel(RowsModel):
    COL_TITLE, COL_DATE, COL_PREPARATION, COL_COUNTDOWN, COL_CHECKLIST = range(5)
    columns = (
        Column(QT_TRANSLATE_NOOP("Columns", "Tender"), lambda t: t.title),
        Column(QT_TRANSLATE_NOOP("Columns", "Date"), lambda t: day(t.tender_date),
               lambda t: t.tender_date),
        Column(QT_TRANSLATE_NOOP("Columns", "Preparation from"), lambda t: day(t.preparation_start),
               lambda t: t.preparation_start),
        Column(QT_TRANSLATE_NOOP("Columns", "Countdown"), lambda t: _days(t.status.days_to_tender),
               lambda t: t.status.days_to_tender, True),
        Column(QT_TRANSLATE_NOOP("Columns", "Checklist"),
               lambda t: f"{t.checklist_done}/{len(t.checklist)}",
               lambda t: t.checklist_done / max(1, len(t.checklist)), True),
    )


class ChecklistModel(RowsModel):
    COL_ITEM = 0
    columns = (
        Column(
            QT_TRANSLATE_NOOP("Columns", "Checklist"), lambda i: i.text, checked=lambda i: i.done
        ),
    )


class ServiceCasesModel(RowsModel):
    COL_KIND, COL_TITLE, COL_OPENED, COL_DAYS, COL_RESOLUTION = range(5)
    columns = (
        Column(QT_TRANSLATE_NOOP("Columns", "Kind"), lambda c: label(c.kind)),
        Column(QT_TRANSLATE_NOOP("Columns", "Case"), lambda c: c.title),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Opened"),
            lambda c: day(c.opened_on),
            lambda c: c.opened_on,
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Days"),
            lambda c: str(c.days_open),
            lambda c: c.days_open,
            True,
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Resolution"),
            lambda c: c.resolution or translate("Columns", "open"),
        ),
    )

    def foreground(self, row):
        return OVERDUE if row.resolved_on is None and row.days_open > 14 else None


class LettersModel(RowsModel):
    COL_PERSON, COL_STATUS, COL_ASKED, COL_RECEIVED = range(4)
    columns = (
        Column(QT_TRANSLATE_NOOP("Columns", "From"), lambda r: r.person_name),
        Column(QT_TRANSLATE_NOOP("Columns", "Status"), lambda r: label(r.status)),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Asked"), lambda r: day(r.asked_on), lambda r: r.asked_on
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Received"),
            lambda r: day(r.received_on),
            lambda r: r.received_on,
        ),
    )


class ReferralsModel(RowsModel):
    COL_REFERRER, COL_TO, COL_ON, COL_OUTCOME = range(4)
    columns = (
        Column(QT_TRANSLATE_NOOP("Columns", "Recommended by"), lambda r: r.referrer_name),
        Column(QT_TRANSLATE_NOOP("Columns", "To"), lambda r: r.referred_to),
        Column(
            QT_TRANSLATE_NOOP("Columns", "On"),
            lambda r: day(r.referred_on),
            lambda r: r.referred_on,
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Outcome"), lambda r: label(r.outcome)),
    )


TRASH_KINDS = {
    "account": QT_TRANSLATE_NOOP("TrashKinds", "Account"),
    "person": QT_TRANSLATE_NOOP("TrashKinds", "Person"),
    "family_member": QT_TRANSLATE_NOOP("TrashKinds", "Family member"),
    "contact_point": QT_TRANSLATE_NOOP("TrashKinds", "Contact"),
    "interaction": QT_TRANSLATE_NOOP("TrashKinds", "Contact logged"),
    "meeting": QT_TRANSLATE_NOOP("TrashKinds", "Meeting"),
    "proposal": QT_TRANSLATE_NOOP("TrashKinds", "Proposal"),
    "tender": QT_TRANSLATE_NOOP("TrashKinds", "Tender"),
    "task": QT_TRANSLATE_NOOP("TrashKinds", "Task"),
    "service_case": QT_TRANSLATE_NOOP("TrashKinds", "Service case"),
    "cross_sell_opportunity": QT_TRANSLATE_NOOP("TrashKinds", "Cross-sell idea"),
    "recommendation_letter": QT_TRANSLATE_NOOP("TrashKinds", "Recommendation letter"),
    "referral": QT_TRANSLATE_NOOP("TrashKinds", "Referral"),
    "revenue_figure": QT_TRANSLATE_NOOP("TrashKinds", "Revenue figure"),
}


def _trash_kind(entry) -> str:
    text = TRASH_KINDS.get(entry.kind) or entry.kind.replace("_", " ").capitalize()
    return translate("TrashKinds", text)


class TrashModel(RowsModel):
    COL_WHAT, COL_KIND, COL_DELETED, COL_ROWS = range(4)
    columns = (
        Column(QT_TRANSLATE_NOOP("Columns", "What"), lambda e: e.title),
        Column(QT_TRANSLATE_NOOP("Columns", "Kind"), _trash_kind),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Deleted"),
            lambda e: moment(e.deleted_at),
            lambda e: e.deleted_at,
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Entries"), lambda e: str(e.rows), lambda e: e.rows, True
        ),
    )
