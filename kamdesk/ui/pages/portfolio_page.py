"""The portfolio: every account's share of sales, key accounts against the healthy band."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QScrollArea, QVBoxLayout, QWidget

from kamdesk.domain.changes import Record
from kamdesk.domain.enums import Tier
from kamdesk.services.portfolio import PortfolioService
from kamdesk.ui import theme
from kamdesk.ui.display_labels import label, percent
from kamdesk.ui.notices import ShowsRecords
from kamdesk.ui.sentences import concentration_alert
from kamdesk.ui.share_chart import LABEL_W, PAD, TIER_COLOURS, ShareChart


class PortfolioPage(ShowsRecords, QScrollArea):
    watches = frozenset({Record.ACCOUNT, Record.REVENUE})

    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 17pt; font-weight: 600;")
        self.warning = QLabel()
        self.warning.setObjectName("mono-dependence-warning")
        self.warning.setWordWrap(True)
        theme.style(self.warning, lambda c: (
            f"background: {c.banner_background}; color: {c.banner_text}; font-size: 13pt;"
            " font-weight: 600; padding: 10px; border-radius: 4px;"))
        self.band_text = QLabel()
        self.band = QProgressBar()
        self.band.setRange(0, 100)
        self.band.setMaximumWidth(600)
        self.band.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chart = ShareChart()
        self.legend = QLabel("&nbsp;&nbsp;&nbsp;".join(
            [f"<span style='color:{TIER_COLOURS[t.value]}'>■</span> {label(t)}" for t in Tier]
            + [f"<span style='color:{theme.ABOVE_LIMIT}'>■</span> {self.tr('above the limit')}"]
        ))
        self.legend.setContentsMargins(PAD + LABEL_W, 0, 0, 0)  # under the bars
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setContentsMargins(12, 10, 12, 10)
        column.setSpacing(10)
        for widget in (self.heading, self.warning, self.band_text, self.band, self.chart,
                       self.legend):
            column.addWidget(widget)
        column.addStretch(1)
        column.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.setWidget(inner)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)

    def refresh(self) -> None:
        portfolio = PortfolioService(self.context.db, self.context.thresholds()).portfolio()
        report = portfolio.report
        t = report.thresholds
        year = portfolio.year or "—"
        self.heading.setText(self.tr("Share of our sales, %1").replace("%1", str(year)))
        alerts = report.alerts
        self.warning.setText("\n".join("⚠ " + concentration_alert(a) for a in alerts))
        self.warning.setVisible(bool(alerts))
        self.band_text.setText(self.tr("Key accounts bring <b>%1</b> of sales; healthy: %2–%3.")
                               .replace("%1", percent(report.key_share))
                               .replace("%2", percent(t.key_band_low))
                               .replace("%3", percent(t.key_band_high)))
        self.band.setValue(round(float(report.key_share) * 100))
        self.band.setFormat(percent(report.key_share))
        within = report.key_band == "within"
        theme.style(self.band, lambda c: "QProgressBar::chunk { background: %s; }"
                    % (c.success if within else c.caution))
        rows = [(a.name, a.tier.value, float(a.share)) for a in report.shares if a.share > 0]
        self.chart.set_rows(sorted(rows, key=lambda r: -r[2]), float(t.mono_dependence))
