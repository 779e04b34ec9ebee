"""`kamdesk brief` for a 40-person account against its floor, in the same run.

The floor is a Python process that imports exactly the third-party modules the brief
command ends up importing (found by a probe run), registers and embeds the same TrueType
fonts and builds a reportlab document with as many pages of paragraphs and tables as the
brief has.
A second floor does the same and also freezes its imports for the garbage collector, as
`kamdesk brief` does (`kamdesk.commands.common.imports_done`): the ratio to it shows what is
left with that advantage taken away.
What is left between the two is KAMDesk's own work: its start-up, reading the account,
assembling the content and laying it out. Each sample is a fresh process; runs alternate
between the two so that machine noise hits both alike. Reports medians and their ratio.

Usage: python benchmarks/brief_benchmark.py [--runs N] [--people N]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOAL = 1.3

PROBE = """
import json, sys
from kamdesk.cli import main
code = main(sys.argv[1:])
third_party = sorted(
    name for name, module in list(sys.modules.items())
    if "site-packages" in (getattr(module, "__file__", None) or "")
)
print(json.dumps({"code": code, "modules": third_party}))
"""

FLOOR = """
import gc, importlib, json, os, sys
for name in json.loads(os.environ["MODULES"]):
    try:
        importlib.import_module(name)
    except Exception:
        pass  # a private module that only imports as part of its package
if os.environ.get("FREEZE"):
    gc.freeze()  # as `kamdesk brief` does once its imports are done
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table
fonts = json.loads(os.environ["FONTS"])
for name, path in fonts.items():
    pdfmetrics.registerFont(TTFont(name, path))
names = list(fonts)
body = ParagraphStyle("body", fontName=names[0], fontSize=9, leading=11.5)
story = []
for page in range(int(os.environ["PAGES"])):
    story.append(Paragraph(f"Section {page} · Zdzisława Ćwiklińska · Ευαγγελία · Nguyễn", body))
    rows = [[Paragraph(f'<font name="{names[(r + c) % len(names)]}">Cell {r}.{c}: '
                       f"Łódź Гдыня Πειραιάς</font>", body) for c in range(4)]
            for r in range(18)]
    story.append(Table(rows))
    story.append(PageBreak())
SimpleDocTemplate(os.environ["OUT"], pagesize=A4).build(story)
"""


def build_account(data_dir: Path, people: int) -> uuid.UUID:
    """A key account with *people* DMU members (families, birthdays, a boss tree), 400
    interactions, proposals, a tender, cases, tasks and a meeting with eight of them."""
    sys.path.insert(0, str(ROOT))
    from kamdesk.domain.enums import (
        DmuRole,
        DmuType,
        InteractionKind,
        ProposalStatus,
        ServiceCaseKind,
        Stance,
        Tier,
    )
    from kamdesk.store.database import open_database
    from kamdesk.store.models import (
        Account,
        FamilyMember,
        Interaction,
        Meeting,
        Person,
        Proposal,
        RevenueFigure,
        ServiceCase,
        Task,
        Tender,
        TenderChecklistItem,
    )

    rng = random.Random(40)
    today = date.today()
    db = open_database(f"sqlite:///{data_dir / 'kamdesk.sqlite3'}")
    account = Account(id=uuid.uuid4(), name="Benchmark Holding Sp. z o.o.", tier=Tier.KEY,
                      city="Gdańsk", country="PL", industry="Logistics")
    given = ["Zdzisława", "Всеволод", "Ευαγγελία", "Nguyễn Thị", "Øystein", "Łukasz", "Hà"]
    family = ["Ćwiklińska", "Щербаков", "Παπαδημητρίου", "Phượng", "Bjørnstad", "Żółkiewski"]
    rows: list = [
        account,
        RevenueFigure(
            account_id=account.id,
            year=today.year,
            planned=Decimal(900_000),
            actual=Decimal(810_000),
        ),
    ]
    members: list[Person] = []
    for i in range(people):
        boss = members[rng.randrange(len(members))].id if members else None
        person = Person(
            id=uuid.uuid4(), account_id=account.id,
            full_name=f"{rng.choice(given)} {rng.choice(family)} {i}", position=f"Director {i}",
            reports_to_id=boss, dmu_role=rng.choice(list(DmuRole)),
            dmu_type=rng.choice(list(DmuType)), stance=rng.choice(list(Stance)),
            influence=rng.randint(1, 5), hobbies="sailing, chess", values="punctuality",
            notes="Prefers short meetings.", birth_month=rng.randint(1, 12),
            birth_day=rng.randint(1, 28),
        )
        members.append(person)
        rows.append(person)
        rows.append(FamilyMember(person_id=person.id, name="Staś", relation="son"))
    for i in range(400):
        interaction = Interaction(account_id=account.id, kind=InteractionKind.CALL,
                                  occurred_at=datetime.now(UTC) - timedelta(days=i),
                                  summary=f"Call {i} about the phase-2 scope")
        interaction.people = rng.sample(members, 2)
        rows.append(interaction)
    for i in range(3):
        rows.append(Proposal(account_id=account.id, title=f"Proposal {i}",
                             value=Decimal(100_000 * (i + 1)), status=ProposalStatus.SENT,
                             sent_on=today - timedelta(days=3),
                             expires_on=today + timedelta(days=10 * (i + 1))))
    tender = Tender(account_id=account.id, title="2027 framework tender",
                    tender_date=today + timedelta(days=200),
                    preparation_start=today - timedelta(days=70))
    tender.checklist = [TenderChecklistItem(text=f"Contact {p.full_name}", position=i)
                        for i, p in enumerate(members[:10])]
    rows.append(tender)
    rows += [ServiceCase(account_id=account.id, kind=ServiceCaseKind.COMPLAINT,
                         title=f"Late delivery {i}", opened_on=today - timedelta(days=5 * i))
             for i in range(4)]
    rows += [Task(account_id=account.id, title=f"Send the figures {i}",
                  due_on=today + timedelta(days=i)) for i in range(8)]
    meeting = Meeting(account_id=account.id, starts_at=datetime.now(UTC) + timedelta(days=3),
                      place="Client HQ", objective="Phase-2 scope")
    meeting.attendees = members[:8]
    rows.append(meeting)
    with db.session() as s:
        s.add(rows[0])
        s.flush()
        s.add_all(rows[1:])
        s.flush()
        meeting_id = meeting.id
    db.close()
    return meeting_id


def timed(command: list[str], env: dict[str, str]) -> tuple[float, str]:
    start = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, cwd=ROOT)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command[:4])}… failed:\n{done.stderr}")
    return elapsed, done.stdout


def measure(runs: int, people: int = 40) -> list:
    """`kamdesk brief` as a process against the floor (and the frozen floor) of the docstring."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from harness import Figure

    kamdesk, floor, frozen, pages, _ = _samples(runs, people)
    name = f"`kamdesk brief`, a process ({people} people, {pages} pages)"
    k, f, z = (statistics.median(t) for t in (kamdesk, floor, frozen))
    return [
        Figure(name, k, "s", "the same imports, fonts and pages in reportlab", f, "", f * GOAL,
               f"target: {GOAL}x the floor"),
        Figure(name + ", to the frozen floor", k, "s", "the floor with its imports frozen", z, ""),
    ]


