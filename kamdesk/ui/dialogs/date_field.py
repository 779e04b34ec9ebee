"""A date typed as people write it (21.06., 21/06, 2026-06-21; the year optional) or picked
from a calendar. Reading is kamdesk.domain.date_entry's; this is the widget around it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from kamdesk.domain.date_entry import DAY_FIRST, MONTH_FIRST, DateEntryError, parse_entered_date
from kamdesk.services.errors import ValidationError
from kamdesk.ui.display_labels import ui_locale


def locale_date_order() -> str:
    """DAY_FIRST or MONTH_FIRST, as the user's locale writes a short date (21/06 or 06/21)."""
    pattern = ui_locale().dateFormat(ui_locale().FormatType.ShortFormat)
    day, month = pattern.find("d"), pattern.find("M")
    return MONTH_FIRST if 0 <= month < day else DAY_FIRST


def entered_text(day: int, month: int, year: int | None) -> str:
    """A date written back so that it reads the same in every locale: ISO, or 21.06."""
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"{day:02d}.{month:02d}."


def read_entered(text: str, field: str):
    """The EnteredDate in `text` (None when empty); ValidationError(field) when unreadable."""
    if not text.strip():
        return None
    try:
        return parse_entered_date(text, locale_date_order())
    except DateEntryError as error:
        raise ValidationError(field, str(error)) from None


class DateField(QWidget):
    """A line to type a date in, and a button that opens a calendar to pick one."""

    def __init__(self, value: date | None = None, field: str = "date", parent=None) -> None:
        super().__init__(parent)
        self.field = field
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("21.06. or 2026-06-21"))
        self.pick = QToolButton()
        self.pick.setText("…")
        self.pick.setToolTip(self.tr("Pick the day from a calendar"))
        self.pick.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar = QCalendarWidget()
        self.calendar.setLocale(ui_locale())
        self.calendar.setGridVisible(False)
        menu = QMenu(self.pick)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self.calendar)
        menu.addAction(holder)
        self.pick.setMenu(menu)
        self.calendar.clicked.connect(self._picked)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self.edit, 1)
        row.addWidget(self.pick)
        self.set_date(value)
        self.setFocusProxy(self.edit)

    def _picked(self, picked: QDate) -> None:
        self.set_date(picked.toPython())
        self.pick.menu().hide()

    def set_date(self, value: date | None) -> None:
        self.edit.setText(entered_text(value.day, value.month, value.year) if value else "")
        if value:
            self.calendar.setSelectedDate(QDate(value))

    def entered(self):
        """The EnteredDate typed (its year may be None), or None when the line is empty."""
        return read_entered(self.edit.text(), self.field)

    def date_on_or_after(self, today: date) -> date | None:
        """The date typed; with no year, the next such day from `today` (a due date)."""
        found = self.entered()
        return found.on_or_after(today) if found else None

    def text(self) -> str:
        return self.edit.text()

    def setFocus(self, reason=Qt.FocusReason.OtherFocusReason) -> None:  # noqa: N802 - Qt API
        self.edit.setFocus(reason)
