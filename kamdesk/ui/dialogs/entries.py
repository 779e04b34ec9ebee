"""The small dialogs: an account, a logged contact, a meeting, a proposal, a tender, a case."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
)

from kamdesk.domain.enums import InteractionKind, LeadSource, ServiceCaseKind, Tier
from kamdesk.domain.periods import parse_period, period_text
from kamdesk.services.errors import ValidationError
from kamdesk.ui.dialogs.date_field import DateField
from kamdesk.ui.dialogs.form_dialog import FormDialog
from kamdesk.ui.dialogs.person_editor import enum_combo
from kamdesk.ui.dialogs.row_table import row_table
from kamdesk.ui.labels import DATE_FORMAT, date_time_format, ui_locale
from kamdesk.ui.models.editable import RevenueModel


def _date_edit(value: QDate) -> QDateEdit:
    edit = QDateEdit(value)
    edit.setLocale(ui_locale())
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setCalendarPopup(True)
    return edit


def _date_time_edit(value: QDateTime) -> QDateTimeEdit:
    edit = QDateTimeEdit(value)
    edit.setLocale(ui_locale())
    edit.setDisplayFormat(date_time_format())
    edit.setCalendarPopup(True)
    return edit


def _local(moment: datetime) -> QDateTime:
    """A stored moment in the laptop's time (SQLite hands UTC back without its zone)."""
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return QDateTime(aware.astimezone().replace(tzinfo=None))


