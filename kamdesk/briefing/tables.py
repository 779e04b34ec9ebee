"""The brief's lists as light tables: proposals, tenders, cases, tasks, people, history."""

from __future__ import annotations

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Table, TableStyle

from kamdesk.briefing.cards import influence_dots
from kamdesk.briefing.content import Brief, Listing
from kamdesk.briefing.formatting import Formats, local_time
from kamdesk.briefing.markup import escape
from kamdesk.briefing.styles import RULE, WARNING, Styles
from kamdesk.domain.enums import ProposalStatus
from kamdesk.domain.labels import label_of
from kamdesk.language import _, ngettext

_WARNING_HEX = WARNING.hexval().replace("0x", "#")


def _days(n: int) -> str:
    return ngettext("{n} day", "{n} days", n).format(n=n)


def _in_days(n: int) -> str:
    return ngettext("in {n} day", "in {n} days", n).format(n=n)


def data_table(head: list[str], rows: list[list[str]], fractions: list[float], width: float,
               st: Styles, right: tuple[int, ...] = ()) -> Table:
    """A table of paragraphs (text already escaped): a small grey head, hairlines between rows."""
    head_right = ParagraphStyle("cell_head_right", parent=st.cell_head, alignment=TA_RIGHT)
    cells = [[Paragraph(h.upper(), head_right if i in right else st.cell_head)
              for i, h in enumerate(head)]]
    for row in rows:
        cells.append([Paragraph(text, st.cell_right if i in right else st.cell)
                      for i, text in enumerate(row)])
    style = TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
        ("LINEBELOW", (0, 1), (-1, -2), 0.3, RULE),
    ])
    return Table(cells, colWidths=[f * width for f in fractions], style=style, repeatRows=1,
                 hAlign="LEFT")


def more_line(listing: Listing, what: str, st: Styles) -> list:
    """"… and 3 more proposals": *what* is a sentence with {n}, already translated."""
    if not listing.more:
        return []
    return [Paragraph(what.format(n=listing.more), st.muted)]


def proposals_table(brief: Brief, f: Formats, width: float, st: Styles) -> list:
    rows = []
    for p in brief.proposals.items:
        expires = f.date(p.expires_on) if p.expires_on else _("no expiry date")
        if p.days_to_expiry is not None:
            left = _("today") if p.days_to_expiry == 0 else _in_days(p.days_to_expiry)
            if p.days_to_expiry <= 7:
                left = f'<font color="{_WARNING_HEX}"><b>{left}</b></font>'
            expires += f"<br/>{left}"
        if p.current_step:
            step = _("now: {step}").format(step=f"<b>{escape(p.current_step)}</b>")
            step += "<br/>" + (_("next: {step}").format(step=escape(p.next_step))
                               if p.next_step else _("last step"))
        else:
            draft = p.status_label == _(label_of(ProposalStatus.DRAFT))
            step = _("not sent yet") if draft else _("all steps done")
        sent = " · " + _("sent {date}").format(date=f.date(p.sent_on)) if p.sent_on else ""
        rows.append([f"<b>{escape(p.title)}</b><br/>{p.status_label}{sent}",
                     f.money(p.value, p.currency), expires, step])
    table = data_table([_("Proposal"), _("Value"), _("Expires"), _("Follow-up")], rows,
                       [0.36, 0.15, 0.17, 0.32], width, st, right=(1,))
    return [table, *more_line(brief.proposals, _("… and {n} more proposals"), st)]


def tenders_table(brief: Brief, f: Formats, width: float, st: Styles) -> list:
    rows = []
    for t in brief.tenders.items:
        items = "".join(f"<br/>☐ {escape(i)}" for i in t.open_items)
        if t.open_more:
            items += "<br/>" + _("… and {n} more").format(n=t.open_more)
        checklist = _("{done} of {total} done").format(done=t.done_items, total=t.total_items)
        checklist += items
        rows.append([f"<b>{escape(t.title)}</b>",
                     f"{f.date(t.tender_date)}<br/>{_in_days(t.days_to_tender)}",
                     escape(t.status), checklist])
    table = data_table([_("Tender"), _("Date"), _("Preparation"), _("Checklist")], rows,
                       [0.3, 0.16, 0.17, 0.37], width, st)
    return [table, *more_line(brief.tenders, _("… and {n} more tenders"), st)]


