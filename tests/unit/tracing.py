"""Watching the SQL a test's code runs."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from peewee import SqliteDatabase


@contextmanager
def statements_run(db: SqliteDatabase) -> Iterator[list[str]]:
    """The statements this thread's connection runs inside the block, in order. SQLite traces
    a statement again for each foreign-key action it runs."""
    statements: list[str] = []
    db.connection().set_trace_callback(statements.append)
    try:
        yield statements
    finally:
        db.connection().set_trace_callback(None)
