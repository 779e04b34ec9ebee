"""Services raise errors with a message id and values, not finished English: the text is
made where it is shown, in the language of whoever shows it (the command line's, the
window's), and every id a service raises has its Filipino in the catalogue."""

from __future__ import annotations

import pytest

from kamdesk.language import catalogue, speaking, use_language
from kamdesk.services.accounts import AccountInput, AccountService
from kamdesk.services.errors import NotFoundError, ValidationError
from kamdesk.services.tasks import TaskService


def test_a_validation_error_carries_its_id_and_values_and_reads_in_each_language(db):
    with pytest.raises(ValidationError) as raised:
        AccountService(db).create_account(AccountInput("Ποσειδών Ναυτιλιακή", country="Greece"))
    error = raised.value
    assert error.field == "country"
    assert error.message_id == "'{country}' is not a two-letter country code"
    assert error.values == {"country": "Greece"}
    assert str(error) == "country: 'Greece' is not a two-letter country code"
    with speaking("fil"):
        assert error.message == "ang 'Greece' ay hindi dalawang-titik na country code"
    assert error.message == "'Greece' is not a two-letter country code"  # English again


def test_the_window_thread_speaks_its_language_from_start(db):
    with pytest.raises(NotFoundError) as raised:
        TaskService(db).find_task("zz")
    try:
        use_language("fil_PH")  # what ui/app.py does with the window's language
        assert str(raised.value) == "ang 'zz' ay hindi id ng gawain"
    finally:
        use_language(None)
    assert str(raised.value) == "'zz' is not a task id"


def test_every_message_id_a_service_raises_has_its_filipino():
    import ast
    from pathlib import Path

    services = Path(__file__).resolve().parents[2] / "kamdesk" / "services"
    ids = set()
    for path in services.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)
                    and getattr(node.exc.func, "id", "") in (
                        "ValidationError", "NotFoundError", "AmbiguousError")):
                for arg in node.exc.args:
                    if (isinstance(arg, ast.Call) and getattr(arg.func, "id", "") == "N_"
                            and isinstance(arg.args[0], ast.Constant)):
                        ids.add(arg.args[0].value)
    assert len(ids) > 60
    fil = catalogue("fil")
    assert sorted(i for i in ids if fil.gettext(i) == i) == []