def _samples(runs: int, people: int):
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder)
        # Byte code is cached (in a private folder) as in any installed app: without it,
        # every run would compile KAMDesk's modules afresh, which the floor never does.
        env = {**os.environ, "PYTHONPATH": str(ROOT), "LANG": "en_GB.UTF-8",
               "PYTHONPYCACHEPREFIX": str(data / "pycache")}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        meeting_id = build_account(data, people)
        out = data / "brief.pdf"
        brief = ["--data-dir", str(data), "brief", "Benchmark Holding", "--meeting",
                 str(meeting_id), "-o", str(out)]
        _, probe = timed([sys.executable, "-c", PROBE, *brief], env)
        modules = json.loads(probe.splitlines()[-1])["modules"]
        from pypdf import PdfReader

        pages = len(PdfReader(str(out)).pages)
        font_dir = ROOT / "kamdesk" / "resources" / "fonts"
        fonts = {p.stem: str(p) for p in sorted(font_dir.glob("*.ttf"))}
        floor_env = {**env, "MODULES": json.dumps(modules), "FONTS": json.dumps(fonts),
                     "PAGES": str(pages), "OUT": str(data / "floor.pdf")}
        frozen_env = {**floor_env, "FREEZE": "1"}
        timed([sys.executable, "-c", FLOOR], floor_env)  # warm-up: fills the byte-code cache
        timed([sys.executable, "-m", "kamdesk", *brief], env)
        kamdesk_times, floor_times, frozen_times = [], [], []
        for _ in range(runs):
            kamdesk_times.append(timed([sys.executable, "-m", "kamdesk", *brief], env)[0])
            floor_times.append(timed([sys.executable, "-c", FLOOR], floor_env)[0])
            frozen_times.append(timed([sys.executable, "-c", FLOOR], frozen_env)[0])
        floor_pages = len(PdfReader(str(data / "floor.pdf")).pages)
    return kamdesk_times, floor_times, frozen_times, pages, (len(modules), floor_pages)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--people", type=int, default=40)
    args = parser.parse_args()
    kamdesk_times, floor_times, frozen_times, pages, (modules, floor_pages) = _samples(
        args.runs, args.people
    )
    kamdesk_median = statistics.median(kamdesk_times)
    floor_median = statistics.median(floor_times)
    ratio = kamdesk_median / floor_median
    print(
        f"account: {args.people} people; brief: {pages} pages; floor: {floor_pages} pages; "
        f"{modules} third-party modules imported by both; {args.runs} runs each"
    )
    print(
        f"kamdesk brief   median {kamdesk_median:.3f} s  "
        f"(min {min(kamdesk_times):.3f}, max {max(kamdesk_times):.3f})"
    )
    print(
        f"floor           median {floor_median:.3f} s  "
        f"(min {min(floor_times):.3f}, max {max(floor_times):.3f})"
    )
    frozen_median = statistics.median(frozen_times)
    print(
        f"frozen floor    median {frozen_median:.3f} s  "
        f"(min {min(frozen_times):.3f}, max {max(frozen_times):.3f})"
    )
    verdict = "met" if ratio <= GOAL else "MISSED"
    print(
        f"ratio           {ratio:.2f}x of medians, {min(kamdesk_times) / min(floor_times):.2f}x "
        f"of fastest runs  (goal <= {GOAL}x: {verdict})"
    )
    print(f"to frozen floor {kamdesk_median / frozen_median:.2f}x of medians")


if __name__ == "__main__":
    main()
