"""Light and dark: every colour comes from the palette or from ui/theme.py, and on a dark
palette every label of every page is legible (text against what is really behind it)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, QSize
from PySide6.QtGui import QColor, QIcon, QImage
from PySide6.QtWidgets import QApplication, QLabel

from kamdesk.ui import theme
from kamdesk.ui.main_window import PAGE_PORTFOLIO, PAGE_TODAY, PAGE_TRASH

UI = Path(theme.__file__).parent
LITERAL = re.compile(
    r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b(?!-)|QColor\(\s*[\"']|rgba?\(|GlobalColor\."
    r"|(?:color|background)\s*:\s*(?!palette\(|transparent|\{|none)[a-z]+\b"
)


def test_no_colour_literal_outside_the_theme_module():
    found = [
        f"{path.relative_to(UI)}:{number}: {line.strip()}"
        for path in sorted(UI.rglob("*.py"))
        if path.name != "theme.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if LITERAL.search(line)
    ]
    assert not found, "colours belong in kamdesk/ui/theme.py:\n" + "\n".join(found)


def test_the_literal_check_sees_the_colours_it_is_for():
    for line in ('x.setStyleSheet("color: #6b6b6b;")', 'QColor("white")', "color: white;",
                 "background: rgb(1, 2, 3)", "Qt.GlobalColor.red"):
        assert LITERAL.search(line), line
    for line in ("QFrame#navigation-pane {", "QLabel#agenda-summary", "color: palette(mid);",
                 'f"color: {c.muted};"', "background: transparent;"):
        assert not LITERAL.search(line), line


def _luminance(rgb) -> float:
    def channel(v: int) -> float:
        v = v / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in rgb[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a, b) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def text_contrast(picture: QImage) -> float:
    """Contrast of a label's strongest text pixel against its commonest (background) pixel."""
    picture = picture.convertToFormat(QImage.Format.Format_RGB888)
    size = (picture.width(), picture.height())
    raw = bytes(picture.constBits())
    image = Image.frombytes("RGB", size, raw, "raw", "RGB", picture.bytesPerLine())
    colours = image.getcolors(maxcolors=1 << 20)
    background = max(colours)[1]
    inks = [rgb for count, rgb in colours if count >= 3]
    return max(contrast(rgb, background) for rgb in inks)


def _labels_of(window, screen: QImage, ratio: float):
    for label in window.findChildren(QLabel):
        shown = re.sub(r"<[^>]+>|&nbsp;", "", label.text()).strip()
        if not label.isVisibleTo(window) or not shown or label.width() < 4:
            continue
        top_left = label.mapTo(window, QPoint(0, 0))
        if top_left.x() < 0 or top_left.y() < 0:
            continue
        size = label.size()
        yield label, screen.copy(int(top_left.x() * ratio), int(top_left.y() * ratio),
                                 int(size.width() * ratio), int(size.height() * ratio))


@pytest.fixture
def dark(qapp):
    light = qapp.palette()
    qapp.setPalette(theme.dark_palette())
    assert theme.is_dark()
    yield
    qapp.setPalette(light)


def _views(window):
    """Every page, and every tab of an account's dossier."""
    for row, name in ((PAGE_TODAY, "today"), (PAGE_PORTFOLIO, "portfolio"),
                      (PAGE_TRASH, "trash")):
        window.navigation.setCurrentRow(row)
        yield name
    accounts = window.pages["accounts"]
    window.open_account(accounts.accounts.model.row_at(0).id)
    tabs = accounts.dossier.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        yield "dossier: " + tabs.tabText(index)


def test_every_label_reads_on_a_dark_palette(dark, sample_window):
    poor = []
    checked = 0
    for view in _views(sample_window):
        QApplication.processEvents()
        screen = sample_window.grab().toImage()
        ratio = screen.devicePixelRatio()
        for label, picture in _labels_of(sample_window, screen, ratio):
            checked += 1
            value = text_contrast(picture)
            if value < 4.5:
                poor.append(f"{view}: {label.text()[:50]!r} {value:.1f}:1")
    assert checked > 40
    assert not poor, "\n".join(poor)


def test_a_hard_coded_light_colour_would_be_caught(dark, sample_window):
    sample_window.navigation.setCurrentRow(PAGE_TODAY)
    probe = QLabel("Hard-coded grey", sample_window.centralWidget())
    probe.setStyleSheet("color: #4a4a4a;")  # the kind of colour this test keeps out
    probe.move(400, 400)
    probe.show()
    QApplication.processEvents()
    screen = sample_window.grab().toImage()
    (picture,) = [p for label, p in _labels_of(sample_window, screen, 1.0) if label is probe]
    assert text_contrast(picture) < 3


def test_icons_are_drawn_sharp_at_any_scale_in_the_palette_text_colour(dark):
    icon: QIcon = theme.icon("search")
    pixmap = icon.pixmap(QSize(24, 24), 2.0)
    assert pixmap.size() == QSize(48, 48) and pixmap.devicePixelRatio() == 2.0
    inked = pixmap.toImage()
    colours = {inked.pixelColor(x, y).rgb() for x in range(48) for y in range(48)
               if inked.pixelColor(x, y).alpha() == 255}
    text = QApplication.palette().windowText().color()
    assert QColor(text).rgb() in colours
