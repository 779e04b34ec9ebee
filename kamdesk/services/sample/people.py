"""Sample portfolio, part one: the accounts and their people, contacts and families."""

from __future__ import annotations

import calendar
import re
from datetime import timedelta

from kamdesk.domain.birthdays import Birthday
from kamdesk.domain.contact_keys import contact_key
from kamdesk.domain.enums import (
    DmuRole,
    LeadSource,
    Tier,
)
from kamdesk.domain.folding import fold
from kamdesk.services.sample import portfolio as data
from kamdesk.services.sample.loader_state import LoaderState, Spec
from kamdesk.store.models import (
    Account,
    ContactPoint,
    FamilyMember,
    Person,
)

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
})
_GREEK_PAIRS = {"ου": "ou", "αυ": "av", "ευ": "ev"}
_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})

_PERSONAL_DATA = {Tier.KEY: 0.9, Tier.IMAGE: 0.85, Tier.REGULAR: 0.5, Tier.PROSPECT: 0.3}
_CONTACT_ROLES = (DmuRole.DECISION_MAKER, DmuRole.ECONOMIC_BUYER, DmuRole.GATEKEEPER)


class PeopleLoader(LoaderState):
    """Mixed into the loader: reads data.ACCOUNTS and data.PEOPLE into rows."""

    # --- accounts and their people ---------------------------------------------------------

    def _accounts_and_people(self) -> None:
        for spec in data.ACCOUNTS:
            account = Account(
                name=spec["name"], tier=Tier(spec["tier"]), industry=spec["industry"],
                region=spec["region"], city=spec["city"], country=spec["country"],
                lead_source=LeadSource(spec["lead_source"]),
                website=f"https://www.{spec['domain']}", notes=spec["notes"],
            )
            self.s.add(account)
            self.accounts[spec["key"]] = account
            for row in data.PEOPLE[spec["key"]]:
                self._person(spec, account, *row)

    def _person(self, spec: Spec, account: Account, key: str, given: str, family: str,
                position: str, department: str, boss: str | None, role: str, dmu_type: str,
                stance: str, influence: int | None, birthday: str) -> None:
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
        )
        person.contacts = self._contacts(spec, person)
        for name, relation, born in data.FAMILY.get(ref, ()):
            y, m, d = self._birthday(born)
            person.family.append(
                FamilyMember(name=name, relation=relation, birth_year=y, birth_month=m,
                             birth_day=d)
            )
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

    def _contacts(self, spec: Spec, person: Person) -> list[ContactPoint]:
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
        ]

    def _digits(self, template: str) -> str:
        return "".join(str(self.rng.randrange(10)) if c == "#" else c for c in template)

    @staticmethod
    def _email(spec: Spec, person: Person) -> str:
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
