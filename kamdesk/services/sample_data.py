"""Fill an empty database with the fictional sample portfolio (`kamdesk sample-data`).

The tables live in `sample_portfolio`; this module turns them into rows. Every date is
relative to the day of loading, and the random choices come from a fixed seed, so the same
day always gives the same portfolio (only ids and timestamps differ).
"""

from __future__ import annotations

import calendar
import random
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kamdesk.domain.birthdays import Birthday
from kamdesk.domain.calendar import add_months
from kamdesk.domain.contact_keys import contact_key
from kamdesk.domain.enums import (
    CrossSellStatus,
    DmuRole,
    InteractionKind,
    LeadSource,
    LetterStatus,
    ProposalStatus,
    ReferralOutcome,
    ServiceCaseKind,
    Stance,
    Tier,
)
from kamdesk.domain.folding import fold
from kamdesk.domain.follow_up import follow_up_plan
from kamdesk.domain.tenders import checklist_for, preparation_start
from kamdesk.services import sample_portfolio as data
from kamdesk.services.errors import ServiceError
from kamdesk.store.database import Database
from kamdesk.store.models import (
    Account,
    ContactPoint,
    CrossSellOpportunity,
    FamilyMember,
    Interaction,
    Meeting,
    Person,
    Proposal,
    ProposalTeamMember,
    RecommendationLetter,
    Referral,
    RevenueFigure,
    ServiceCase,
    Task,
    Tender,
    TenderChecklistItem,
)

SEED = 2026

# Latin letters for e-mail addresses (after folding, so lower case and without accents).
_TRANSLIT = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z",
    "и": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    "ә": "a", "ғ": "g", "қ": "q", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i",
    "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th",
    "ι": "i", "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p",
    "ρ": "r", "σ": "s", "τ": "t", "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps", "ω": "o",
})  # fmt: skip
_GREEK_PAIRS = {"ου": "ou", "αυ": "av", "ευ": "ev"}
_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})

_KIND_WEIGHTS = {
    InteractionKind.CALL: 30, InteractionKind.EMAIL: 25, InteractionKind.MEETING: 12,
    InteractionKind.VISIT: 10, InteractionKind.LETTER: 5, InteractionKind.EVENT: 6,
    InteractionKind.FEEDBACK: 12,
}  # fmt: skip
_PROSPECT_KINDS = ("attempt", "attempt", "objection", "attempt", "objection", "attempt")
_INTERACTIONS = {Tier.KEY: (14, 24), Tier.IMAGE: (10, 16), Tier.REGULAR: (4, 8)}
_PERSONAL_DATA = {Tier.KEY: 0.9, Tier.IMAGE: 0.85, Tier.REGULAR: 0.5, Tier.PROSPECT: 0.3}
_CROSS_SELL_WEIGHTS = {
    CrossSellStatus.IDEA: 35, CrossSellStatus.QUALIFIED: 20, CrossSellStatus.PROPOSED: 15,
    CrossSellStatus.WON: 20, CrossSellStatus.LOST: 10,
}  # fmt: skip
_CONTACT_ROLES = (DmuRole.DECISION_MAKER, DmuRole.ECONOMIC_BUYER, DmuRole.GATEKEEPER)


@dataclass(frozen=True)
class SampleSummary:
    accounts: int
    people: int
    interactions: int
    proposals: int


def load_sample_portfolio(db: Database, today: date) -> SampleSummary:
    """Fill an empty database with the fictional portfolio, dated relative to *today*.

    One transaction. Refuses (touching nothing) when any account exists, even in the trash.
    """
    with db.session() as session:
        if session.scalar(select(func.count()).select_from(Account)):
            raise ServiceError(
                "the database already holds accounts; sample data goes only into an empty database"
            )
        return _Loader(session, today).load()


