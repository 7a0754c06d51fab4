"""The fast paths of undo: runs of inserted ids deleted with a statement each (newest first
all the same), and a big undo that builds the customer list's indexes once, all-or-nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from peewee import SqliteDatabase

from crm_desktop.services import bulk, customers, importer, journal
from crm_desktop.services.importer import ImportOptions
from crm_desktop.storage import database, search
from crm_desktop.storage.models import Customer, ImportBatch, Operation, Staff
from tests.unit.test_importer import _index_statements, dump, workbook
from tests.unit.tracing import statements_run

ROWS: list[list[object]] = [
    ["客户名称", "手机", "城市", "负责人", "标签", "联系人", "客户等级"],
    ["甲公司", 13800000001, "上海", "王芳", "重点", "赵六", "超级"],
    ["乙公司", 13800000002, "天津", "新员工", "新标签", "钱七", "VIP"],
]
ROWS += [
    [f"批量客户{i}", 13900000000 + i, "成都", None, "重点", f"联系人{i}", "VIP"] for i in range(20)
]


def _import(path: Path) -> importer.ImportSummary:
    plan = importer.plan_sheet(path)
    return importer.run_import(
        plan, plan.mapping, ImportOptions(on_duplicate="update", batch_size=4)
    )


def _operation_of(summary: importer.ImportSummary) -> int:
    return int(ImportBatch.get_by_id(summary.batch_id).operation.id)


def _journaled_customers(db: SqliteDatabase, operation_id: int) -> set[int]:
    """The customers an operation's entries name: what its undo reports as touched."""
    rows = db.execute_sql(
        f"SELECT {journal.ENTRY_FIRST_CUSTOMER_SQL}, {journal.ENTRY_LAST_CUSTOMER_SQL} "
        "FROM journal_entry j WHERE operation_id = ?",
        [operation_id],
    )
    return {
        customer_id
        for first, last in rows
        if first is not None
        for customer_id in range(int(first), int(last) + 1)
    }


def test_a_row_deleted_and_inserted_again_is_undone_newest_first(db: SqliteDatabase) -> None:
    before = dump(db)
    with db.atomic():
        log = journal.start_operation(db, "test", "insert, delete, insert again, update")
        first = Staff.create(name="甲")
        log.inserted_ids("staff", [first.id])
        second = Staff.create(name="乙")
        log.inserted_ids("staff", [second.id])
        log.deleted("staff", journal.read_rows(db, "staff", "id = ?", [first.id])[0])
        Staff.delete().where(Staff.id == first.id).execute()
        # The same id again: undoing it must come before putting the deleted row back.
        Staff.create(id=first.id, name="丙")
        log.inserted_ids("staff", [first.id])
        log.updated("staff", journal.read_rows(db, "staff", "id = ?", [second.id])[0])
        Staff.update(name="丁").where(Staff.id == second.id).execute()
        third = Staff.create(name="戊")
        log.inserted_ids("staff", [third.id])
        log.finish()
    with db.atomic():
        touched = journal.replay_backwards(db, log.operation_id)
    assert touched == set()
    assert dump(db) == before


def test_consecutive_ids_are_journaled_as_runs_and_undone_newest_first(
    db: SqliteDatabase,
) -> None:
    before = dump(db)
    with db.atomic():
        log = journal.start_operation(db, "test", "runs and lone ids")
        ids = [Staff.create(name=f"员工{i}").id for i in range(5)]
        log.inserted_ids("staff", [ids[0], ids[1], ids[2], ids[4], ids[3]])
        log.finish()
    entries = db.execute_sql(
        "SELECT row_id, action, before FROM journal_entry WHERE operation_id = ? ORDER BY seq",
        [log.operation_id],
    ).fetchall()
    assert entries == [
        (ids[0], journal.INSERT_RUN, f'{{"last_id": {ids[2]}}}'),
        (ids[4], journal.INSERT, None),
        (ids[3], journal.INSERT, None),
    ]
    with db.atomic():
        journal.replay_backwards(db, log.operation_id)
    assert dump(db) == before


