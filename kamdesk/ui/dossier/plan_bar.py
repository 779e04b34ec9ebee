"""A small bar for one period: the plan as an outline, what was sold as a filled bar inside it."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from kamdesk.ui import theme

MET, CLOSE, SHORT = QColor(theme.PLAN_MET), QColor(theme.PLAN_CLOSE), QColor(theme.PLAN_SHORT)


def attainment_colour(ratio: float) -> QColor:
    """Green at or above plan, amber within 10 % of it, red below that."""
    percent = round(ratio * 100)  # the colour agrees with the whole percent shown beside it
    if percent >= 100:
        return MET
    return CLOSE if percent >= 90 else SHORT


class PlanBar(QWidget):
    """`scale` is the largest amount on the page, so bars of different periods compare."""

    def __init__(self, planned: Decimal | None, actual: Decimal | None, scale: float,
                 parent=None) -> None:
        super().__init__(parent)
        self.planned = float(planned or 0)
        self.actual = float(actual or 0)
        self.scale = max(scale, 1.0)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(120)
        self.setMaximumWidth(360)
        if self.planned:
            self.setToolTip(self.tr("%1 % of plan").replace(
                "%1", f"{self.actual / self.planned * 100:.0f}"))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(240, 16)

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width, height = self.width() - 2, self.height() - 4
        if self.actual:
            ratio = self.actual / self.planned if self.planned else 1.0
            actual = QRectF(1, 4, width * min(1.0, self.actual / self.scale), height - 4)
            painter.fillRect(actual, attainment_colour(ratio))
        if self.planned:
            painter.setPen(QPen(theme.colour("target_line"), 1.2))
            painter.drawRect(QRectF(1, 2, width * min(1.0, self.planned / self.scale), height))
        painter.end()
