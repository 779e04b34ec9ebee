"""From the raw facts of an account to the content of its brief: choose, rank, cut short.

The brief summarises; it does not dump the database. Every list is capped so that an
account with hundreds of people and thousands of interactions still gives a few pages.
"""

from __future__ import annotations

from datetime import date

from kamdesk.briefing.content import (
    BirthdayNote,
    Brief,
    CaseLine,
    CrossSellLine,
    Header,
    InteractionLine,
    Listing,
    MeetingInfo,
    OutcomeNote,
    PersonCard,
    PersonRow,
    ProposalLine,
    Room,
    Snapshot,
    TaskLine,
    TenderLine,
)
from kamdesk.briefing.formatting import Formats, local_time
from kamdesk.briefing.map_people import relationship_map
from kamdesk.briefing.options import BriefOptions, Private
from kamdesk.briefing.things_to_know import things_to_know
from kamdesk.domain.birthdays import Birthday, age_on, next_occurrence
from kamdesk.domain.completeness import NO_PEOPLE, NOUNS
from kamdesk.domain.concentration import (
    KEY_SHARE_BELOW,
    MONO_DEPENDENCE,
    ConcentrationAlert,
    number_text,
    percent_text,
)
from kamdesk.domain.enums import FollowUpStep
from kamdesk.domain.labels import ROLE_LABELS, STANCE_LABELS, TIER_LABELS, TYPE_LABELS, label_of
from kamdesk.domain.talking_points import personal_talking_points
from kamdesk.domain.tenders import tender_status
from kamdesk.domain.time_zones import local_start
from kamdesk.language import N_, _, ngettext
from kamdesk.services.brief_sources.facts import BriefSource, PersonFact

BIRTHDAY_FLAG_DAYS = 14  # a birthday this close to the meeting is worth a word
MAX_CARDS = 12  # people shown as full cards (meeting attendees come first)
ACCOUNT_CARDS = 6  # without a meeting: the most influential people get cards
MAX_ROWS = 25  # everyone else in the DMU, one line each
MAX_PROPOSALS = 8
MAX_TENDERS = 4
MAX_CHECKLIST = 5
MAX_CASES = 8
MAX_CROSS_SELL = 10
MAX_TASKS = 12
TALKING_POINTS_PER_CARD = 4  # from the person's own dossier first, then their type

_PERSONAL_FIELDS = ("birthday", "hobbies", "family", "values")

STEP_LABELS: dict[FollowUpStep, str] = {
    FollowUpStep.SEND: N_("send the proposal"),
    FollowUpStep.CONFIRM_RECEIPT: N_("call to confirm receipt"),
    FollowUpStep.ASK_NEXT_STEPS: N_("ask about next steps"),
    FollowUpStep.ASK_TIMELINE: N_("ask about the timeline"),
    FollowUpStep.AGREE_CHECKPOINT: N_("agree a date for a checkpoint call"),
}


def assemble_brief(source: BriefSource, options: BriefOptions) -> Brief:
    """Turn the facts of one account (or meeting) into the content of its brief."""
    formats = Formats(options.locale)
    meeting = source.meeting
    reference = local_start(meeting.starts_at, meeting.time_zone).date() if meeting else (
        source.today)
    account = source.account
    header = Header(
        account.name, account.tier, _(TIER_LABELS[account.tier]), account.industry, account.city,
        account.country, source.today,
        MeetingInfo(meeting.starts_at, meeting.place, meeting.objective, meeting.time_zone,
                    meeting.notes.strip()) if meeting else None,
    )
    outcome = source.last_outcome
    omit = options.shareable_omits if options.shareable else frozenset()
    room = _room(source, reference, omit, formats)
    snapshot = _snapshot(source, options.shareable, formats)
    proposals = _proposals(source)
    tenders = _tenders(source)
    cases = _cases(source)
    tasks = _capped(
        [TaskLine(t.title, t.due_on, t.due_on is not None and t.due_on < source.today,
                  t.person_name) for t in source.tasks],
        MAX_TASKS, source.task_count)
    return Brief(
        header=header,
        sections=options.sections,
        shareable=options.shareable,
        things_to_know=things_to_know(
            room, proposals.items, cases.items, tenders.items, tasks.items, snapshot, formats,
            meeting is not None,
        ),
        snapshot=snapshot,
        room=room,
        relationship_map=_unjudged(
            relationship_map(source.people, [p.id for p in choose_card_people(source)[0]]), omit
        ),
        proposals=proposals,
        tenders=tenders,
        cases=cases,
        cross_sell=_capped(
            [CrossSellLine(c.division, c.offering, _label(c.status), c.estimated_value,
                           c.currency) for c in source.cross_sell],
            MAX_CROSS_SELL, len(source.cross_sell)),
        interactions=Listing(
            [InteractionLine(i.occurred_at, _label(i.kind), i.summary, _names(i.people))
             for i in source.interactions],
            0,
        ),
        interaction_total=source.interaction_count,
        tasks=tasks,
        account_notes=account.notes.strip(),
        last_outcome=OutcomeNote(outcome.occurred_at, outcome.summary, outcome.details.strip(),
                                 _names(outcome.people)) if outcome else None,
    )


