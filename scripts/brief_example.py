"""Write docs/brief-example.pdf: the meeting brief for the sample portfolio's next meeting.

Usage: python scripts/brief_example.py [OUTPUT.pdf]   (`make brief-example` also renders the
pages to docs/brief/page-N.png with pdftoppm). The portfolio is loaded as of a fixed day and
the PDF is written with reportlab's invariant mode, so the file only changes with the code.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

DAY = date(2026, 11, 27)


def main(argv: list[str]) -> int:
    from kamdesk.briefing.export import write_brief
    from kamdesk.briefing.options import BriefOptions
    from kamdesk.services.brief_sources.reading import BriefSourceService
    from kamdesk.services.sample.loading import load_sample_portfolio
    from kamdesk.store.database import open_database

    target = Path(argv[0] if argv else "docs/brief-example.pdf")
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(f"sqlite:///{Path(folder) / 'sample.sqlite3'}")
        try:
            load_sample_portfolio(db, DAY)
            meeting = BriefSourceService(db).next_meeting(datetime.combine(DAY, datetime.min.time(),
                                                                           tzinfo=UTC))
            if meeting is None:
                print("the sample portfolio has no upcoming meeting", file=sys.stderr)
                return 1
            options = BriefOptions(locale="en_GB", paper="a4", invariant=True,
                                   author="KAMDesk sample portfolio")
            write_brief(db, meeting.account_id, target, meeting_id=meeting.id, options=options,
                        today=DAY)
        finally:
            db.close()
    print(f"{target}: meeting brief for {meeting.account_name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
