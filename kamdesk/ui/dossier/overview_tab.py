"""One account at a glance: tier and origin, revenue against plan, share, completeness, gaps."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QLabel,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kamdesk.services.overview import OverviewService
from kamdesk.ui import theme
from kamdesk.ui.display_labels import label, money, percent
from kamdesk.ui.dossier.plan_bar import PlanBar, attainment_colour
from kamdesk.ui.notices import EVERY_RECORD
from kamdesk.ui.sentences import completeness_gaps, concentration_alert


def _banner_style(c: theme.Colours) -> str:
    return (f"background: {c.alert_background}; color: {c.alert_text};"
            f" border: 1px solid {c.alert_border}; border-radius: 6px;"
            " padding: 8px 12px; font-weight: 600;")

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _heading(text: str) -> QLabel:
    heading = QLabel(text)
    heading.setStyleSheet("font-size: 12pt; font-weight: 600;")
    heading.setContentsMargins(0, 10, 0, 0)
    return heading


def _figure(caption: str, value: str, colour: str = "") -> QLabel:
    muted = f"color: {theme.current().muted};"
    figure = QLabel(f"<span style='{muted}'>{caption}</span><br>"
                    f"<span style='font-size: 14pt; font-weight: 600; {colour}'>{value}</span>")
    figure.setTextFormat(Qt.TextFormat.RichText)
    return figure


class OverviewTab(QScrollArea):
    watches = EVERY_RECORD  # a summary of the whole dossier

    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.warning = QLabel()
        self.completeness = QProgressBar()
        self.uncovered = QLabel()
        self.gaps = QLabel()

    def load(self, account_id) -> None:
        o = OverviewService(self.context.db, self.context.thresholds()).overview(
            account_id, self.context.today()
        )
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(12, 12, 12, 12)
        column.setSpacing(8)
        self.warning = QLabel("\n".join("⚠ " + concentration_alert(a) for a in o.alerts))
        self.warning.setObjectName("account-warning")
        self.warning.setWordWrap(True)
        theme.style(self.warning, _banner_style)
        self.warning.setVisible(bool(o.alerts))
        column.addWidget(self.warning)
        column.addLayout(self._facts(o.account))
        column.addWidget(_heading(self.tr("Numbers")))
        column.addLayout(self._figures(o))
        if o.account.revenue:
            column.addLayout(self._periods(o.account.revenue[-8:]))
        column.addWidget(_heading(self.tr("Dossier %1 % complete")
                                  .replace("%1", str(o.completeness.score))))
        self.completeness = QProgressBar()
        self.completeness.setObjectName("completeness")
        self.completeness.setRange(0, 100)
        self.completeness.setValue(o.completeness.score)
        self.completeness.setTextVisible(False)
        self.completeness.setFixedHeight(10)
        self.completeness.setMaximumWidth(420)
        column.addWidget(self.completeness)
        if o.completeness.gaps:
            lines = completeness_gaps(o.completeness.gaps, o.completeness.uncovered_roles)
            self.gaps = QLabel("<br>".join(f"• {html.escape(m)}" for m in lines))
            self.gaps.setObjectName("completeness-gaps")
            self.gaps.setWordWrap(True)
            theme.muted(self.gaps)
            column.addWidget(self.gaps)
        column.addWidget(_heading(self.tr("Decision-making unit")))
        roles = ", ".join(label(r) for r in o.uncovered_roles)
        self.uncovered = QLabel(
            self.tr("Roles nobody covers: <b>%1</b>").replace("%1", roles)
            if roles else self.tr("Every DMU role is covered.")
        )
        self.uncovered.setObjectName("uncovered-roles")
        self.uncovered.setWordWrap(True)
        column.addWidget(self.uncovered)
        if o.account.notes:
            column.addWidget(_heading(self.tr("Notes")))
            notes = QLabel(o.account.notes)
            notes.setWordWrap(True)
            notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            column.addWidget(notes)
        column.addStretch(1)
        self.setWidget(page)

    def _facts(self, a) -> QFormLayout:
        facts = QFormLayout()
        facts.setHorizontalSpacing(24)
        facts.setVerticalSpacing(4)
        rows = [  # self.tr spelled out each time: lupdate reads the context from it
            (self.tr("Tier"), label(a.tier)), (self.tr("Industry"), a.industry),
            (self.tr("Region"), a.region), (self.tr("City"), a.city),
            (self.tr("Lead source"), label(a.lead_source)), (self.tr("Website"), a.website),
        ]
        for caption, value in rows:
            if value:
                key = QLabel(caption)
                theme.muted(key)
                facts.addRow(key, QLabel(value))
        return facts

    def _figures(self, o) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(36)
        if not o.year:
            grid.addWidget(QLabel(self.tr("No revenue figures yet.")), 0, 0)
            return grid
        currency = o.account.revenue[-1].currency if o.account.revenue else ""
        attainment = o.plan_attainment
        colour = f"color: {attainment_colour(float(attainment)).name()};" if attainment else ""
        figures = [
            (self.tr("Plan %1").replace("%1", str(o.year)), money(o.planned, currency) or "—", ""),
            (self.tr("Actual %1").replace("%1", str(o.year)), money(o.actual, currency) or "—", ""),
            (self.tr("Plan met"), percent(attainment) if attainment is not None else "—", colour),
            (self.tr("Share of our sales"), percent(o.share), ""),
        ]
        for position, (caption, value, style) in enumerate(figures):
            grid.addWidget(_figure(caption, value, style), 0, position)
        grid.setColumnStretch(len(figures), 1)
        return grid

    def _periods(self, revenue) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(3)
        for position, text in enumerate((self.tr("Period"), self.tr("Planned"), self.tr("Actual"),
                                         self.tr("Actual against plan"), "")):
            header = QLabel(f"<b>{text}</b>")
            header.setAlignment(RIGHT if position in (1, 2) else Qt.AlignmentFlag.AlignLeft)
            grid.addWidget(header, 0, position)
        scale = max(float(max(r.planned or 0, r.actual or 0)) for r in revenue)
        for row, r in enumerate(revenue, start=1):
            period = f"{r.year} Q{r.quarter}" if r.quarter else str(r.year)
            cells = (period, money(r.planned, r.currency), money(r.actual, r.currency))
            for position, text in enumerate(cells):
                cell = QLabel(text)
                cell.setAlignment(RIGHT if position else Qt.AlignmentFlag.AlignLeft)
                grid.addWidget(cell, row, position)
            grid.addWidget(PlanBar(r.planned, r.actual, scale), row, 3)
            met = (percent(r.actual / r.planned) if r.planned and r.actual is not None else "")
            grid.addWidget(QLabel(met), row, 4)
        grid.setColumnStretch(5, 1)  # the bars keep their width; spare room goes right
        return grid
