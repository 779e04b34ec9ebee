"""The KAM's dates as iCalendar (RFC 5545) for the calendar they already use.

Birthdays are yearly all-day events; a 29 February birthday recurs on the last day of
February, as the agenda celebrates it. A birthday without a year starts in the export year.
Event UIDs are stable, so importing a fresh export again updates instead of duplicating.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from icalendar import Calendar, Event, vRecur

from kamdesk import __version__
from kamdesk.domain.time_zones import local_start
from kamdesk.services.export_sources import CalendarBirthday, CalendarData

_DOMAIN = "kamdesk.invalid"
MEETING_LENGTH = timedelta(hours=1)  # meetings have a start only


def ics_bytes(data: CalendarData, today: date, now: datetime | None = None) -> bytes:
    now = now or datetime.now(UTC)
    calendar = Calendar()
    calendar.add("prodid", f"-//KAMDesk//KAMDesk {__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "KAMDesk")
    for birthday in data.birthdays:
        calendar.add_component(_birthday(birthday, today, now))
    for day in data.days:
        event = _event(f"{day.key}@{_DOMAIN}", day.title, now, day.account, day.details)
        event.add("dtstart", day.on)
        event.add("dtend", day.on + timedelta(days=1))
        calendar.add_component(event)
    for meeting in data.meetings:
        details = "\n".join(filter(None, [", ".join(meeting.attendees), meeting.notes]))
        event = _event(f"meeting-{meeting.key}@{_DOMAIN}", meeting.title, now, meeting.account,
                       details)
        # On the place's clock (TZID=Asia/Manila), so a calendar shows the invitation's hour.
        start = local_start(meeting.starts_at, meeting.time_zone) if meeting.time_zone else (
            meeting.starts_at if meeting.starts_at.tzinfo
            else meeting.starts_at.replace(tzinfo=UTC))
        event.add("dtstart", start)
        event.add("dtend", start + MEETING_LENGTH)
        if meeting.place:
            event.add("location", meeting.place)
        calendar.add_component(event)
    calendar.add_missing_timezones()  # a VTIMEZONE for each TZID used, as RFC 5545 asks
    return calendar.to_ical()


def _event(uid: str, title: str, now: datetime, account: str, details: str = "") -> Event:
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", now)
    event.add("summary", f"{title} ({account})" if account else title)
    if details:
        event.add("description", details)
    return event


def _birthday(b: CalendarBirthday, today: date, now: datetime) -> Event:
    whose = f"{b.name}, {b.relation} of {b.relative_of}" if b.relative_of else b.name
    if b.relative_of and not b.relation:
        whose = f"{b.name}, family of {b.relative_of}"
    event = _event(f"birthday-{b.key}@{_DOMAIN}", f"Birthday: {whose}", now, b.account)
    day = b.birthday
    year = day.year if day.year is not None else today.year
    if day.month == 2 and day.day == 29:
        # Start in a leap year and recur on February's last day: the 29th or the 28th.
        while year % 4 or (year % 100 == 0 and year % 400):
            year -= 1
        event.add("rrule", vRecur(freq="yearly", bymonth=2, bymonthday=-1))
    else:
        event.add("rrule", vRecur(freq="yearly"))
    start = date(year, day.month, day.day)
    event.add("dtstart", start)
    event.add("dtend", start + timedelta(days=1))
    event.add("transp", "TRANSPARENT")
    if day.year is not None:
        event.add("description", f"Born {day.to_text()}")
    return event
