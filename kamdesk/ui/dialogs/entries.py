"""The small dialogs: an account, a proposal, a tender, a service case.

Logging a contact and planning a meeting are in activity_dialogs."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QDate, QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QLineEdit,
    QPlainTextEdit,
)

from kamdesk.domain.enums import LeadSource, ServiceCaseKind, Tier
from kamdesk.domain.periods import parse_period, period_text
from kamdesk.services.errors import ValidationError
from kamdesk.ui.dialogs.form_dialog import FormDialog
from kamdesk.ui.dialogs.person_editor import enum_combo
from kamdesk.ui.dialogs.row_table import row_table
from kamdesk.ui.display_labels import DATE_FORMAT, date_time_format, ui_locale
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
        self.base = a  # a save refuses to overwrite what someone saved after this
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
        ])
        self.revenue_box = row_table(
            self.revenue, self.tr("Add period"), self.tr("Remove period"),
            {"period": str(datetime.now().year), "currency": "EUR"},
            self.tr("Period: 2026 or 2026-Q3"),
        )
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
        self.service.update_account(self.account_id, self.prepared(data), base=self.base)
        return self.account_id


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
            self.notes.toPlainText(), team))


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
    "ProposalDialog",
    "ServiceCaseDialog",
    "TenderDialog",
    "QComboBox",
]
