"""The brief's visual language: one accent colour per tier, stance colours, type sizes.

Body text is 9 pt; every colour also reads as a distinct grey on a black-and-white printer,
and nothing is said by colour alone (stances and roles are written out as well).
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from kamdesk.briefing.fonts import BOLD, CONDENSED, ITALIC, REGULAR
from kamdesk.domain.enums import Stance, Tier

INK = HexColor("#1B1F24")
MUTED = HexColor("#5C6370")
RULE = HexColor("#C9CED6")
PANEL = HexColor("#F2F4F7")
WARNING = HexColor("#B3261E")
WHITE = white

TIER_ACCENTS: dict[Tier, Color] = {
    Tier.KEY: HexColor("#1F4E79"),
    Tier.IMAGE: HexColor("#5B3A8C"),
    Tier.REGULAR: HexColor("#2D6A5F"),
    Tier.PROSPECT: HexColor("#555B66"),
}

STANCE_COLOURS: dict[Stance | None, Color] = {
    Stance.SUPPORTER: HexColor("#1E7B34"),
    Stance.FAVOURABLE: HexColor("#7FB23A"),
    Stance.NEUTRAL: HexColor("#A7ADB5"),
    Stance.SCEPTIC: HexColor("#E08A00"),
    Stance.OPPONENT: HexColor("#B3261E"),
    None: HexColor("#E1E4E8"),
}


def _style(name: str, **kw) -> ParagraphStyle:
    base = dict(fontName=REGULAR, fontSize=9, leading=11.5, textColor=INK)
    base.update(kw)
    return ParagraphStyle(name, **base)


@dataclass(frozen=True)
class Styles:
    """Paragraph styles for one brief; the accent follows the account's tier."""

    accent: Color
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    cell_head: ParagraphStyle
    card_name: ParagraphStyle
    point: ParagraphStyle
    thing: ParagraphStyle
    figure: ParagraphStyle
    figure_label: ParagraphStyle
    toc: ParagraphStyle


def styles_for(tier: Tier) -> Styles:
    accent = TIER_ACCENTS.get(tier, TIER_ACCENTS[Tier.PROSPECT])
    return Styles(
        accent=accent,
        title=_style("title", fontName=BOLD, fontSize=17, leading=21),
        subtitle=_style("subtitle", fontSize=9.5, leading=12, textColor=MUTED),
        heading=_style("heading", fontName=BOLD, fontSize=10.5, leading=13, textColor=accent,
                       spaceBefore=10, spaceAfter=4),
        body=_style("body"),
        small=_style("small", fontSize=8, leading=10),
        muted=_style("muted", fontSize=8, leading=10, textColor=MUTED),
        cell=_style("cell", fontName=CONDENSED, fontSize=8.5, leading=10.5),
        cell_right=_style("cell_right", fontName=CONDENSED, fontSize=8.5, leading=10.5,
                          alignment=TA_RIGHT),
        cell_head=_style("cell_head", fontName=CONDENSED, fontSize=7.5, leading=9,
                         textColor=MUTED),
        card_name=_style("card_name", fontName=BOLD, fontSize=10.5, leading=13),
        point=_style("point", fontName=ITALIC, fontSize=8, leading=10, leftIndent=9,
                     firstLineIndent=-9, textColor=INK),
        thing=_style("thing", fontSize=9.5, leading=12.5, leftIndent=14, firstLineIndent=-14),
        figure=_style("figure", fontName=BOLD, fontSize=12.5, leading=15),
        figure_label=_style("figure_label", fontSize=7.5, leading=9, textColor=MUTED),
        toc=_style("toc", fontSize=10, leading=16),
    )
