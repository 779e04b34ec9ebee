"""One brief as a list of platypus flowables, page 1 first: the page read in the taxi."""

from __future__ import annotations

from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import HRFlowable

from kamdesk.briefing import tables
from kamdesk.briefing.cards import card_grid
from kamdesk.briefing.content import Brief
from kamdesk.briefing.document import AccountMark
from kamdesk.briefing.formatting import Formats, local_time
from kamdesk.briefing.map_drawing import map_drawing
from kamdesk.briefing.markup import escape
from kamdesk.briefing.options import Section
from kamdesk.briefing.styles import MUTED, PANEL, RULE, WARNING, Styles, styles_for
from kamdesk.language import _

_MIN_SECTION_START = 80  # points: a heading, the table head and a couple of rows

_HEX = {name: c.hexval().replace("0x", "#") for name, c in (("muted", MUTED), ("warn", WARNING))}


def brief_label(brief: Brief, f: Formats) -> str:
    """What the running header says on the right: "Meeting brief · Wed 2 Dec"."""
    meeting = brief.header.meeting
    if meeting:
        return _("Meeting brief") + f" · {f.meeting_time_at(meeting.starts_at, meeting.time_zone)}"
    return _("Account brief") + f" · {f.date(brief.header.generated_on)}"


def brief_story(brief: Brief, f: Formats, width: float, height: float, *,
                in_contents: bool = False) -> list:
    """Flowables for *brief* in a frame *width* × *height* points."""
    st = styles_for(brief.header.tier)
    story: list = [AccountMark(brief.header.account_name, brief_label(brief, f), in_contents)]
    story += _header(brief, f, width, st)
    if brief.shows(Section.THINGS) and brief.things_to_know:
        story += _things(brief, width, st)
    if brief.shows(Section.NOTES):
        story += _own_notes(brief, f, width, st)
    if brief.shows(Section.SNAPSHOT):
        story += _snapshot(brief, f, width, st)
    if brief.shows(Section.ROOM):
        story += _room(brief, f, width, st)
    story += _open_between_us(brief, f, width, st)
    if brief.shows(Section.MAP) and brief.relationship_map:
        featured = _("in the meeting") if brief.header.meeting else _("on a card above")
        drawing = map_drawing(brief.relationship_map, width, height * 0.62, featured)
        story += [CondPageBreak(drawing.height + 40), _heading(_("Relationship map"), st),
                  drawing]
    if brief.shows(Section.ROOM) and brief.room.others:
        story += _titled(_("Everyone else in the DMU"), tables.others_table(brief, width, st),
                         st)
    if brief.shows(Section.INTERACTIONS) and brief.interactions.items:
        story += _titled(_("Recent interactions"),
                         tables.interactions_table(brief, f, width, st), st)
    if brief.shows(Section.CROSS_SELL) and brief.cross_sell.items:
        story += _titled(_("Cross-selling opportunities"),
                         tables.cross_sell_table(brief, f, width, st), st)
    if brief.shows(Section.NOTES):
        story += [CondPageBreak(150), _heading(_("Notes"), st), NoteLines(width)]
    return story


def _heading(text: str, st: Styles) -> Paragraph:
    return Paragraph(escape(text), st.heading)


def _titled(title: str, flowables: list, st: Styles) -> list:
    """A heading that never ends a page alone, then a table that may run onto the next page."""
    return [CondPageBreak(_MIN_SECTION_START), _heading(title, st), *flowables]


