"""The headless commands: `python main.py <command> [options]`; none of them opens a window.

Each command lives in its own module of this package, named in COMMAND_MODULES. A module
defines `register(add)`: `add(name, help)` returns a sub-command parser that already has the
common options (`--db PATH`, `--json`); the module adds its own arguments and sets
`run=function` as a default. `run(args)` returns the exit code.

A user error (a missing or locked database, a bad argument value) ends with one line on
stderr, `error: <what is wrong and what to do>`, and a non-zero exit code, never a
traceback. Commands raise `UserError` for their own such errors; `StorageError`s from the
database layer are reported the same way.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections.abc import Callable, Sequence
from typing import Any

from peewee import SqliteDatabase

from crm_desktop import APP_NAME, __version__
from crm_desktop.storage.database import close_database, open_database
from crm_desktop.storage.errors import StorageError, classify

__all__ = [
    "COMMAND_MODULES",
    "AddCommand",
    "UserError",
    "command_names",
    "emit",
    "launch",
    "main",
    "open_db",
]

COMMAND_MODULES: tuple[str, ...] = (
    "demo",
    "search",
    "refresh",
    "stats",
    "imports",
    "backups",
    "reports",
)

USER_ERROR = 2  # the exit code of every error the user can fix

AddCommand = Callable[[str, str], argparse.ArgumentParser]


class UserError(Exception):
    """A mistake the user can fix; `str(error)` is the one-line message, `code` the exit code."""

    def __init__(self, message: str, code: int = USER_ERROR) -> None:
        super().__init__(message)
        self.code = code


class _Parser(argparse.ArgumentParser):
    """argparse that reports bad arguments through UserError (exit code 2, one line)."""

    def error(self, message: str) -> Any:
        raise UserError(f"{message} (see '{self.prog} --help')")


def _common_options() -> _Parser:
    common = _Parser(add_help=False)
    common.add_argument(
        "--db",
        metavar="PATH",
        help="the database file (default: CRM_DESKTOP_DB, then the user data folder)",
    )
    common.add_argument("--json", action="store_true", help="print one JSON object")
    return common


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="main.py",
        description=f"{APP_NAME} {__version__}: without a command, the window opens.",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    common = _common_options()

    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        return commands.add_parser(name, help=help_text, description=help_text, parents=[common])

    _register_all(add)
    return parser


def _register_all(add: AddCommand) -> None:
    for module_name in COMMAND_MODULES:
        importlib.import_module(f"{__name__}.{module_name}").register(add)


def command_names() -> set[str]:
    """The names of every sub-command (main.py tells a command from window options by them)."""
    names: set[str] = set()

    def record(name: str, help_text: str) -> argparse.ArgumentParser:
        names.add(name)
        return argparse.ArgumentParser(add_help=False)

    _register_all(record)
    return names


def open_db(args: argparse.Namespace, *, create: bool = False) -> SqliteDatabase:
    """Open the database named by --db (or the default); a missing file is an error unless
    `create` is set, so a mistyped path never creates an empty database."""
    return open_database(args.db, create=create)


def emit(args: argparse.Namespace, payload: Any, text: str) -> None:
    """Print the result: `payload` as one JSON object with --json, else `text`."""
    if args.json:
        print(json.dumps(payload, ensure_ascii=False, default=str))
    else:
        print(text)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit code."""
    parser = build_parser()
    args: argparse.Namespace | None = None
    try:
        args = parser.parse_args(list(argv) if argv is not None else sys.argv[1:])
        if getattr(args, "run", None) is None:
            parser.print_help()
            return 2
        return int(args.run(args))
    except UserError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.code
    except StorageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return USER_ERROR
    except Exception as exc:
        # A locked or full database surfaces as a raw sqlite3/peewee error from bulk writes.
        environment_error = classify(exc, str(getattr(args, "db", "") or ""))
        if environment_error is None:
            raise
        print(f"error: {environment_error}", file=sys.stderr)
        return USER_ERROR
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 130
    finally:
        close_database()


def launch(argv: Sequence[str] | None = None) -> int:
    """The program's entry: a command runs headless, anything else opens the window."""
    args = list(argv) if argv is not None else sys.argv[1:]
    if args[:1] and args[0] in ("-h", "--help"):
        return main(args)
    names = command_names()
    command_at = next((i for i, arg in enumerate(args) if arg in names), None)
    if command_at is not None:
        # `main.py --db x.db stats` works like `main.py stats --db x.db`.
        return main([args[command_at], *args[:command_at], *args[command_at + 1 :]])
    from crm_desktop.app import main as open_window

    return open_window(args)
