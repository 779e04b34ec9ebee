"""A person's page in one call: who they are, family, history, tasks, meetings."""

from __future__ import annotations

from datetime import UTC, date, datetime

from kamdesk.domain.birthdays import Birthday
from kamdesk.domain.enums import DmuRole, InteractionKind, Stance
from kamdesk.services.accounts import AccountInput, AccountService
from kamdesk.services.interactions import InteractionInput, InteractionService
from kamdesk.services.meetings import MeetingInput, MeetingService
from kamdesk.services.people import ContactData, FamilyMemberData, PeopleService, PersonInput
from kamdesk.services.person_profile import PersonProfileService
from kamdesk.services.tasks import TaskService

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)


def test_the_profile_holds_everything_about_the_person(db, today):
    account = AccountService(db).create_account(AccountInput(
        "Công ty Cổ phần Sông Hồng Logistics", city="Hà Nội", country="VN"))
    people = PeopleService(db)
    boss = people.create_person(account, PersonInput("Nguyễn Văn An", position="CEO"))
    nhung = people.create_person(account, PersonInput(
        "Trần Thị Hồng Nhung", position="CFO", reports_to_id=boss,
        dmu_role=DmuRole.ECONOMIC_BUYER, stance=Stance.SCEPTIC, influence=4,
        birthday=Birthday(12, 2, 1980), hobbies="badminton", values="figures over slides",
        contacts=[ContactData("email", "nhung@songhong.example")],
        family=[FamilyMemberData("Phạm Bảo Ngọc", "daughter", Birthday(12, 7, 2014),
                                 notes="learns the piano")]))
    log = InteractionService(db)
    log.log_interaction(account, InteractionInput(
        InteractionKind.CALL, datetime(2026, 10, 1, 9, tzinfo=UTC), "Budget call",
        person_ids=[nhung, boss]))
    log.log_interaction(account, InteractionInput(
        InteractionKind.EMAIL, datetime(2026, 11, 2, 9, tzinfo=UTC), "Sent the payback sheet",
        person_ids=[nhung]))
    log.log_interaction(account, InteractionInput(
        InteractionKind.CALL, datetime(2026, 11, 3, 9, tzinfo=UTC), "Call with the CEO only",
        person_ids=[boss]))
    meetings = MeetingService(db)
    meetings.plan_meeting(account, MeetingInput(datetime(2026, 12, 8, 9, 0), "Bắc Ninh hub",
                                                "Sorter survey", attendee_ids=[nhung]))
    meetings.plan_meeting(account, MeetingInput(datetime(2026, 12, 1, 9, 0), "HQ", "Budget",
                                                attendee_ids=[nhung, boss]))
    tasks = TaskService(db)
    tasks.add_task("Send the HMI plan", date(2026, 12, 6), person_id=nhung)
    done = tasks.add_task("Old", date(2026, 11, 1), person_id=nhung)
    tasks.set_done(done)

    p = PersonProfileService(db).profile(nhung, today, NOW)
    assert (p.full_name, p.position, p.account_name) == (
        "Trần Thị Hồng Nhung", "CFO", "Công ty Cổ phần Sông Hồng Logistics")
    assert p.reports_to.name == "Nguyễn Văn An"
    assert (p.dmu_role, p.stance, p.influence) == (DmuRole.ECONOMIC_BUYER, Stance.SCEPTIC, 4)
    assert (p.next_birthday, p.turning) == (date(2026, 12, 2), 46)
    [daughter] = p.family
    assert (daughter.name, daughter.notes, daughter.turning) == (
        "Phạm Bảo Ngọc", "learns the piano", 12)
    assert (p.hobbies, p.values) == ("badminton", "figures over slides")
    assert [c.summary for c in p.contacts] == ["Sent the payback sheet", "Budget call"]
    assert [o.name for o in p.contacts[1].with_others] == ["Nguyễn Văn An"]
    assert p.last_spoke == datetime(2026, 11, 2, 9, tzinfo=UTC)
    assert [t.title for t in p.open_tasks] == ["Send the HMI plan"]
    assert [m.objective for m in p.meetings] == ["Budget", "Sorter survey"]
    assert p.meetings[1].local_starts_at.hour == 9 and p.meetings[1].time_zone == (
        "Asia/Ho_Chi_Minh")
    assert [c.value for c in p.contact_points] == ["nhung@songhong.example"]
