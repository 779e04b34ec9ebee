"""Column mappings for the CSV files people really have: Outlook (in several languages),
Google, LinkedIn, Salesforce, Thunderbird, Roundcube, Windows Contacts.

A mapping sends each column to a *target*:
- a field: full_name, given_name, middle_name, family_name, name_prefix, name_suffix,
  organisation, position, department, birthday, anniversary, notes, categories, hobbies,
  spouse, children, and the dossier's dmu_role, dmu_type, stance, influence, values;
- a contact with a fixed label, `email:work`, `phone:mobile`, `url:`, `address:home` (one
  formatted address) or one part of it, `address:work.city` (parts: pobox, extended, street,
  city, region, postcode, country);
- a numbered group whose label comes from another column, as Google writes them:
  `email#1` + `email#1.label`, `address#1.street`, `relation#2` + `relation#2.label`,
  `event#1` + `event#1.label`;
- `note:Label`: the cell becomes the line "Label: value" in the notes.

A column no preset knows goes to `note:<its header>` unless the user maps it elsewhere, so
nothing in a file is dropped without a word; a preset lists the columns it leaves out on
purpose (Outlook's "Priority: Normal" on every row).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kamdesk.domain.folding import fold
from kamdesk.interchange.csv_outlook_languages import OUTLOOK_DEFAULTS, OUTLOOK_LANGUAGES

# What KAMDesk knows of a person beyond an address book, as its CSV export names the columns.
DOSSIER_COLUMNS = {"dmu role": "dmu_role", "dmu type": "dmu_type", "stance": "stance",
                   "influence": "influence", "values": "values"}
DOSSIER_FIELDS = tuple(DOSSIER_COLUMNS.values())

FIELDS = (
    "full_name", "given_name", "middle_name", "family_name", "name_prefix", "name_suffix",
    "organisation", "position", "department", "birthday", "anniversary", "notes",
    "categories", "hobbies", "spouse", "children", "birth_year", "birth_month", "birth_day",
    *DOSSIER_FIELDS,
)
ADDRESS_PARTS = ("pobox", "extended", "street", "city", "region", "postcode", "country")
GROUP_KINDS = ("email", "phone", "url", "address", "relation", "event")
TARGET = re.compile(
    r"(?P<kind>email|phone|url|address|relation|event)"
    r"(?::(?P<label>[^.#]*)|#(?P<number>\d+))(?:\.(?P<part>label|" + "|".join(ADDRESS_PARTS) + "))?"
)

# Targets offered in the mapping step, in the order a person reads a contact.
CHOICES = (
    "full_name", "given_name", "middle_name", "family_name", "organisation", "position",
    "department", "email:work", "email:home", "email:", "phone:work", "phone:mobile",
    "phone:home", "phone:fax", "phone:", "url:", "address:work", "address:work.street",
    "address:work.city", "address:work.postcode", "address:work.region", "address:work.country",
    "address:home", "birthday", "anniversary", "notes", "categories", "hobbies", "spouse",
    "children", *DOSSIER_FIELDS,
)


def valid_target(target: str) -> bool:
    return (
        target in FIELDS
        or TARGET.fullmatch(target) is not None
        or (target.startswith("note:") and len(target) > 5)
    )


@dataclass(frozen=True)
class CsvPreset:
    name: str
    title: str
    signature: frozenset[str]  # folded headers that must all be present
    columns: dict[str, str]  # folded header -> target
    patterns: tuple[tuple[re.Pattern[str], str], ...] = ()  # numbered columns -> "{n}" target
    separators: str = r"\s+:::\s+"  # between several values in one cell (Google)
    notes: tuple[str, ...] = field(default=())
    ignore: frozenset[str] = frozenset()  # folded headers left out on purpose
    day_first: bool = False  # dates as 3/7/1984 mean 3 July (the program's locale says so)

    def target(self, header: str) -> str | None:
        key = fold(header)
        if key in self.columns:
            return self.columns[key]
        for pattern, template in self.patterns:
            if match := pattern.fullmatch(key):
                return template.format(**match.groupdict())
        return None


def _address_columns(prefix: str, label: str) -> dict[str, str]:
    parts = {"street": "street", "street 2": "street", "street 3": "street", "city": "city",
             "state": "region", "postal code": "postcode", "country/region": "country",
             "country": "country", "po box": "pobox", "address po box": "pobox"}
    columns = {f"{prefix} {name}": f"address:{label}.{part}" for name, part in parts.items()}
    columns[f"{prefix} address"] = f"address:{label}"
    return columns


OUTLOOK = CsvPreset(
    "outlook", "Microsoft Outlook",
    frozenset({"first name", "last name", "e-mail address", "job title"}),
    {
        "first name": "given_name", "middle name": "middle_name", "last name": "family_name",
        "title": "name_prefix", "suffix": "name_suffix", "company": "organisation",
        "department": "department", "job title": "position", "e-mail address": "email:",
        "e-mail 2 address": "email:", "e-mail 3 address": "email:",
        "business phone": "phone:work", "business phone 2": "phone:work",
        "mobile phone": "phone:mobile", "home phone": "phone:home", "home phone 2": "phone:home",
        "business fax": "phone:fax", "other phone": "phone:other",
        "company main phone": "phone:main", "primary phone": "phone:",
        "assistant's phone": "phone:assistant", "callback": "phone:callback",
        "car phone": "phone:car", "isdn": "phone:isdn", "radio phone": "phone:radio",
        "tty/tdd phone": "phone:tty", "telex": "phone:telex", "other fax": "phone:fax",
        "home fax": "phone:fax", "pager": "phone:pager", "office location": "note:Office",
        "referred by": "note:Referred by", "profession": "note:Profession",
        "web page": "url:", "birthday": "birthday", "anniversary": "anniversary",
        "notes": "notes", "categories": "categories", "spouse": "spouse",
        "children": "children", "hobby": "hobbies", "manager's name": "note:Manager",
        "assistant's name": "note:Assistant",
        **_address_columns("business", "work"), **_address_columns("home", "home"),
        **_address_columns("other", "other"),
    },
    separators=r"\s*;\s*", ignore=OUTLOOK_DEFAULTS,
)
OUTLOOK_TRANSLATED = tuple(
    CsvPreset("outlook", f"Microsoft Outlook ({language})", signature, columns,
              separators=r"\s*;\s*", ignore=OUTLOOK_DEFAULTS, day_first=True)
    for language, (signature, columns) in OUTLOOK_LANGUAGES.items()
)

_GOOGLE_GROUPS = (
    (re.compile(r"e-mail (?P<n>\d+) - (?:type|label)"), "email#{n}.label"),
    (re.compile(r"e-mail (?P<n>\d+) - value"), "email#{n}"),
    (re.compile(r"phone (?P<n>\d+) - (?:type|label)"), "phone#{n}.label"),
    (re.compile(r"phone (?P<n>\d+) - value"), "phone#{n}"),
    (re.compile(r"website (?P<n>\d+) - (?:type|label)"), "url#{n}.label"),
    (re.compile(r"website (?P<n>\d+) - value"), "url#{n}"),
    (re.compile(r"relation (?P<n>\d+) - (?:type|label)"), "relation#{n}.label"),
    (re.compile(r"relation (?P<n>\d+) - value"), "relation#{n}"),
    (re.compile(r"event (?P<n>\d+) - (?:type|label)"), "event#{n}.label"),
    (re.compile(r"event (?P<n>\d+) - value"), "event#{n}"),
    (re.compile(r"address (?P<n>\d+) - (?:type|label)"), "address#{n}.label"),
    (re.compile(r"address (?P<n>\d+) - formatted"), "address#{n}"),
    (re.compile(r"address (?P<n>\d+) - street"), "address#{n}.street"),
    (re.compile(r"address (?P<n>\d+) - city"), "address#{n}.city"),
    (re.compile(r"address (?P<n>\d+) - po box"), "address#{n}.pobox"),
    (re.compile(r"address (?P<n>\d+) - region"), "address#{n}.region"),
    (re.compile(r"address (?P<n>\d+) - postal code"), "address#{n}.postcode"),
    (re.compile(r"address (?P<n>\d+) - country"), "address#{n}.country"),
    (re.compile(r"address (?P<n>\d+) - extended address"), "address#{n}.extended"),
    (re.compile(r"organization 1 - name"), "organisation"),
    (re.compile(r"organization 1 - title"), "position"),
    (re.compile(r"organization 1 - department"), "department"),
)
_GOOGLE_COMMON = {
    "name prefix": "name_prefix", "name suffix": "name_suffix", "birthday": "birthday",
    "notes": "notes", "hobby": "hobbies", "organization name": "organisation",
    "organization title": "position", "organization department": "department",
    "nickname": "note:Nickname",
    **DOSSIER_COLUMNS,  # KAMDesk's export adds them to Google's layout
}
# A link into Google's photo store and a sorting name: nothing to keep offline.
_GOOGLE_IGNORED = frozenset({"photo", "file as"})

GOOGLE = CsvPreset(
    "google", "Google Contacts",
    frozenset({"first name", "last name", "labels"}),
    # "Name" is KAMDesk's own addition to the layout: a full name as written.
    {"name": "full_name", "first name": "given_name", "middle name": "middle_name",
     "last name": "family_name", "labels": "categories", **_GOOGLE_COMMON},
    _GOOGLE_GROUPS, ignore=_GOOGLE_IGNORED,
)

GOOGLE_LEGACY = CsvPreset(
    "google", "Google Contacts (older export)",
    frozenset({"given name", "family name", "group membership"}),
    {"name": "full_name", "given name": "given_name", "additional name": "middle_name",
     "family name": "family_name", "group membership": "categories", **_GOOGLE_COMMON},
    _GOOGLE_GROUPS, ignore=_GOOGLE_IGNORED,
)

LINKEDIN = CsvPreset(
    "linkedin", "LinkedIn Connections",
    frozenset({"first name", "last name", "connected on"}),
    {"first name": "given_name", "last name": "family_name", "url": "url:linkedin",
     "email address": "email:", "company": "organisation", "position": "position",
     "connected on": "note:LinkedIn connection since"},
    notes=("LinkedIn leaves out the e-mail of connections who do not share it.",),
)

_SALESFORCE_COLUMNS = {
    "salutation": "name_prefix", "first name": "given_name", "last name": "family_name",
    "title": "position", "account name": "organisation", "department": "department",
    "birthdate": "birthday", "email": "email:work", "phone": "phone:work",
    "mobile": "phone:mobile", "mobile phone": "phone:mobile", "home phone": "phone:home",
    "other phone": "phone:other", "fax": "phone:fax", "description": "notes",
    "mailing street": "address:work.street", "mailing city": "address:work.city",
    "mailing state/province": "address:work.region", "mailing state": "address:work.region",
    "mailing zip/postal code": "address:work.postcode",
    "mailing postal code": "address:work.postcode",
    "mailing country": "address:work.country", "lead source": "note:Lead source",
    # Data Loader writes API names.
    "firstname": "given_name", "lastname": "family_name", "account.name": "organisation",
    "accountname": "organisation", "mobilephone": "phone:mobile", "homephone": "phone:home",
    "otherphone": "phone:other", "mailingstreet": "address:work.street",
    "mailingcity": "address:work.city", "mailingstate": "address:work.region",
    "mailingpostalcode": "address:work.postcode", "mailingcountry": "address:work.country",
    "leadsource": "note:Lead source",
}

SALESFORCE = CsvPreset(
    "salesforce",
    "Salesforce contacts",
    frozenset({"first name", "last name", "account name"}),
    _SALESFORCE_COLUMNS,
)
SALESFORCE_API = CsvPreset(
    "salesforce",
    "Salesforce contacts (Data Loader)",
    frozenset({"firstname", "lastname"}),
    _SALESFORCE_COLUMNS,
)

_SECTIONS = tuple(
    (re.compile(rf"section (?P<n>\d+) - {column}"), target)
    for column, target in (("email", "email:"), ("phone", "phone:"), ("mobile", "phone:mobile"),
                           ("pager", "phone:pager"), ("fax", "phone:fax"),
                           ("company", "organisation"), ("title", "position"),
                           ("address", "address:"), ("im", "note:IM"), ("other", "note:Other"))
)

GOOGLE_2008 = CsvPreset(
    "google", "Gmail contacts (2008 export)",
    frozenset({"name", "e-mail", "section 1 - description"}),
    {"name": "full_name", "e-mail": "email:", "notes": "notes"},
    _SECTIONS, separators=r"\s*;\s*",
    notes=("Gmail's sections (Work, Personal) are not kept as labels.",),
    ignore=frozenset(f"section {n} - description" for n in range(1, 10)),
)


def _thunderbird_address(prefix: str, label: str) -> dict[str, str]:
    parts = {"address": "street", "address 2": "street", "city": "city", "state": "region",
             "zipcode": "postcode", "country": "country"}
    return {f"{prefix} {name}": f"address:{label}.{part}" for name, part in parts.items()}


THUNDERBIRD = CsvPreset(
    "thunderbird", "Thunderbird address book",
    frozenset({"first name", "last name", "display name", "primary email"}),
    {"first name": "given_name", "last name": "family_name", "display name": "full_name",
     "nickname": "note:Nickname", "primary email": "email:", "secondary email": "email:",
     "screen name": "note:Screen name", "work phone": "phone:work", "home phone": "phone:home",
     "fax number": "phone:fax", "pager number": "phone:pager", "mobile number": "phone:mobile",
     **_thunderbird_address("home", "home"), **_thunderbird_address("work", "work"),
     "job title": "position", "department": "department", "organization": "organisation",
     "web page 1": "url:work", "web page 2": "url:home", "birth year": "birth_year",
     "birth month": "birth_month", "birth day": "birth_day", "notes": "notes"},
    separators=r"\s*;\s*",
    notes=("Thunderbird ends every row with one comma more than the header: read as an empty "
           "last field.",),
)

ROUNDCUBE = CsvPreset(
    "roundcube", "Roundcube address book",
    frozenset({"display name", "email home", "email work"}),
    {"display name": "full_name", "title": "name_prefix", "first name": "given_name",
     "middle name": "middle_name", "last name": "family_name", "suffix": "name_suffix",
     "nickname": "note:Nickname", "company": "organisation", "department": "department",
     "job title": "position", "email home": "email:home", "email work": "email:work",
     "email other": "email:other", "home phone": "phone:home", "home phone 2": "phone:home",
     "business phone": "phone:work", "business phone 2": "phone:work",
     "home mobile": "phone:mobile", "primary phone": "phone:", "home fax": "phone:fax",
     "business fax": "phone:fax", "car phone": "phone:car", "pager": "phone:pager",
     "phone video": "phone:video", "assistant's phone": "phone:assistant",
     "other phone": "phone:other", "home street": "address:home.street",
     "home city": "address:home.city", "home state": "address:home.region",
     "home zip": "address:home.postcode", "home country": "address:home.country",
     "business street": "address:work.street", "work city": "address:work.city",
     "work state": "address:work.region", "work zip": "address:work.postcode",
     "work country": "address:work.country", "other street": "address:other.street",
     "other city": "address:other.city", "other state": "address:other.region",
     "other postal code": "address:other.postcode",
     "other country/region": "address:other.country", "birthday": "birthday",
     "maiden name": "note:Maiden name", "anniversary": "anniversary",
     "manager's name": "note:Manager", "assistant's name": "note:Assistant",
     "spouse": "spouse", "notes": "notes", "website blog": "url:blog",
     "website home page": "url:home", "website other": "url:other",
     "website profile": "url:profile", "website work": "url:work", "categories": "categories"},
    separators=r"\s*;\s*",
)

WINDOWS_CONTACTS = CsvPreset(
    "windows", "Windows Contacts / Address Book",
    frozenset({"name", "e-mail address", "home street"}),
    {**OUTLOOK.columns, "name": "full_name", "nickname": "note:Nickname",
     "personal web page": "url:home", "business web page": "url:work",
     "office location": "note:Office"},
    separators=r"\s*;\s*", ignore=OUTLOOK_DEFAULTS,
)

PRESETS = (LINKEDIN, GOOGLE, GOOGLE_LEGACY, GOOGLE_2008, SALESFORCE, SALESFORCE_API,
           THUNDERBIRD, ROUNDCUBE, WINDOWS_CONTACTS, OUTLOOK, *OUTLOOK_TRANSLATED)
PRESET_NAMES = ("outlook", "google", "linkedin", "salesforce", "thunderbird", "roundcube",
                "windows")

# For files no preset recognises: common header words.
GENERIC = CsvPreset(
    "generic", "Other spreadsheet", frozenset(),
    {
        "name": "full_name", "full name": "full_name", "display name": "full_name",
        "first name": "given_name", "given name": "given_name", "firstname": "given_name",
        "last name": "family_name", "surname": "family_name", "family name": "family_name",
        "lastname": "family_name", "company": "organisation", "organisation": "organisation",
        "organization": "organisation", "account": "organisation",
        "account name": "organisation", "title": "position", "job title": "position",
        "position": "position", "role": "position", "department": "department",
        "email": "email:", "e-mail": "email:", "email address": "email:",
        "e-mail address": "email:", "mail": "email:", "phone": "phone:", "telephone": "phone:",
        "tel": "phone:", "mobile": "phone:mobile", "cell": "phone:mobile",
        "mobile phone": "phone:mobile", "birthday": "birthday", "date of birth": "birthday",
        "birthdate": "birthday", "dob": "birthday", "notes": "notes", "note": "notes",
        "comments": "notes", "website": "url:", "url": "url:", "web": "url:",
        "address": "address:", "city": "address:.city", "country": "address:.country",
        **DOSSIER_COLUMNS,
    },
    separators=r"\s*;\s*",
)


def detect_preset(headers: list[str]) -> CsvPreset | None:
    folded = {fold(h) for h in headers}
    return next((p for p in PRESETS if p.signature <= folded), None)


def preset_named(name: str, headers: list[str]) -> CsvPreset:
    """The preset `name`, in the variant (legacy Google, Data Loader…) the headers fit."""
    variants = [p for p in PRESETS if p.name == name]
    folded = {fold(h) for h in headers}
    return next((p for p in variants if p.signature <= folded), variants[0])


def mapping_for(preset: CsvPreset, headers: list[str]) -> dict[int, str]:
    """Column index -> target for every header the preset knows."""
    return {i: t for i, header in enumerate(headers) if (t := preset.target(header))}


def unknown_columns(preset: CsvPreset, headers: list[str]) -> dict[int, str]:
    """Column index -> `note:<header>` for the named columns the preset neither knows nor
    leaves out on purpose: kept in the notes unless the user maps them elsewhere."""
    return {i: f"note:{header.strip()}" for i, header in enumerate(headers)
            if header.strip() and preset.target(header) is None
            and fold(header) not in preset.ignore}
