"""Importing people from contact files: a preview first, then one transaction.

Every card is planned first: created, merged into someone already known, skipped, or
rejected with a reason. Nothing is written while any card is rejected, unless the user
chose to skip invalid ones; then all planned rows land in one transaction or none do.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from kamdesk.domain.company_names import company_key
from kamdesk.domain.folding import fold
from kamdesk.language import N_, _
from kamdesk.services.contact_import.merging import (
    NameKeys,
    cached_key,
    card_of,
    card_problem,
    contact_keys,
    merge_card,
)
from kamdesk.services.contact_import.writing import Target, TargetAccount, write_plan
from kamdesk.services.errors import AmbiguousError
from kamdesk.services.person_cards import ParsedFile, PersonCard, Rejection
from kamdesk.store.database import Database
from kamdesk.store.models import Account, ContactPoint, Person

NO_ORGANISATION = N_("no organisation (company) to choose the account: name one for the import")


class DuplicateChoice(StrEnum):
    MERGE = "merge"  # add what is new to the person already known
    SKIP = "skip"  # leave the known person alone
    CREATE = "create"  # import as a separate person anyway


class RowAction(StrEnum):
    CREATE = "create"
    MERGE = "merge"
    SKIP = "skip"
    REJECT = "reject"


@dataclass(frozen=True)
class ImportOptions:
    account: str | None = None  # everyone goes there (created as a prospect if missing)
    skip_invalid: bool = False
    dry_run: bool = False
    duplicates: DuplicateChoice = DuplicateChoice.MERGE


@dataclass(frozen=True)
class ImportRow:
    source: str  # "record 3 (line 25)", "line 7"
    name: str
    action: RowAction
    account: str = ""
    reason: str = ""
    order: int = 0


@dataclass(frozen=True)
class ImportReport:
    rows: tuple[ImportRow, ...]
    new_accounts: tuple[str, ...]
    committed: bool
    encoding: str = ""
    file_notes: tuple[str, ...] = ()

    def count(self, action: RowAction) -> int:
        return sum(1 for row in self.rows if row.action == action)

    @property
    def rejected(self) -> list[ImportRow]:
        return [row for row in self.rows if row.action == RowAction.REJECT]


class ImportService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def import_cards(self, parsed: ParsedFile, options: ImportOptions) -> ImportReport:
        """Plan the import of `parsed` and, unless it is a dry run or blocked, write it.

        A real import plans inside the write transaction (BEGIN IMMEDIATE): two imports of
        one file at once find each other's people, never duplicate them. The backup before
        it is made once the plan is known to be written (a refused import leaves none), while
        the write lock keeps the database as the plan saw it; the copy reads it alongside.
        """
        with self.db.session(write=not options.dry_run) as s:
            planner = _Planner(s, options)
            rows = planner.plan(parsed)
            rejected = any(row.action == RowAction.REJECT for row in rows)
            commit = not options.dry_run and (options.skip_invalid or not rejected)
            if commit:
                from kamdesk.services.backups import backup_before

                backup_before(self.db, "import")
                write_plan(s, list(planner.new_accounts.values()), planner.targets)
        return ImportReport(
            tuple(sorted(rows, key=lambda row: row.order)),
            tuple(a.name for a in planner.new_accounts.values()),
            commit,
            parsed.encoding,
            tuple(parsed.notes),
        )


@dataclass
class _Match:
    card: PersonCard
    who: object  # a known person's id, or a Target planned from an earlier card
    why: str


class _Planner:
    def __init__(self, session: Session, options: ImportOptions) -> None:
        self.s = session
        self.options = options
        self.rows: list[ImportRow] = []
        self.targets: list[Target] = []
        self.new_accounts: dict[str, TargetAccount] = {}
        live = select(Account.id, Account.name, Account.country).where(Account.deleted_at.is_(None))
        self.accounts = {fold(n): TargetAccount(n, i, c) for i, n, c in session.execute(live)}
        self.account_by_id = {a.id: a for a in self.accounts.values()}
        # Without its legal form: "ТрансУрал Логистика" finds "ООО «ТрансУрал Логистика»".
        self.accounts_by_key: dict[str, list[TargetAccount]] = {}
        for account in self.accounts.values():
            self.accounts_by_key.setdefault(company_key(account.name), []).append(account)
        self.names: dict[uuid.UUID, NameKeys] = {}
        self.by_name: dict[tuple[str, str], object] = {}  # (account key, folded name) -> who
        people = (
            select(Person.id, Person.account_id, Person.full_name, Person.family_name)
            .join(Account, Account.id == Person.account_id)
            .where(Person.deleted_at.is_(None), Account.deleted_at.is_(None))
        )
        for person_id, account_id, full_name, family_name in session.execute(people):
            folded = fold(full_name)
            self.names[person_id] = NameKeys.of(folded, family_name)
            self.by_name.setdefault((str(account_id), folded), person_id)
        # (kind, key) -> surname word -> people. A shared office@ mailbox or switchboard
        # number is no proof of identity: a contact only matches someone whose name agrees.
        self.by_contact: dict[tuple[str, str], dict[str, list[tuple[NameKeys, object]]]] = {}
        contacts = (
            select(ContactPoint.kind, ContactPoint.normalized, ContactPoint.person_id)
            .join(Person, Person.id == ContactPoint.person_id)
            .where(Person.deleted_at.is_(None), ContactPoint.kind.in_(("email", "phone")))
        )
        for kind, key, person_id in session.execute(contacts):
            if key and person_id in self.names:
                self._index_contact((kind, key), self.names[person_id], person_id)
        self.known: dict[uuid.UUID, Target] = {}
        self.by_organisation: dict[str, TargetAccount | None] = {}
        self.fixed = self._fixed_account()

    def _fixed_account(self) -> TargetAccount | None:
        wanted = " ".join((self.options.account or "").split())
        if not wanted:
            return None
        for account in self.accounts.values():
            if str(account.id) == wanted.lower():
                return account
        if found := self._known_account(wanted):
            return found
        similar = sorted(a.name for key, a in self.accounts.items() if fold(wanted) in key)
        if similar:
            raise AmbiguousError(
                N_("no account is named '{wanted}'; did you mean {similar}? Give its full name (or "
                   "a name no account contains, to create a prospect)"),
                similar,
            wanted=wanted, similar=', '.join(similar))
        return self._new_account(wanted)

    def _known_account(self, name: str) -> TargetAccount | None:
        """The live account *name* means: the same name folded, else the only account
        whose name is the same without quotes and legal form."""
        if found := self.accounts.get(fold(name)):
            return found
        same = self.accounts_by_key.get(company_key(name), [])
        return same[0] if len(same) == 1 else None

    def _organisation(self, organisation: str) -> TargetAccount | None:
        """The account an organisation names: a known one, else a new prospect."""
        if organisation not in self.by_organisation:
            name = " ".join(organisation.split())
            self.by_organisation[organisation] = (
                (self._known_account(name) or self._new_account(name)) if name else None
            )
        return self.by_organisation[organisation]

    def _new_account(self, name: str) -> TargetAccount:
        # "Foo GmbH" and "FOO" in one file make one prospect, named as first written.
        return self.new_accounts.setdefault(company_key(name), TargetAccount(name, None))

    def plan(self, parsed: ParsedFile) -> list[ImportRow]:
        for rejection in parsed.rejections:
            self._row(rejection, RowAction.REJECT, "", rejection.reason)
        matches = [m for card in parsed.cards if (m := self._plan_card(card)) is not None]
        self._load_known({m.who for m in matches if isinstance(m.who, uuid.UUID)})
        for match in matches:
            self._plan_duplicate(match)
        return self.rows

    def _row(self, what: PersonCard | Rejection, action: RowAction, account: str,
             reason: str) -> None:
        name = what.full_name if isinstance(what, PersonCard) else what.name
        self.rows.append(ImportRow(what.source, name, action, account, reason, what.order))

    def _plan_card(self, card: PersonCard) -> _Match | None:
        """Create the person, reject the card, or return the duplicate to decide on later."""
        account = self.fixed or self._organisation(card.organisation)
        problem = card_problem(card) or (None if account else _(NO_ORGANISATION))
        if problem or account is None:
            self._row(card, RowAction.REJECT, "", problem or _(NO_ORGANISATION))
            return None
        keys = [(c.kind, cached_key(c.kind, c.value, account.country)) for c in card.contacts
                if c.kind in ("email", "phone") and c.value.strip()]
        folded = fold(card.full_name)
        names = NameKeys.of(folded, card.family_name)
        found = self._find(folded, account, keys, names)
        if found is not None and self.options.duplicates != DuplicateChoice.CREATE:
            for key in keys:  # a later card may know this person only by this phone
                self._index_contact(key, names, found[0])
            return _Match(card, *found)
        where = account.name + (" (new prospect)" if account.id is None else "")
        reason = ""
        if found is not None:
            reason = f"looks like someone known ({found[1]}); kept apart as asked"
        target = Target(card, account)
        self.targets.append(target)
        for key in keys:
            self._index_contact(key, names, target)
        self.by_name.setdefault((account.key, folded), target)
        self._row(card, RowAction.CREATE, where, reason)
        return None

    def _index_contact(self, key: tuple[str, str], names: NameKeys, who: object) -> None:
        people = self.by_contact.setdefault(key, {})
        for word in names.surname:
            people.setdefault(word, []).append((names, who))

    def _find(self, folded: str, account: TargetAccount, keys: list[tuple[str, str]],
              names: NameKeys) -> tuple[object, str] | None:
        """Someone known (or earlier in the file) who is this person, and why we think so."""
        for kind, key in keys:
            people = self.by_contact.get((kind, key))
            if not people:
                continue
            for word in names.words:
                for other, who in people.get(word, ()):
                    # An e-mail is personal enough; a phone may be the switchboard.
                    if names.same_family(other) if kind == "email" else names.same_person(other):
                        return who, f"same {'e-mail' if kind == 'email' else 'phone'} {key}"
        who = self.by_name.get((account.key, folded))
        return None if who is None else (who, f"same name in {account.name}")

    def _load_known(self, ids: set[uuid.UUID]) -> None:
        ordered = sorted(ids)
        for start in range(0, len(ordered), 500):
            query = (
                select(Person)
                .options(selectinload(Person.contacts), selectinload(Person.family))
                .where(Person.id.in_(ordered[start : start + 500]))
            )
            for person in self.s.scalars(query):
                account = self.account_by_id[person.account_id]
                self.known[person.id] = Target(card_of(person, account.name), account, person)

    def _plan_duplicate(self, match: _Match) -> None:
        card = match.card
        if isinstance(match.who, Target):
            target = match.who
        else:
            assert isinstance(match.who, uuid.UUID)  # a known person's id (see _Match)
            target = self.known[match.who]
        known_as = f"already known as {target.card.full_name} ({match.why})"
        if self.options.duplicates == DuplicateChoice.SKIP:
            self._row(card, RowAction.SKIP, target.account.name, known_as)
            return
        if target.keys is None:
            target.keys = contact_keys(target.card, target.account.country)
        changes = merge_card(target.card, card, target.account.country, target.keys)
        if not changes:
            self._row(card, RowAction.SKIP, target.account.name, f"{known_as}; nothing new")
            return
        if target.person is not None and not target.changed:
            self.targets.append(target)
        target.changed = True
        reason = f"into {target.card.full_name} ({match.why}): {'; '.join(changes)}"
        self._row(card, RowAction.MERGE, target.account.name, reason)