def _capped(items: list, limit: int, total: int) -> Listing:
    return Listing(items[:limit], max(total, len(items)) - min(limit, len(items)))


def _label(value) -> str:
    """An enum value in the brief's words: "cold_call" → "Cold call", "email" → "E-mail"."""
    text = str(value.value if hasattr(value, "value") else value)
    if text == "email":
        return _("E-mail")
    try:
        return _(label_of(value))
    except (KeyError, TypeError):
        return text.replace("_", " ").capitalize()


def _names(names: tuple[str, ...], shown: int = 3) -> str:
    more = len(names) - shown
    return ", ".join(names[:shown]) + (f" +{more}" if more > 0 else "")


def _rank(p: PersonFact) -> tuple:
    """Most influential first; people with a known DMU role before the rest; then by name."""
    return (-(p.influence or 0), p.dmu_role is None, p.full_name.casefold())


def choose_card_people(source: BriefSource) -> tuple[list[PersonFact], list[PersonFact]]:
    """(people shown as cards, everyone else): attendees first for a meeting, else the
    most influential; attendees who did not fit as cards lead everyone else."""
    attendees = set(source.meeting.attendee_ids) if source.meeting else set()
    people = sorted(source.people, key=_rank)
    if source.meeting:
        chosen = [p for p in people if p.id in attendees][:MAX_CARDS]
    else:
        chosen = people[:ACCOUNT_CARDS]
    chosen_ids = {p.id for p in chosen}
    rest = [p for p in people if p.id not in chosen_ids]
    rest.sort(key=lambda p: p.id not in attendees)  # stable: keeps the ranking within each
    return chosen, rest


def _room(source: BriefSource, reference: date, omit: frozenset[Private], formats: Formats,
          ) -> Room:
    attendees = set(source.meeting.attendee_ids) if source.meeting else set()
    chosen, rest = choose_card_people(source)
    cards = [_card(p, source.today, reference, p.id in attendees, omit, formats)
             for p in chosen]
    rows = [
        PersonRow(p.full_name, p.position, _(ROLE_LABELS[p.dmu_role]) if p.dmu_role else "",
                  _(STANCE_LABELS[p.stance]) if p.stance and Private.STANCE not in omit else "",
                  None if Private.STANCE in omit else p.influence,
                  _days_since(p, source.today))
        for p in rest[:MAX_ROWS]
    ]
    return Room(
        cards, rows, max(len(rest) - MAX_ROWS, 0),
        [_(ROLE_LABELS[r]) for r in source.uncovered_roles],
        sum(1 for c in cards if c.in_meeting),
    )


def _days_since(p: PersonFact, today: date) -> int | None:
    if p.last_contact is None:
        return None
    return max((today - local_time(p.last_contact).date()).days, 0)


def birthday_note(b: Birthday | None, today: date, reference: date) -> BirthdayNote | None:
    """The next birthday from *today*, flagged when within two weeks of *reference*."""
    if b is None:
        return None
    on = next_occurrence(b, today)
    days = (on - reference).days
    return BirthdayNote(on, days, abs(days) <= BIRTHDAY_FLAG_DAYS, age_on(b, on))


def _card(
    p: PersonFact, today: date, reference: date, in_meeting: bool, omit: frozenset[Private],
    formats: Formats,
) -> PersonCard:
    """One person's card; *omit* names what a shareable brief leaves out (by default the
    personal data and the stance and influence: how they stand toward us stays in the
    account team). Talking points come from business facts, and from values and hobbies
    only where those are printed."""
    judged = Private.STANCE not in omit
    stance = p.stance if judged else None
    family = []
    for member in () if Private.FAMILY in omit else p.family:
        text = " ".join(part for part in (member.relation, member.name) if part)
        note = birthday_note(member.birthday, today, reference)
        if note and note.soon:
            text += _(" (birthday {day})").format(day=formats.month_day(note.on))
        if member.notes.strip():
            text += f": {member.notes.strip()}"
        family.append(text)
    birthday = None if Private.BIRTHDAY in omit else birthday_note(p.birthday, today, reference)
    return PersonCard(
        name=p.full_name, position=p.position, department=p.department,
        role_label=_(ROLE_LABELS[p.dmu_role]) if p.dmu_role else "",
        type_label=_(TYPE_LABELS[p.dmu_type]) if p.dmu_type else "",
        stance=stance, stance_label=_(STANCE_LABELS[stance]) if stance else "",
        influence=p.influence if judged else None, in_meeting=in_meeting,
        last_contact_days=_days_since(p, today),
        talking_points=personal_talking_points(
            p.dmu_type, values="" if Private.VALUES in omit else p.values,
            hobbies="" if Private.HOBBIES in omit else p.hobbies, open_cases=p.open_cases,
            last_said=p.last_said, how_many=TALKING_POINTS_PER_CARD, translate=_),
        birthday=birthday, family=tuple(family),
        hobbies="" if Private.HOBBIES in omit else p.hobbies.strip(),
        values="" if Private.VALUES in omit else p.values.strip(),
        notes="" if Private.NOTES in omit else p.notes.strip(),
        phone="" if Private.CONTACT in omit else p.phone,
        email="" if Private.CONTACT in omit else p.email,
    )


