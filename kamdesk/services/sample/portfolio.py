"""The fictional portfolio `kamdesk sample-data` loads, read from
kamdesk/resources/sample/portfolio.json.

We play "Nordhaven Intralogistics", a supplier of warehouse and port automation and service.
Every company and person in the file is invented. Days are offsets from the day the sample is
loaded, so birthdays, meetings and follow-ups always sit where a demo needs them.

The file's tables (lists are rows; the loader in loading.py unpacks them by position):
- ACCOUNTS: one object per account. Email styles: "g.f" given.family, "g1.f" initial.family,
  "vn" Vietnamese (nhungtth). Phones: "#" becomes a digit. The zone (IANA) turns local
  meeting hours into instants and is kept on each meeting. revenue: last year's sales in
  kEUR (null for prospects); growth: this year against last; "mono" marks the account
  whose project billing makes it ~72 % of this year's sales.
- PEOPLE, by account: (key, given name, family name, position, department, reports to,
  role, type, stance, influence, birthday). The first person of each account is at the top of
  its org chart. Role, type and stance use the short codes of ROLES, TYPES and STANCES below.
- Birthdays: "1974-03-14", "--03-14" (year unknown), "" (unknown), or "+4" / "+4@1974": the
  birthday falls 4 days after the load day (year unknown / born in 1974).
- FAMILY, keyed "account.person": (name, relation, birthday).
- VALUES: what people value, by what their DMU type responds to (DOMAIN.md section 2).
- SUMMARIES of interactions: {p} a person, {t} one of the account's topics, {city}, {event},
  {fb}.
- PROPOSALS: (account, title, kEUR, status, sent days ago or null, expires in days from the
  load day, follow-up steps done, our team).
- MEETINGS: (account, starts in days, local hour, objective, attendees, notes); negative
  days are past meetings, whose notes are what came of them (the outcome's details); a
  planned meeting's notes are the KAM's preparation notes.
- SERVICE_CASES: (account, kind, title, opened days ago, resolved days ago or null, person,
  resolution).
- LETTERS: (account, person, status, asked days ago, received days ago, may publish, notes).
- REFERRALS: (account, referrer, referred to, referred account or null, days ago, outcome,
  notes).
- TASKS: (account or null, title, due in days, person or null, done).
- TENDERS: (account, title, tender in days or null, preparation starts in days or null,
  started, notes). With only the preparation start given, the tender falls the usual nine
  months after it.
"""

from __future__ import annotations

import json
from typing import Any

from kamdesk.domain.enums import DmuRole, DmuType, Stance
from kamdesk.resources import resource

ROLES = {
    "DM": DmuRole.DECISION_MAKER, "EB": DmuRole.ECONOMIC_BUYER,
    "TE": DmuRole.TECHNICAL_EVALUATOR, "HR": DmuRole.HR, "US": DmuRole.USER,
    "GK": DmuRole.GATEKEEPER, "CH": DmuRole.CHAMPION, "IN": DmuRole.INFLUENCER,
}
TYPES = {
    "top": DmuType.TOP_MANAGER, "hr": DmuType.HR, "fin": DmuType.FINANCIER,
    "tech": DmuType.TECHNICAL, "oth": DmuType.OTHER,
}
STANCES = {
    "sup": Stance.SUPPORTER, "fav": Stance.FAVOURABLE, "neu": Stance.NEUTRAL,
    "sce": Stance.SCEPTIC, "opp": Stance.OPPONENT,
}


def _rows(value: Any) -> Any:
    """JSON lists back to tuples, as the loader unpacks and compares them."""
    if isinstance(value, list):
        return tuple(_rows(item) for item in value)
    if isinstance(value, dict):
        return {key: _rows(item) for key, item in value.items()}
    return value


_TABLES = {
    name: _rows(table)
    for name, table in json.loads(
        resource("sample", "portfolio.json").read_text(encoding="utf-8")
    ).items()
}

ACCOUNTS: tuple[dict[str, Any], ...] = _TABLES["ACCOUNTS"]
PEOPLE: dict[str, tuple[tuple[Any, ...], ...]] = _TABLES["PEOPLE"]
PERSON_NOTES: dict[str, str] = _TABLES["PERSON_NOTES"]
FAMILY: dict[str, tuple[tuple[str, str, str], ...]] = _TABLES["FAMILY"]
HOBBIES: tuple[str, ...] = _TABLES["HOBBIES"]
COUNTRY_HOBBIES: dict[str, tuple[str, ...]] = _TABLES["COUNTRY_HOBBIES"]
VALUES: dict[str, tuple[str, ...]] = _TABLES["VALUES"]
OUR_TEAM: dict[str, tuple[str, str, str]] = _TABLES["OUR_TEAM"]
OFFERINGS: tuple[str, ...] = _TABLES["OFFERINGS"]
EVENTS: tuple[str, ...] = _TABLES["EVENTS"]
SUMMARIES: dict[str, tuple[str, ...]] = _TABLES["SUMMARIES"]
FEEDBACK: tuple[str, ...] = _TABLES["FEEDBACK"]
PROPOSALS: tuple[tuple[Any, ...], ...] = _TABLES["PROPOSALS"]
PROPOSAL_NOTES: dict[str, str] = _TABLES["PROPOSAL_NOTES"]
MEETINGS: tuple[tuple[Any, ...], ...] = _TABLES["MEETINGS"]
SERVICE_CASES: tuple[tuple[Any, ...], ...] = _TABLES["SERVICE_CASES"]
LETTERS: tuple[tuple[Any, ...], ...] = _TABLES["LETTERS"]
REFERRALS: tuple[tuple[Any, ...], ...] = _TABLES["REFERRALS"]
TASKS: tuple[tuple[Any, ...], ...] = _TABLES["TASKS"]
TENDERS: tuple[tuple[Any, ...], ...] = _TABLES["TENDERS"]
TENDER_TASK: str = _TABLES["TENDER_TASK"]