def cases_table(brief: Brief, f: Formats, width: float, st: Styles) -> list:
    rows = []
    for c in brief.cases.items:
        days = _days(c.days_open)
        if c.days_open > 14:
            days = f'<font color="{_WARNING_HEX}"><b>{days}</b></font>'
        rows.append([f"{c.kind_label}: <b>{escape(c.title)}</b>", f.date(c.opened_on), days,
                     escape(c.person)])
    table = data_table([_("Service case"), _("Opened"), _("Open for"), _("Raised by")], rows,
                       [0.5, 0.17, 0.13, 0.2], width, st)
    return [table, *more_line(brief.cases, _("… and {n} more open cases"), st)]


def tasks_table(brief: Brief, f: Formats, width: float, st: Styles) -> list:
    rows = []
    for t in brief.tasks.items:
        due = f.date(t.due_on) if t.due_on else _("no date")
        if t.overdue:
            overdue = _("overdue")
            due = f'<font color="{_WARNING_HEX}"><b>{due}<br/>{overdue}</b></font>'
        rows.append([due, escape(t.title), escape(t.person)])
    table = data_table([_("Due"), _("Task"), _("With")], rows, [0.17, 0.6, 0.23], width, st)
    return [table, *more_line(brief.tasks, _("… and {n} more open tasks"), st)]


def others_table(brief: Brief, width: float, st: Styles) -> list:
    others = brief.room.others
    judged = any(p.stance_label or p.influence is not None for p in others)

    def ago(p) -> str:
        if p.last_contact_days is None:
            return "–"
        return ngettext("{n} day ago", "{n} days ago", p.last_contact_days).format(
            n=p.last_contact_days)

    if brief.shareable and not judged:  # how they stand toward us stays in the team
        rows = [[f"<b>{escape(p.name)}</b>", escape(p.position), escape(p.role_label), ago(p)]
                for p in others]
        table = data_table([_("Name"), _("Position"), _("DMU role"), _("Last contact")], rows,
                           [0.3, 0.32, 0.2, 0.18], width, st)
    else:
        rows = [
            [f"<b>{escape(p.name)}</b>", escape(p.position), escape(p.role_label),
             escape(p.stance_label), influence_dots(p.influence), ago(p)]
            for p in others
        ]
        head = [_("Name"), _("Position"), _("DMU role"), _("Stance"), _("Influence"),
                _("Last contact")]
        table = data_table(head, rows, [0.24, 0.24, 0.15, 0.11, 0.11, 0.15], width, st)
    more = brief.room.others_more
    tail = ([Paragraph(_("… and {n} more people in the dossier").format(n=more), st.muted)]
            if more else [])
    return [table, *tail]


def interactions_table(brief: Brief, f: Formats, width: float, st: Styles) -> list:
    rows = [
        [f.date(local_time(i.occurred_at).date()), escape(i.kind_label), escape(i.summary),
         escape(i.people)]
        for i in brief.interactions.items
    ]
    table = data_table([_("Date"), _("Kind"), _("What happened"), _("With")], rows,
                       [0.15, 0.11, 0.5, 0.24], width, st)
    shown, total = len(rows), brief.interaction_total
    if total <= shown:
        return [table]
    return [table, Paragraph(_("The last {shown} of {total} interactions.").format(
        shown=shown, total=total), st.muted)]


def cross_sell_table(brief: Brief, f: Formats, width: float, st: Styles) -> list:
    rows = [
        [escape(c.division), f"<b>{escape(c.offering)}</b>", escape(c.status_label),
         f.money(c.value, c.currency)]
        for c in brief.cross_sell.items
    ]
    table = data_table([_("Division"), _("Offering"), _("Status"), _("Estimated value")], rows,
                       [0.32, 0.38, 0.13, 0.17], width, st, right=(3,))
    return [table, *more_line(brief.cross_sell, _("… and {n} more opportunities"), st)]


def itinerary_table(stops: list, f: Formats, width: float, st: Styles) -> Table:
    """A trip's planned meetings (services.brief_sources.facts.ItineraryStop), soonest first, each
    at the place's local time."""
    rows = [[f"<b>{escape(f.meeting_time_at(s.starts_at, s.time_zone))}</b>",
             f"<b>{escape(s.account_name)}</b><br/>{escape(s.place)}", escape(s.objective),
             escape(", ".join(s.attendees))] for s in stops]
    return data_table([_("When"), _("Where"), _("Objective"), _("Who attends")], rows,
                      [0.2, 0.28, 0.28, 0.24], width, st)
