"""A horizontal bar chart of each account's share of sales, painted with QPainter.

QtCharts would need PySide6-Addons (hundreds of MB); a few bars do not justify it.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from kamdesk.ui import theme

TIER_COLOURS = theme.TIER
ROW, LABEL_W, PAD = 26, 220, 12


class ShareChart(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, str, float]] = []  # name, tier, share 0..1
        self.limit = 0.75
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_rows(self, rows: list[tuple[str, str, float]], limit: float) -> None:
        self.rows, self.limit = rows, limit
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(600, max(60, PAD * 2 + ROW * len(self.rows) + 20))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return self.sizeHint()

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = max(50, self.width() - LABEL_W - PAD * 2 - 60)
        top = PAD
        labels: list[tuple[QRectF, str]] = []
        ink = theme.colour("chart_text")
        for name, tier, share in self.rows:
            painter.setPen(ink)
            text_rect = QRectF(PAD, top, LABEL_W - 8, ROW)
            elided = painter.fontMetrics().elidedText(
                name, Qt.TextElideMode.ElideRight, LABEL_W - 8
            )
            painter.drawText(
                text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, elided
            )
            bar = QRectF(PAD + LABEL_W, top + 4, max(1.0, width * share), ROW - 8)
            colour = (
                QColor(theme.ABOVE_LIMIT)
                if share > self.limit
                else QColor(TIER_COLOURS.get(tier, theme.TIER_UNKNOWN))
            )
            painter.fillRect(bar, colour)
            labels.append((QRectF(bar.right() + 6, top, 44, ROW), f"{share * 100:.0f} %"))
            top += ROW
        x = PAD + LABEL_W + width * self.limit
        painter.setPen(QPen(QColor(theme.ABOVE_LIMIT), 1, Qt.PenStyle.DashLine))
        painter.drawLine(int(x), PAD, int(x), int(top))
        painter.drawText(int(x) + 4, int(top) + 14, self.tr("mono-dependence"))
        # The percentages go on top of the limit line, on the page's own colour, to stay legible.
        painter.setPen(ink)
        for rect, text in labels:
            painter.fillRect(rect.adjusted(-2, 6, 0, -6), self.palette().window())
            painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter, text)
        painter.end()
