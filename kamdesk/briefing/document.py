"""The brief's page frame: paper, margins, running header and "page X of Y" footer.

The footer needs the total page count, which is only known at the end, so the canvas keeps
every finished page and draws the header and footer on all of them when the document is
saved (the usual reportlab "numbered canvas").
"""

from __future__ import annotations

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from kamdesk.briefing.fonts import REGULAR
from kamdesk.briefing.styles import INK, MUTED, RULE
from kamdesk.language import _

PAPER = {"a4": A4, "letter": LETTER}
MARGIN_X = 16 * mm
MARGIN_TOP = 17 * mm
MARGIN_BOTTOM = 16 * mm


class AccountMark(Flowable):
    """Invisible: tells the document whose brief the following pages belong to, and lists
    the account in the table of contents of a trip brief."""

    def __init__(self, name: str, label: str, in_contents: bool = False) -> None:
        super().__init__()
        self.name, self.label, self.in_contents = name, label, in_contents
        self.width = self.height = 0

    def wrap(self, available_width, available_height):
        return 0, 0

    def draw(self) -> None:
        doc = self.canv._doctemplate
        doc.current_account = (self.name, self.label)
        if self.in_contents:
            key = f"account-{id(self)}"
            # An explicit place and zoom: viewers (QtPdf among them) reject a bare /Fit link.
            self.canv.bookmarkPage(key, fit="XYZ", left=0, top=self.canv._pagesize[1], zoom=1)
            self.canv.addOutlineEntry(self.name, key, level=0)
            doc.notify("TOCEntry", (0, self.name, doc.page, key))


class BriefDocument(BaseDocTemplate):
    """A4 or Letter pages with one frame; header (from page 2 of each brief) and footer are
    drawn once the page count is known."""

    def __init__(self, filename, *, paper: str, accent, variant: str, **kw) -> None:
        super().__init__(
            filename, pagesize=PAPER[paper], leftMargin=MARGIN_X, rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, **kw,
        )
        self.accent = accent
        self.variant = variant  # printed in the footer: "confidential" or "shareable"
        self.current_account: tuple[str, str] = ("", "")
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate("page", [frame], onPageEnd=self._remember_page)])

    def beforeDocument(self) -> None:
        self.current_account = ("", "")  # multiBuild reuses the document for every pass

    def _remember_page(self, canvas, doc) -> None:
        # Read back by _BriefCanvas.save(): whose brief this page was, and its first page?
        canvas.brief_page = (self.current_account, self.accent, self.variant)


class _BriefCanvas(Canvas):
    def __init__(self, *args, **kw) -> None:
        super().__init__(*args, **kw)
        self._finished_pages: list[dict] = []

    def showPage(self) -> None:
        self._finished_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._finished_pages)
        previous = None
        for number, state in enumerate(self._finished_pages, start=1):
            self.__dict__.update(state)
            info = state.get("brief_page")
            if info:
                account = info[0]
                _decorate(self, number, total, info, first=account != previous)
                previous = account
            super().showPage()
        super().save()


def _decorate(canvas: Canvas, number: int, total: int, info, *, first: bool) -> None:
    (name, label), accent, variant = info
    width, height = canvas._pagesize
    canvas.saveState()
    if not first and name:
        y = height - MARGIN_TOP + 5 * mm
        canvas.setFont(REGULAR, 8)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN_X, y, name)
        canvas.drawRightString(width - MARGIN_X, y, label)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, y - 2.5 * mm, width - MARGIN_X, y - 2.5 * mm)
    y = MARGIN_BOTTOM - 8 * mm
    canvas.setStrokeColor(accent)
    canvas.setLineWidth(1.2)
    canvas.line(MARGIN_X, y + 4 * mm, MARGIN_X + 18 * mm, y + 4 * mm)
    canvas.setFont(REGULAR, 7.5)
    canvas.setFillColor(INK)
    page = _("page {number} of {total}").format(number=number, total=total)
    parts = [p for p in (name, _("Brief"), page) if p]
    canvas.drawString(MARGIN_X, y, " · ".join(parts))
    canvas.setFillColor(MUTED)
    canvas.drawRightString(width - MARGIN_X, y, variant)
    canvas.restoreState()


def build(doc: BriefDocument, story: list, *, contents: Flowable | None = None) -> None:
    """Lay out *story*; a trip brief with a table of contents needs the page numbers of a
    first pass, hence multiBuild."""
    if contents is None:
        doc.build(story, canvasmaker=_BriefCanvas)
    else:
        doc.multiBuild(story, canvasmaker=_BriefCanvas)
