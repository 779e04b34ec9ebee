"""Every colour the window draws that the palette has no role for, in a light and a dark
variant, and the icons (SVG, drawn in the palette's text colour at any size).

The variant follows the system's colour scheme (`QStyleHints.colorScheme`, Qt 6.5+); where the
platform does not say (offscreen, a bare X session), the palette's window colour decides. No
other module of `kamdesk/ui` writes a colour literal: a test holds them to it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QWidget

from kamdesk.resources import resource


@dataclass(frozen=True)
class Colours:
    dark: bool
    muted: str  # secondary text: hints, empty lists, subtitles
    danger: str  # overdue, errors, "above the limit"
    warning: str  # a backup that is getting old
    success: str  # within the healthy band
    caution: str  # outside the band
    alert_background: str  # the dossier's "gaps" banner
    alert_text: str
    alert_border: str
    banner_background: str  # mono-dependence: loud on purpose
    banner_text: str
    pane_background: str  # the navigation pane
    pane_border: str
    pane_text: str
    pane_hover: str
    selected: str
    selected_text: str
    summary_text: str
    notice_background: str  # the undo offer
    notice_border: str
    card_border: str
    chart_text: str
    target_line: str  # plan bars: the plan's tick
    map_node: str  # relationship map cards
    map_secondary: str
    map_line: str
    import_rows: tuple[str, str, str, str]  # create, merge, skip, reject
    cross_sell: tuple[str, str, str, str, str, str]  # idea … lost, none


LIGHT = Colours(
    dark=False, muted="#5f6368", danger="#b3261e", warning="#a15c00", success="#2e7d32",
    caution="#e65100", alert_background="#fdecea", alert_text="#8c1d18",
    alert_border="#e6a9a3", banner_background="#b3261e", banner_text="#ffffff",
    pane_background="#eef1f5", pane_border="#d5dae1", pane_text="#1f2329",
    pane_hover="#dde3ea", selected="#1565c0", selected_text="#ffffff",
    summary_text="#40464f", notice_background="#fff4ce", notice_border="#e8c95c",
    card_border="#d0d4da", chart_text="#222222", target_line="#455a64", map_node="#ffffff",
    map_secondary="#555555", map_line="#9e9e9e",
    import_rows=("#e8f5e9", "#e3f2fd", "#f5f5f5", "#ffebee"),
    cross_sell=("#eceff1", "#fff3c4", "#ffe0b2", "#c8e6c9", "#ffcdd2", "#ffffff"),
)
DARK = Colours(
    dark=True, muted="#a8aeb5", danger="#ff8a80", warning="#ffb74d", success="#81c784",
    caution="#ffab40", alert_background="#3b1d1b", alert_text="#ffb4ab",
    alert_border="#8c3b33", banner_background="#93000a", banner_text="#ffffff",
    pane_background="#202328", pane_border="#383d45", pane_text="#e6e8eb",
    pane_hover="#30353d", selected="#1e6fd9", selected_text="#ffffff",
    summary_text="#b8bec6", notice_background="#3d3415", notice_border="#8a7330",
    card_border="#3a3f47", chart_text="#e6e8eb", target_line="#b0bec5", map_node="#2b2f36",
    map_secondary="#b8bec6", map_line="#6f7782",
    import_rows=("#1b3320", "#152a3d", "#2c2c2c", "#3b1d1f"),
    cross_sell=("#2f3338", "#3d3415", "#402c14", "#1f3a22", "#42201f", "#1e1e1e"),
)

# Marks that mean the same in both variants: fills with text on a card or beside them.
STANCE = {"supporter": "#2e7d32", "favourable": "#7cb342", "neutral": "#9e9e9e",
          "sceptic": "#f9a825", "opponent": "#c62828"}
STANCE_UNKNOWN = "#bdbdbd"
TIER = {"key": "#1565c0", "image": "#6a1b9a", "regular": "#607d8b", "prospect": "#b0bec5"}
TIER_UNKNOWN = "#90a4ae"
ABOVE_LIMIT = "#c62828"
PLAN_MET, PLAN_CLOSE, PLAN_SHORT = "#2e7d32", "#f9a825", "#c62828"
PRINT_BACKGROUND = "#ffffff"  # exported pictures go on paper, whatever the screen shows


def is_dark() -> bool:
    """Whether the window is dark now: the system's word, else the palette's."""
    scheme = QGuiApplication.styleHints().colorScheme()
    if scheme == Qt.ColorScheme.Dark:
        return True
    if scheme == Qt.ColorScheme.Light:
        return False
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def current() -> Colours:
    return DARK if is_dark() else LIGHT


def colour(name: str) -> QColor:
    """A colour of the current variant by its field name, e.g. colour("danger")."""
    return QColor(getattr(current(), name))


def adapt(light: QColor) -> QColor:
    """The current variant's counterpart of a colour named in LIGHT (e.g. a model's OVERDUE)."""
    if not is_dark():
        return light
    for field, value in vars(LIGHT).items():
        if isinstance(value, str) and QColor(value) == light:
            return QColor(getattr(DARK, field))
    return light


def dark_palette() -> QPalette:
    """A dark palette for styles that do not follow the system (and for tests)."""
    p = QPalette()
    roles = QPalette.ColorRole
    for role, value in (
        (roles.Window, "#1e2126"), (roles.WindowText, "#e6e8eb"), (roles.Base, "#16181c"),
        (roles.AlternateBase, "#22252b"), (roles.Text, "#e6e8eb"), (roles.Button, "#2a2e35"),
        (roles.ButtonText, "#e6e8eb"), (roles.ToolTipBase, "#2a2e35"),
        (roles.ToolTipText, "#e6e8eb"), (roles.PlaceholderText, "#8a9099"),
        (roles.Highlight, "#1e6fd9"), (roles.HighlightedText, "#ffffff"),
        (roles.Link, "#8ab4f8"), (roles.BrightText, "#ffffff"), (roles.Mid, "#3a3f47"),
        (roles.Dark, "#101215"), (roles.Light, "#3a3f47"), (roles.Midlight, "#30353d"),
        (roles.Shadow, "#000000"),
    ):
        p.setColor(role, QColor(value))
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#70767e"))
    return p


def follow_system(app: QGuiApplication) -> None:
    """Keep the palette dark while the system is, where the style itself does not."""

    def apply(*_args) -> None:
        scheme = app.styleHints().colorScheme()
        window = app.palette().color(QPalette.ColorRole.Window)
        if scheme == Qt.ColorScheme.Dark and window.lightness() >= 128:
            app.setPalette(dark_palette())

    apply()
    app.styleHints().colorSchemeChanged.connect(apply)


class _Restyler(QObject):
    """Sets a widget's style sheet from the current variant now and at every palette change."""

    def __init__(self, widget: QWidget, sheet: Callable[[Colours], str]) -> None:
        super().__init__(widget)
        self._sheet = sheet
        self._applied = ""
        widget.installEventFilter(self)
        self.restyle(widget)

    def restyle(self, widget: QWidget) -> None:
        text = self._sheet(current())
        if text != self._applied:  # setStyleSheet itself sends a palette change
            self._applied = text
            widget.setStyleSheet(text)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.restyle(watched)
        return False


