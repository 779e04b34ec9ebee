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
from kamdesk.domain.enums import ProposalStatus, Stance
from kamdesk.domain.labels import STANCE_LABELS, label_of
from kamdesk.language import _, ngettext

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
        [_("Nobody covers these DMU roles: {roles}").format(
            roles=", ".join(r.lower() for r in room.uncovered_roles))]
        if room.uncovered_roles else [],
        _drafts(proposals, formats),
        _silences(room.cards, for_meeting),
    ]
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
    soon = [(c, c.birthday) for c in cards if c.birthday and c.birthday.soon]
    for card, note in sorted(soon, key=lambda pair: abs(pair[1].days_from_reference)):
        days = note.days_from_reference
        if for_meeting:
            when = (_("on the day of the meeting") if days == 0 else
                    ngettext("{n} day after the meeting", "{n} days after the meeting", days)
                    if days > 0 else
                    ngettext("{n} day before the meeting", "{n} days before the meeting",
                             -days)).format(n=abs(days))
        else:
            when = _today_or_in(days)
        turning = _(", turning {age}").format(age=note.turning) if note.turning else ""
        found.append(_("{who} has a birthday on {day}{turning}: {when}").format(
            who=_who(card), day=formats.day(note.on), turning=turning, when=when))
    return found


def _today_or_in(days: int) -> str:
    if days == 0:
        return _("today")
    return ngettext("in {n} day", "in {n} days", days).format(n=days)


def _influence(value: int | None) -> str:
    return _(", influence {n} of 5").format(n=value) if value else ""


def _opponents(cards: Sequence[PersonCard], for_meeting: bool) -> list[str]:
    where = _("{stance} in the room: {who}") if for_meeting else _("{stance} in the DMU: {who}")
    return [
        where.format(stance=c.stance_label, who=_who(c)) + _influence(c.influence)
        for c in sorted(cards, key=lambda c: -(c.influence or 0))
        if c.stance in (Stance.OPPONENT, Stance.SCEPTIC)
    ]


def _proposals(proposals: Sequence[ProposalLine]) -> list[str]:
    found = []
    for p in proposals:
        if p.days_to_expiry is None or p.days_to_expiry > PROPOSAL_EXPIRY_DAYS:
            continue
        when = _today_or_in(p.days_to_expiry)
        step = _("; next: {step}").format(step=p.current_step) if p.current_step else ""
        found.append(_("Proposal “{title}” expires {when}").format(title=p.title, when=when)
                     + step)
    return found


def _drafts(proposals: Sequence[ProposalLine], formats: Formats) -> list[str]:
    return [
        _("Proposal “{title}” ({value}) is still a draft").format(
            title=p.title, value=formats.money(p.value, p.currency))
        for p in proposals
        if p.status_label == _(label_of(ProposalStatus.DRAFT))
    ]


def _overdue(tasks: Sequence[TaskLine], formats: Formats) -> list[str]:
    return [
        _("Overdue since {day}: {task}").format(day=formats.day(t.due_on), task=t.title)
        + (f" ({t.person})" if t.person else "")
        for t in tasks
        if t.overdue and t.due_on
    ]


def _concentration(snapshot: Snapshot, formats: Formats) -> list[str]:
    if snapshot.warnings:
        return list(snapshot.warnings)
    limit = Thresholds().mono_dependence
    if limit - NEAR_MONO_DEPENDENCE <= snapshot.share <= limit:
        return [_("This account brings {share} of our sales, close to the {limit} "
                  "mono-dependence limit").format(share=formats.percent(snapshot.share),
                                                  limit=formats.percent(limit))]
    return []


def _sceptics_elsewhere(room: Room) -> list[str]:
    """Sceptics and opponents with real influence who are not on the cards."""
    wary = {_(STANCE_LABELS[Stance.SCEPTIC]), _(STANCE_LABELS[Stance.OPPONENT])}
    return [
        _("{stance} in the DMU: {who}").format(
            stance=p.stance_label, who=f"{p.name} ({p.position})" if p.position else p.name)
        + _influence(p.influence)
        for p in sorted(room.others, key=lambda p: -(p.influence or 0))
        if p.stance_label in wary and (p.influence or 0) >= 3
    ]


def _cases(cases: Sequence[CaseLine]) -> list[str]:
    return [
        ngettext("{kind} “{title}” open for {n} day", "{kind} “{title}” open for {n} days",
                 c.days_open).format(kind=c.kind_label, title=c.title, n=c.days_open)
        for c in sorted(cases, key=lambda c: -c.days_open)
        if c.days_open > CASE_TOO_LONG_DAYS
    ]


def _tenders(tenders: Sequence[TenderLine], formats: Formats) -> list[str]:
    found = []
    for t in tenders:
        if t.days_to_tender > TENDER_SOON_DAYS:
            continue
        left = t.total_items - t.done_items
        todo = _("; {left} of {total} checklist items still open").format(
            left=left, total=t.total_items) if left else ""
        found.append(_("Tender “{title}” on {date} ({when})").format(
            title=t.title, date=formats.date(t.tender_date),
            when=_today_or_in(t.days_to_tender)) + todo)
    return found


def _silences(cards: Sequence[PersonCard], for_meeting: bool) -> list[str]:
    found = []
    for c in cards:
        if c.last_contact_days is None:
            found.append(_("No contact with {who} on record yet").format(who=_who(c)))
        elif c.last_contact_days > LONG_SILENCE_DAYS:
            found.append(_("Last contact with {who} was {n} days ago").format(
                who=_who(c), n=c.last_contact_days))
    return found
