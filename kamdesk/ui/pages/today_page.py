"""Today: what needs the KAM, under Overdue / Today / This week / Later.

Birthdays, due and overdue tasks, planned meetings at the place's local time (and past ones
whose outcome is still to record), expiring proposals, tenders, cases open too long.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QSpinBox

from kamdesk.domain.agenda_groups import AgendaGroup
from kamdesk.domain.changes import Changes, Record
from kamdesk.services.agenda import AgendaKind, AgendaService, in_agenda_order
from kamdesk.services.agenda_counts import agenda_with_counts
from kamdesk.ui import task_actions
from kamdesk.ui.list_view import ListView
from kamdesk.ui.models.agenda_model import AgendaHeading, AgendaModel, AgendaProxy, grouped
from kamdesk.ui.notices import AGENDA, ShowsRecords
from kamdesk.ui.sentences import agenda_text

PAGE_MARGINS = (12, 10, 12, 10)
# Later's lines are read with the rest up to this many; beyond, its heading says how many
# and they are read when it is clicked (120 days of a department: tens of thousands).
LATER_AT_ONCE = 200

# What the kind filter offers; a department's two weeks hold thousands of birthdays alone.
KIND_CHOICES = (
    (QT_TRANSLATE_NOOP("TodayPage", "Everything"), None),
    (QT_TRANSLATE_NOOP("TodayPage", "Birthdays"), (AgendaKind.BIRTHDAY,)),
    (QT_TRANSLATE_NOOP("TodayPage", "Tasks"), (AgendaKind.TASK,)),
    (QT_TRANSLATE_NOOP("TodayPage", "Proposals expiring"), (AgendaKind.PROPOSAL_EXPIRY,)),
    (QT_TRANSLATE_NOOP("TodayPage", "Tenders"),
     (AgendaKind.TENDER_PREPARATION, AgendaKind.TENDER)),
    (QT_TRANSLATE_NOOP("TodayPage", "Service cases"), (AgendaKind.SERVICE_CASE,)),
)
SUMMARY_NAMES = {
    AgendaKind.BIRTHDAY: QT_TRANSLATE_NOOP("TodayPage", "Birthdays: %1"),
    AgendaKind.TASK: QT_TRANSLATE_NOOP("TodayPage", "Tasks: %1"),
    AgendaKind.PROPOSAL_EXPIRY: QT_TRANSLATE_NOOP("TodayPage", "Proposals expiring: %1"),
    AgendaKind.TENDER_PREPARATION: QT_TRANSLATE_NOOP("TodayPage", "Tender preparations: %1"),
    AgendaKind.TENDER: QT_TRANSLATE_NOOP("TodayPage", "Tenders: %1"),
    AgendaKind.SERVICE_CASE: QT_TRANSLATE_NOOP("TodayPage", "Service cases: %1"),
    AgendaKind.MEETING: QT_TRANSLATE_NOOP("TodayPage", "Meetings: %1"),
    AgendaKind.PRIVACY_REVIEW: QT_TRANSLATE_NOOP("TodayPage", "Data reviews due: %1"),
}


class TodayPage(ShowsRecords, ListView):
    watches = AGENDA

    def __init__(self, context, settings, parent=None) -> None:
        model = AgendaModel()
        super().__init__(model, filter_text=self.tr("Filter the agenda…"),
                         stretch=AgendaModel.COL_WHAT, proxy=AgendaProxy,
                         parent=parent)
        self.setObjectName("today")
        self.layout().setContentsMargins(*PAGE_MARGINS)
        self.context, self.settings = context, settings
        # The groups keep the order; clicking a column title would scatter them.
        self.table.setSortingEnabled(False)
        model.on_check = self.tick_off
        heading = QLabel(self.tr("Agenda"))
        heading.setStyleSheet("font-size: 13pt; font-weight: 600; margin-right: 8px;")
        self.buttons.insertWidget(0, heading)
        self.brief_button = self.add_button(self.tr("Brief…"), self.brief)
        self.brief_button.setToolTip(self.tr("The briefing PDF for the account or meeting"))
        self.outcome_button = self.add_button(self.tr("Record outcome…"), self.record_outcome)
        self.task_buttons = [
            self.add_button(self.tr("Snooze a day"), lambda: self.snooze(1)),
            self.add_button(self.tr("Snooze a week"), lambda: self.snooze(7)),
            self.add_button(self.tr("Edit task…"), self.edit_task),
        ]
        self.dialog = None
        self.later_at_once = LATER_AT_ONCE
        self._opened: set[AgendaGroup] = set()  # closed groups the user opened
        self._counts: dict = {}
        self._items: list = []
        self.table.clicked.connect(self._clicked)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.proxy.modelReset.connect(self._selection_changed)
        for signal in (self.proxy.modelReset, self.proxy.layoutChanged,
                       self.proxy.rowsInserted, self.proxy.rowsRemoved):
            signal.connect(self._span_headings)
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
        self._selection_changed()

    def settings_changed(self) -> None:
        self.days.setValue(self.settings.agenda_days())

    def _days_changed(self, days: int) -> None:
        self.settings.set_agenda_days(days)
        self.refresh()

    def _span_headings(self, *_args) -> None:
        self.table.clearSpans()
        columns = self.model.columnCount()
        for source in self.model.heading_rows():  # four at most: not a walk over every line
            row = self.proxy.mapFromSource(self.model.index(source, 0)).row()
            if row >= 0:
                self.table.setSpan(row, 0, 1, columns)

    def _selection_changed(self, *_args) -> None:
        item = self.current()
        self.brief_button.setEnabled(item is not None and item.account_id is not None)
        for button in self.task_buttons:
            button.setEnabled(item is not None and item.kind is AgendaKind.TASK)
        self.outcome_button.setEnabled(self._past_meeting() is not None)

    def refresh(self) -> None:
        """The summary and every heading from the counts; the lines of the open groups
        (Later stays closed when it holds more than `later_at_once` lines)."""
        today, days, kinds = self.context.today(), self.days.value(), self.kinds.currentData()
        later = AgendaGroup.LATER
        self._counts, self._items = agenda_with_counts(
            self.context.db, today, days, kinds, groups=[g for g in AgendaGroup if g is not later])
        count = sum(n for n, _ in self._counts.get(later, {}).values())
        closed = {later}
        if count and (count <= self.later_at_once or later in self._opened):
            closed = set()
            self._items = in_agenda_order(self._items + AgendaService(self.context.db).agenda(
                today, days, kinds, groups=(later,)))
        self._show(closed)

    def _show(self, closed) -> None:
        self.summary.setText(self.summary_text(self._counts))
        self.summary.setVisible(bool(self._counts))
        days = self.days.value()
        self.set_rows(grouped(self._items, self._counts, closed),  # the headings span (reset)
                      self.tr("Nothing needs you in the next day.") if days == 1 else
                      self.tr("Nothing needs you in the next %n days.", "", days))

    def open_group(self, group: AgendaGroup) -> None:
        """Read a closed group's lines and show them under its heading."""
        if group in self._opened:
            return
        self._opened.add(group)
        items = AgendaService(self.context.db).agenda(
            self.context.today(), self.days.value(), self.kinds.currentData(), groups=(group,))
        self._items = in_agenda_order([i for i in self._items if i.group is not group] + items)
        closed = {r.group for r in self.model.rows()
                  if isinstance(r, AgendaHeading) and r.closed} - {group}
        self._show(closed)

    def _clicked(self, index) -> None:
        row = self.proxy.row_at(index.row())
        if isinstance(row, AgendaHeading) and row.closed:
            self.open_group(row.group)

    def summary_text(self, counts) -> str:
        """What the agenda holds, kind by kind, before its lines: "Birthdays: 1,346 · …";
        `counts` as agenda_counts gives them, per group and kind."""
        locale = self.locale()
        parts = []
        totals: dict[AgendaKind, list[int]] = {kind: [0, 0] for kind in AgendaKind}
        for per_kind in counts.values():
            for kind, (lines, late) in per_kind.items():
                totals[kind][0] += lines
                totals[kind][1] += late
        for kind, (count, overdue) in totals.items():
            if not count:
                continue
            text = QCoreApplication.translate("TodayPage", SUMMARY_NAMES[kind])
            text = text.replace("%1", locale.toString(count))
            if overdue:
                text += " " + self.tr("(%1 overdue)").replace("%1", locale.toString(overdue))
            parts.append(text)
        return " · ".join(parts)

    def tick_off(self, item, done: bool) -> None:
        if item.kind is AgendaKind.TASK and done:
            task_actions.tick_off(self.context, item.ref_id, agenda_text(item))

    def _task(self):
        item = self.current()
        return item if item is not None and item.kind is AgendaKind.TASK else None

    def _past_meeting(self):
        item = self.current()
        return item if item is not None and item.kind is AgendaKind.MEETING and item.overdue \
            else None

    def snooze(self, days: int) -> None:
        if item := self._task():
            task_actions.snooze(self.context, item.ref_id, agenda_text(item), days)

    def edit_task(self) -> None:
        if item := self._task():
            from kamdesk.ui.dialogs.task_dialog import TaskDialog

            self._open(TaskDialog(self.context.db, item.account_id, self.context.today(),
                                  task_id=item.ref_id, parent=self),
                       Changes.of(Record.TASK, account=item.account_id))

    def record_outcome(self) -> None:
        if item := self._past_meeting():
            from kamdesk.services.meetings import MeetingService
            from kamdesk.ui.dialogs.outcome_dialog import OutcomeDialog

            meeting = MeetingService(self.context.db).get_meeting(item.ref_id)
            self._open(OutcomeDialog(self.context.db, meeting, self.context.today(), self),
                       Changes.of(Record.MEETING, Record.INTERACTION, Record.TASK,
                                  account=item.account_id))

    def _open(self, dialog, changes: Changes) -> None:
        self.dialog = dialog
        dialog.accepted.connect(lambda: self.context.notify(changes))
        dialog.open()

    def open_item(self, item) -> None:
        if isinstance(item, AgendaHeading) or item.account_id is None:
            return
        if item.kind in (AgendaKind.BIRTHDAY, AgendaKind.PRIVACY_REVIEW):
            self.context.open_person.emit(item.account_id, item.ref_id)
        elif item.kind is AgendaKind.MEETING and item.overdue:
            self.record_outcome()
        elif item.kind is AgendaKind.MEETING:
            self.context.open_meeting.emit(item.account_id, item.ref_id)
        elif item.kind is AgendaKind.TASK:
            self.context.open_entry.emit(item.account_id, "task", item.ref_id)
        else:
            self.context.open_account.emit(item.account_id)

    def brief(self) -> None:
        item = self.current()
        if item is None or item.account_id is None:
            return
        from kamdesk.ui.brief_preview import open_brief_preview

        meeting = item.ref_id if item.kind is AgendaKind.MEETING else None
        open_brief_preview(self, self.context.db, item.account_id, meeting,
                           today=self.context.today(), settings=self.context.settings)
