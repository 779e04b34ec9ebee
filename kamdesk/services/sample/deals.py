"""Sample portfolio, part three: proposals, tenders, life after the contract, tasks."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from kamdesk.domain.calendar import add_months
from kamdesk.domain.enums import (
    CrossSellStatus,
    InteractionKind,
    LetterStatus,
    ProposalStatus,
    ReferralOutcome,
    ServiceCaseKind,
    Stance,
)
from kamdesk.domain.follow_up import follow_up_plan
from kamdesk.domain.tenders import checklist_for, preparation_start
from kamdesk.services.sample import portfolio as data
from kamdesk.services.sample.loader_state import LoaderState
from kamdesk.store.models import (
    CrossSellOpportunity,
    Proposal,
    ProposalTeamMember,
    RecommendationLetter,
    Referral,
    ServiceCase,
    Task,
    Tender,
    TenderChecklistItem,
)

_CROSS_SELL_WEIGHTS = {
    CrossSellStatus.IDEA: 35, CrossSellStatus.QUALIFIED: 20, CrossSellStatus.PROPOSED: 15,
    CrossSellStatus.WON: 20, CrossSellStatus.LOST: 10,
}


class DealsLoader(LoaderState):
    """Mixed into the loader: proposals with their follow-up, tenders, after-sale rows."""

    # --- proposals and tenders -------------------------------------------------------------

    def _proposals(self) -> None:
        for key, title, kilo_euros, status, sent_ago, expires_in, done, team in data.PROPOSALS:
            account = self.accounts[key]
            sent_on = None if sent_ago is None else self.today - timedelta(days=sent_ago)
            proposal = Proposal(
                account_id=account.id, title=title, value=euros(kilo_euros * 1000, 1),
                currency="EUR", status=ProposalStatus(status), sent_on=sent_on,
                expires_on=None if expires_in is None else self.today + timedelta(expires_in),
                notes=data.PROPOSAL_NOTES.get(status, ""),
                team=[ProposalTeamMember(name=n, role=r, contact=c, position=i)
                      for i, (n, r, c) in enumerate(data.OUR_TEAM[m] for m in team)],
            )
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
                )
            spec = self.spec[key]
            decision_maker = self.people[f"{key}.ceo"]
            self._log(account, InteractionKind.EMAIL, self._at(spec, sent_on, 9),
                      f"Sent the proposal \u201c{title}\u201d", [decision_maker])

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
            )
            for i, text in enumerate(checklist_for(p.full_name for p in dmu)):
                person = by_item.get(text)
                if person is None:  # the default items: needs shaped, yes; factors, not yet
                    done = started and i == 0
                else:
                    done = started and person.stance not in (Stance.SCEPTIC, Stance.OPPONENT)
                tender.checklist.append(
                    TenderChecklistItem(text=text, done=done, position=i,
                                        person_id=person.id if person else None)
                )
            self.s.add(tender)
            if started:
                self.s.flush()
                self.s.add(
                    Task(account_id=account.id, tender_id=tender.id, title=data.TENDER_TASK,
                         due_on=tender_date - timedelta(days=30))
                )

    # --- after the contract ----------------------------------------------------------------

    def _after_sale(self) -> None:
        ago = self._ago
        for key, kind, title, opened, resolved, who, resolution in data.SERVICE_CASES:
            self.s.add(
                ServiceCase(account_id=self.accounts[key].id, kind=ServiceCaseKind(kind),
                            title=title, opened_on=ago(opened), resolved_on=ago(resolved),
                            resolution=resolution, person_id=self._person_id(key, who))
            )
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
                    )
        for key, who, status, asked, received, publish, notes in data.LETTERS:
            self.s.add(
                RecommendationLetter(account_id=self.accounts[key].id,
                                     person_id=self._person_id(key, who),
                                     status=LetterStatus(status), asked_on=ago(asked),
                                     received_on=ago(received), may_publish=publish,
                                     notes=notes)
            )
        for key, who, referred_to, referred, days, outcome, notes in data.REFERRALS:
            self.s.add(
                Referral(account_id=self.accounts[key].id, referrer_id=self._person_id(key, who),
                         referred_to=referred_to, referred_on=ago(days),
                         referred_account_id=self.accounts[referred].id if referred else None,
                         outcome=ReferralOutcome(outcome), notes=notes)
            )

    def _tasks(self) -> None:
        for key, title, due_in, who, done in data.TASKS:
            due_on = self.today + timedelta(days=due_in)
            self.s.add(
                Task(account_id=self.accounts[key].id if key else None, title=title,
                     due_on=due_on, person_id=self._person_id(key, who) if key else None,
                     done_at=datetime.combine(due_on, time(11, 0), UTC) if done else None)
            )

    def _ago(self, days: int | None) -> date | None:
        return None if days is None else self.today - timedelta(days=days)

    def _person_id(self, account_key: str, who: str | None) -> uuid.UUID | None:
        return self.people[f"{account_key}.{who}"].id if who else None


def euros(amount: float, step: int) -> Decimal:
    """Round to a whole multiple of *step* euros, as a money value with cents."""
    return (Decimal(round(amount / step)) * step).quantize(Decimal("0.01"))