def _unjudged(chart, omit: frozenset[Private]):
    """The map without our reading of each person when the brief leaves the stance out."""
    if Private.STANCE not in omit:
        return chart
    return chart._replace(nodes={k: n._replace(stance=None) for k, n in chart.nodes.items()})


def _gap(field: str, count: int) -> str:
    if field == NO_PEOPLE:
        return _(NOUNS[NO_PEOPLE])
    return ngettext("{what} missing for {n} person", "{what} missing for {n} people",
                    count).format(what=_(NOUNS[field]), n=count)


def alert_text(alert: ConcentrationAlert) -> str:
    """A concentration alert in the brief's language (the domain's words, translated)."""
    share = percent_text(alert.share, alert.edge)  # never shown rounded onto the limit
    if alert.kind == MONO_DEPENDENCE:
        return _("Mono-dependence: {name} brings {share} of sales (limit {limit})").format(
            name=alert.name, share=share, limit=percent_text(alert.limit_high))
    band = f"{number_text(alert.limit_low)}–{percent_text(alert.limit_high)}"
    if alert.kind == KEY_SHARE_BELOW:
        return _("Key accounts bring {share} of sales, below the {band} band").format(
            share=share, band=band)
    return _("Key accounts bring {share} of sales, above the {band} band").format(
        share=share, band=band)


def _snapshot(source: BriefSource, shareable: bool, formats: Formats) -> Snapshot:
    gaps = source.completeness.gaps
    if shareable:  # even which personal facts are missing stays within the account team
        gaps = [g for g in gaps if g[0] not in _PERSONAL_FIELDS]
    gap_texts = [_gap(field, count) for field, count in gaps]
    attainment = (
        source.actual / source.planned if source.planned and source.actual is not None else None
    )
    return Snapshot(
        source.year, source.planned, source.actual, source.currency, attainment, source.share,
        [alert_text(a) for a in source.warnings], source.completeness.score, gap_texts[:3],
        [_(ROLE_LABELS[r]) for r in source.uncovered_roles], len(source.people),
    )


def _proposals(source: BriefSource) -> Listing[ProposalLine]:
    lines = [
        ProposalLine(
            p.title, p.value, p.currency, _label(p.status), p.sent_on, p.expires_on,
            p.days_to_expiry,
            _(STEP_LABELS[p.current_step]) if p.current_step else "",
            _(STEP_LABELS[p.next_step]) if p.next_step else "",
        )
        for p in source.proposals
        if p.days_to_expiry is None or p.days_to_expiry >= 0
    ]
    lines.sort(key=lambda p: (p.days_to_expiry is None, p.days_to_expiry or 0, p.title))
    return _capped(lines, MAX_PROPOSALS, len(lines))


def _tenders(source: BriefSource) -> Listing[TenderLine]:
    lines = []
    for t in source.tenders[:MAX_TENDERS]:
        status = tender_status(t.tender_date, t.preparation_start, source.today)
        open_items = [i.text for i in t.checklist if not i.done]
        if status.in_preparation:
            text = _("in preparation")
        else:
            text = ngettext("preparation starts in {n} day", "preparation starts in {n} days",
                            status.days_to_preparation).format(n=status.days_to_preparation)
        lines.append(TenderLine(
            t.title, t.tender_date, status.days_to_tender, text,
            len(t.checklist) - len(open_items), len(t.checklist),
            open_items[:MAX_CHECKLIST], max(len(open_items) - MAX_CHECKLIST, 0),
        ))
    return Listing(lines, max(len(source.tenders) - MAX_TENDERS, 0))


def _cases(source: BriefSource) -> Listing[CaseLine]:
    lines = [
        CaseLine(_label(c.kind), c.title, c.opened_on, (source.today - c.opened_on).days,
                 c.person_name)
        for c in source.service_cases
    ]
    return _capped(lines, MAX_CASES, source.service_case_count)
