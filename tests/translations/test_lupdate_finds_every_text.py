"""`pyside6-lupdate` must find every text the window translates, in the context the window
asks for it; a text only reachable through a variable would stay English in every language."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kamdesk.domain.completeness import NOUNS
from kamdesk.domain.labels import LABELS

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory) -> dict[str, set[str]]:
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    assert lupdate, "pyside6-lupdate comes with PySide6-Essentials"
    ts = tmp_path_factory.mktemp("ts") / "kamdesk_fil.ts"
    subprocess.run([lupdate, "-extensions", "py", str(ROOT / "kamdesk"), "-ts", str(ts)],
                   check=True, capture_output=True)
    found: dict[str, set[str]] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        found.setdefault(name, set()).update(m.findtext("source") for m in context.iter("message"))
    return found


def test_every_enum_label_and_dossier_noun_is_found_under_labels(catalogue):
    wanted = {text for labels in LABELS.values() for text in labels.values()} | set(NOUNS.values())
    assert wanted - catalogue.get("labels", set()) == set()


def test_every_text_has_a_context(catalogue):
    # An aliased `tr = self.tr` hides the class from lupdate: the text lands in no context.
    assert catalogue.get("", set()) == set()
    assert len(catalogue) > 40 and sum(map(len, catalogue.values())) > 350


def _subclasses(cls: type) -> list[type]:
    found = []
    for sub in cls.__subclasses__():
        found += [sub, *_subclasses(sub)]
    return found


def test_every_column_title_of_every_list_is_found_under_columns(catalogue):
    from kamdesk.ui.models import editable, lists  # noqa: F401  (defines the models)
    from kamdesk.ui.models.editable import EditableRowsModel
    from kamdesk.ui.models.rows import RowsModel

    titles = {c.title for model in _subclasses(RowsModel) for c in model.columns}
    titles |= {t for model in _subclasses(EditableRowsModel) for t in model.titles}
    assert len(titles) > 50
    assert titles - catalogue["Columns"] == set()


def test_trash_kinds_import_fields_and_follow_up_steps_are_found(catalogue):
    from kamdesk.domain.follow_up import STEP_TITLES
    from kamdesk.interchange.csv_presets import FIELDS
    from kamdesk.ui.import_models import FIELD_TITLES
    from kamdesk.ui.models.lists import TRASH_KINDS

    assert set(FIELD_TITLES) == set(FIELDS)
    assert set(FIELD_TITLES.values()) - catalogue["import"] == set()
    assert set(TRASH_KINDS.values()) - catalogue["TrashKinds"] == set()
    assert set(STEP_TITLES.values()) - catalogue["follow_up"] == set()
    assert {"Something went wrong", "A file could not be used"} <= catalogue["ErrorReport"]
    assert "KAMDesk cannot open your dossiers" in catalogue["App"]