def style(widget: QWidget, sheet: Callable[[Colours], str]) -> None:
    """Give *widget* the style sheet `sheet(colours)`, renewed when light turns dark."""
    for old in widget.findChildren(_Restyler, options=Qt.FindChildOption.FindDirectChildrenOnly):
        widget.removeEventFilter(old)
        old.deleteLater()
    _Restyler(widget, sheet)


def muted(widget: QWidget, extra: str = "") -> None:
    style(widget, lambda c: f"color: {c.muted}; {extra}")


def error(widget: QWidget, extra: str = "") -> None:
    style(widget, lambda c: f"color: {c.danger}; {extra}")


@cache
def _svg(name: str) -> bytes:
    return resource("icons", f"{name}.svg").read_bytes()


class _SvgIconEngine(QIconEngine):
    """Draws a Lucide icon (stroke="currentColor") in the palette's text colour, at the size
    and device pixel ratio asked for, so icons stay crisp on HiDPI screens and in dark mode."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self._name = name

    def _renderer(self, mode: QIcon.Mode) -> QSvgRenderer:
        palette = QGuiApplication.palette()
        group = QPalette.ColorGroup.Disabled if mode == QIcon.Mode.Disabled else (
            QPalette.ColorGroup.Active)
        role = QPalette.ColorRole.HighlightedText if mode == QIcon.Mode.Selected else (
            QPalette.ColorRole.WindowText)
        ink = palette.color(group, role).name().encode()
        return QSvgRenderer(QByteArray(_svg(self._name).replace(b"currentColor", ink)))

    def paint(self, painter: QPainter, rect: QRect, mode, state) -> None:
        self._renderer(mode).render(painter, rect)

    def pixmap(self, size: QSize, mode, state) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode, state, scale: float) -> QPixmap:  # noqa: N802
        pixmap = QPixmap(size * scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self._renderer(mode).render(painter)
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def clone(self) -> QIconEngine:
        return _SvgIconEngine(self._name)


def icon(name: str) -> QIcon:
    """A shipped icon by its Lucide name, e.g. icon("calendar-days")."""
    return QIcon(_SvgIconEngine(name))


def app_icon() -> QIcon:
    return QIcon(str(resource("icons", "kamdesk.svg")))
