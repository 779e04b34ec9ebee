"""The person editor's Privacy tab: legal basis, source of the data, collected, review date."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QDateEdit, QFormLayout, QLineEdit

from kamdesk.domain.enums import LegalBasis
from kamdesk.services.people import PrivacyData
from kamdesk.ui.display_labels import DATE_FORMAT, ui_locale

translate = QCoreApplication.translate

_NOT_SET = QDate(1900, 1, 1)  # the minimum date shows as "not set"


def optional_date_edit(value: date | None, blank: str) -> QDateEdit:
    """A calendar date field that can also be empty (its minimum reads as `blank`)."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setLocale(ui_locale())
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setMinimumDate(_NOT_SET)
    edit.setSpecialValueText(blank)
    edit.setDate(QDate(value) if value else _NOT_SET)
    return edit


def date_of(edit: QDateEdit) -> date | None:
    return None if edit.date() == _NOT_SET else edit.date().toPython()


class PrivacyFields:
    """Adds the privacy rows to `form` through the dialog's `add_row` (errors at the field)."""

    def __init__(self, dialog, form: QFormLayout, privacy: PrivacyData | None) -> None:
        from kamdesk.ui.dialogs.person_editor import enum_combo

        privacy = privacy or PrivacyData()
        not_set = translate("PersonEditor", "not set")
        basis = enum_combo(LegalBasis, privacy.legal_basis,
                           translate("PersonEditor", "not recorded"))
        self.legal_basis = dialog.add_row(
            "legal_basis", translate("PersonEditor", "Legal basis"), basis, form
        )
        self.data_source = dialog.add_row(
            "data_source", translate("PersonEditor", "Where the data came from"),
            QLineEdit(privacy.data_source), form,
        )
        self.data_source.setPlaceholderText(
            translate("PersonEditor", "e.g. business card at a trade fair, LinkedIn")
        )
        self.collected_on = dialog.add_row(
            "collected_on", translate("PersonEditor", "Collected on"),
            optional_date_edit(privacy.collected_on, not_set), form,
        )
        self.review_on = dialog.add_row(
            "review_on", translate("PersonEditor", "Review on"),
            optional_date_edit(privacy.review_on, not_set), form,
        )

    def privacy(self) -> PrivacyData:
        return PrivacyData(
            self.legal_basis.currentData(), self.data_source.text(),
            date_of(self.collected_on), date_of(self.review_on),
        )
