"""Schema migrations: a database of each released schema version is built and migrated; a
backup is taken first; a failed migration (or a failed backup) leaves the old version intact."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from peewee import SqliteDatabase, TextField
from playhouse.migrate import SqliteMigrator
from playhouse.migrate import migrate as run_migration

from crm_desktop.services import customer_list, customers, follow_ups
from crm_desktop.storage import backup, database
from crm_desktop.storage.database import SCHEMA_VERSION, close_database, open_database
from crm_desktop.storage.errors import DiskFullError
from crm_desktop.storage.models import Customer

NAMES = ("北京华夏科技有限公司", "上海浦东贸易公司", "张伟")


def _fill() -> None:
    """Customers and a follow-up through the services, as a user of that version would."""
    first, _ = customers.create_customer({"name": NAMES[0], "mobiles": "13800138000"})
    for name in NAMES[1:]:
        customers.create_customer({"name": name})
    follow_ups.log_follow_up(first, {"channel": "电话", "content": "电话回访"})


def build_v1(path: Path) -> None:
    """Schema version 1, the first release: the schema the code creates today.

    When SCHEMA_VERSION becomes 2, freeze this builder first: create version 1's tables from
    the SQL a version-1 database holds in sqlite_master, then fill it with plain INSERTs.
    """
    assert SCHEMA_VERSION == 1, "freeze build_v1 before changing the schema (see docstring)"
    open_database(path)
    try:
        _fill()
    finally:
        close_database()


RELEASED_VERSIONS: dict[int, Callable[[Path], None]] = {1: build_v1}


@pytest.fixture(autouse=True)
def closed_afterwards() -> Iterator[None]:
    yield
    close_database()


def _user_version(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    conn.close()
    return version


def _columns(path: Path, table: str) -> list[str]:
    with sqlite3.connect(path) as conn:
        columns = [str(row[1]) for row in conn.execute(f"PRAGMA table_info({table})")]
    conn.close()
    return columns


def _add_column(db: SqliteDatabase) -> None:
    run_migration(SqliteMigrator(db).add_column("customer", "region_code", TextField(default="")))


def test_every_released_schema_version_has_a_builder() -> None:
    assert set(range(1, SCHEMA_VERSION + 1)) <= set(RELEASED_VERSIONS)


@pytest.mark.parametrize("version", sorted(RELEASED_VERSIONS))
def test_each_released_version_opens_migrated_with_its_data(tmp_path: Path, version: int) -> None:
    path = tmp_path / "crm.db"
    RELEASED_VERSIONS[version](path)
    assert _user_version(path) == version

    open_database(path)
    assert _user_version(path) == SCHEMA_VERSION
    assert sorted(c.name for c in Customer.select()) == sorted(NAMES)
    found = customer_list.query_ids(customer_list.CustomerFilter(text="华夏"), sort="name")
    assert len(found) == 1
    assert backup.check_database(path, full=True).ok
    taken = backup.list_backups(path)
    if version < SCHEMA_VERSION:
        assert [b.reason for b in taken] == ["migration"]
        assert _user_version(taken[0].path) == version
    else:
        assert taken == []  # nothing to migrate, nothing to back up


def test_a_migration_is_preceded_by_a_backup_of_the_old_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "crm.db"
    build_v1(path)
    monkeypatch.setattr(database, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    monkeypatch.setattr(database, "MIGRATIONS", {SCHEMA_VERSION + 1: _add_column})

    open_database(path)
    close_database()
    assert _user_version(path) == SCHEMA_VERSION + 1
    assert "region_code" in _columns(path, "customer")
    (before,) = backup.list_backups(path)
    assert before.reason == "migration" and before.customers == len(NAMES)
    assert _user_version(before.path) == SCHEMA_VERSION
    assert "region_code" not in _columns(before.path, "customer")


def test_a_failed_migration_leaves_the_old_version_intact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "crm.db"
    build_v1(path)

    def broken(db: SqliteDatabase) -> None:
        db.execute_sql("UPDATE customer SET name = 'half-migrated'")
        raise RuntimeError("migration step failed")

    monkeypatch.setattr(database, "SCHEMA_VERSION", SCHEMA_VERSION + 2)
    monkeypatch.setattr(
        database, "MIGRATIONS", {SCHEMA_VERSION + 1: _add_column, SCHEMA_VERSION + 2: broken}
    )
    with pytest.raises(RuntimeError, match="migration step failed"):
        open_database(path)
    close_database()

    assert _user_version(path) == SCHEMA_VERSION
    assert "region_code" not in _columns(path, "customer")
    with sqlite3.connect(path) as conn:
        names = sorted(str(row[0]) for row in conn.execute("SELECT name FROM customer"))
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    assert names == sorted(NAMES)
    assert [b.reason for b in backup.list_backups(path)] == ["migration"]

    monkeypatch.undo()  # this version of the code opens the file as before
    open_database(path)
    assert Customer.select().count() == len(NAMES)


def test_a_failed_backup_stops_the_migration(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "crm.db"
    build_v1(path)

    def disk_full(*args: object, **kwargs: object) -> backup.BackupInfo:
        raise DiskFullError("The backup could not be written: the disk is full.")

    monkeypatch.setattr(database, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    monkeypatch.setattr(database, "MIGRATIONS", {SCHEMA_VERSION + 1: _add_column})
    monkeypatch.setattr(backup, "create_backup", disk_full)
    with pytest.raises(DiskFullError, match="disk is full"):
        open_database(path)
    assert _user_version(path) == SCHEMA_VERSION
    assert "region_code" not in _columns(path, "customer")