class _Loader:
    def __init__(self, session: Session, today: date) -> None:
        self.s = session
        self.today = today
        self.rng = random.Random(SEED)
        self.spec: dict[str, dict] = {a["key"]: a for a in data.ACCOUNTS}
        self.accounts: dict[str, Account] = {}
        self.people: dict[str, Person] = {}  # "account.person" -> Person
        self.interactions = 0

    def load(self) -> SampleSummary:
        self._accounts_and_people()
        self.s.flush()  # the ids the other rows point at
        self._revenue()
        self._interactions()
        self._meetings()
        self._proposals()
        self._tenders()
        self._after_sale()
        self._tasks()
        return SampleSummary(
            len(self.accounts), len(self.people), self.interactions, len(data.PROPOSALS)
        )

    # --- accounts and their people ---------------------------------------------------------

    def _accounts_and_people(self) -> None:
        for spec in data.ACCOUNTS:
            account = Account(
                name=spec["name"], tier=Tier(spec["tier"]), industry=spec["industry"],
                region=spec["region"], city=spec["city"], country=spec["country"],
                lead_source=LeadSource(spec["lead_source"]),
                website=f"https://www.{spec['domain']}", notes=spec["notes"],
            )  # fmt: skip
            self.s.add(account)
            self.accounts[spec["key"]] = account
            for row in data.PEOPLE[spec["key"]]:
                self._person(spec, account, *row)

    def _person(self, spec, account, key, given, family, position, department, boss,
                role, dmu_type, stance, influence, birthday) -> None:  # fmt: skip
        ref = f"{spec['key']}.{key}"
        eastern = spec.get("name_order") == "eastern"
        full_name = f"{family} {given}" if eastern else f"{given} {family}"
        year, month, day = self._birthday(birthday)
        personal = self.rng.random() < _PERSONAL_DATA[account.tier]
        person = Person(
            account=account, full_name=full_name, given_name=given, family_name=family,
            position=position, department=department,
            reports_to=self.people[f"{spec['key']}.{boss}"] if boss else None,
            dmu_role=data.ROLES[role], dmu_type=data.TYPES[dmu_type],
            stance=data.STANCES[stance], influence=influence,
            hobbies=self._hobbies(spec["country"]) if personal else "",
            values=", ".join(self.rng.sample(data.VALUES[dmu_type], 2)) if personal else "",
            notes=data.PERSON_NOTES.get(ref, ""),
            birth_year=year, birth_month=month, birth_day=day,
        )  # fmt: skip
        person.contacts = self._contacts(spec, person)
        for name, relation, born in data.FAMILY.get(ref, ()):
            y, m, d = self._birthday(born)
            person.family.append(
                FamilyMember(name=name, relation=relation, birth_year=y, birth_month=m,
                             birth_day=d)
            )  # fmt: skip
        self.s.add(person)
        self.people[ref] = person

    def _birthday(self, text: str) -> tuple[int | None, int | None, int | None]:
        if not text:
            return None, None, None
        if text.startswith("+"):  # "+4" or "+4@1974": that many days after the load day
            days, _, year_text = text[1:].partition("@")
            on = self.today + timedelta(days=int(days))
            year = int(year_text) if year_text else None
            if year is not None and (on.month, on.day) == (2, 29) and not calendar.isleap(year):
                year -= year % 4  # born on a leap day, so in a leap year
            return year, on.month, on.day
        birthday = Birthday.parse(text)
        return birthday.year, birthday.month, birthday.day

    def _hobbies(self, country: str) -> str:
        pool = data.HOBBIES + data.COUNTRY_HOBBIES.get(country, ())
        return ", ".join(self.rng.sample(pool, self.rng.choice((1, 2))))

    def _contacts(self, spec: dict, person: Person) -> list[ContactPoint]:
        country = spec["country"]
        sparse = person.account.tier in (Tier.REGULAR, Tier.PROSPECT)
        found: list[tuple[str, str, str]] = []
        if not (sparse and self.rng.random() < 0.2):
            found.append(("email", "work", self._email(spec, person)))
        if person.dmu_role in _CONTACT_ROLES or self.rng.random() < 0.3:
            found.append(("phone", "work", self._digits(spec["office"])))
        if (person.influence or 0) >= 3 or person.dmu_role == DmuRole.CHAMPION:
            found.append(("phone", "mobile", self._digits(spec["mobile"])))
        return [
            ContactPoint(kind=kind, label=label, value=value, position=i,
                         normalized=contact_key(kind, value, country))
            for i, (kind, label, value) in enumerate(found)
        ]  # fmt: skip

    def _digits(self, template: str) -> str:
        return "".join(str(self.rng.randrange(10)) if c == "#" else c for c in template)

    @staticmethod
    def _email(spec: dict, person: Person) -> str:
        def latin(text: str) -> str:
            if spec["country"] == "DE":
                text = text.translate(_GERMAN)
            folded = fold(text)
            for pair, latin_pair in _GREEK_PAIRS.items():
                folded = folded.replace(pair, latin_pair)
            folded = folded.translate(_TRANSLIT)
            return re.sub(r"[^a-z0-9]+", "", folded)

        given, family = latin(person.given_name), latin(person.family_name)
        if spec["email"] == "vn":  # "Trần Thị Hồng Nhung" -> "nhungtth"
            *middle, last = person.given_name.split()
            local = latin(last) + "".join(latin(w)[0] for w in (person.family_name, *middle))
        elif spec["email"] == "g1.f":
            local = f"{given[0]}.{family}"
        else:
            local = f"{given}.{family}"
        return f"{local}@{spec['domain']}"

    # --- revenue ---------------------------------------------------------------------------

    def _revenue(self) -> None:
        """Quarterly plan and actuals: last year, and this year up to the current quarter.

        The current quarter holds the actuals to date. The "mono" account gets 71-73 % of
        each quarter's sales this year: close to, but under, the 75 % mono-dependence line.
        """
        last, this = self.today.year - 1, self.today.year
        current_q = (self.today.month - 1) // 3 + 1
        q_start = date(this, 3 * current_q - 2, 1)
        q_days = (add_months(q_start, 3) - q_start).days
        to_date = ((self.today - q_start).days + 1) / q_days
        rng = random.Random(SEED + 1)  # its own draws: the quarters to fill depend on today
        others = dict.fromkeys(range(1, current_q + 1), 0.0)
        rows: list[tuple[Account, int, int, float, float]] = []
        mono: Account | None = None
        for spec in data.ACCOUNTS:
            if spec["revenue"] is None:
                continue
            account = self.accounts[spec["key"]]
            periods = [(last, q, 1.0) for q in range(1, 5)]
            if spec.get("mono"):
                mono = account
            else:
                periods += [(this, q, spec["growth"]) for q in range(1, current_q + 1)]
            for year, quarter, growth in periods:
                planned = spec["revenue"] * 250 * growth * rng.uniform(0.9, 1.1)
                actual = planned * rng.uniform(0.85, 1.1)
                rows.append((account, year, quarter, planned, actual))
                if year == this:
                    others[quarter] += actual
        assert mono is not None
        for quarter, rest in others.items():
            share = rng.uniform(0.71, 0.73)
            actual = rest * share / (1 - share)
            rows.append((mono, this, quarter, actual * rng.uniform(0.93, 1.03), actual))
        for account, year, quarter, planned, actual in rows:
            if (year, quarter) == (this, current_q):
                actual *= to_date
            self.s.add(
                RevenueFigure(account_id=account.id, year=year, quarter=quarter,
                              planned=_euros(planned, 100), actual=_euros(actual, 1),
                              currency="EUR")
            )  # fmt: skip

    # --- contact history -------------------------------------------------------------------

    def _interactions(self) -> None:
        kinds, weights = list(_KIND_WEIGHTS), list(_KIND_WEIGHTS.values())
        for spec in data.ACCOUNTS:
            account = self.accounts[spec["key"]]
            if account.tier == Tier.PROSPECT:
                count = self.rng.randint(4, 6)
                days = sorted(self.rng.sample(range(3, 150), count), reverse=True)
                chosen = [InteractionKind(k) for k in _PROSPECT_KINDS[:count]]
            else:
                count = self.rng.randint(*_INTERACTIONS[account.tier])
                span = 365 if account.tier != Tier.REGULAR else 300
                days = sorted(self.rng.sample(range(1, span), count), reverse=True)
                chosen = self.rng.choices(kinds, weights, k=count)
            for ago, kind in zip(days, chosen, strict=True):
                people = self._pick_people(spec["key"], alone=account.tier == Tier.PROSPECT)
                summary = self.rng.choice(data.SUMMARIES[kind.value]).format(
                    p=" and ".join(p.full_name for p in people),
                    t=self.rng.choice(spec["topics"]), city=spec["city"],
                    event=self.rng.choice(data.EVENTS), fb=self.rng.choice(data.FEEDBACK),
                )  # fmt: skip
                day = self.today - timedelta(days=ago)
                day -= timedelta(days=max(0, day.weekday() - 4))  # weekends move to Friday
                when = self._at(spec, day, self.rng.randint(8, 17))
                self._log(account, kind, when, summary, people)

    def _pick_people(self, account_key: str, alone: bool) -> list[Person]:
        people = [p for ref, p in self.people.items() if ref.startswith(account_key + ".")]
        first = self.rng.choices(people, [p.influence or 1 for p in people])[0]
        if alone or self.rng.random() < 0.7:
            return [first]
        return [first, self.rng.choice([p for p in people if p is not first])]

    def _log(self, account, kind, when, summary, people, details: str = "") -> None:
        self.s.add(
            Interaction(account_id=account.id, kind=kind, occurred_at=when, summary=summary,
                        details=details, people=list(people))
        )  # fmt: skip
        self.interactions += 1

    def _at(self, spec: dict, day: date, local_hour: int, minute: int = 0) -> datetime:
        local = timezone(timedelta(hours=spec["utc"]))
        return datetime.combine(day, time(local_hour, minute), local).astimezone(UTC)

    def _meetings(self) -> None:
        for key, days, hour, objective, attendees in data.MEETINGS:
            spec, account = self.spec[key], self.accounts[key]
            day = self.today + timedelta(days=days)
            while day.weekday() >= 5:  # meetings fall on working days
                day += timedelta(days=1 if days > 0 else -1)
            people = [self.people[f"{key}.{a}"] for a in attendees]
            starts_at = self._at(spec, day, hour)
            place = spec.get("address") or spec["city"]
            self.s.add(
                Meeting(account_id=account.id, starts_at=starts_at, place=place,
                        objective=objective, attendees=people)
            )  # fmt: skip
            if days < 0:
                summary = f"Meeting: {objective}"
                self._log(account, InteractionKind.MEETING, starts_at, summary, people)

    # --- proposals and tenders -------------------------------------------------------------

    def _proposals(self) -> None:
        for key, title, kilo_euros, status, sent_ago, expires_in, done, team in data.PROPOSALS:
            account = self.accounts[key]
            sent_on = None if sent_ago is None else self.today - timedelta(days=sent_ago)
            proposal = Proposal(
                account_id=account.id, title=title, value=_euros(kilo_euros * 1000, 1),
                currency="EUR", status=ProposalStatus(status), sent_on=sent_on,
                expires_on=None if expires_in is None else self.today + timedelta(expires_in),
                notes=data.PROPOSAL_NOTES.get(status, ""),
                team=[ProposalTeamMember(name=n, role=r, contact=c, position=i)
                      for i, (n, r, c) in enumerate(data.OUR_TEAM[m] for m in team)],
            )  # fmt: skip
            self.s.add(proposal)
            if sent_on is None:
                continue
            for i, planned in enumerate(follow_up_plan(sent_on)):
                # Sending is itself step one: a sent proposal always has it done.
                done_at = datetime.combine(planned.due, time(14, 0), UTC)
                finished = done_at if i < max(done, 1) else None
                self.s.add(
                    Task(account_id=account.id, proposal=proposal,
                         title=f"{planned.title}: {title}",
                         due_on=planned.due, follow_up_step=planned.step, done_at=finished)
                )  # fmt: skip
            spec = self.spec[key]
            decision_maker = self.people[f"{key}.ceo"]
            self._log(account, InteractionKind.EMAIL, self._at(spec, sent_on, 9),
                      f"Sent the proposal \u201c{title}\u201d", [decision_maker])  # fmt: skip

    def _tenders(self) -> None:
        for key, title, tender_in, prep_in, started, notes in data.TENDERS:
            account = self.accounts[key]
            if tender_in is not None:
                tender_date = self.today + timedelta(days=tender_in)
            else:
                tender_date = add_months(self.today + timedelta(days=prep_in), 9)
            dmu = [p for ref, p in self.people.items() if ref.startswith(key + ".")]
            by_item = {f"Contact established with {p.full_name}": p for p in dmu}
            tender = Tender(
                account_id=account.id, title=title, tender_date=tender_date,
                preparation_start=preparation_start(tender_date), notes=notes,
            )  # fmt: skip
            for i, text in enumerate(checklist_for(p.full_name for p in dmu)):
                person = by_item.get(text)
                if person is None:  # the default items: needs shaped, yes; factors, not yet
                    done = started and i == 0
                else:
                    done = started and person.stance not in (Stance.SCEPTIC, Stance.OPPONENT)
                tender.checklist.append(
                    TenderChecklistItem(text=text, done=done, position=i,
                                        person_id=person.id if person else None)
                )  # fmt: skip
            self.s.add(tender)
            if started:
                self.s.flush()
                self.s.add(
                    Task(account_id=account.id, tender_id=tender.id, title=data.TENDER_TASK,
                         due_on=tender_date - timedelta(days=30))
                )  # fmt: skip

    # --- after the contract ----------------------------------------------------------------

    def _after_sale(self) -> None:
        ago = self._ago
        for key, kind, title, opened, resolved, who, resolution in data.SERVICE_CASES:
            self.s.add(
                ServiceCase(account_id=self.accounts[key].id, kind=ServiceCaseKind(kind),
                            title=title, opened_on=ago(opened), resolved_on=ago(resolved),
                            resolution=resolution, person_id=self._person_id(key, who))
            )  # fmt: skip
        statuses, weights = list(_CROSS_SELL_WEIGHTS), list(_CROSS_SELL_WEIGHTS.values())
        for spec in data.ACCOUNTS:
            for division in spec.get("divisions", ()):
                for offering in data.OFFERINGS:
                    status = self.rng.choices(statuses, weights)[0]
                    value = None
                    if status != CrossSellStatus.IDEA or self.rng.random() < 0.5:
                        value = Decimal(self.rng.randrange(40, 900) * 1000)
                    self.s.add(
                        CrossSellOpportunity(account_id=self.accounts[spec["key"]].id,
                                             division=division, offering=offering,
                                             status=status, estimated_value=value)
                    )  # fmt: skip
        for key, who, status, asked, received, publish, notes in data.LETTERS:
            self.s.add(
                RecommendationLetter(account_id=self.accounts[key].id,
                                     person_id=self._person_id(key, who),
                                     status=LetterStatus(status), asked_on=ago(asked),
                                     received_on=ago(received), may_publish=publish,
                                     notes=notes)
            )  # fmt: skip
        for key, who, referred_to, referred, days, outcome, notes in data.REFERRALS:
            self.s.add(
                Referral(account_id=self.accounts[key].id, referrer_id=self._person_id(key, who),
                         referred_to=referred_to, referred_on=ago(days),
                         referred_account_id=self.accounts[referred].id if referred else None,
                         outcome=ReferralOutcome(outcome), notes=notes)
            )  # fmt: skip

    def _tasks(self) -> None:
        for key, title, due_in, who, done in data.TASKS:
            due_on = self.today + timedelta(days=due_in)
            self.s.add(
                Task(account_id=self.accounts[key].id if key else None, title=title,
                     due_on=due_on, person_id=self._person_id(key, who) if key else None,
                     done_at=datetime.combine(due_on, time(11, 0), UTC) if done else None)
            )  # fmt: skip

    def _ago(self, days: int | None) -> date | None:
        return None if days is None else self.today - timedelta(days=days)

    def _person_id(self, account_key: str, who: str | None):
        return self.people[f"{account_key}.{who}"].id if who else None


def _euros(amount: float, step: int) -> Decimal:
    """Round to a whole multiple of *step* euros, as a money value with cents."""
    return (Decimal(round(amount / step)) * step).quantize(Decimal("0.01"))
