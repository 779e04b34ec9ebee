"""Every custom model passes qtmodeltester, filled with the sample portfolio."""

from __future__ import annotations

from kamdesk.services.accounts import AccountService
from kamdesk.services.agenda import AgendaService
from kamdesk.services.cross_sell import CrossSellService
from kamdesk.services.interactions import InteractionService
from kamdesk.services.meetings import MeetingService
from kamdesk.services.people import PeopleService
from kamdesk.services.proposals import ProposalService
from kamdesk.services.recommendations import RecommendationService
from kamdesk.services.service_cases import ServiceCaseService
from kamdesk.services.tasks import TaskService
from kamdesk.services.tenders import TenderService
from kamdesk.services.trash import TrashService
from kamdesk.store.search import search
from kamdesk.ui.models import lists
from kamdesk.ui.models.agenda_model import AgendaModel, grouped
from kamdesk.ui.models.cross_sell_model import CrossSellGridModel
from kamdesk.ui.models.editable import ContactsModel, FamilyModel
from kamdesk.ui.models.rows import RowsProxy
from kamdesk.ui.models.search_model import SearchResultsModel
from kamdesk.ui.models.tasks_model import TasksModel


def _check(qtmodeltester, model, rows):
    model.set_rows(rows)
    qtmodeltester.check(model)
    qtmodeltester.check(RowsProxy(model))


def test_every_list_model_passes_the_model_tester(qtmodeltester, sample_db, today):
    db = sample_db
    accounts = AccountService(db).list_accounts()
    assert accounts
    # the account with most people makes the fullest lists
    account = max(accounts, key=lambda a: a.people).id
    people = PeopleService(db).list_people(account, today)
    PeopleService(db).delete_person(people[-1].id)
    with db.session() as s:
        hits = search(s, "a")
    letters, referrals, tenders = [], [], []
    for a in accounts:
        letters += RecommendationService(db).list_letters(a.id)
        referrals += RecommendationService(db).list_referrals(a.id)
        tenders += TenderService(db).list_tenders(a.id, today)
    checks = [
        (lists.AccountListModel(), accounts),
        (lists.PeopleModel(), people),
        (AgendaModel(), grouped(AgendaService(db).agenda(today, 30))),
        (lists.InteractionsModel(), InteractionService(db).list_interactions(account)),
        (lists.MeetingsModel(), MeetingService(db).list_meetings(account)),
        (lists.ProposalsModel(), ProposalService(db).list_proposals(account, today)),
        (lists.TendersModel(), tenders),
        (lists.ServiceCasesModel(), ServiceCaseService(db).list_cases(account, today)),
        (lists.LettersModel(), letters),
        (lists.ReferralsModel(), referrals),
        (lists.TrashModel(), TrashService(db).list_trash()),
        (SearchResultsModel(), hits),
        (TasksModel(lambda: today), TaskService(db).list_tasks(account)),
    ]
    for model, rows in checks:
        assert rows, f"{type(model).__name__} got no sample rows"
        _check(qtmodeltester, model, rows)
    _check(qtmodeltester, lists.ChecklistModel(), tenders[0].checklist)


def test_the_cross_sell_grid_and_the_editable_tables_pass_the_model_tester(
    qtmodeltester, sample_db
):
    accounts = AccountService(sample_db).list_accounts()
    grids = [CrossSellService(sample_db).grid(a.id) for a in accounts]
    grid = max(grids, key=lambda g: len(g.cells))
    assert grid.cells
    model = CrossSellGridModel()
    model.set_grid(grid)
    qtmodeltester.check(model)
    contacts = ContactsModel([{"kind": "email", "label": "work", "value": "a@b.example"}])
    qtmodeltester.check(contacts)
    family = FamilyModel([{"name": "Staś", "relation": "son", "birthday": "--03-14", "notes": ""}])
    qtmodeltester.check(family)


def test_a_long_list_is_fetched_as_the_view_asks_for_more(qtmodeltester, sample_db):
    account = max(AccountService(sample_db).list_accounts(), key=lambda a: a.people).id
    service = InteractionService(sample_db)
    history = service.list_interactions(account)
    assert len(history) > 4
    model = lists.InteractionsModel()
    model.set_rows(history[:2], lambda n: service.list_interactions(account, limit=2, offset=n))
    assert model.rowCount() == 2 and model.canFetchMore()
    qtmodeltester.check(model)
    while model.canFetchMore():
        model.fetchMore()
    assert [r.id for r in model.rows()] == [r.id for r in history]


def test_the_next_page_is_read_off_the_gui_thread_before_the_view_asks(sample_db):
    import threading

    account = max(AccountService(sample_db).list_accounts(), key=lambda a: a.people).id
    service = InteractionService(sample_db)
    history = service.list_interactions(account)
    read_in, asked = [], threading.Event()

    def more(shown):
        read_in.append(threading.current_thread())
        page = service.list_interactions(account, limit=2, offset=shown)
        asked.set()
        return page

    model = lists.InteractionsModel()
    model.set_rows(history[:2], more)
    assert asked.wait(5), "the page after the first two was not read ahead"
    while model.canFetchMore():
        model.fetchMore()
    assert [r.id for r in model.rows()] == [r.id for r in history]
    assert read_in and threading.main_thread() not in read_in


def test_a_page_read_ahead_for_an_earlier_list_is_not_shown(sample_db):
    import threading

    history = InteractionService(sample_db).list_interactions(
        max(AccountService(sample_db).list_accounts(), key=lambda a: a.people).id)
    release = threading.Event()

    def old_more(_shown):
        release.wait(5)
        return history[2:4]

    model = lists.InteractionsModel()
    model.set_rows(history[:2], old_more)
    model.set_rows(history[4:6], lambda shown: history[4 + shown:4 + shown + 2])
    release.set()
    model.fetchMore()
    assert [r.id for r in model.rows()] == [r.id for r in history[4:8]]
