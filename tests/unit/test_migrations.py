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

from crm_desktop.services import customer_list, customers, follow_ups, importer
from crm_desktop.storage import backup, database
from crm_desktop.storage.database import SCHEMA_VERSION, close_database, open_database
from crm_desktop.storage.errors import DiskFullError
from crm_desktop.storage.models import Customer, FollowUp
from tests.unit.test_import_journal import journal_as_earlier_versions_wrote
from tests.unit.test_importer import workbook

NAMES = ("北京华夏科技有限公司", "上海浦东贸易公司", "张伟")
V1_SCHEMA = Path(__file__).with_name("schema_v1.sql")


def _fill() -> None:
    """Customers and a follow-up through the services, as a user of that version would."""
    first, _ = customers.create_customer({"name": NAMES[0], "mobiles": "13800138000"})
    for name in NAMES[1:]:
        customers.create_customer({"name": name})
    follow_ups.log_follow_up(first, {"channel": "电话", "content": "电话回访"})


def build_current(path: Path) -> None:
    """A database of the schema the code creates today, filled through the services."""
    open_database(path)
    try:
        _fill()
    finally:
        close_database()


def build_v1(path: Path) -> None:
    """Schema version 1, the first release, from its frozen schema; its rows are copied
    from a database filled by today's code (every column version 1 had)."""
    filled = path.with_name("filled-" + path.name)
    build_current(filled)
    conn = sqlite3.connect(path)
    try:
        conn.executescript(V1_SCHEMA.read_text(encoding="utf-8"))
        conn.execute("ATTACH DATABASE ? AS filled", (str(filled),))
        tables = [
            str(row[0])
            for row in conn.execute(
                "SELECT name FROM main.sqlite_master WHERE type = 'table' AND sql NOT LIKE "
                "'CREATE VIRTUAL%' AND name NOT LIKE 'customer_fts_%' "
                "AND name NOT LIKE 'customer_short_%'"
            )
        ]
        for table in tables:
            columns = ", ".join(f'"{name}"' for name in _columns_of(conn, "main", table))
            conn.execute(
                f'INSERT INTO main."{table}" ({columns}) SELECT {columns} FROM filled."{table}"'
            )
        conn.execute(
            "INSERT INTO customer_fts (rowid, body) SELECT rowid, body FROM filled.customer_fts"
        )
        conn.execute(
            "INSERT INTO customer_short (rowid, chars, text) "
            "SELECT rowid, chars, text FROM filled.customer_short"
        )
        conn.execute("PRAGMA user_version = 1")
        conn.commit()
        conn.execute("DETACH DATABASE filled")
    finally:
        conn.close()
    filled.unlink()


def build_v2(path: Path) -> None:
    """Schema version 2: today's tables (version 3 changed none of them), with an import of
    follow-ups journaled as version 2 wrote it, an `insert` entry per new row."""
    visits = workbook(
        path.with_name("visits.xlsx"),
        [["客户名称", "跟进时间", "跟进内容"], [NAMES[1], "2024-03-05 10:00", "上门拜访"],
         [NAMES[2], "2024-03-06 15:30", "寄送样品"]],
    )
    db = open_database(path)
    try:
        _fill()
        plan = importer.plan_sheet(visits, kind="follow_ups")
        summary = importer.run_import(plan, plan.mapping)
        assert summary.created == 2
        (record,) = importer.list_imports()
        journal_as_earlier_versions_wrote(db, record.operation_id, key_json=False)
        db.execute_sql("PRAGMA user_version = 2")
    finally:
        close_database()
    for taken in backup.list_backups(path):  # the import's: a user of version 2 has others
        taken.path.unlink()


# The current version's builder stands for it until the schema changes again: then freeze
# it as build_v2 is frozen, and the test below asks for the new version's builder.
RELEASED_VERSIONS: dict[int, Callable[[Path], None]] = {
    1: build_v1,
    2: build_v2,
    SCHEMA_VERSION: build_current,
}


@pytest.fixture(autouse=True)
def closed_afterwards() -> Iterator[None]:
    yield
    close_database()


def _user_version(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    conn.close()
    return version


def _columns_of(conn: sqlite3.Connection, schema: str, table: str) -> list[str]:
    return [str(row[1]) for row in conn.execute(f'PRAGMA "{schema}".table_info("{table}")')]


def _columns(path: Path, table: str) -> list[str]:
    with sqlite3.connect(path) as conn:
        columns = _columns_of(conn, "main", table)
    conn.close()
    return columns


def _indexes(path: Path) -> dict[str, str]:
    with sqlite3.connect(path) as conn:
        found = dict(
            conn.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
            )
        )
    conn.close()
    return found


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


@pytest.mark.parametrize("version", sorted(RELEASED_VERSIONS))
def test_a_migrated_database_has_the_indexes_of_a_new_one(tmp_path: Path, version: int) -> None:
    fresh, old = tmp_path / "fresh.db", tmp_path / "old.db"
    open_database(fresh)
    close_database()
    RELEASED_VERSIONS[version](old)
    open_database(old)
    close_database()
    assert _indexes(old) == _indexes(fresh)


def test_version_2_drops_covered_indexes_and_indexes_sparse_columns_where_set(
    tmp_path: Path,
) -> None:
    path = tmp_path / "crm.db"
    build_v1(path)
    assert "follow_up_customer_id" in _indexes(path)
    open_database(path)
    close_database()
    indexes = _indexes(path)
    for covered in ("follow_up_customer_id", "customer_owner_id", "customer_tag_customer_id"):
        assert covered not in indexes
    assert indexes["customer_mobile"].endswith('WHERE ("mobile" IS NOT NULL)')
    assert indexes["follow_up_contact_id"].endswith('WHERE ("contact_id" IS NOT NULL)')


def test_an_import_journaled_by_version_2_is_undone_after_the_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "crm.db"
    build_v2(path)
    open_database(path)
    (record,) = importer.list_imports()
    assert FollowUp.select().count() == 3
    (actions,) = database.bound_database().execute_sql(
        "SELECT group_concat(DISTINCT action) FROM journal_entry WHERE table_name = 'follow_up'"
    ).fetchone()
    assert actions == "insert"  # an entry per row, as version 2 wrote them
    importer.undo_import(record.batch_id)
    assert [f.content for f in FollowUp.select()] == ["电话回访"]  # logged by hand, kept
    assert importer.list_imports()[0].status == "undone"


def test_a_migration_is_preceded_by_a_backup_of_the_old_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "crm.db"
    build_current(path)
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
    build_current(path)

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
    build_current(path)

    def disk_full(*args: object, **kwargs: object) -> backup.BackupInfo:
        raise DiskFullError("The backup could not be written: the disk is full.")

    monkeypatch.setattr(database, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    monkeypatch.setattr(database, "MIGRATIONS", {SCHEMA_VERSION + 1: _add_column})
    monkeypatch.setattr(backup, "create_backup", disk_full)
    with pytest.raises(DiskFullError, match="disk is full"):
        open_database(path)
    assert _user_version(path) == SCHEMA_VERSION
    assert "region_code" not in _columns(path, "customer")
