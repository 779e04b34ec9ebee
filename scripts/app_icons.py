"""Write the bundle's application icons from the one drawn icon, resources/icons/kamdesk.svg:
kamdesk.ico (Windows: the executables and their shortcuts) and kamdesk.icns (macOS), beside it.

    QT_QPA_PLATFORM=offscreen python scripts/app_icons.py      (make icons)

Qt draws the SVG (Pillow reads no SVG), once per size, so the small sizes are drawn for their
size rather than shrunk from a large bitmap; Pillow writes the two formats. Run it again after
changing the SVG and commit the results: the bundle build does not need Qt's SVG renderer.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parents[1] / "kamdesk" / "resources" / "icons"
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)  # what Windows asks for at 100–250 %
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)  # the icns types Pillow writes (with @2x)


def render(svg: Path, size: int):
    """The SVG drawn at size × size on a transparent background, as a Pillow image."""
    from PIL import Image
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return Image.open(io.BytesIO(bytes(data))).convert("RGBA")


def write_icons(svg: Path = ICONS / "kamdesk.svg", folder: Path = ICONS) -> list[Path]:
    drawn = {size: render(svg, size) for size in sorted({*ICO_SIZES, *ICNS_SIZES})}
    ico, icns = folder / "kamdesk.ico", folder / "kamdesk.icns"
    largest = drawn[max(ICO_SIZES)]
    largest.save(ico, format="ICO", sizes=[(s, s) for s in ICO_SIZES],
                 append_images=[drawn[s] for s in ICO_SIZES if s != max(ICO_SIZES)])
    drawn[max(ICNS_SIZES)].save(icns, format="ICNS",
                                append_images=[drawn[s] for s in ICNS_SIZES[:-1]])
    return [ico, icns]


if __name__ == "__main__":
    for path in write_icons():
        print(path)
