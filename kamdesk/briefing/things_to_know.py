"""The three things to know before walking in: the most pressing facts, one of each kind first."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from kamdesk.briefing.content import (
    CaseLine,
    PersonCard,
    ProposalLine,
    Room,
    Snapshot,
    TaskLine,
    TenderLine,
)
from kamdesk.briefing.formatting import Formats
from kamdesk.domain.concentration import Thresholds
from kamdesk.domain.enums import Stance
from kamdesk.domain.labels import STANCE_LABELS

HOW_MANY = 3
PROPOSAL_EXPIRY_DAYS = 30  # a proposal running out within a month needs attention
CASE_TOO_LONG_DAYS = 14  # a complaint open longer than two weeks hurts the relationship
TENDER_SOON_DAYS = 120
LONG_SILENCE_DAYS = 90
NEAR_MONO_DEPENDENCE = Decimal("0.10")  # this close below the limit deserves a word


def things_to_know(
    room: Room,
    proposals: Sequence[ProposalLine],
    cases: Sequence[CaseLine],
    tenders: Sequence[TenderLine],
    tasks: Sequence[TaskLine],
    snapshot: Snapshot,
    formats: Formats,
    for_meeting: bool,
) -> list[str]:
    """Up to three sentences. Each kind of fact (birthday, proposal, case…) gets one place
    before any kind gets a second, so the list is not three birthdays."""
    kinds: list[list[str]] = [
        _birthdays(room.cards, formats, for_meeting),
        _opponents(room.cards, for_meeting),
        _proposals(proposals),
        _cases(cases),
        _overdue(tasks, formats),
        _tenders(tenders, formats),
        _concentration(snapshot, formats),
        _sceptics_elsewhere(room),
        [f"Nobody covers these DMU roles: {', '.join(r.lower() for r in room.uncovered_roles)}"]
        if room.uncovered_roles else [],
        _drafts(proposals, formats),
        _silences(room.cards, for_meeting),
    ]  # fmt: skip
    chosen: list[str] = []
    depth = 0
    while len(chosen) < HOW_MANY and any(len(k) > depth for k in kinds):
        for facts in kinds:
            if depth < len(facts) and len(chosen) < HOW_MANY:
                chosen.append(facts[depth])
        depth += 1
    return chosen


def _who(card: PersonCard) -> str:
    return f"{card.name} ({card.position})" if card.position else card.name


def _birthdays(cards: Sequence[PersonCard], formats: Formats, for_meeting: bool) -> list[str]:
    found = []
    for card in sorted((c for c in cards if c.birthday and c.birthday.soon),
                       key=lambda c: abs(c.birthday.days_from_reference)):  # fmt: skip
        note = card.birthday
        days = note.days_from_reference
        if for_meeting:
            when = ("on the day of the meeting" if days == 0 else
                    f"{abs(days)} day{'s' if abs(days) != 1 else ''} "
                    f"{'after' if days > 0 else 'before'} the meeting")  # fmt: skip
        else:
            when = "today" if days == 0 else f"in {days} day{'s' if days != 1 else ''}"
        turning = f", turning {note.turning}" if note.turning else ""
        found.append(f"{_who(card)} has a birthday on {formats.day(note.on)}{turning}: {when}")
    return found


def _opponents(cards: Sequence[PersonCard], for_meeting: bool) -> list[str]:
    where = "in the room" if for_meeting else "in the DMU"
    return [
        f"{c.stance_label} {where}: {_who(c)}"
        + (f", influence {c.influence} of 5" if c.influence else "")
        for c in sorted(cards, key=lambda c: -(c.influence or 0))
        if c.stance in (Stance.OPPONENT, Stance.SCEPTIC)
    ]


def _proposals(proposals: Sequence[ProposalLine]) -> list[str]:
    found = []
    for p in proposals:
        if p.days_to_expiry is None or p.days_to_expiry > PROPOSAL_EXPIRY_DAYS:
            continue
        days = p.days_to_expiry
        when = "today" if days == 0 else f"in {days} day{'s' if days != 1 else ''}"
        step = f"; next: {p.current_step}" if p.current_step else ""
        found.append(f"Proposal “{p.title}” expires {when}{step}")
    return found


def _drafts(proposals: Sequence[ProposalLine], formats: Formats) -> list[str]:
    return [
        f"Proposal “{p.title}” ({formats.money(p.value, p.currency)}) is still a draft"
        for p in proposals
        if p.status_label == "Draft"
    ]


def _overdue(tasks: Sequence[TaskLine], formats: Formats) -> list[str]:
    return [
        f"Overdue since {formats.day(t.due_on)}: {t.title}" + (f" ({t.person})" if t.person else "")
        for t in tasks
        if t.overdue and t.due_on
    ]


def _concentration(snapshot: Snapshot, formats: Formats) -> list[str]:
    if snapshot.warnings:
        return list(snapshot.warnings)
    limit = Thresholds().mono_dependence
    if limit - NEAR_MONO_DEPENDENCE <= snapshot.share <= limit:
        return [f"This account brings {formats.percent(snapshot.share)} of our sales, close to "
                f"the {formats.percent(limit)} mono-dependence limit"]  # fmt: skip
    return []


def _sceptics_elsewhere(room: Room) -> list[str]:
    """Sceptics and opponents with real influence who are not on the cards."""
    wary = {STANCE_LABELS[Stance.SCEPTIC], STANCE_LABELS[Stance.OPPONENT]}
    return [
        f"{p.stance_label} in the DMU: {p.name}"
        + (f" ({p.position})" if p.position else "")
        + f", influence {p.influence} of 5"
        for p in sorted(room.others, key=lambda p: -(p.influence or 0))
        if p.stance_label in wary and (p.influence or 0) >= 3
    ]


def _cases(cases: Sequence[CaseLine]) -> list[str]:
    return [
        f"{c.kind_label} “{c.title}” open for {c.days_open} days"
        for c in sorted(cases, key=lambda c: -c.days_open)
        if c.days_open > CASE_TOO_LONG_DAYS
    ]


def _tenders(tenders: Sequence[TenderLine], formats: Formats) -> list[str]:
    found = []
    for t in tenders:
        if t.days_to_tender > TENDER_SOON_DAYS:
            continue
        left = t.total_items - t.done_items
        todo = f"; {left} of {t.total_items} checklist items still open" if left else ""
        found.append(f"Tender “{t.title}” on {formats.date(t.tender_date)}"
                     f" (in {t.days_to_tender} days){todo}")  # fmt: skip
    return found


def _silences(cards: Sequence[PersonCard], for_meeting: bool) -> list[str]:
    found = []
    for c in cards:
        if c.last_contact_days is None:
            found.append(f"No contact with {_who(c)} on record yet")
        elif c.last_contact_days > LONG_SILENCE_DAYS:
            found.append(f"Last contact with {_who(c)} was {c.last_contact_days} days ago")
    return found
