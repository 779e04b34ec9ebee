"""The texts written outside the window (the brief's fixed words, the command line's
messages) in the reader's language, through Python's gettext.

Below `ui/` nothing may import Qt, so Qt's translator cannot serve these layers. The
catalogue is `resources/translations/<lang>/LC_MESSAGES/kamdesk.po`, compiled to `.mo` by
`make translations` (babel); English is the source and needs none. The language is held per
context (`speaking("fil")`), so a brief written in a worker thread in Filipino does not
change what another thread writes.

    from kamdesk.language import _, N_
    TITLE = N_("Open tasks")      # marked where defined...
    _(TITLE)                      # ...translated where written
"""

from __future__ import annotations

import gettext
import os
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache

from kamdesk.resources import resource

DOMAIN = "kamdesk"
LANGUAGES = ("en", "fil")
# Tagalog is the base of Filipino: a system set to tl_PH reads the Filipino catalogue.
_ALIASES = {"tl": "fil", "fil": "fil"}

_speaking: ContextVar[str | None] = ContextVar("kamdesk_language", default=None)


def language_of(locale: str | None) -> str:
    """"fil" for fil_PH, tl_PH, fil…; "en" for every language KAMDesk is not written in."""
    if not locale:
        return "en"
    code = locale.replace("-", "_").split("_")[0].split(".")[0].lower()
    return _ALIASES.get(code, "en")


def environment_language() -> str:
    """The language the environment asks for (LANGUAGE, LC_ALL, LC_MESSAGES, LANG)."""
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        for part in value.split(":"):
            if part and part not in ("C", "POSIX") and not part.startswith("C."):
                return language_of(part)
    return "en"


@cache
def catalogue(language: str) -> gettext.NullTranslations:
    if language == "en":
        return gettext.NullTranslations()
    return gettext.translation(DOMAIN, str(resource("translations")), [language], fallback=True)


def current_language() -> str:
    return _speaking.get() or environment_language()


@contextmanager
def speaking(language: str | None) -> Iterator[None]:
    """Within the block, `_` answers in *language* ("fil", "en"; None: the environment's)."""
    token = _speaking.set(language_of(language) if language else None)
    try:
        yield
    finally:
        _speaking.reset(token)


def use_language(locale: str | None) -> None:
    """From now on `_` answers in the language of *locale* ("fil_PH") in this thread and what
    it starts: the window calls it at start, so services' errors read in the window's
    language (None: the environment's again)."""
    _speaking.set(language_of(locale) if locale else None)


def _(text: str) -> str:
    """*text* in the current language (itself when there is no translation)."""
    return catalogue(current_language()).gettext(text)


def ngettext(one: str, many: str, n: int) -> str:
    return catalogue(current_language()).ngettext(one, many, n)


def N_(text: str) -> str:  # noqa: N802 - the usual gettext marker
    """Marks *text* for extraction where it is defined; `_` translates it where it is used."""
    return text
