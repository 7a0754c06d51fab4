"""Opening the database: the one place that decides where it lives and how it is opened.

The path comes from, in order: the `--db` argument, the `CRM_DESKTOP_DB` environment
variable, or `crm.db` in the platform's user data folder (platformdirs). The connection runs
with WAL, foreign keys, a busy timeout and synchronous=NORMAL. The schema version is
`PRAGMA user_version`; `migrate()` brings an older file up to date inside one transaction.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import peewee
import platformdirs
from peewee import ModelIndex, SqliteDatabase

from crm_desktop import APP_ID
from crm_desktop.storage import search
from crm_desktop.storage.errors import (
    DatabaseNotFoundError,
    DatabaseTooNewError,
    StorageError,
    translate_errors,
)
from crm_desktop.storage.models import (
    ALL_MODELS,
    CUSTOMER_LIST_INDEXES,
    Customer,
    database_proxy,
)

ENV_DB_PATH = "CRM_DESKTOP_DB"
DB_FILE_NAME = "crm.db"
SCHEMA_VERSION = 3
log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000
ANALYSIS_ROWS = 2000  # rows sampled per index by refresh_statistics


def model_indexes(db: peewee.Database) -> dict[str, str]:
    """Every index the models define: name -> the CREATE INDEX statement SQLite keeps."""
    wanted: dict[str, str] = {}
    for model in ALL_MODELS:
        for index in model._meta.fields_to_index():
            sql = db.get_sql_context().sql(index).query()[0]
            # SQLite stores the statement without its IF NOT EXISTS.
            wanted[index._name] = sql.replace("CREATE INDEX IF NOT EXISTS", "CREATE INDEX", 1)
    return wanted


def sync_indexes(db: SqliteDatabase) -> None:
    """Make the tables' indexes exactly the ones the models define: drop the others and
    those defined differently, then create what is missing."""
    tables = [model._meta.table_name for model in ALL_MODELS]
    wanted = model_indexes(db)
    present = dict(
        db.execute_sql(
            f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
            f"AND tbl_name IN ({','.join('?' * len(tables))})",
            tables,
        ).fetchall()
    )
    for name, sql in present.items():
        if wanted.get(name) != sql:
            db.execute_sql(f'DROP INDEX "{name}"')
    for name, sql in wanted.items():
        if present.get(name) != sql:
            db.execute_sql(sql)


def customer_list_indexes(db: peewee.Database) -> dict[str, str]:
    """The customer list's sort and filter indexes (`models.CUSTOMER_LIST_INDEXES`): name ->
    the CREATE INDEX statement. Nothing but the list reads them; the unique code and the
    keys duplicates are found by are other indexes."""
    wanted = model_indexes(db)
    found: dict[str, str] = {}
    for parts, unique in CUSTOMER_LIST_INDEXES:
        fields = [Customer._meta.combined[part] for part in parts]
        index: Any = ModelIndex(Customer, fields, unique=unique)
        found[index._name] = wanted[index._name]
    return found


def restore_missing_indexes(db: peewee.Database) -> list[str]:
    """Create the models' indexes the file lacks; returns their names. A bulk load that was
    killed while it had the list's indexes left out (`bulk_load`) leaves a file that is
    right but slow to sort: the next open builds them again."""
    present = {row[0] for row in db.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'index'")}
    missing = {name: sql for name, sql in model_indexes(db).items() if name not in present}
    if missing:
        with db.atomic():
            for sql in missing.values():
                db.execute_sql(sql)
    return list(missing)


# A load that writes or deletes at least this many customers, and at least as many as it
# leaves untouched, leaves the customer list's indexes out while it runs (`bulk_load`).
BULK_LOAD_MIN_CUSTOMERS = 10_000


def _outweighs_the_rest(db: peewee.Database, customers: int, *, deleting: bool) -> bool:
    if customers < BULK_LOAD_MIN_CUSTOMERS:
        return False
    existing = int(db.execute_sql("SELECT count(*) FROM customer").fetchone()[0])
    untouched = existing - customers if deleting else existing
    return customers >= untouched


@contextmanager
def bulk_load(db: peewee.Database, *, customers: int, deleting: bool = False) -> Iterator[None]:
    """Around a load that inserts (or, `deleting`, removes) this many customers: when they
    are at least BULK_LOAD_MIN_CUSTOMERS and at least as many as the load leaves untouched,
    the customer list's indexes are left out and built again at the end, and the search
    index merges its segments once at the end (`search.defer_merges`). A smaller load runs
    as it is. Both come back however the load ends, each in a transaction of its own; after
    a killed load the next open puts them back.

    A new row goes into each of the list's twenty B-trees one key at a time, at a random
    place; building an index afterwards sorts the keys once. For 100,000 customers into an
    empty table that measured 10-13 s with the indexes and 7 s without them, rebuild
    included. Meanwhile the window's sorts read the table without an index: hence only
    for loads that outweigh the rest of the table.
    """
    if not _outweighs_the_rest(db, customers, deleting=deleting):
        yield
        return
    with db.atomic():
        for name in customer_list_indexes(db):
            db.execute_sql(f'DROP INDEX IF EXISTS "{name}"')
        search.defer_merges(db)
    failed = False
    try:
        yield
    except BaseException:
        failed = True
        raise
    finally:
        try:
            with db.atomic():
                search.restore_merging(db)
                search.merge_segments(db)
            restore_missing_indexes(db)
        except (sqlite3.Error, peewee.PeeweeException):
            if not failed:
                raise
            # The load's own error is the one to report; the next open repairs this.
            log.warning("Could not end a failed bulk load cleanly", exc_info=True)


# Migrations from version N-1 to N, run in order inside one transaction. Each takes the open
# database; they use playhouse.migrate's SchemaMigrator for column changes.
def _to_v2(db: SqliteDatabase) -> None:
    """Indexes a wider one already covers are dropped; sparse columns indexed where set."""
    sync_indexes(db)
    refresh_statistics(db)  # the planner's figures for the new indexes


def _to_v3(db: SqliteDatabase) -> None:
    """Nothing to convert: the journal gained `insert_run` entries (services/journal.py, a
    run of inserted ids as one entry), which versions before 3 would misread when undoing.
    The version number makes them refuse the file instead; this version reads both."""


MIGRATIONS: dict[int, Callable[[SqliteDatabase], None]] = {2: _to_v2, 3: _to_v3}


def data_dir() -> Path:
    """The folder for the database, backups and logs when no path is given."""
    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False))


def resolve_db_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The database path: the explicit argument, then the environment, then the data folder."""
    if explicit:
        return Path(explicit).expanduser()
    from_env = os.environ.get(ENV_DB_PATH)
    if from_env:
        return Path(from_env).expanduser()
    return data_dir() / DB_FILE_NAME


