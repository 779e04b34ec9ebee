"""The left pane: the pages to go to, and below them what the agenda holds this week.

Built before the database opens, so the services are imported only when it refreshes.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QLabel, QListWidget, QListWidgetItem, QVBoxLayout

from kamdesk.domain.agenda_groups import WEEK_DAYS
from kamdesk.ui import theme

ITEM_HEIGHT = 34
SETTLE_MS = 300  # after an edit, the week's count waits this long for the next


def _pane_style(c: theme.Colours) -> str:
    return f"""
QFrame#navigation-pane {{ background: {c.pane_background};
                         border-right: 1px solid {c.pane_border}; }}
QListWidget#navigation {{ border: none; background: transparent; font-size: 11pt; outline: 0; }}
QListWidget#navigation::item {{ padding-left: 12px; margin: 1px 8px; border-radius: 6px;
                               color: {c.pane_text}; }}
QListWidget#navigation::item:hover:!selected {{ background: {c.pane_hover}; }}
QListWidget#navigation::item:selected {{ background: {c.selected}; color: {c.selected_text}; }}
QLabel#agenda-summary {{ color: {c.summary_text}; padding: 4px 20px; }}
QFrame#navigation-rule {{ color: {c.pane_border}; margin: 0 16px; }}
"""


class NavigationPane(QFrame):
    """`pages` is the list the user picks from; `summary` counts what needs them this week.

    `summary_clicked` fires when a line of the summary is clicked (it leads to Today).
    """

    summary_clicked = Signal()
    summary_shown = Signal()

    def __init__(self, titles: list[str], parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("navigation-pane")
        theme.style(self, _pane_style)
        self.pages = QListWidget()
        self.pages.setObjectName("navigation")
        self.pages.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pages.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for title in titles:
            item = QListWidgetItem(title)
            item.setSizeHint(QSize(0, ITEM_HEIGHT))
            self.pages.addItem(item)
        self.pages.setFixedHeight(ITEM_HEIGHT * len(titles) + 2 * len(titles) + 4)
        self.summary = QLabel()
        self.summary.setObjectName("agenda-summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.linkActivated.connect(lambda _link: self.summary_clicked.emit())
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setObjectName("navigation-rule")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 10, 0, 10)
        column.setSpacing(8)
        column.addWidget(self.pages)
        column.addWidget(rule)
        column.addWidget(self.summary)
        column.addStretch(1)
        self._generation = 0
        self._settle = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._settle.timeout.connect(self._count_off_thread)
        self._pending: tuple[object, date] | None = None
        self.setMinimumWidth(160)
        self.setMaximumWidth(260)

    def refresh(self, db, today: date, *, off_thread: bool = False) -> None:
        """Count the week's agenda; `off_thread` (after an edit), so that the page
        showing the edit does not wait for it: the count starts once the edits have paused
        for SETTLE_MS, since a count running beside the page's redraw takes half its Python
        time (one interpreter lock). `summary_shown` fires once the counts are in."""
        self._generation += 1
        if not off_thread:
            self._settle.stop()
            self._show(self._generation, self._count(db, today))
            return
        self._pending = (db, today)
        self._settle.start()

    @staticmethod
    def _count(db, today: date) -> Counter[str]:
        from kamdesk.services.agenda_counts import agenda_counts

        # birthdays counted by the database, not made line by line
        return week_counts(agenda_counts(db, today, WEEK_DAYS - 1))

    def _count_off_thread(self) -> None:
        from kamdesk.ui.worker import run_in_background

        generation = self._generation
        db, today = self._pending
        self._job = run_in_background(lambda: self._count(db, today),
                                      lambda counts: self._show(generation, counts),
                                      lambda _error: None, self)

    def _show(self, generation: int, counts: Counter[str]) -> None:
        if generation != self._generation:
            return  # a newer count is on its way
        lines = lines_of_counts(counts)
        if not lines:
            lines = [(self.tr("Nothing urgent this week."), False)]
        links = []
        c = theme.current()
        for text, urgent in lines:
            style = f"text-decoration: none; color: {c.danger if urgent else c.pane_text}"
            links.append(f"<a href='today' style='{style}'>{text}</a>")
        self.summary.setText("<br>".join(links))
        self.summary_shown.emit()


def summary_lines(items, today: date) -> list[tuple[str, bool]]:
    """("3 birthdays this week", urgent?) for each kind of agenda item the week holds."""
    week_end = today + timedelta(days=WEEK_DAYS - 1)
    counts: Counter[str] = Counter()
    for item in items:
        kind = item.kind.value
        if kind == "task":
            kind = "overdue" if item.overdue else ("due_today" if item.on == today else "")
        elif kind == "meeting" and item.overdue:
            kind = "outcome"  # a meeting that took place, its outcome not recorded yet
        if kind and item.on <= week_end:
            counts[kind] += 1
    return lines_of_counts(counts)


def week_counts(counts) -> Counter[str]:
    """What `summary_lines` counts, from `agenda_counts(db, today, WEEK_DAYS - 1)` (lines
    and overdue ones per group and kind) instead of the week's lines themselves."""
    found: Counter[str] = Counter()
    for group, per_kind in counts.items():
        for kind, (lines, overdue) in per_kind.items():
            if kind.value == "task":
                found["overdue"] += overdue
                if group.value == "today":
                    found["due_today"] += lines - overdue
            elif kind.value == "meeting":
                found["outcome"] += overdue
                found["meeting"] += lines - overdue
            else:
                found[kind.value] += lines
    return found


def lines_of_counts(counts: Counter[str]) -> list[tuple[str, bool]]:
    # A count of one has its own sentence; the others go through Qt's plural forms (%n).
    # The context is spelled out, not self.tr, so that lupdate files them under the pane.
    translate = QCoreApplication.translate
    wording = (
        ("overdue",
         lambda n: translate("NavigationPane", "1 task overdue") if n == 1
         else translate("NavigationPane", "%n tasks overdue", "", n), True),
        ("due_today",
         lambda n: translate("NavigationPane", "1 task due today") if n == 1
         else translate("NavigationPane", "%n tasks due today", "", n), False),
        ("meeting",
         lambda n: translate("NavigationPane", "1 meeting this week") if n == 1
         else translate("NavigationPane", "%n meetings this week", "", n), False),
        ("outcome",
         lambda n: translate("NavigationPane", "1 meeting outcome to record") if n == 1
         else translate("NavigationPane", "%n meeting outcomes to record", "", n), True),
        ("birthday",
         lambda n: translate("NavigationPane", "1 birthday this week") if n == 1
         else translate("NavigationPane", "%n birthdays this week", "", n), False),
        ("proposal_expiry",
         lambda n: translate("NavigationPane", "1 proposal expiring") if n == 1
         else translate("NavigationPane", "%n proposals expiring", "", n), False),
        ("tender_preparation",
         lambda n: translate("NavigationPane", "1 tender to start preparing") if n == 1
         else translate("NavigationPane", "%n tenders to start preparing", "", n), False),
        ("tender",
         lambda n: translate("NavigationPane", "1 tender this week") if n == 1
         else translate("NavigationPane", "%n tenders this week", "", n), False),
        ("service_case",
         lambda n: translate("NavigationPane", "1 service case open too long") if n == 1
         else translate("NavigationPane", "%n service cases open too long", "", n), True),
    )
    return [(words(counts[kind]), urgent) for kind, words, urgent in wording if counts[kind]]
