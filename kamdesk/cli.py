"""The `kamdesk` command: no sub-command opens the window; sub-commands do headless jobs.

Exit codes: 0 success, 1 a failure the user can act on (one line on stderr), 2 wrong usage.
Only argparse is imported up front; each command imports what it needs when it runs.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence

from kamdesk.commands import COMMAND_MODULES
from kamdesk.commands.common import UserError
from kamdesk.language import _, environment_language, speaking

EXIT_FAILURE = 1
EXIT_USAGE = 2
LANGUAGES = ("en", "fil")  # as kamdesk.language.LANGUAGES


def _global_options(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument("--data-dir", metavar="DIR", default=default,
                        help=_("folder holding the database (default: the user data folder, "
                               "or KAMDESK_DATA_DIR)"))
    parser.add_argument(
        "--db-url",
        metavar="URL",
        default=default,
        help=_("SQLAlchemy URL of the database, e.g. postgresql+psycopg://…"),
    )
    parser.add_argument("--user", metavar="EMAIL", default=default,
                        help=_("who is at the keyboard in team mode (default: KAMDESK_USER, "
                               "or the PostgreSQL login)"))
    parser.add_argument("--lang", choices=LANGUAGES, default=default,
                        help=_("the language of the messages and of the brief "
                               "(default: from the locale)"))


def _version() -> str:
    """The installed package's version (a source checkout without metadata: the module's)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("kamdesk")
    except PackageNotFoundError:
        from kamdesk import __version__

        return __version__


class _VersionAction(argparse.Action):
    """--version, looked up only when asked: reading package metadata costs every command."""

    def __call__(self, parser, namespace, values, option_string=None):
        print(f"kamdesk {_version()}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kamdesk",
        description=_("Dossiers and meeting briefs for key account managers. "
                      "Without a command, opens the window."),
    )
    _global_options(parser, suppress=False)
    parser.add_argument("--version", action=_VersionAction, nargs=0,
                        help=_("print the version and exit"))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND",
                                     title=_("commands"))
    common = argparse.ArgumentParser(add_help=False)
    _global_options(common, suppress=True)  # the options may also follow the command
    for module in COMMAND_MODULES:
        module.register(commands, common)
    return parser


def _opened_file(parser: argparse.ArgumentParser, argv: Sequence[str]):
    """A file manager runs `kamdesk-app FILE` for an archive: the window opens and offers it.

    Only when no command is named and the last argument is an existing file."""
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    if argv and not set(argv) & set(commands.choices) and not argv[-1].startswith("-"):
        from pathlib import Path

        if Path(argv[-1]).is_file():
            return list(argv[:-1]), argv[-1]
    return list(argv), None


def language_asked(argv: Sequence[str]) -> str | None:
    """The language `--lang` names anywhere on the line, looked for before parsing: the help
    texts are written in it."""
    for i, word in enumerate(argv):
        if word == "--lang" and i + 1 < len(argv):
            return argv[i + 1] if argv[i + 1] in LANGUAGES else None
        if word.startswith("--lang="):
            return word.partition("=")[2] if word.partition("=")[2] in LANGUAGES else None
    return None


def main(argv: Sequence[str]) -> int:
    from kamdesk.commands.argparse_texts import speak_argparse

    speak_argparse()
    # The environment's language read once, not at every message: a command that reads a
    # file of 10,000 contacts asks `_` for a text per record (5 % of an import).
    with speaking(language_asked(argv) or environment_language()):
        try:
            try:
                return _run(argv)
            finally:  # --help exits through SystemExit: its text too is flushed here
                sys.stdout.flush()
        except BrokenPipeError:
            return _closed_pipe()


def _closed_pipe() -> int:
    """The reader of our output went away (`kamdesk search x | head`): stop quietly, as
    coreutils do, and keep Python from complaining when it flushes stdout at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    return 141  # 128 + SIGPIPE, what a shell reports for `yes | head`


def _run(argv: Sequence[str]) -> int:
    parser = build_parser()
    argv, archive = _opened_file(parser, argv)
    # A command may take its TEXT after its options (`kamdesk log X --with A B "text"`):
    # argparse fills an optional positional at its first chance and calls later words
    # unrecognised, so such a command (`words_after_options`) receives them instead.
    args, extra = parser.parse_known_args(argv)
    if extra:
        if not getattr(args, "words_after_options", False) or any(
                w.startswith("-") for w in extra):
            parser.error(_("unrecognized arguments: %s") % " ".join(extra))
        args.extra_words = extra
    if args.command is None:
        from kamdesk.ui.app import run_app

        if args.user:
            os.environ["KAMDESK_USER"] = args.user  # the window's context reads it
        db_url = args.db_url or os.environ.get("KAMDESK_DB_URL")
        return run_app(args.data_dir, db_url, archive=archive)
    handler: Callable[[argparse.Namespace], int | None] = args.handler
    try:
        return handler(args) or 0
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        raise  # not a failure of the command: main() stops quietly
    except Exception as error:  # noqa: BLE001 - turned into one line for the user
        message = _user_message(error)
        if message is None:
            raise
        print(f"kamdesk: {message}", file=sys.stderr)
        return EXIT_FAILURE


def _user_message(error: Exception) -> str | None:
    from kamdesk.store.errors import StoreError

    if isinstance(error, UserError | StoreError):
        return str(error)
    from sqlalchemy.exc import DatabaseError, DBAPIError, OperationalError

    # A team server refusing a statement (row-level security, a missing grant) says why in
    # its first line; connection failures (OperationalError) never print the driver's text.
    if (isinstance(error, DBAPIError) and not isinstance(error, OperationalError)
            and type(error.orig).__module__.startswith("psycopg")):
        first = str(error.orig).strip().splitlines()[0] if error.orig else ""
        return _("the database refused this: {why}").format(why=first) if first else None
    if isinstance(error, DatabaseError):  # damage found while reading, past the open check
        return _("the database cannot be read (it may be damaged): run `kamdesk check`, "
                 "and `kamdesk backups` to pick a backup to restore")
    if isinstance(error, OSError):
        if error.filename:
            return _("cannot use {file}: {why}").format(file=error.filename,
                                                       why=error.strerror or error)
        return _("cannot go on: {why}").format(why=error.strerror or error)
    return None
