"""What the window shows around the work: readable dates and money, the overview's warnings,
the week in the navigation, backups and undo in the status line, and hints in empty lists."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import Qt

from kamdesk.domain.changes import Changes, Record
from kamdesk.domain.enums import Tier
from kamdesk.services.accounts import AccountInput, AccountService, RevenueRow
from kamdesk.services.agenda import AgendaKind, AgendaService
from kamdesk.services.people import PeopleService
from kamdesk.ui.display_labels import day, label, money
from kamdesk.ui.main_window import PAGE_TODAY, PAGE_TRASH
from tests.days import TODAY


def test_dates_and_amounts_read_like_words_even_in_the_c_locale(sample_window):
    assert day(date(2026, 11, 19)) == "Thu 19 Nov 2026"
    assert money(Decimal("17464400"), "EUR") == "17,464,400 EUR"
    sample_window.go_to(PAGE_TODAY)  # a page not shown yet is read when it is shown
    today = sample_window.pages["today"]
    model = today.model
    assert model.index(0, model.COL_DONE).data().startswith("Overdue")  # a group heading
    first = model.index(1, model.COL_DATE)
    assert first.data() == day(model.row_at(1).on)


def test_the_overview_shows_the_concentration_warning_completeness_and_missing_roles(window):
    AccountService(window.context.db).create_account(AccountInput(
        "Sava Power d.o.o.", Tier.KEY, city="Kragujevac",
        revenue=[RevenueRow(2026, None, Decimal("900000"), Decimal("1250000"), "EUR")],
    ))
    window.context.notify(Changes.everything())
    overview = window.pages["accounts"].dossier.overview
    assert overview.warning.isVisible()
    assert "Mono-dependence: Sava Power d.o.o." in overview.warning.text()
    assert overview.completeness.value() == 0
    assert "Decision maker" in overview.uncovered.text()
    figures = [label.text() for label in overview.widget().findChildren(type(overview.warning))]
    assert any("1,250,000 EUR" in text for text in figures)


def test_the_navigation_counts_the_week_and_follows_the_agenda(qtbot, sample_window):
    summary = sample_window.navigation_pane.summary
    week = AgendaService(sample_window.context.db).agenda(TODAY, 7)
    birthdays = sum(1 for i in week if i.kind is AgendaKind.BIRTHDAY)
    overdue = [i for i in week if i.kind is AgendaKind.TASK and i.overdue]
    assert f"{birthdays} birthdays this week" in summary.text()
    assert f"{len(overdue)} tasks overdue" in summary.text()

    sample_window.go_to(PAGE_TODAY)
    today = sample_window.pages["today"]
    row = today.model.rows().index(overdue[0])
    with qtbot.waitSignal(sample_window.navigation_pane.summary_shown):  # counted off the thread
        today.model.setData(today.model.index(row, today.model.COL_DONE),
                            Qt.CheckState.Checked.value,
                            Qt.ItemDataRole.CheckStateRole)
    assert f"{len(overdue) - 1} tasks overdue" in summary.text()

    summary.linkActivated.emit("today")
    assert sample_window.stack.currentWidget() is today


def test_backing_up_from_the_file_menu_updates_the_status_line(qtbot, window):
    assert window.backup_status.text() == "Last backup: never"
    assert window.backup_action.isEnabled()
    with qtbot.waitSignal(window.backed_up, timeout=10000) as backed_up:
        window.backup_action.trigger()
    copy = backed_up.args[0]
    assert copy.is_file() and copy.parent == window.context.db.path.parent / "backups"
    assert window.backup_status.text().startswith("Last backup: ")
    assert "never" not in window.backup_status.text()


def test_a_deletion_says_where_it_went_and_offers_undo(qtbot, sample_window):
    people = sample_window.pages["accounts"].dossier.people
    sample_window.pages["accounts"].dossier.tabs.setCurrentWidget(people)
    people.table.selectRow(0)
    person = people.current()
    people.delete_person(person)
    offer = sample_window.undo_offer
    assert offer.isVisible()
    assert offer.text.text() == f"Moved “{person.full_name}” to the trash"
    assert sample_window.undo_button.text() == "Undo (Ctrl+Z)"

    sample_window.navigation.setCurrentRow(PAGE_TRASH)
    trash = sample_window.pages["trash"]
    [entry] = trash.model.rows()
    assert trash.model.index(0, trash.model.COL_KIND).data() == "Person"

    qtbot.mouseClick(sample_window.undo_button, Qt.MouseButton.LeftButton)
    assert not offer.isVisible()
    assert trash.model.rows() == []
    assert not trash.table.isVisible() and trash.empty.isVisible()


def test_an_empty_list_says_so_and_links_to_what_fills_it(qtbot, window):
    AccountService(window.context.db).create_account(AccountInput("Moravia Auto Díly s.r.o."))
    window.context.notify(Changes.everything())
    dossier = window.pages["accounts"].dossier
    dossier.tabs.setCurrentWidget(dossier.meetings)
    meetings = dossier.meetings
    assert meetings.empty.isVisible() and not meetings.table.isVisible()
    assert "No meetings planned." in meetings.empty.text()
    meetings.empty.linkActivated.emit("act")
    assert meetings.dialog is not None and meetings.dialog.isVisible()
    meetings.dialog.reject()


def test_the_today_page_offers_the_brief_of_the_selected_items_account(sample_window, today):
    from kamdesk.services.tasks import TaskService

    TaskService(sample_window.context.db).add_task("Renew the car insurance", today)  # no account
    sample_window.context.notify(Changes.of(Record.TASK))
    sample_window.navigation.setCurrentRow(PAGE_TODAY)
    page = sample_window.pages["today"]
    assert not page.brief_button.isEnabled()
    items = [(r, i) for r, i in enumerate(page.model.rows()) if hasattr(i, "account_id")]
    with_account = next(r for r, i in items if i.account_id is not None)
    page.table.selectRow(with_account)
    assert page.brief_button.isEnabled()
    without = next(r for r, i in items if i.account_id is None)
    page.table.selectRow(without)
    assert not page.brief_button.isEnabled()  # nothing to brief on: no account


def test_asking_for_a_recommendation_letter_lists_it_as_asked(sample_window, today):
    dossier = sample_window.pages["accounts"].dossier
    dossier.tabs.setCurrentWidget(dossier.referrals)
    letters = dossier.referrals.letters
    before = len(letters.model.rows())
    person = PeopleService(sample_window.context.db).list_people(dossier.account_id)[0]
    dossier.referrals.ask_letter_from(person.id)
    assert len(letters.model.rows()) == before + 1
    [asked] = [r for r in letters.model.rows() if r.asked_on == today]
    assert asked.person_id == person.id and asked.status.value == "asked"
    assert letters.model.index(0, letters.model.COL_ASKED).data() == day(today)


def test_the_hr_role_and_the_hr_director_type_read_differently(qapp):
    from kamdesk.domain.enums import DmuRole, DmuType

    # The window once merged all labels in one dict, where DmuRole.HR == DmuType.HR == "hr".
    assert (label(DmuRole.HR), label(DmuType.HR)) == ("HR", "HR director")


def test_one_person_and_four_uncovered_roles_is_not_a_complete_dossier(window):
    from kamdesk.domain.birthdays import Birthday
    from kamdesk.domain.enums import DmuRole, DmuType, InteractionKind, Stance
    from kamdesk.services.interactions import InteractionInput, InteractionService
    from kamdesk.services.people import ContactData, FamilyMemberData, PersonInput

    account = AccountService(window.context.db).create_account(
        AccountInput("Mekong Seafood JSC", Tier.KEY, city="Cần Thơ"))
    person = PeopleService(window.context.db).create_person(account, PersonInput(
        "Lý Văn Phước", "Phước", "Lý", "CEO", "Board", dmu_role=DmuRole.DECISION_MAKER,
        dmu_type=DmuType.TOP_MANAGER, stance=Stance.SUPPORTER, influence=5,
        birthday=Birthday(3, 14, 1970), hobbies="badminton", values="long-term partnership",
        notes="Founder.", contacts=[ContactData("email", "phuoc@example.vn")],
        family=[FamilyMemberData("Lan", "spouse")]))
    InteractionService(window.context.db).log_interaction(account, InteractionInput(
        InteractionKind.CALL, datetime(2026, 11, 20, 9).astimezone(), "First call",
        person_ids=[person]))
    window.context.notify(Changes.everything())
    window.open_account(account)
    overview = window.pages["accounts"].dossier.overview
    assert overview.completeness.value() < 100
    gaps = overview.gaps.text()
    assert "nobody in the key roles: Economic buyer" in gaps
    for role in ("Technical evaluator", "Gatekeeper", "Champion"):
        assert role in gaps