def test_interleaved_operations_are_undone_exactly_with_a_delete_per_run(
    db: SqliteDatabase, tmp_path: Path, new_customer: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    new_customer("甲公司", mobiles="13800000001", city="北京")
    Staff.create(name="王芳")
    before_import = dump(db)
    summary = _import(workbook(tmp_path / "mixed.xlsx", ROWS))
    assert (summary.created, summary.updated) == (21, 1)
    imported = [c.id for c in Customer.select(Customer.id).order_by(Customer.id)]
    after_import = dump(db)

    # A hand edit of some customers (updates, then tier history inserts), undone first.
    edit = bulk.set_tier_manual(imported[:6], "super")
    assert Customer.select().where(Customer.tier_manual == "super").count() == 6
    customers.undo_operation(edit.operation_id or 0)
    assert dump(db) == after_import

    # A delete of customers with their records (updates, then deletes), undone next.
    removal = customers.delete_customers(imported[3:9])
    assert Customer.select().count() == len(imported) - 6
    customers.undo_operation(removal.operation_id or 0)
    assert dump(db) == after_import

    expected_touched = _journaled_customers(db, _operation_of(summary))
    with statements_run(db) as statements:
        changes = importer.undo_import(summary.batch_id or 0)
    assert dump(db) == before_import
    assert changes.customer_ids == frozenset(expected_touched)
    # SQLite traces a statement again for each foreign-key action it runs: count distinct.
    customer_deletes = {s for s in statements if s.startswith("DELETE FROM customer WHERE")}
    assert customer_deletes, "the imported customers are deleted by id"
    # One statement per batch's run of new customers (batches of four rows).
    assert all(" BETWEEN " in s for s in customer_deletes)
    assert len(customer_deletes) == 6


def _indexes_seen_by_the_replay(monkeypatch: pytest.MonkeyPatch) -> list[set[str]]:
    """The names of the indexes present each time the journal is replayed from now on."""
    seen: list[set[str]] = []
    replay = journal.replay_backwards

    def watched_replay(db: SqliteDatabase, operation_id: int) -> set[int]:
        seen.append(set(_index_statements(db)))
        return replay(db, operation_id)

    monkeypatch.setattr(journal, "replay_backwards", watched_replay)
    return seen


def test_a_big_undo_builds_the_list_indexes_once_and_keeps_them(
    db: SqliteDatabase, tmp_path: Path, new_customer: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database, "BULK_LOAD_MIN_CUSTOMERS", 5)
    monkeypatch.setattr(search, "REBUILD_MIN_REMOVED", 5)  # the search index built again too
    new_customer("甲公司", mobiles="13800000001", city="北京")
    Staff.create(name="王芳")
    before = dump(db)
    indexes = _index_statements(db)
    list_indexes = set(database.customer_list_indexes(db))
    assert list_indexes <= set(indexes)
    summary = _import(workbook(tmp_path / "big.xlsx", ROWS))
    present_during_replay = _indexes_seen_by_the_replay(monkeypatch)
    importer.undo_import(summary.batch_id or 0)
    assert not present_during_replay[0] & list_indexes, "the list's indexes were left out"
    assert _index_statements(db) == indexes
    assert dump(db) == before


def test_a_small_undo_keeps_the_list_indexes_in_place(
    db: SqliteDatabase, tmp_path: Path, new_customer: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Big enough by count, but fewer than the customers that stay.
    monkeypatch.setattr(database, "BULK_LOAD_MIN_CUSTOMERS", 5)
    for i in range(30):
        new_customer(f"老客户{i}")
    summary = _import(workbook(tmp_path / "small.xlsx", ROWS))
    indexes = _index_statements(db)
    present_during_replay = _indexes_seen_by_the_replay(monkeypatch)
    importer.undo_import(summary.batch_id or 0)
    assert present_during_replay == [set(indexes)]
    assert Customer.select().count() == 30


def test_a_big_undo_that_fails_midway_leaves_the_database_and_indexes_as_they_were(
    db: SqliteDatabase, tmp_path: Path, new_customer: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database, "BULK_LOAD_MIN_CUSTOMERS", 5)
    new_customer("甲公司", mobiles="13800000001", city="北京")
    Staff.create(name="王芳")
    before_import = dump(db)
    summary = _import(workbook(tmp_path / "big.xlsx", ROWS))
    operation_id = _operation_of(summary)
    after_import = dump(db)
    indexes = _index_statements(db)
    replay_one = journal._replay_one

    def failing_update(cursor: Any, table: str, action: str, before: dict[str, Any]) -> None:
        # The import's update of 甲公司 comes first in the journal, so it is undone after
        # the later batches' inserts were already deleted.
        if action == journal.UPDATE:
            raise RuntimeError("disk went away")
        replay_one(cursor, table, action, before)

    monkeypatch.setattr(journal, "_replay_one", failing_update)
    with pytest.raises(RuntimeError, match="disk went away"):
        customers.undo_operation(operation_id)
    assert dump(db) == after_import
    assert _index_statements(db) == indexes
    assert Operation.get_by_id(operation_id).status == journal.STATUS_DONE

    # Later still: after the search index was built again without the import's customers.
    monkeypatch.setattr(journal, "_replay_one", replay_one)
    monkeypatch.setattr(search, "REBUILD_MIN_REMOVED", 5)
    reindex = search.reindex_customers

    def failing_reindex(db: SqliteDatabase, ids: Any) -> None:
        raise RuntimeError("disk went away")

    monkeypatch.setattr(search, "reindex_customers", failing_reindex)
    with pytest.raises(RuntimeError, match="disk went away"):
        customers.undo_operation(operation_id)
    assert dump(db) == after_import
    assert _index_statements(db) == indexes

    monkeypatch.setattr(search, "reindex_customers", reindex)
    customers.undo_operation(operation_id)
    assert dump(db) == before_import
    assert _index_statements(db) == indexes