def _header(brief: Brief, f: Formats, width: float, st: Styles) -> list:
    h = brief.header
    accent = st.accent.hexval().replace("0x", "#")
    place = ", ".join(p for p in (h.city, h.country) if p)
    details = " · ".join(escape(p) for p in (h.industry, place) if p)
    badge = f'<font backColor="{accent}" color="#FFFFFF">\u00a0{h.tier_label.upper()}\u00a0</font>'
    kind = _("Meeting brief") if h.meeting else _("Account brief")
    prepared = _("prepared {date}").format(date=f.date(h.generated_on))
    right = (f'<font color="{accent}"><b>{kind}</b></font><br/>'
             f'<font color="{_HEX["muted"]}">{prepared}</font>')
    if brief.shareable:
        shareable = _("shareable: no personal data")
        right += f'<br/><font color="{_HEX["muted"]}">{shareable}</font>'
    left = [Paragraph(escape(h.account_name), st.title), Spacer(0, 2),
            Paragraph(f"{badge}\u2002{details}", st.subtitle)]
    head = Table([[left, Paragraph(right, st.cell_right)]], colWidths=[width * 0.72, width * 0.28],
                 style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    story: list = [head, Spacer(0, 5), HRFlowable(width="100%", thickness=2, color=st.accent,
                                                  spaceAfter=7)]
    if h.meeting:
        m = h.meeting
        when = f"<b>{escape(f.meeting_time_at(m.starts_at, m.time_zone))}</b>"
        if m.place:
            when += f" · {escape(m.place)}"
        lines = [Paragraph(when, st.body)]
        if m.objective:
            objective = _("Objective:")
            lines.append(Paragraph(f"<b>{objective}</b> {escape(m.objective)}", st.body))
        if m.notes:
            prep = _("Prep notes:")
            lines.append(Paragraph(f"<b>{prep}</b> {_lines(m.notes)}", st.body))
        story.append(_panel(lines, width, st, label=_("MEETING")))
    return story


def _lines(text: str) -> str:
    """The user's own text, escaped, with its line breaks kept."""
    return "<br/>".join(escape(line) for line in text.strip().splitlines() if line.strip())


def _own_notes(brief: Brief, f: Formats, width: float, st: Styles) -> list:
    """The KAM's own notes: what came of the last meeting, and the account's notes."""
    lines: list = []
    if brief.last_outcome:
        o = brief.last_outcome
        when = escape(f.date(local_time(o.occurred_at).date()))
        heading = (_("Last meeting, {date} (with {people}):").format(date=when,
                                                                       people=escape(o.people))
                   if o.people else _("Last meeting, {date}:").format(date=when))
        text = f"<b>{heading}</b> "
        text += escape(o.summary)
        if o.details:
            text += f" — {_lines(o.details)}"
        lines.append(Paragraph(text, st.body))
    if brief.account_notes:
        notes = _("Account notes:")
        lines.append(Paragraph(f"<b>{notes}</b> {_lines(brief.account_notes)}", st.body))
    return [_panel(lines, width, st, label=_("NOTES"))] if lines else []


def _panel(content: list, width: float, st: Styles, label: str = "") -> Table:
    """A shaded box with the accent as its left edge."""
    cells = [[Paragraph(f"<b>{label}</b>", st.figure_label) if label else "", content]]
    label_width = 60 if label else 0
    return Table(cells, colWidths=[label_width, width - label_width], spaceAfter=8,
                 style=TableStyle([
                     ("BACKGROUND", (0, 0), (-1, -1), PANEL),
                     ("LINEBEFORE", (0, 0), (0, -1), 3, st.accent),
                     ("VALIGN", (0, 0), (-1, -1), "TOP"),
                     ("LEFTPADDING", (0, 0), (-1, -1), 8),
                     ("TOPPADDING", (0, 0), (-1, -1), 5),
                     ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                     ("TOPPADDING", (0, 0), (0, -1), 7),
                 ]))


def _things(brief: Brief, width: float, st: Styles) -> list:
    accent = st.accent.hexval().replace("0x", "#")
    count = len(brief.things_to_know)
    title = _("Three things to know") if count == 3 else _("Things to know")
    lines: list = [Paragraph(f'<font color="{accent}"><b>{title}</b></font>', st.body),
                   Spacer(0, 3)]
    for number, thing in enumerate(brief.things_to_know, start=1):
        lines.append(Paragraph(f'<font color="{accent}"><b>{number}</b></font>\u2003'
                               f"{escape(thing)}", st.thing))
    return [_panel(lines, width, st)]


def _snapshot(brief: Brief, f: Formats, width: float, st: Styles) -> list:
    s = brief.snapshot
    year = f" {s.year}" if s.year else ""
    if s.planned:
        revenue_note = _("of {amount} planned").format(amount=f.money(s.planned, s.currency))
        if s.attainment is not None:
            revenue_note += f" ({f.percent(s.attainment)})"
    else:
        revenue_note = _("no plan recorded")
    gaps = ", ".join(s.completeness_gaps[:2]) or _("nothing missing")
    uncovered = ", ".join(r.lower() for r in s.uncovered_roles) or _("all key roles covered")
    figures = [
        (_("Revenue") + year, f.money(s.actual, s.currency), revenue_note),
        (_("Share of our sales"), f.percent(s.share), _("of our revenue") + year),
        (_("Dossier complete"), f"{s.completeness} %", gaps),
        (_("People in the DMU"), str(s.people),
         _("not covered: {roles}").format(roles=uncovered) if s.uncovered_roles else uncovered),
    ]
    cells = [[[Paragraph(escape(label), st.figure_label), Paragraph(escape(value), st.figure),
               Paragraph(escape(note), st.figure_label)] for label, value, note in figures]]
    column = width / len(figures)
    strip = Table(cells, colWidths=[column] * len(figures), spaceAfter=4,
                  style=TableStyle([
                      ("VALIGN", (0, 0), (-1, -1), "TOP"),
                      ("LEFTPADDING", (0, 0), (-1, -1), 0),
                      ("LEFTPADDING", (1, 0), (-1, -1), 8),
                      ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                      ("LINEBEFORE", (1, 0), (-1, -1), 0.5, RULE),
                  ]))
    story: list = [KeepTogether([_heading(_("The account in numbers"), st), strip])]
    told = set(brief.things_to_know) if brief.shows(Section.THINGS) else set()
    for warning in (w for w in s.warnings if w not in told):
        story.append(Paragraph(f'<font color="{_HEX["warn"]}"><b>! {escape(warning)}</b></font>',
                               st.body))
    return story


def _room(brief: Brief, f: Formats, width: float, st: Styles) -> list:
    room = brief.room
    meeting = brief.header.meeting is not None
    if not room.cards:
        nobody = (_("Nobody from the DMU is recorded for this meeting yet.") if meeting
                  else _("Nobody from the DMU is recorded for this account yet."))
        return [_heading(_("Who is in the room") if meeting else _("Key people"), st),
                Paragraph(nobody, st.muted)]
    title = _("Who is in the room") if meeting else _("Key people")
    grid = card_grid(room.cards, st, f, width, meeting, brief.shareable)
    story: list = [KeepTogether([_heading(title, st), grid[0]]), *grid[1:]]
    if room.uncovered_roles:
        roles = ", ".join(r.lower() for r in room.uncovered_roles)
        nobody = _("Roles nobody covers:")
        story.append(Paragraph(f"<b>{nobody}</b> {escape(roles)}", st.body))
    return story


def _open_between_us(brief: Brief, f: Formats, width: float, st: Styles) -> list:
    parts = [
        (Section.PROPOSALS, brief.proposals.items, _("Open proposals"), _("proposals"),
         tables.proposals_table),
        (Section.TENDERS, brief.tenders.items, _("Tenders"), _("tenders"), tables.tenders_table),
        (Section.SERVICE, brief.cases.items, _("Open service cases"), _("service cases"),
         tables.cases_table),
        (Section.TASKS, brief.tasks.items, _("Open tasks"), _("tasks"), tables.tasks_table),
    ]
    story: list = []
    empty = []
    for section, items, title, what, table in parts:
        if not brief.shows(section):
            continue
        if not items:
            empty.append(what)
            continue
        story += _titled(title, table(brief, f, width, st), st)
    if empty:
        story.append(Spacer(0, 4))
        story.append(Paragraph(_("Nothing open: {what}.").format(what=", ".join(empty)),
                               st.muted))
    return story


class NoteLines(Flowable):
    """Ruled lines to write on, filling what is left of the page (at least a few lines)."""

    def __init__(self, width: float, spacing: float = 21, least: int = 6, most: int = 24) -> None:
        super().__init__()
        self.width, self.spacing, self.least, self.most = width, spacing, least, most
        self.lines = least
        self.height = least * spacing

    def wrap(self, available_width, available_height):
        fitting = int(available_height // self.spacing)
        self.lines = max(self.least, min(self.most, fitting))
        self.height = self.lines * self.spacing
        return self.width, self.height

    def draw(self) -> None:
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(0.5)
        for i in range(self.lines):
            y = self.height - (i + 1) * self.spacing
            self.canv.line(0, y, self.width, y)