def _connect(path: Path) -> SqliteDatabase:
    return SqliteDatabase(
        str(path),
        pragmas={
            "journal_mode": "wal",
            "foreign_keys": 1,
            "busy_timeout": BUSY_TIMEOUT_MS,
            "synchronous": "normal",
            # 8 MB page cache per connection: the window holds three or four (GUI thread and
            # workers); bigger caches filled by searches over a million customers pushed the
            # process past 450 MB without making sorts or searches faster.
            "cache_size": -8_000,
            # A big import lets the write-ahead log grow past 100 MB; once copied into the
            # database it is cut back to this, rather than kept at its largest on disk.
            "journal_size_limit": 32 * 1024 * 1024,
        },
        timeout=BUSY_TIMEOUT_MS / 1000,
        check_same_thread=False,
        # A transaction takes the write lock when it begins: one that read first and then
        # tried to write would fail at once (its snapshot went stale while it waited)
        # instead of waiting out the busy timeout.
        lock_type="IMMEDIATE",
    )


def schema_version(db: SqliteDatabase) -> int:
    return int(db.execute_sql("PRAGMA user_version").fetchone()[0])


def _is_empty(db: SqliteDatabase) -> bool:
    row = db.execute_sql("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()
    return int(row[0]) == 0


def create_schema(db: SqliteDatabase) -> None:
    """Create every table, index and the search index on an empty database."""
    with db.atomic():
        db.create_tables(ALL_MODELS)
        search.create_index(db)
        db.execute_sql(f"PRAGMA user_version = {SCHEMA_VERSION}")


def migrate(
    db: SqliteDatabase, before: Callable[[int, int], None] | None = None
) -> tuple[int, int]:
    """Bring the schema to SCHEMA_VERSION; returns (old, new) versions.

    `before(old, new)` runs first when there is work to do (the caller takes a backup there).
    All steps run in one transaction: a failed step leaves the old version intact.
    """
    current = schema_version(db)
    if current > SCHEMA_VERSION:
        raise DatabaseTooNewError(
            f"This database was written by a newer version of CRM Desktop (schema {current}; "
            f"this version understands up to {SCHEMA_VERSION}). Install the newer version "
            "to open it."
        )
    if current == SCHEMA_VERSION:
        return current, current
    if before is not None:
        before(current, SCHEMA_VERSION)
    with db.atomic():
        for version in range(current + 1, SCHEMA_VERSION + 1):
            MIGRATIONS[version](db)
        db.execute_sql(f"PRAGMA user_version = {SCHEMA_VERSION}")
    return current, SCHEMA_VERSION


def _backup_before_migration(db_path: Path) -> Callable[[int, int], None]:
    def take_backup(old: int, new: int) -> None:
        from crm_desktop.storage import backup

        backup.create_backup(db_path, backup.REASON_MIGRATION)

    return take_backup


def open_database(
    path: str | os.PathLike[str] | None = None,
    *,
    create: bool = True,
    before_migration: Callable[[int, int], None] | None = None,
) -> SqliteDatabase:
    """Open (and create or migrate) the database and bind the models to it.

    With create=False a missing file is a `DatabaseNotFoundError` rather than a new, empty
    database: the headless commands must not invent a database on a mistyped path.
    Before an existing database is migrated, `before_migration(old, new)` runs; by default
    it backs the file up (storage/backup.py), and a failed backup stops the migration.
    """
    db_path = resolve_db_path(path)
    if not db_path.exists():
        if not create:
            raise DatabaseNotFoundError(
                f"There is no database at {db_path}. Check the path, or run "
                "'python main.py demo' to create one with demo data."
            )
        db_path.parent.mkdir(parents=True, exist_ok=True)
    db = _connect(db_path)
    with translate_errors(str(db_path)):
        db.connect()
        # create_tables() reaches the database through the models' proxy: bind it first.
        previous = database_proxy.obj
        database_proxy.initialize(db)
        try:
            if _is_empty(db):
                create_schema(db)
            else:
                migrate(db, before_migration or _backup_before_migration(db_path))
                # What a killed bulk load left undone.
                rebuilt = restore_missing_indexes(db)
                if rebuilt:
                    log.warning("Rebuilt indexes an interrupted import left out: %s",
                                ", ".join(rebuilt))
                search.restore_merging(db)
        except (StorageError, sqlite3.Error):
            db.close()
            database_proxy.initialize(previous)
            raise
    return db


def pending_upgrade(path: str | os.PathLike[str]) -> tuple[int, int] | None:
    """(the file's schema version, this version's) when opening `path` will upgrade it;
    None when it will not, or when there is no readable database there (opening says why).
    Reads without changing the file."""
    from crm_desktop.storage.backup import open_read_only

    db_path = Path(path)
    if not db_path.is_file():
        return None
    try:
        conn = open_read_only(db_path)
        try:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return (version, SCHEMA_VERSION) if 0 < version < SCHEMA_VERSION else None


def upgrade_file(path: str | os.PathLike[str]) -> None:
    """Open `path` in this thread to back it up and migrate it, then close it again: the
    slow part of opening an older database, for a thread of its own."""
    open_database(path, create=False).close()


def refresh_statistics(db: peewee.Database) -> None:
    """Sample the tables for the query planner after a bulk load (demo data, an import).

    Without statistics SQLite guesses which index serves a filter and can walk a million
    rows through the wrong one. A sampled ANALYZE takes a second or two on a million
    customers, where a full one takes minutes.
    """
    db.execute_sql(f"PRAGMA analysis_limit = {ANALYSIS_ROWS}")
    db.execute_sql("ANALYZE")


def close_database() -> None:
    """Close the bound database (all of this thread's connection), letting SQLite update
    the planner's statistics it found stale while the connection was in use."""
    db = database_proxy.obj
    if db is not None and not db.is_closed():
        try:
            db.execute_sql("PRAGMA optimize")
        except (sqlite3.Error, peewee.PeeweeException):
            log.warning("PRAGMA optimize failed on close", exc_info=True)
        db.close()


def bound_database() -> SqliteDatabase:
    """The database the models are bound to (open_database must have run)."""
    db = database_proxy.obj
    if db is None:
        raise RuntimeError("open_database() has not been called")
    return db


def database_path() -> Path:
    return Path(bound_database().database)
