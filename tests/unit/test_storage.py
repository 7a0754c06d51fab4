"""Opening the database: where it lives, pragmas, schema versions, environment errors."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from crm_desktop.storage import database
from crm_desktop.storage.database import (
    SCHEMA_VERSION,
    close_database,
    open_database,
    resolve_db_path,
)
from crm_desktop.storage.errors import (
    DatabaseBusyError,
    DatabaseNotFoundError,
    DatabaseTooNewError,
    NotADatabaseError,
    translate_errors,
)
from crm_desktop.storage.models import Customer


def test_path_comes_from_argument_then_environment_then_data_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(database.ENV_DB_PATH, str(tmp_path / "env.db"))
    assert resolve_db_path(tmp_path / "arg.db") == tmp_path / "arg.db"
    assert resolve_db_path() == tmp_path / "env.db"
    monkeypatch.delenv(database.ENV_DB_PATH)
    assert resolve_db_path() == database.data_dir() / "crm.db"


def test_new_database_has_pragmas_schema_version_and_search_index(tmp_path: Path) -> None:
    db = open_database(tmp_path / "sub" / "crm.db")
    try:
        pragma = lambda name: db.execute_sql(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
        assert pragma("journal_mode") == "wal"
        assert pragma("foreign_keys") == 1
        assert pragma("busy_timeout") == database.BUSY_TIMEOUT_MS
        assert pragma("synchronous") == 1  # NORMAL
        assert pragma("journal_size_limit") == 32 * 1024 * 1024
        assert pragma("user_version") == SCHEMA_VERSION
        tables = {r[0] for r in db.execute_sql("SELECT name FROM sqlite_master")}
        assert {"customer", "customer_fts", "customer_short", "journal_entry"} <= tables
        indexes = {
            r[0]
            for r in db.execute_sql(
                "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'customer'"
            )
        }
        for column in (
            "owner_id",
            "tier",
            "stage",
            "last_contact_at",
            "next_follow_up",
            "province",
            "created_at",
            "last_purchase",
        ):
            assert any(column in name for name in indexes), column
    finally:
        close_database()


@pytest.mark.parametrize(
    "lookup",
    [
        # What deleting a customer, contact, deal, staff member or operation looks up.
        "SELECT id FROM follow_up WHERE customer_id = ?",
        "SELECT id FROM follow_up WHERE contact_id = ?",
        "SELECT id FROM orders WHERE deal_id = ?",
        "SELECT id FROM orders WHERE customer_id = ?",
        "SELECT id FROM deal_stage_change WHERE customer_id = ?",
        "SELECT id FROM service_record WHERE customer_id = ?",
        "SELECT tag_id FROM customer_tag WHERE customer_id = ?",
        "SELECT id FROM customer WHERE owner_id = ?",
        "SELECT id FROM customer WHERE referred_by_id = ?",
        "SELECT id FROM tag WHERE group_id = ?",
        "SELECT id FROM journal_entry WHERE operation_id = ?",
        # Duplicate matching.
        "SELECT id FROM customer WHERE mobile IN (?, ?)",
        "SELECT id FROM customer WHERE email_key = ?",
        "SELECT id FROM customer WHERE credit_code = ?",
    ],
)
def test_lookups_by_reference_or_duplicate_key_use_an_index(tmp_path: Path, lookup: str) -> None:
    db = open_database(tmp_path / "crm.db")
    try:
        plan = [
            row[3]
            for row in db.execute_sql("EXPLAIN QUERY PLAN " + lookup, [1, 2][: lookup.count("?")])
        ]
    finally:
        close_database()
    assert plan and all(step.startswith("SEARCH") for step in plan), plan


def test_headless_open_refuses_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(DatabaseNotFoundError, match="no database"):
        open_database(tmp_path / "typo.db", create=False)
    assert not (tmp_path / "typo.db").exists()


def test_a_newer_schema_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "crm.db"
    open_database(path)
    close_database()
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(DatabaseTooNewError, match="newer version"):
        open_database(path)
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1


def test_migration_runs_steps_in_one_transaction_and_calls_before(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "crm.db"
    open_database(path)
    close_database()
    calls: list[tuple[int, int]] = []

    def add_column(db: object) -> None:
        from peewee import TextField
        from playhouse.migrate import SqliteMigrator, migrate

        migrate(SqliteMigrator(db).add_column("customer", "extra", TextField(default="")))

    def broken(db: object) -> None:
        raise RuntimeError("step failed")

    monkeypatch.setattr(database, "SCHEMA_VERSION", SCHEMA_VERSION + 2)
    monkeypatch.setattr(
        database, "MIGRATIONS", {SCHEMA_VERSION + 1: add_column, SCHEMA_VERSION + 2: broken}
    )
    with pytest.raises(RuntimeError, match="step failed"):
        open_database(path, before_migration=lambda old, new: calls.append((old, new)))
    assert calls == [(SCHEMA_VERSION, SCHEMA_VERSION + 2)]
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        columns = [r[1] for r in conn.execute("PRAGMA table_info(customer)")]
        assert "extra" not in columns


def test_a_file_that_is_not_a_database_gets_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"this is a text file, not a database" * 100)
    with pytest.raises(NotADatabaseError, match="not a CRM Desktop database"):
        open_database(path)


def test_a_locked_database_is_reported_busy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "crm.db"
    db = open_database(path)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        db.execute_sql("PRAGMA busy_timeout = 50")
        with pytest.raises(DatabaseBusyError, match="busy"), translate_errors(str(path)):
            Customer.create(name="x")
    finally:
        other.execute("ROLLBACK")
        other.close()
        close_database()
