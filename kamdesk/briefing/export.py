"""Writing briefs to PDF files: one account, one meeting, or a trip through a city.

The PDF is written to a temporary file beside the target and renamed into place, so an
export that fails (a full disk, a locked folder, a bug) leaves no broken PDF behind.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable
from datetime import date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.platypus import PageBreak, Paragraph, Spacer

from kamdesk.briefing.assemble import assemble_brief
from kamdesk.briefing.content import Brief
from kamdesk.briefing.document import AccountMark, BriefDocument, build
from kamdesk.briefing.fonts import register_fonts
from kamdesk.briefing.formatting import Formats
from kamdesk.briefing.options import BriefOptions
from kamdesk.briefing.story import brief_story
from kamdesk.briefing.styles import styles_for
from kamdesk.briefing.tables import itinerary_table
from kamdesk.domain.enums import Tier
from kamdesk.domain.time_zones import local_start
from kamdesk.language import _, ngettext, speaking
from kamdesk.services.brief_sources.reading import BriefSourceService
from kamdesk.services.errors import NotFoundError, ServiceError

if TYPE_CHECKING:  # the database is handed through to the services, never used here
    from kamdesk.store.database import Database


class BriefExportError(ServiceError):
    """The PDF could not be written where asked; nothing was left behind."""


def load_brief(
    db: Database,
    account_id: uuid.UUID,
    meeting_id: uuid.UUID | None = None,
    options: BriefOptions | None = None,
    today: date | None = None,
) -> Brief:
    """Read one account (or meeting) and assemble its brief content."""
    options = options or BriefOptions()
    source = BriefSourceService(db).brief_source(account_id, meeting_id, today,
                                                 options.recent_interactions)
    return assemble_brief(source, options)


def write_brief(db: Database, account_id: uuid.UUID, path: Path | str, *,
                meeting_id: uuid.UUID | None = None, options: BriefOptions | None = None,
                today: date | None = None) -> Path:
    """Write the brief of one account (or one of its meetings) to *path*; return the path."""
    options = options or BriefOptions()
    with speaking(options.language_code):
        brief = load_brief(db, account_id, meeting_id, options, today)
        return render_pdf([brief], path, options)


def write_trip_brief(
    db: Database,
    city: str,
    path: Path | str,
    *,
    options: BriefOptions | None = None,
    today: date | None = None,
) -> Path:
    """One PDF for a trip to *city*: a cover with the itinerary (each planned meeting there
    from *today* on: local time, place, objective, who attends) and the contents, then the
    brief of each planned meeting, then an account brief for each account in the city
    without one."""
    options = options or BriefOptions()
    source = BriefSourceService(db)
    accounts = source.accounts_in_city(city)
    if not accounts:
        raise NotFoundError(_("no account is in the city '{city}'").format(city=city))
    today = today or date.today()
    with speaking(options.language_code):
        stops = source.itinerary(city, datetime.combine(today, time()).astimezone())
        met = {s.account_id for s in stops}
        briefs = [load_brief(db, s.account_id, s.meeting_id, options, today) for s in stops]
        briefs += [load_brief(db, a.id, None, options, today)
                   for a in accounts if a.id not in met]
        # The city as the dossier spells it ("Gdańsk"), not as typed ("gdansk").
        return render_pdf(briefs, path, options,
                          trip_city=briefs[0].header.city or city.strip(), itinerary=stops)


def render_pdf(briefs: list[Brief], path: Path | str, options: BriefOptions,
               trip_city: str | None = None, itinerary: list | None = None) -> Path:
    """Lay out *briefs* into one PDF at *path*, atomically."""
    register_fonts()
    target = Path(path)
    return _atomic_write(target, lambda temporary: _build(briefs, temporary, options, trip_city,
                                                          itinerary or []))


def _build(briefs: list[Brief], filename: str, options: BriefOptions,
           trip_city: str | None, itinerary: list) -> None:
    formats = Formats(options.locale)
    first = briefs[0].header
    if trip_city:
        title = _("Trip brief: {city}").format(city=trip_city)
        accent_tier = Tier.KEY
    elif first.meeting:
        day = formats.date(local_start(first.meeting.starts_at, first.meeting.time_zone).date())
        title = _("Meeting brief: {account}, {day}").format(account=first.account_name, day=day)
        accent_tier = first.tier
    else:
        title = _("Account brief: {account}").format(account=first.account_name)
        accent_tier = first.tier
    encrypt = None
    if options.password:
        from reportlab.lib.pdfencrypt import StandardEncryption  # slow to import, rarely used

        encrypt = StandardEncryption(options.password, canPrint=1, canCopy=0, canModify=0,
                                     canAnnotate=0, strength=128)
    doc = BriefDocument(
        filename, paper=options.paper_name, accent=styles_for(accent_tier).accent,
        variant=_("shareable") if options.shareable else _("confidential: personal data"),
        title=title, author=options.author or "KAMDesk", creator="KAMDesk",
        subject=_("Key account brief") + (_(" (shareable)") if options.shareable else ""),
        keywords=", ".join(b.header.account_name for b in briefs),
        invariant=1 if options.invariant else 0, encrypt=encrypt, lang=options.language_code,
    )
    story: list = []
    contents = None
    if trip_city:
        contents = _contents(story, trip_city, briefs, formats, itinerary, doc.width)
    for index, brief in enumerate(briefs):
        if index:
            story.append(PageBreak())
        story += brief_story(brief, formats, doc.width, doc.height,
                             in_contents=contents is not None)
    build(doc, story, contents=contents)


def _contents(story: list, city: str, briefs: list[Brief], formats: Formats, itinerary: list,
              width: float):
    """Add the cover with the itinerary and the table of contents (a trip brief only)."""
    from reportlab.platypus.tableofcontents import TableOfContents  # only trips need it

    st = styles_for(Tier.KEY)
    contents = TableOfContents(dotsMinLevel=0)
    contents.levelStyles = [st.toc]
    prepared = formats.date(briefs[0].header.generated_on)
    accounts = len({b.header.account_name for b in briefs})
    meetings = " · " + ngettext("{n} meeting", "{n} meetings", len(itinerary)).format(
        n=len(itinerary)) if itinerary else ""
    story += [
        AccountMark(_("{city} trip").format(city=city), ""),
        Paragraph(_("Trip brief: {city}").format(city=city), st.title),
        Paragraph(ngettext("{n} account", "{n} accounts", accounts).format(n=accounts)
                  + meetings + " · " + _("prepared {date}").format(date=prepared),
                  st.subtitle),
        Spacer(0, 12),
    ]
    if itinerary:
        story += [Paragraph(_("Itinerary"), st.heading),
                  itinerary_table(itinerary, formats, width, st), Spacer(0, 12)]
    story += [Paragraph(_("Contents"), st.heading), contents, PageBreak()]
    return contents


def _atomic_write(target: Path, write: Callable[[str], None]) -> Path:
    folder = target.parent
    if not folder.is_dir():
        raise BriefExportError(_("cannot write {target}: the folder {folder} does not exist")
                               .format(target=target, folder=folder))
    if target.is_dir():
        raise BriefExportError(_("cannot write {target}: it is a folder").format(target=target))
    temporary = folder / f".{target.name}.{uuid.uuid4().hex[:8]}.tmp"
    try:
        temporary.open("xb").close()  # created with the user's umask, unlike mkstemp's 0600
    except OSError as error:
        raise BriefExportError(_("cannot write {target}: {why} (folder {folder})").format(
            target=target, why=error.strerror or error, folder=folder)) from error
    try:
        write(str(temporary))
        os.replace(temporary, target)
    except BaseException as error:
        temporary.unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise BriefExportError(_("cannot write {target}: {why}").format(
                target=target, why=error.strerror or error)) from error
        raise
    return target
