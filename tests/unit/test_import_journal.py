"""The journal of an import: inserted rows by id alone, a run of ids per batch, entries of
earlier versions still undone, tag links written in bulk and journaled only when new."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from peewee import SqliteDatabase

from crm_desktop.services import customers, importer, journal
from crm_desktop.services.importer import ImportOptions
from crm_desktop.storage.models import Customer, CustomerTag, ImportBatch, Tag
from tests.unit.test_importer import dump, workbook
from tests.unit.tracing import statements_run

ROWS: list[list[object]] = [
    ["客户名称", "手机", "联系人", "客户等级", "标签", "负责人"],
    ["甲公司", 13800000001, "赵六", "超级", "重点", "王芳"],
    ["乙公司", 13800000002, "钱七", "VIP", "重点, 新标签", None],
]
ROWS += [[f"批量客户{i}", 13900000000 + i, None, None, None, None] for i in range(12)]


def _import(path: Path, on_duplicate: str = "skip") -> importer.ImportSummary:
    plan = importer.plan_sheet(path)
    return importer.run_import(
        plan, plan.mapping, ImportOptions(on_duplicate=on_duplicate, batch_size=5)
    )


def test_inserted_rows_are_journaled_by_id_a_run_per_batch(
    db: SqliteDatabase, tmp_path: Path
) -> None:
    summary = _import(workbook(tmp_path / "a.xlsx", ROWS))
    assert summary.created == 14
    entries = db.execute_sql(
        "SELECT table_name, action, row_id, before FROM journal_entry "
        "WHERE table_name <> 'customer_tag' ORDER BY seq"
    ).fetchall()
    customer_runs = [
        (row_id, json.loads(before)) for table, _, row_id, before in entries if table == "customer"
    ]
    customer_ids = [c.id for c in Customer.select(Customer.id).order_by(Customer.id)]
    # Three batches of five rows: one entry each, naming its first and last new customer.
    assert customer_runs == [
        (customer_ids[0], {"last_id": customer_ids[4]}),
        (customer_ids[5], {"last_id": customer_ids[9]}),
        (customer_ids[10], {"last_id": customer_ids[13]}),
    ]
    assert {action for table, action, _, _ in entries if table == "customer"} == {
        journal.INSERT_RUN
    }
    rows_by_table = dict(
        db.execute_sql(
            f"SELECT table_name, sum({journal.ENTRY_ROWS_SQL}) FROM journal_entry j "
            "WHERE action IN ('insert', 'insert_run') GROUP BY table_name"
        ).fetchall()
    )
    assert rows_by_table == {
        "customer": 14,
        "contact": 2,
        "tier_change": 2,  # the two rows with a tier
        "staff": 1,
        "tag": 2,
        "tag_group": 1,
        "customer_tag": 3,
    }
    lone_staff = [e for e in entries if e[0] == "staff"]
    assert [(action, before) for _, action, _, before in lone_staff] == [(journal.INSERT, None)]
    links = db.execute_sql(
        "SELECT before FROM journal_entry WHERE table_name = 'customer_tag' ORDER BY seq"
    ).fetchall()
    assert len(links) == CustomerTag.select().count() == 3


def journal_as_earlier_versions_wrote(
    db: SqliteDatabase, operation_id: int, key_json: bool
) -> int:
    """Rewrite an operation's journal the way earlier versions wrote it: an `insert` entry
    per inserted row, its `before` empty or (older still) the key as JSON. Returns the
    number of entries."""
    rows = db.execute_sql(
        "SELECT table_name, row_id, action, before FROM journal_entry "
        "WHERE operation_id = ? ORDER BY seq",
        [operation_id],
    ).fetchall()
    entries: list[tuple[str, int, str, str | None]] = []
    for table, row_id, action, before in rows:
        if action == journal.INSERT_RUN:
            for one_id in range(row_id, json.loads(before)["last_id"] + 1):
                entries.append((table, one_id, journal.INSERT, None))
        else:
            entries.append((table, row_id, action, before))
    if key_json:
        entries = [
            (table, row_id, action, json.dumps({"id": row_id}) if before is None else before)
            for table, row_id, action, before in entries
        ]
    db.execute_sql("DELETE FROM journal_entry WHERE operation_id = ?", [operation_id])
    db.cursor().executemany(
        "INSERT INTO journal_entry (operation_id, seq, table_name, row_id, action, before) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [(operation_id, seq, *entry) for seq, entry in enumerate(entries, start=1)],
    )
    return len(entries)


@pytest.mark.parametrize("key_json", [False, True], ids=["by-id", "key-as-json"])
def test_an_import_journaled_by_an_earlier_version_is_undone_exactly(
    db: SqliteDatabase,
    tmp_path: Path,
    new_customer: Any,
    key_json: bool,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(journal, "DELETE_CHUNK", 3)
    new_customer("甲公司", mobiles="13800000001", city="北京")
    before = dump(db)
    summary = _import(workbook(tmp_path / "a.xlsx", ROWS), on_duplicate="update")
    assert (summary.created, summary.updated) == (13, 1)
    operation_id = ImportBatch.get_by_id(summary.batch_id).operation.id
    assert journal_as_earlier_versions_wrote(db, operation_id, key_json) > 13 + 1
    assert customers.changed_since(operation_id) == []
    with statements_run(db) as statements:
        importer.undo_import(summary.batch_id or 0)
    assert dump(db) == before
    # A row per entry: consecutive entries are deleted a chunk of ids at a time.
    # SQLite traces a statement again for each foreign-key action it runs: count distinct.
    customer_deletes = {s for s in statements if s.startswith("DELETE FROM customer WHERE")}
    assert customer_deletes
    assert all(" IN (" in s and s.count(",") <= 2 for s in customer_deletes)
    assert len(customer_deletes) < summary.created


def test_a_tag_the_customer_already_has_is_kept_by_undo(
    db: SqliteDatabase, tmp_path: Path, new_customer: Any
) -> None:
    customer = new_customer("甲公司", mobiles="13800000001")
    first = _import(
        workbook(tmp_path / "a.xlsx", [["客户名称", "标签"], ["甲公司", "重点"]]),
        on_duplicate="update",
    )
    assert first.updated == 1
    assert Tag.select().where(Tag.name == "重点").count() == 1
    second = _import(
        workbook(tmp_path / "b.xlsx", [["客户名称", "标签"], ["甲公司", "重点, 另一个"]]),
        on_duplicate="update",
    )
    assert second.updated == 1
    assert CustomerTag.select().where(CustomerTag.customer == customer).count() == 2
    importer.undo_import(second.batch_id or 0)
    links = CustomerTag.select().where(CustomerTag.customer == customer)
    linked = [link.tag.name for link in links]
    assert linked == ["重点"]
    assert Customer.select().count() == 1
