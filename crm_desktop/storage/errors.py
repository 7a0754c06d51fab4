"""Database errors that are the environment's fault, told apart from bugs.

A locked, read-only, full or damaged database is not a bug: the user gets a plain message
that says what happened and what to do. Everything else is a bug and reaches the crash
dialog. `translate_errors()` wraps database work and turns the first kind into
`StorageError` subclasses; it lets every other exception through untouched.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

import peewee


class StorageError(Exception):
    """An environment problem with the database; `str(error)` is the message for the user."""

    code = "storage"


class DatabaseNotFoundError(StorageError):
    code = "not_found"


class DatabaseBusyError(StorageError):
    code = "busy"


class DatabaseReadOnlyError(StorageError):
    code = "read_only"


class DiskFullError(StorageError):
    code = "disk_full"


class DatabaseDamagedError(StorageError):
    code = "damaged"


class DatabaseTooNewError(StorageError):
    code = "too_new"


class NotADatabaseError(StorageError):
    code = "not_a_database"


def _sqlite_error(exc: BaseException) -> sqlite3.Error | None:
    """The sqlite3 error behind a peewee error (peewee keeps it as the cause)."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, sqlite3.Error):
            return current
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return None


def classify(exc: BaseException, path: str = "") -> StorageError | None:
    """Map a database exception to the environment error it stands for, or None for a bug."""
    if isinstance(exc, StorageError):
        return exc
    err = _sqlite_error(exc)
    text = str(exc).lower()
    code = getattr(err, "sqlite_errorcode", None) if err is not None else None
    primary = code & 0xFF if isinstance(code, int) else None
    where = f" ({path})" if path else ""
    if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or "database is locked" in text:
        return DatabaseBusyError(
            f"The database is busy{where}: another window or program is writing to it. "
            "Nothing was changed. Wait a moment and try again; if it stays busy, close the "
            "other CRM Desktop windows that use this file."
        )
    if primary == sqlite3.SQLITE_READONLY or "readonly database" in text or "read-only" in text:
        return DatabaseReadOnlyError(
            f"The database cannot be written{where}: the file or its folder is read-only. "
            "Nothing was changed. Check the file's permissions, or choose another database "
            "location in the settings."
        )
    if primary == sqlite3.SQLITE_FULL or "database or disk is full" in text:
        return DiskFullError(
            f"The disk is full{where}. Nothing was changed. Free some space and try again."
        )
    if primary == sqlite3.SQLITE_NOTADB or "file is not a database" in text:
        return NotADatabaseError(
            f"This file is not a CRM Desktop database{where}, or it is encrypted. "
            "Choose another file, or restore a backup."
        )
    if primary == sqlite3.SQLITE_CORRUPT or "malformed" in text:
        return DatabaseDamagedError(
            f"The database file is damaged{where}. It has not been changed. "
            "Restore the newest good backup from the backups screen."
        )
    if primary == sqlite3.SQLITE_CANTOPEN or "unable to open database" in text:
        return DatabaseNotFoundError(
            f"The database file cannot be opened{where}. Check that the folder exists and "
            "that you may write to it."
        )
    if primary == sqlite3.SQLITE_IOERR or "disk i/o error" in text:
        return DatabaseDamagedError(
            f"The disk reported an error while using the database{where}. "
            "Nothing more was written. Check the disk or network drive and try again."
        )
    return None


@contextmanager
def translate_errors(path: str = "") -> Iterator[None]:
    """Re-raise environment database errors as `StorageError`; let bugs through."""
    try:
        yield
    except (sqlite3.Error, peewee.PeeweeException) as exc:
        mapped = classify(exc, path)
        if mapped is None:
            raise
        raise mapped from exc
