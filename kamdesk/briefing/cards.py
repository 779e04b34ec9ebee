"""Person cards for "who is in the room": two per row, stance as the coloured left edge."""

from __future__ import annotations

from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from kamdesk.briefing.content import BirthdayNote, PersonCard
from kamdesk.briefing.formatting import Formats
from kamdesk.briefing.markup import escape
from kamdesk.briefing.styles import MUTED, RULE, STANCE_COLOURS, WARNING, Styles
from kamdesk.language import _, ngettext

GAP = 8  # points between the two cards of a row
EDGE = 4  # the stance edge


def influence_dots(influence: int | None) -> str:
    """"●●●○○" for 3 of 5; "–" when nobody rated it."""
    if influence is None:
        return "–"
    level = max(0, min(influence, 5))
    return "●" * level + "○" * (5 - level)


def last_contact_text(days: int | None) -> str:
    if days is None:
        return _("no contact on record")
    if days == 0:
        return _("last contact today")
    return ngettext("last contact {n} day ago", "last contact {n} days ago", days).format(n=days)


def birthday_text(note: BirthdayNote, formats: Formats, for_meeting: bool) -> str:
    """"4 Dec, 2 days after the meeting" or "14 Mar"."""
    text = formats.month_day(note.on)
    if note.turning:
        text += _(" (turns {age})").format(age=note.turning)
    if not note.soon:
        return text
    days = note.days_from_reference
    if for_meeting:
        if days == 0:
            return f"{text}: " + _("on the day of the meeting")
        when = (ngettext("{n} day after the meeting", "{n} days after the meeting", days)
                if days > 0 else
                ngettext("{n} day before the meeting", "{n} days before the meeting", -days))
        return f"{text}: " + when.format(n=abs(days))
    if days == 0:
        return f"{text}: " + _("today")
    return f"{text}: " + ngettext("in {n} day", "in {n} days", days).format(n=days)


def _badge(text: str, colour: Color) -> str:
    hex_colour = colour.hexval().replace("0x", "#")
    return f'<font backColor="{hex_colour}" color="#FFFFFF">\u00a0{escape(text)}\u00a0</font>'


FACT_LABEL_WIDTH = 40


def _facts(rows: list[tuple[str, str]], st: Styles, width: float) -> Table:
    """Personal notes as label | text, so wrapped lines stay under their text."""
    label = ParagraphStyle("fact_label", parent=st.small, textColor=MUTED)
    cells = [[Paragraph(name, label), Paragraph(text, st.small)] for name, text in rows]
    # As wide as the longest label ("pinahahalagahan" is longer than "values"), within reason.
    widest = max(stringWidth(name, label.fontName, label.fontSize) for name, _text in rows)
    first = min(max(FACT_LABEL_WIDTH, widest + 4), width * 0.4)
    return Table(cells, colWidths=[first, width - first], hAlign="LEFT",
                 style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                   ("TOPPADDING", (0, 0), (-1, -1), 0),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))


def card_flowables(card: PersonCard, st: Styles, formats: Formats, for_meeting: bool,
                   width: float, shareable: bool = False) -> list:
    """The flowables inside one card *width* points wide (inside its padding)."""
    parts: list = [Paragraph(escape(card.name), st.card_name)]
    position = " · ".join(escape(p) for p in (card.position, card.department) if p)
    if position:
        parts.append(Paragraph(position, st.muted))
    tags = []
    if card.role_label:
        tags.append(_badge(card.role_label, st.accent))
    tags.extend(escape(t) for t in (card.type_label, card.stance_label.lower()) if t)
    parts.append(Spacer(0, 3))
    if tags:
        parts.append(Paragraph(" · ".join(tags), st.small))
    contact = last_contact_text(card.last_contact_days)
    if shareable and card.influence is None:  # how much they weigh stays in the account team
        parts.append(Paragraph(contact, st.small))
    else:
        parts.append(Paragraph(
            _("influence") + f' <font name="DejaVuSans">{influence_dots(card.influence)}</font>'
            f" · {contact}", st.small))
    personal: list[tuple[str, str]] = []
    if card.phone:
        personal.append((_("phone"), escape(card.phone)))
    if card.email:
        personal.append((_("e-mail"), escape(card.email)))
    if card.birthday:
        text = escape(birthday_text(card.birthday, formats, for_meeting))
        if card.birthday.soon:
            warning = WARNING.hexval().replace("0x", "#")
            text = f'<font color="{warning}"><b>⚑ {text}</b></font>'
        personal.append((_("birthday"), text))
    if card.family:
        personal.append((_("family"), escape(", ".join(card.family))))
    if card.hobbies:
        personal.append((_("hobbies"), escape(card.hobbies)))
    if card.values:
        personal.append((_("values"), escape(card.values)))
    if card.notes:
        personal.append((_("notes"), escape(_shorten(card.notes, 160))))
    if personal:
        parts.append(Spacer(0, 3))
        parts.append(_facts(personal, st, width))
    if card.talking_points:
        parts.append(Spacer(0, 3))
        parts.extend(Paragraph(f"→ {escape(point)}", st.point) for point in card.talking_points)
    return parts


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def card_grid(cards: list[PersonCard], st: Styles, formats: Formats, width: float,
              for_meeting: bool, shareable: bool = False) -> list:
    """Cards two per row, one table per row so rows can move to the next page; the two
    cards of a row share their height, so the boxes line up."""
    column = (width - GAP) / 2
    flowables: list = []
    for i in range(0, len(cards), 2):
        pair = cards[i : i + 2]
        inner = column - (7 + EDGE) - 7
        cells = [card_flowables(c, st, formats, for_meeting, inner, shareable) for c in pair]
        style: list[tuple[Any, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 7 + EDGE),
            ("RIGHTPADDING", (0, 0), (-1, -1), 7),
            ("TOPPADDING", (0, 0), (-1, -1), 6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
        ]
        for column_index, card in zip((0, 2), pair, strict=False):
            cell = (column_index, 0)
            style.append(("BOX", cell, cell, 0.6, RULE))
            style.append(("LINEBEFORE", cell, cell, EDGE, STANCE_COLOURS[card.stance]))
        row = [cells[0], "", cells[1] if len(cells) > 1 else ""]
        flowables.append(Table([row], colWidths=[column, GAP, column], style=TableStyle(style),
                               hAlign="LEFT", spaceAfter=GAP))
    return flowables
