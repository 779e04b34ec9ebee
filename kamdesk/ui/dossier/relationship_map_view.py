"""The DMU drawn as an org chart: boxes by reports-to, coloured by stance, marked by role.

Who goes where comes from `kamdesk.domain.org_chart.layout_org_chart`, the same layout the
PDF brief draws; this module only paints it.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QImage, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QFileDialog,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.changes import Record
from kamdesk.domain.org_chart import OrgNode, layout_org_chart
from kamdesk.services.people import PeopleService
from kamdesk.ui import theme
from kamdesk.ui.display_labels import STANCE_COLOURS, label

BOX_W, BOX_H, UNIT_X, UNIT_Y = 190.0, 74.0, 220.0, 120.0  # UNIT_X: one slot (box + gap)


class PersonBox(QGraphicsRectItem):
    def __init__(self, person, on_click, rect: QRectF) -> None:
        super().__init__(rect)
        self.person, self.on_click = person, on_click
        stance = person.stance.value if person.stance else ""
        colour = QColor(STANCE_COLOURS.get(stance, theme.STANCE_UNKNOWN))
        self.setPen(QPen(colour, 3))
        self.setBrush(QBrush(theme.colour("map_node")))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(label(person.stance) or "")
        name = QGraphicsSimpleTextItem(_elide(person.full_name, 24), self)
        bold = QFont()
        bold.setBold(True)
        name.setFont(bold)
        name.setBrush(QGuiApplication.palette().color(QPalette.ColorRole.Text))
        name.setPos(rect.x() + 8, rect.y() + 6)
        position = QGraphicsSimpleTextItem(_elide(person.position, 26), self)
        position.setPos(rect.x() + 8, rect.y() + 26)
        position.setBrush(theme.colour("map_secondary"))
        if person.dmu_role:
            role = QGraphicsSimpleTextItem("◆ " + label(person.dmu_role), self)
            role.setPos(rect.x() + 8, rect.y() + 48)
            role.setBrush(colour.lighter(130) if theme.is_dark() else colour.darker(130))

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.on_click(self.person.id)
        event.accept()


def _elide(text: str, length: int) -> str:
    return text if len(text) <= length else text[: length - 1] + "…"


class RelationshipMapTab(QWidget):
    watches = frozenset({Record.PERSON})

    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.account_id: uuid.UUID | None = None
        self.scene = QGraphicsScene(self)
        self.view = QGraphicsView(self.scene)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        legend = QLabel(" ".join(
            f"<span style='color:{STANCE_COLOURS[s]}'>■</span> {label(_stance(s))}&nbsp;&nbsp;"
            for s in STANCE_COLOURS))
        export = QPushButton(self.tr("Export PNG…"))
        export.clicked.connect(self._ask_export)
        top = QHBoxLayout()
        top.addWidget(legend, 1)
        top.addWidget(export)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addWidget(self.view, 1)
        self.boxes: dict[uuid.UUID, PersonBox] = {}

    def load(self, account_id) -> None:
        self.account_id = account_id
        self.scene.clear()
        self.boxes = {}
        people = PeopleService(self.context.db).list_people(account_id, self.context.today())
        by_id = {p.id: p for p in people}
        layout = layout_org_chart([OrgNode(p.id, p.full_name, p.reports_to_id) for p in people])
        line = QPen(theme.colour("map_line"), 1.5)
        for node in layout.nodes:
            rect = QRectF(node.x / 1.25 * UNIT_X, node.y * UNIT_Y, BOX_W, BOX_H)
            self.boxes[node.key] = PersonBox(by_id[node.key], self._open_person, rect)
        for parent, child in layout.edges:
            top, bottom = self.boxes[parent].rect(), self.boxes[child].rect()
            start = QPointF(top.center().x(), top.bottom())
            end = QPointF(bottom.center().x(), bottom.top())
            middle = (start.y() + end.y()) / 2
            for a, b in ((start, QPointF(start.x(), middle)),
                         (QPointF(start.x(), middle), QPointF(end.x(), middle)),
                         (QPointF(end.x(), middle), end)):
                self.scene.addLine(a.x(), a.y(), b.x(), b.y(), line)
        for box in self.boxes.values():
            self.scene.addItem(box)
        if not people:
            self.scene.addText(self.tr("Add people and who reports to whom to see the map."))
        self.scene.setSceneRect(self.scene.itemsBoundingRect().adjusted(-20, -20, 20, 20))
        self._fit()

    def _fit(self) -> None:
        # Shrink a wide DMU to fit the pane, but never blow a small one up.
        rect = self.scene.sceneRect()
        if rect.isEmpty() or self.view.viewport().width() < 50:
            return
        self.view.resetTransform()
        scale = min(
            1.0,
            self.view.viewport().width() / rect.width(),
            self.view.viewport().height() / rect.height(),
        )
        self.view.scale(scale, scale)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit()

    def _open_person(self, person_id: uuid.UUID) -> None:
        self.context.open_person.emit(self.account_id, person_id)

    def export_png(self, path: Path) -> None:
        """Render the whole map (not only the visible part) to a PNG file."""
        rect = self.scene.sceneRect()
        image = QImage(int(rect.width() * 2), int(rect.height() * 2), QImage.Format.Format_ARGB32)
        image.fill(QColor(theme.PRINT_BACKGROUND))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.scene.render(painter, QRectF(image.rect()), rect)
        painter.end()
        if not image.save(str(path), "PNG"):
            raise OSError(f"cannot write {path}")

    def _ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the map"), "map.png",
                                              self.tr("PNG images (*.png)"))
        if path:
            self.export_png(Path(path))


def _stance(value: str):
    from kamdesk.domain.enums import Stance

    return Stance(value)
