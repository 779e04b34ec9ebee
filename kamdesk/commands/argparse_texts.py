"""argparse's own words ("usage:", "options", "error:", "the following arguments are
required") in the reader's language.

argparse asks the process-wide gettext for them (`gettext.gettext`, domain "messages"),
which knows neither our catalogue nor `--lang`. `speak_argparse` points the module's
lookups at `kamdesk.language`, so they follow `speaking(...)` as every other text of the
command line does. The texts are listed here (as argparse spells them in Python 3.11–3.13)
so that babel extracts them into our catalogue; a text argparse adds later stays English.
"""

from __future__ import annotations

import argparse

from kamdesk import language
from kamdesk.language import N_

ARGPARSE_TEXTS = (
    N_("usage: "),
    N_("options"),
    N_("positional arguments"),
    N_("show this help message and exit"),
    N_("%(prog)s: error: %(message)s\n"),
    N_("the following arguments are required: %s"),
    N_("unrecognized arguments: %s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("invalid %(type)s value: %(value)r"),
    N_("expected one argument"),
    N_("expected at least one argument"),
    N_("expected at most one argument"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("not allowed with argument %s"),
    N_("one of the arguments %s is required"),
    N_("ignored explicit argument %r"),
    N_("unknown parser %(parser_name)r (choices: %(choices)s)"),
    N_("can't open '%(filename)s': %(error)s"),
)


def speak_argparse() -> None:
    """argparse's texts from now on through `kamdesk.language` (idempotent)."""
    argparse._ = language._  # type: ignore[attr-defined]
    argparse.ngettext = language.ngettext  # type: ignore[attr-defined]
