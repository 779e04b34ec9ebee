"""The relationship map drawn with reportlab graphics from the shared org-chart layout."""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.pdfbase.pdfmetrics import stringWidth

from kamdesk.briefing.content import RelationshipMap
from kamdesk.briefing.fonts import CONDENSED, CONDENSED_BOLD
from kamdesk.briefing.styles import INK, MUTED, RULE, STANCE_COLOURS, WHITE
from kamdesk.domain.enums import Stance
from kamdesk.domain.labels import STANCE_LABELS
from kamdesk.domain.org_chart import LEVEL_HEIGHT
from kamdesk.language import _

BOX_HEIGHT = 36.0
LEVEL_GAP = 20.0  # vertical room for the connectors between levels
MAX_BOX_WIDTH = 104.0
EDGE = 3.5
NAME_SIZE = 7.5
MIN_NAME_SIZE = 6.0
ROLE_SIZE = 6.5
MIN_ROLE_SIZE = 5.5
LEGEND_HEIGHT = 16.0


def map_drawing(
    rmap: RelationshipMap, width: float, max_height: float, featured: str = "in the meeting"
) -> Drawing:
    """A drawing at most *width* wide; boxes shrink (never below legibility) to fit."""
    layout = rmap.layout
    unit = min(MAX_BOX_WIDTH, width / max(layout.width, 1.0))
    level = BOX_HEIGHT + LEVEL_GAP
    levels = round(layout.height / LEVEL_HEIGHT)
    chart_height = levels * level - LEVEL_GAP
    scale = min(1.0, (max_height - LEGEND_HEIGHT) / chart_height) if chart_height > 0 else 1.0
    drawing = Drawing(width, chart_height * scale + LEGEND_HEIGHT)
    top = drawing.height
    offset = (width - layout.width * unit) / 2  # centre a narrow chart

    def box(node):
        x = offset + node.x * unit
        y = top - (node.depth * level + BOX_HEIGHT) * scale
        return x, y

    positions = {node.key: box(node) for node in layout.nodes}
    box_w, box_h = unit, BOX_HEIGHT * scale
    for parent, child in layout.edges:  # elbow connectors: down, across, down
        px, py = positions[parent]
        cx, cy = positions[child]
        mid = py - LEVEL_GAP * scale / 2
        for x1, y1, x2, y2 in ((px + box_w / 2, py, px + box_w / 2, mid),
                               (px + box_w / 2, mid, cx + box_w / 2, mid),
                               (cx + box_w / 2, mid, cx + box_w / 2, cy + box_h)):
            drawing.add(Line(x1, y1, x2, y2, strokeColor=RULE, strokeWidth=0.8))
    for node in layout.nodes:
        x, y = positions[node.key]
        info = rmap.nodes[node.key]
        drawing.add(Rect(x, y, box_w, box_h, fillColor=WHITE,
                         strokeColor=INK if info.in_meeting else RULE,
                         strokeWidth=1.1 if info.in_meeting else 0.6))
        drawing.add(Rect(x, y, EDGE, box_h, fillColor=STANCE_COLOURS[info.stance],
                         strokeColor=None))
        inner = box_w - EDGE - 6
        font = CONDENSED_BOLD if info.in_meeting else CONDENSED
        name_size = _name_size(node.label, font, NAME_SIZE * scale, inner)
        left = x + EDGE + 3.5
        for row, text in enumerate(_name_lines(node.label, font, name_size, inner)):
            drawing.add(String(left, y + box_h - (row + 1) * name_size * 1.2 - 2 * scale, text,
                               fontName=font, fontSize=name_size, fillColor=INK))
        if info.role_label:
            role_size = _shrunk(info.role_label, CONDENSED, ROLE_SIZE * scale, inner,
                                MIN_ROLE_SIZE * scale)
            drawing.add(String(left, y + 4.5 * scale,
                               _fit(info.role_label, CONDENSED, role_size, inner),
                               fontName=CONDENSED, fontSize=role_size, fillColor=MUTED))
    _legend(drawing, rmap, featured)
    return drawing


def _name_size(name: str, font: str, size: float, width: float) -> float:
    """Shrink the name (down to MIN_NAME_SIZE) until its longest word fits the box."""
    longest = max(name.split() or [name], key=lambda w: stringWidth(w, font, size))
    return _shrunk(longest, font, size, width, MIN_NAME_SIZE)


def _shrunk(text: str, font: str, size: float, width: float, smallest: float) -> float:
    while size > smallest and stringWidth(text, font, size) > width:
        size -= 0.25
    return size


def _name_lines(name: str, font: str, size: float, width: float) -> list[str]:
    """A name on one line, or broken before its last fitting word onto a second line."""
    if stringWidth(name, font, size) <= width:
        return [name]
    words = name.split()
    for cut in range(len(words) - 1, 0, -1):
        first = " ".join(words[:cut])
        if stringWidth(first, font, size) <= width:
            return [first, _fit(" ".join(words[cut:]), font, size, width)]
    return [_fit(name, font, size, width)]


def _fit(text: str, font: str, size: float, width: float) -> str:
    """*text* cut with an ellipsis so it fits *width* points."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _legend(drawing: Drawing, rmap: RelationshipMap, featured: str) -> None:
    x = 0.0
    y = 3.0
    # No stance on any box (a shareable brief, or nobody rated yet): no colours to explain.
    rated = any(node.stance is not None for node in rmap.nodes.values())
    for stance in Stance if rated else ():
        drawing.add(Rect(x, y, 7, 7, fillColor=STANCE_COLOURS[stance], strokeColor=None))
        label = _(STANCE_LABELS[stance])
        drawing.add(String(x + 10, y + 0.5, label, fontName=CONDENSED, fontSize=7,
                           fillColor=MUTED))
        x += 10 + stringWidth(label, CONDENSED, 7) + 12
    note = _("bold box: {where}").format(where=featured)
    if rmap.shown < rmap.total:
        note = _("{shown} of {total} people shown").format(shown=rmap.shown, total=rmap.total) \
            + " · " + note
    drawing.add(String(drawing.width, y + 0.5, note, fontName=CONDENSED, fontSize=7,
                       fillColor=MUTED, textAnchor="end"))
