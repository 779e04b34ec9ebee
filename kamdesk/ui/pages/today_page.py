"""Today: birthdays, due and overdue tasks, expiring proposals, tenders, cases open too long."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QSpinBox

from kamdesk.services.agenda import AgendaKind, AgendaService, agenda_summary
from kamdesk.services.tasks import TaskService
from kamdesk.ui.list_view import ListView
from kamdesk.ui.models.lists import AgendaModel

PAGE_MARGINS = (12, 10, 12, 10)

# What the kind filter offers; a department's two weeks hold thousands of birthdays alone.
KIND_CHOICES = (
    (QT_TRANSLATE_NOOP("TodayPage", "Everything"), None),
    (QT_TRANSLATE_NOOP("TodayPage", "Birthdays"), (AgendaKind.BIRTHDAY,)),
    (QT_TRANSLATE_NOOP("TodayPage", "Tasks"), (AgendaKind.TASK,)),
    (QT_TRANSLATE_NOOP("TodayPage", "Proposals expiring"), (AgendaKind.PROPOSAL_EXPIRY,)),
    (QT_TRANSLATE_NOOP("TodayPage", "Tenders"),
     (AgendaKind.TENDER_PREPARATION, AgendaKind.TENDER)),
    (QT_TRANSLATE_NOOP("TodayPage", "Service cases"), (AgendaKind.SERVICE_CASE,)),
)  # fmt: skip
SUMMARY_NAMES = {
    AgendaKind.BIRTHDAY: QT_TRANSLATE_NOOP("TodayPage", "Birthdays: %1"),
    AgendaKind.TASK: QT_TRANSLATE_NOOP("TodayPage", "Tasks: %1"),
    AgendaKind.PROPOSAL_EXPIRY: QT_TRANSLATE_NOOP("TodayPage", "Proposals expiring: %1"),
    AgendaKind.TENDER_PREPARATION: QT_TRANSLATE_NOOP("TodayPage", "Tender preparations: %1"),
    AgendaKind.TENDER: QT_TRANSLATE_NOOP("TodayPage", "Tenders: %1"),
    AgendaKind.SERVICE_CASE: QT_TRANSLATE_NOOP("TodayPage", "Service cases: %1"),
}


class TodayPage(ListView):
    def __init__(self, context, settings, parent=None) -> None:
        model = AgendaModel()
        super().__init__(model, filter_text=self.tr("Filter the agenda…"),
                         stretch=AgendaModel.COL_WHAT, parent=parent)  # fmt: skip
        self.setObjectName("today")
        self.layout().setContentsMargins(*PAGE_MARGINS)
        self.context, self.settings = context, settings
        model.on_check = self.tick_off
        heading = QLabel(self.tr("Agenda"))
        heading.setStyleSheet("font-size: 13pt; font-weight: 600; margin-right: 8px;")
        self.buttons.insertWidget(0, heading)
        self.brief_button = self.add_button(self.tr("Brief…"), self.brief)
        self.brief_button.setToolTip(self.tr("The briefing PDF for the account of this item"))
        self.brief_button.setEnabled(False)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.proxy.modelReset.connect(self._selection_changed)
        self.days = QSpinBox()
        self.days.setRange(1, 366)
        self.days.setValue(settings.agenda_days())
        self.days.setSuffix(self.tr(" days ahead"))
        self.days.valueChanged.connect(self._days_changed)
        self.days.setMaximumWidth(160)
        self.kinds = QComboBox()
        self.kinds.setObjectName("agenda-kinds")
        for text, kinds in KIND_CHOICES:
            self.kinds.addItem(QCoreApplication.translate("TodayPage", text), kinds)
        self.kinds.currentIndexChanged.connect(lambda _: self.refresh())
        self.buttons.addWidget(self.kinds)
        self.buttons.addWidget(self.days)
        self.summary = QLabel()
        self.summary.setObjectName("agenda-summary")
        self.layout().insertWidget(1, self.summary)
        self.activated_row.connect(self.open_item)

    def _days_changed(self, days: int) -> None:
        self.settings.set_agenda_days(days)
        self.refresh()

    def _selection_changed(self, *_args) -> None:
        item = self.current()
        self.brief_button.setEnabled(item is not None and item.account_id is not None)

    def refresh(self) -> None:
        items = AgendaService(self.context.db).agenda(
            self.context.today(), self.days.value(), self.kinds.currentData()
        )
        self.summary.setText(self.summary_text(items))
        self.summary.setVisible(bool(items))
        days = self.days.value()
        self.set_rows(items, self.tr("Nothing needs you in the next day.") if days == 1
                      else self.tr("Nothing needs you in the next %n days.", "", days))  # fmt: skip

    def summary_text(self, items) -> str:
        """What the agenda holds, kind by kind, before its lines: "Birthdays: 1,346 · …"."""
        locale = self.locale()
        parts = []
        for kind, (count, overdue) in agenda_summary(items).items():
            text = QCoreApplication.translate("TodayPage", SUMMARY_NAMES[kind])
            text = text.replace("%1", locale.toString(count))
            if overdue:
                text += " " + self.tr("(%1 overdue)").replace("%1", locale.toString(overdue))
            parts.append(text)
        return " · ".join(parts)

    def tick_off(self, item, done: bool) -> None:
        if item.kind is AgendaKind.TASK and done:
            TaskService(self.context.db).set_done(item.ref_id, True)
            self.context.changed.emit()

    def open_item(self, item) -> None:
        if item.account_id is None:
            return
        if item.kind is AgendaKind.BIRTHDAY:
            self.context.open_person.emit(item.account_id, item.ref_id)
        else:
            self.context.open_account.emit(item.account_id)

    def brief(self) -> None:
        item = self.current()
        if item is None or item.account_id is None:
            return
        from kamdesk.ui.brief_preview import open_brief_preview

        open_brief_preview(self, self.context.db, item.account_id)
