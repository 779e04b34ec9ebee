"""The CSV export carries what the dossier knows of a person's part in the buying decision,
and the CSV import reads it back: a spreadsheet round trip keeps DMU role, type, stance,
influence and values."""

from __future__ import annotations

from kamdesk.domain.enums import DmuRole, DmuType, Stance, Tier
from kamdesk.interchange.export_files import export_to
from kamdesk.services.accounts import AccountInput, AccountService
from kamdesk.services.contact_import.planning import RowAction
from kamdesk.services.people import PeopleService, PersonInput
from kamdesk.store.database import open_database
from tests.interchange.helpers import import_file, people


def test_a_csv_round_trip_keeps_the_dossier_fields(db, tmp_path, today):
    account = AccountService(db).create_account(AccountInput("Αιγαίο Ναυτιλιακή Α.Ε.", Tier.KEY))
    PeopleService(db).create_person(account, PersonInput(
        "Ευαγγελία Παπαδοπούλου", position="Οικονομική Διευθύντρια",
        dmu_role=DmuRole.ECONOMIC_BUYER, dmu_type=DmuType.FINANCIER, stance=Stance.SCEPTIC,
        influence=4, values="Predictability, written agreements",
    ))
    PeopleService(db).create_person(account, PersonInput("Νίκος Γεωργίου"))
    path = tmp_path / "aigaio.csv"
    export_to(db, "csv", path, None, today)
    header, first = path.read_text(encoding="utf-8-sig").splitlines()[:2]
    assert header.endswith("DMU Role,DMU Type,Stance,Influence,Values")
    assert first.endswith('Economic buyer,Financier,Sceptic,4,"Predictability, written agreements"')

    fresh = open_database(f"sqlite:///{tmp_path / 'fresh.sqlite3'}")
    try:
        report = import_file(fresh, str(path))
        assert report.count(RowAction.CREATE) == 2 and report.committed
        back = people(fresh)
    finally:
        fresh.close()
    evangelia = back["Ευαγγελία Παπαδοπούλου"]
    assert (evangelia.dmu_role, evangelia.dmu_type, evangelia.stance, evangelia.influence) == (
        DmuRole.ECONOMIC_BUYER, DmuType.FINANCIER, Stance.SCEPTIC, 4)
    assert evangelia.values == "Predictability, written agreements"
    nikos = back["Νίκος Γεωργίου"]
    assert (nikos.dmu_role, nikos.stance, nikos.influence, nikos.values) == (None, None, None, "")


def test_stored_values_are_read_too_and_a_wrong_one_names_its_column(db, tmp_path):
    path = tmp_path / "hand-made.csv"
    path.write_text(
        "Name,Company,DMU Role,Stance,Influence\n"
        "Trần Thị Hà,Công ty Cổ phần Sông Hồng,decision_maker,SUPPORTER,5\n"
        "Nguyễn Văn Nam,Công ty Cổ phần Sông Hồng,Chief,Neutral,2\n"
        "Lê Minh Tuấn,Công ty Cổ phần Sông Hồng,User,Neutral,7\n",
        encoding="utf-8",
    )
    report = import_file(db, str(path), skip_invalid=True)
    rejected = {row.name: row.reason for row in report.rows if row.action == RowAction.REJECT}
    assert rejected == {
        "Nguyễn Văn Nam": "dmu role: 'Chief' is not one of: Decision maker, Economic buyer, "
        "Technical evaluator, HR, User, Gatekeeper, Champion, Influencer",
        "Lê Minh Tuấn": "influence: '7' is not a whole number from 1 to 5",
    }
    [ha] = people(db).values()
    assert (ha.full_name, ha.dmu_role, ha.stance, ha.influence) == (
        "Trần Thị Hà", DmuRole.DECISION_MAKER, Stance.SUPPORTER, 5)
