"""The TrueType fonts a brief embeds: DejaVu, which covers Latin with every diacritic,
Cyrillic, Greek and Vietnamese. reportlab's built-in fonts cover none of those fully."""

from __future__ import annotations

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from kamdesk.resources import resource

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
CONDENSED = "DejaVuSansCondensed"
CONDENSED_BOLD = "DejaVuSansCondensed-Bold"

_FILES = (REGULAR, BOLD, ITALIC, CONDENSED, CONDENSED_BOLD)


def register_fonts() -> None:
    """Register the shipped fonts with reportlab once; later calls do nothing."""
    if REGULAR in pdfmetrics.getRegisteredFontNames():
        return
    for name in _FILES:
        pdfmetrics.registerFont(TTFont(name, str(resource("fonts", f"{name}.ttf"))))
    # <b> and <i> in paragraphs pick the matching face; there is no bold-oblique shipped.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD)
    addMapping(CONDENSED, 0, 0, CONDENSED)
    addMapping(CONDENSED, 1, 0, CONDENSED_BOLD)
    addMapping(CONDENSED, 0, 1, CONDENSED)
    addMapping(CONDENSED, 1, 1, CONDENSED_BOLD)
