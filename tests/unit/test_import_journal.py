"""The journal of an import: inserted rows by id alone, old-shape entries still undone,
tag links written in bulk and journaled only when new."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from peewee import SqliteDatabase

from crm_desktop.services import importer
from crm_desktop.services.importer import ImportOptions
from crm_desktop.storage.models import Customer, CustomerTag, Tag
from tests.unit.test_importer import dump, workbook

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


def test_inserted_rows_are_journaled_by_id_without_json(db: SqliteDatabase, tmp_path: Path) -> None:
    summary = _import(workbook(tmp_path / "a.xlsx", ROWS))
    assert summary.created == 14
    by_table = dict(
        db.execute_sql(
            "SELECT table_name, count(*) FROM journal_entry WHERE action = 'insert' "
            "AND before IS NULL GROUP BY table_name"
        ).fetchall()
    )
    assert by_table["customer"] == 14
    assert by_table["contact"] == 2
    assert by_table["tier_change"] == 2  # the two rows with a tier
    assert by_table["staff"] == 1
    links = db.execute_sql(
        "SELECT before FROM journal_entry WHERE table_name = 'customer_tag' ORDER BY seq"
    ).fetchall()
    assert len(links) == CustomerTag.select().count() == 3


def test_an_import_journaled_by_an_earlier_version_is_undone_exactly(
    db: SqliteDatabase, tmp_path: Path, new_customer: Any
) -> None:
    new_customer("甲公司", mobiles="13800000001", city="北京")
    before = dump(db)
    summary = _import(workbook(tmp_path / "a.xlsx", ROWS), on_duplicate="update")
    assert (summary.created, summary.updated) == (13, 1)
    # Earlier versions wrote every inserted row's key as JSON.
    changed = db.execute_sql(
        "UPDATE journal_entry SET before = json_object('id', row_id) "
        "WHERE action = 'insert' AND before IS NULL"
    ).rowcount
    assert changed > 13
    importer.undo_import(summary.batch_id or 0)
    assert dump(db) == before


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