def _people_picker(db, account_id: uuid.UUID, chosen=()) -> QListWidget:
    from kamdesk.services.people import PeopleService

    picker = QListWidget()
    picker.setMinimumHeight(120)
    picker.setMaximumHeight(220)
    picker.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    picker.setTextElideMode(Qt.TextElideMode.ElideRight)
    for person in PeopleService(db).list_people(account_id):
        item = QListWidgetItem(f"{person.full_name} — {person.position}".rstrip(" —"))
        item.setData(Qt.ItemDataRole.UserRole, person.id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(
            Qt.CheckState.Checked if person.id in chosen else Qt.CheckState.Unchecked
        )
        picker.addItem(item)
    return picker


def _picked(picker: QListWidget) -> list[uuid.UUID]:
    items = (picker.item(i) for i in range(picker.count()))
    return [
        i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked
    ]


def _amount_text(value: Decimal | None) -> str:
    return "" if value is None else f"{value:f}"


def _decimal(text: str, field: str) -> Decimal | None:
    text = text.strip().replace(" ", "").replace(",", ".")
    if not text:
        return None
    try:
        return Decimal(text)
    except InvalidOperation:
        raise ValidationError(field, f"'{text}' is not an amount") from None


class AccountDialog(FormDialog):
    def __init__(self, db, account_id: uuid.UUID | None = None, parent=None) -> None:
        from kamdesk.services.accounts import AccountService

        super().__init__("", parent)
        self.service, self.account_id = AccountService(db), account_id
        a = self.service.get_account(account_id) if account_id else None
        self.setWindowTitle(a.name if a else self.tr("New account"))
        self.name = self.add_row("name", self.tr("Name"), QLineEdit(a.name if a else ""))
        self.tier = self.add_row(
            "tier", self.tr("Tier"), enum_combo(Tier, a.tier if a else Tier.KEY, "")
        )
        self.industry = self.add_row(
            "industry", self.tr("Industry"), QLineEdit(a.industry if a else "")
        )
        self.region = self.add_row("region", self.tr("Region"), QLineEdit(a.region if a else ""))
        self.city = self.add_row("city", self.tr("City"), QLineEdit(a.city if a else ""))
        self.country = self.add_row(
            "country", self.tr("Country (2 letters)"), QLineEdit(a.country if a else "")
        )
        self.lead_source = self.add_row(
            "lead_source",
            self.tr("Lead source"),
            enum_combo(LeadSource, a and a.lead_source, self.tr("not known")),
        )
        self.website = self.add_row(
            "website", self.tr("Website"), QLineEdit(a.website if a else "")
        )
        self.notes = self.add_row("notes", self.tr("Notes"), QPlainTextEdit(a.notes if a else ""))
        self.notes.setMaximumHeight(90)  # the revenue table below needs the room more
        self.revenue = RevenueModel([
            {"period": period_text(r.year, r.quarter), "planned": _amount_text(r.planned),
             "actual": _amount_text(r.actual), "currency": r.currency}
            for r in (a.revenue if a else [])
        ])  # fmt: skip
        self.revenue_box = row_table(
            self.revenue, self.tr("Add period"), self.tr("Remove period"),
            {"period": str(datetime.now().year), "currency": "EUR"},
            self.tr("Period: 2026 or 2026-Q3"),
        )  # fmt: skip
        self.add_row("revenue", self.tr("Revenue"), self.revenue_box)
        self.watch(self.revenue)
        self.dirty = False

    def revenue_rows(self) -> list:
        """The revenue table as figures; a wrong cell is named by its row."""
        from kamdesk.services.accounts import RevenueRow

        rows = []
        for number, row in enumerate(self.revenue.rows(), start=1):
            where = self.tr("row %1: ").replace("%1", str(number))
            try:
                year, quarter = parse_period(row.get("period", ""))
            except ValueError as error:
                raise ValidationError("revenue", where + str(error)) from None
            currency = (row.get("currency") or "EUR").strip().upper()
            if len(currency) != 3 or not currency.isalpha():
                raise ValidationError("revenue", where + f"'{currency}' is not a currency code")
            try:
                planned = _decimal(row.get("planned", ""), "revenue")
                actual = _decimal(row.get("actual", ""), "revenue")
            except ValidationError as error:
                raise ValidationError("revenue", where + error.message) from None
            rows.append(RevenueRow(year, quarter, planned, actual, currency))
        return rows

    def save(self):
        from kamdesk.services.accounts import AccountInput

        data = AccountInput(
            self.name.text(),
            self.tier.currentData() or Tier.PROSPECT,
            self.industry.text(),
            self.region.text(),
            self.city.text(),
            self.country.text(),
            self.lead_source.currentData(),
            self.website.text(),
            self.notes.toPlainText(),
            self.revenue_rows(),
        )
        if self.account_id is None:
            return self.service.create_account(data)
        self.service.update_account(self.account_id, data)
        return self.account_id


class InteractionDialog(FormDialog):
    """Log a call, meeting or letter in a few keystrokes: kind, summary, who, Enter.

    Given `interaction` (an InteractionSummary), the dialog opens filled and saves changes.
    """

    def __init__(self, db, account_id: uuid.UUID, person_ids=(), parent=None,
                 interaction=None, today: date | None = None) -> None:  # fmt: skip
        from kamdesk.services.interactions import InteractionService

        super().__init__(self.tr("Log a contact") if interaction is None
                         else self.tr("Contact logged"), parent)  # fmt: skip
        self.today = today or date.today()
        self.setMinimumWidth(600)
        self.service, self.account_id = InteractionService(db), account_id
        self.interaction = interaction
        if interaction is not None:
            person_ids = [p.id for p in interaction.people]
        self.kind = self.add_row("kind", self.tr("Kind"), enum_combo(
            InteractionKind, interaction.kind if interaction else InteractionKind.CALL, ""))
        self.kind.removeItem(0)
        when = (_local(interaction.occurred_at) if interaction
                else QDateTime.currentDateTime())  # fmt: skip
        self.when = self.add_row("occurred_at", self.tr("When"), _date_time_edit(when))
        self.summary = self.add_row("summary", self.tr("Summary"),
                                    QLineEdit(interaction.summary if interaction else ""))
        self.summary.setPlaceholderText(self.tr("What happened, in a few words"))
        self.people = self.add_row(
            "people", self.tr("With"), _people_picker(db, account_id, person_ids)
        )
        self.watch(self.people.model())
        self.details = self.add_row("details", self.tr("Details"),
                                    QPlainTextEdit(interaction.details if interaction else ""))
        self.details.setMaximumHeight(90)
        self.next_step = self.next_due = None
        if interaction is None:  # a logged entry keeps its tasks; they are edited as tasks
            self.next_step, self.next_due = next_step_rows(self)
        self.summary.setFocus()
        self.summary.returnPressed.connect(self.accept)
        self.dirty = False

    def data(self):
        from kamdesk.services.interactions import InteractionInput

        when = self.when.dateTime().toPython().astimezone()
        step, due = next_step_of(self)
        return InteractionInput(self.kind.currentData(), when, self.summary.text(),
                                self.details.toPlainText(), _picked(self.people),
                                step, due)  # fmt: skip

    def save(self):
        if self.interaction is not None:
            self.service.update_interaction(self.interaction.id, self.data())
            return self.interaction.id
        return self.service.log_interaction(self.account_id, self.data())


def next_step_rows(dialog: FormDialog) -> tuple[QLineEdit, DateField]:
    """The optional next step of a contact or a meeting's outcome, and its due date."""
    # One context for every dialog that has these rows (dialog.tr would look them up under
    # each dialog's class, while lupdate files them under "dialog").
    translate = QCoreApplication.translate
    step = dialog.add_row("next_step", translate("dialog", "Next step"), QLineEdit())
    step.setPlaceholderText(translate("dialog", "Optional: what to do next, becomes a task"))
    due = dialog.add_row("next_due", translate("dialog", "Next step due"),
                         DateField(field="next_due"))  # fmt: skip
    dialog.watch(due.edit)
    return step, due


def next_step_of(dialog) -> tuple[str, date | None]:
    if dialog.next_step is None:
        return "", None
    return dialog.next_step.text(), dialog.next_due.date_on_or_after(dialog.today)


def _zone_box(zone: str) -> QComboBox:
    """An editable list of IANA zones (typing completes), holding `zone`."""
    from zoneinfo import available_timezones

    box = QComboBox()
    box.setEditable(True)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    box.addItems(sorted(z for z in available_timezones() if "/" in z and not z.startswith("Etc")))
    box.setCurrentText(zone)
    return box


class MeetingDialog(FormDialog):
    """Plan a meeting, or (given `meeting`, a MeetingSummary) change one.

    The time is the one on the meeting place's clock, in the zone below it (by default the
    zone of the account's city): a meeting in Davao is typed at 09:00 from a laptop in Gdańsk.
    """

    def __init__(self, db, account_id: uuid.UUID, parent=None, meeting=None) -> None:
        from kamdesk.domain.time_zones import zone_of_place
        from kamdesk.services.accounts import AccountService
        from kamdesk.services.meetings import MeetingService

        super().__init__(self.tr("Plan a meeting") if meeting is None else self.tr("Meeting"),
                         parent)  # fmt: skip
        self.setMinimumWidth(600)
        self.service, self.account_id, self.meeting = MeetingService(db), account_id, meeting
        if meeting is not None:
            zone = meeting.time_zone
            start = QDateTime(meeting.local_starts_at.replace(tzinfo=None))
        else:
            account = AccountService(db).get_account(account_id)
            zone = zone_of_place(account.city, account.country)
            start = QDateTime.currentDateTime().addDays(7)
            start.setTime(start.time().fromString("10:00", "HH:mm"))
        self.starts = self.add_row("starts_at", self.tr("When (local time there)"),
                                   _date_time_edit(start))  # fmt: skip
        self.time_zone = self.add_row("time_zone", self.tr("Time zone"), _zone_box(zone))
        self.time_zone.setToolTip(self.tr("Empty: the time zone of the account's city"))
        self.place = self.add_row("place", self.tr("Where"),
                                  QLineEdit(meeting.place if meeting else ""))
        self.objective = self.add_row("objective", self.tr("Objective"),
                                      QLineEdit(meeting.objective if meeting else ""))
        chosen = [p.id for p in meeting.attendees] if meeting else ()
        self.attendees = self.add_row(
            "attendees", self.tr("Attendees"), _people_picker(db, account_id, chosen)
        )
        self.watch(self.attendees.model())
        self.notes = self.add_row("notes", self.tr("Notes"),
                                  QPlainTextEdit(meeting.notes if meeting else ""))
        self.watch(self.time_zone.lineEdit())
        self.dirty = False

    def data(self):
        from kamdesk.services.meetings import MeetingInput

        # A naive time is the wall-clock time at the place, in the zone given.
        zone = self.time_zone.currentText().strip()
        return MeetingInput(self.starts.dateTime().toPython().replace(tzinfo=None),
                            self.place.text(), self.objective.text(), self.notes.toPlainText(),
                            _picked(self.attendees), zone)  # fmt: skip

    def save(self):
        if self.meeting is not None:
            self.service.update_meeting(self.meeting.id, self.data())
            return self.meeting.id
        return self.service.plan_meeting(self.account_id, self.data())


class ProposalDialog(FormDialog):
    def __init__(self, db, account_id: uuid.UUID, today, parent=None) -> None:
        from kamdesk.services.proposals import ProposalService

        super().__init__(self.tr("New proposal"), parent)
        self.service, self.account_id = ProposalService(db), account_id
        self.title = self.add_row("title", self.tr("Title"), QLineEdit())
        self.value = self.add_row("value", self.tr("Value"), QLineEdit())
        self.currency = self.add_row("currency", self.tr("Currency"), QLineEdit("EUR"))
        self.expires = self.add_row(
            "expires_on", self.tr("Valid until"), _date_edit(QDate(today + timedelta(days=30)))
        )
        self.team = self.add_row(
            "team", self.tr("Prepared by (one per line: name, role)"), QPlainTextEdit()
        )
        self.team.setMaximumHeight(80)
        self.notes = self.add_row("notes", self.tr("Notes"), QPlainTextEdit())
        self.notes.setMaximumHeight(80)
        self.dirty = False

    def save(self):
        from kamdesk.services.proposals import ProposalInput, TeamMemberData

        team = []
        for line in self.team.toPlainText().splitlines():
            name, _, role = line.partition(",")
            if name.strip():
                team.append(TeamMemberData(name.strip(), role.strip()))
        return self.service.create_proposal(self.account_id, ProposalInput(
            self.title.text(), _decimal(self.value.text(), "value"),
            self.currency.text().strip().upper() or "EUR", self.expires.date().toPython(),
            self.notes.toPlainText(), team))  # fmt: skip


class TenderDialog(FormDialog):
    def __init__(self, db, account_id: uuid.UUID, today, parent=None) -> None:
        from kamdesk.services.tenders import TenderService

        super().__init__(self.tr("New tender"), parent)
        self.service, self.account_id = TenderService(db), account_id
        self.title = self.add_row("title", self.tr("Title"), QLineEdit())
        self.date = self.add_row(
            "tender_date", self.tr("Tender date"), _date_edit(QDate(today + timedelta(days=300)))
        )
        self.dirty = False

    def save(self):
        from kamdesk.services.tenders import TenderInput

        return self.service.create_tender(
            self.account_id, TenderInput(self.title.text(), self.date.date().toPython())
        )


class ServiceCaseDialog(FormDialog):
    def __init__(self, db, account_id: uuid.UUID, today, parent=None) -> None:
        from kamdesk.services.service_cases import ServiceCaseService

        super().__init__(self.tr("New service case"), parent)
        self.service, self.account_id = ServiceCaseService(db), account_id
        self.kind = self.add_row(
            "kind", self.tr("Kind"), enum_combo(ServiceCaseKind, ServiceCaseKind.COMPLAINT, "")
        )
        self.kind.removeItem(0)
        self.title = self.add_row("title", self.tr("Case"), QLineEdit())
        self.opened = self.add_row("opened_on", self.tr("Opened"), _date_edit(QDate(today)))
        self.details = self.add_row("details", self.tr("Details"), QPlainTextEdit())
        self.dirty = False

    def save(self):
        from kamdesk.services.service_cases import ServiceCaseInput

        return self.service.open_case(
            self.account_id,
            ServiceCaseInput(
                self.kind.currentData(),
                self.title.text(),
                self.opened.date().toPython(),
                self.details.toPlainText(),
            ),
        )


def now_local() -> datetime:
    return datetime.now().astimezone()


__all__ = [
    "AccountDialog",
    "InteractionDialog",
    "MeetingDialog",
    "ProposalDialog",
    "ServiceCaseDialog",
    "TenderDialog",
    "QComboBox",
]
