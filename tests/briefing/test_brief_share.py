"""The brief's share of our sales and its warnings are the portfolio's, account by account."""

from __future__ import annotations

from kamdesk.domain.concentration import MONO_DEPENDENCE
from kamdesk.services.accounts import AccountService
from kamdesk.services.brief_sources.reading import BriefSourceService
from kamdesk.services.portfolio import PortfolioService


def test_each_brief_reads_the_share_and_warnings_the_portfolio_shows(sample_db, today):
    accounts = AccountService(sample_db)
    by_name = {a.name: a.id for a in accounts.list_accounts()}
    # Without its second-largest customer the largest passes the mono-dependence line
    # (72 % of sales before): an account in the trash no longer counts.
    accounts.delete_account(by_name["Vltava Pharma a.s."])
    report = PortfolioService(sample_db).portfolio().report
    briefs = BriefSourceService(sample_db)
    for share in report.shares:
        source = briefs.brief_source(share.key, today=today)
        assert source.share == share.share, share.name
        assert source.warnings == [a for a in report.alerts if a.key == share.key], share.name
    largest = briefs.brief_source(by_name["Baltic Freight Sp. z o.o."], today=today)
    assert [a.kind for a in largest.warnings] == [MONO_DEPENDENCE]
