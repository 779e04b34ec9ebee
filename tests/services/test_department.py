"""The head's department view: each KAM's figures add up from their accounts."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from kamdesk.services.accounts import AccountService
from kamdesk.services.overview import OverviewService
from kamdesk.services.team.department import DepartmentService
from kamdesk.services.team.members import TeamService


def test_each_kam_adds_up_their_accounts_and_nobody_s_come_last(sample_db, today):
    team = TeamService(sample_db)
    anna = team.add_user("anna.kowalska@example.com")
    dmitri = team.add_user("dmitri.volkov@example.com", "Дмитрий Волков")
    team.add_user("theodora.nikolaou@example.com")  # owns nothing yet
    accounts = {a.name: a for a in AccountService(sample_db).list_accounts()}
    baltic, sava = accounts["Baltic Freight Sp. z o.o."], accounts["Sava Power d.o.o."]
    team.set_owner(baltic.id, anna.id, dmitri.id)
    team.set_owner(sava.id, anna.id)
    team.set_owner(accounts["ООО «ТрансУрал Логистика»"].id, dmitri.id)

    view = DepartmentService(sample_db).department(today)
    assert [k.name for k in view.kams] == [
        "Anna Kowalska", "Дмитрий Волков", "Theodora Nikolaou", ""]
    first = view.kams[0]
    assert [a.name for a in first.accounts] == [baltic.name, sava.name]
    assert first.share == baltic.share + sava.share
    assert first.actual == sum(a.actual for a in first.accounts)
    assert view.kams[-1].user_id is None and len(view.kams[-1].accounts) == len(accounts) - 3
    assert abs(sum(k.share for k in view.kams) - 1) < Decimal("1e-20")
    line = view.account(baltic.id)
    overview = OverviewService(sample_db).overview(baltic.id, today)
    assert (line.planned, line.actual) == (overview.planned, overview.actual)
    assert line.completeness == overview.completeness.score
    assert line.uncovered == overview.uncovered_roles and line.deputy == "Дмитрий Волков"


def test_overdue_follow_ups_and_expiring_proposals_are_counted_per_account(sample_db, today):
    view = DepartmentService(sample_db).department(today)
    everyone = view.kams[0]
    assert everyone.user_id is None  # no KAMs: the whole portfolio is nobody's
    assert everyone.overdue > 0 and everyone.expiring > 0
    later = DepartmentService(sample_db).department(today + timedelta(days=400), horizon=1)
    assert later.kams[0].expiring == 0 and later.kams[0].overdue >= everyone.overdue
