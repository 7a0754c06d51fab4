"""The import service: odd spreadsheets built in code, every stored field, duplicates, undo."""

from __future__ import annotations

import csv
import datetime as dt
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import xlsxwriter
from peewee import SqliteDatabase

from crm_desktop.services import importer, spreadsheet
from crm_desktop.services.customers import UndoRefused, get_customer, update_customer
from crm_desktop.services.importer import ImportOptions
from crm_desktop.storage import database
from crm_desktop.storage.models import (
    Contact,
    Customer,
    Deal,
    FollowUp,
    Operation,
    Order,
    Staff,
    now,
)
from tests.unit.test_spreadsheet import cfb

BOOKKEEPING = {"operation", "journal_entry", "import_batch"}


def dump(db: SqliteDatabase) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (the search index by its text), bookkeeping left out."""
    master = db.execute_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    virtual = [name for name, sql in master if sql.upper().startswith("CREATE VIRTUAL")]
    tables = [
        name
        for name, _ in master
        if name not in BOOKKEEPING and not any(name.startswith(f"{v}_") for v in virtual)
    ]
    result = {
        table: sorted(db.execute_sql(f"SELECT rowid, * FROM {table}").fetchall(), key=repr)
        if table in virtual
        else sorted(db.execute_sql(f"SELECT * FROM {table}").fetchall(), key=repr)
        for table in tables
    }
    result["setting"] = [row for row in result["setting"] if not row[0].startswith("import_")]
    return result


def workbook(path: Path, rows: Sequence[Sequence[object]], *, title: str | None = None) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    if title:
        sheet.append([title])
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(rows[0]))
        sheet.append([])
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def run(path: Path, on_duplicate: str = "skip", kind: str = "customers",
        **kwargs: Any) -> importer.ImportSummary:
    plan = importer.plan_sheet(path, kind=kind)
    return importer.run_import(plan, plan.mapping, ImportOptions(on_duplicate=on_duplicate),
                               **kwargs)


def customer_by_name(name: str) -> dict[str, Any]:
    customer = Customer.get(Customer.name == name)
    row = get_customer(customer.id)
    assert row is not None
    return row


# ---------------------------------------------------------------------------------------------
# Every field that lands in the database
# ---------------------------------------------------------------------------------------------

FULL_HEADERS = [
    "客户编号", "客户名称*", "客户类型", "联系人", "职位", "手机", "电话", "邮箱", "微信", "省份",
    "城市", "详细地址", "行业", "客户来源", "负责人", "客户等级", "标签", "统一社会信用代码",
    "首次联系日期", "合同金额", "服务到期日", "备注", "QQ",
]  # fmt: skip


def test_every_field_of_a_customer_row_lands_in_the_database(
    db: SqliteDatabase, tmp_path: Path
) -> None:
    path = workbook(
        tmp_path / "full.xlsx",
        [
            FULL_HEADERS,
            ["SZ-001", "深圳华信科技有限公司", "公司", "张伟", "采购经理", 13812345678,
             "13900001111 / 0755-12345678转8", "Sales@HuaXin.cn", "hx_sz", "广东", "深圳",
             "南山区科技园1号", "制造业", "展会", "李娜", "VIP", "老客户, 行业:制造业",
             "91440300MA5FXXXX1X", dt.datetime(2024, 3, 5), "¥120,000.50", "2025年12月31日",
             "每季度回访", 12345678],
        ],
        title="2024 年客户名单",
    )
    plan = importer.plan_sheet(path)
    assert plan.header_row_index == 2
    plan.mapping[FULL_HEADERS.index("QQ")] = "notes"
    summary = importer.run_import(plan, plan.mapping)
    assert (summary.created, summary.updated, summary.skipped, summary.failed) == (1, 0, 0, 0)

    row = customer_by_name("深圳华信科技有限公司")
    assert row["code"] == "SZ-001"
    assert row["kind"] == "company"
    assert row["mobiles"] == "13812345678 13900001111"
    assert row["mobile"] == "13812345678"
    assert row["mobiles_raw"] == "13812345678"
    assert row["phones"] == "0755-12345678-8"
    assert row["phones_raw"] == "13900001111 / 0755-12345678转8"
    assert row["email"] == "Sales@huaxin.cn"
    assert row["email_key"] == "sales@huaxin.cn"
    assert row["wechat"] == "hx_sz"
    assert (row["province"], row["city"], row["address"]) == ("广东", "深圳", "南山区科技园1号")
    assert (row["industry"], row["source"]) == ("制造业", "展会")
    assert row["owner_name"] == "李娜"
    assert row["tier_manual"] == "vip" and row["tier"] == "vip"
    assert row["credit_code"] == "91440300MA5FXXXX1X"
    assert row["first_contact_date"] == "2024-03-05"
    assert row["contract_amount_cents"] == 12_000_050
    assert row["service_expiry"] == "2025-12-31"
    assert row["notes"] == "每季度回访\nQQ: 12345678"
    assert row["name_key"] and row["sort_name"].startswith("shenzhen")
    contact = Contact.get(Contact.customer == row["id"])
    assert (contact.name, contact.title, contact.is_primary) == ("张伟", "采购经理", True)
    tags = {name for (name,) in db.execute_sql(
        "SELECT t.name FROM customer_tag ct JOIN tag t ON t.id = ct.tag_id "
        "WHERE ct.customer_id = ?", [row["id"]])}
    assert tags == {"老客户", "制造业"}
    # The search index knows the new customer by pinyin and by phone.
    from crm_desktop.services.customer_list import CustomerFilter, query_ids

    assert list(query_ids(CustomerFilter(text="huaxin"))) == [row["id"]]
    assert list(query_ids(CustomerFilter(text="0001111"))) == [row["id"]]


def test_header_on_row_nine_phones_as_numbers_and_two_phones_in_a_cell(
    db: SqliteDatabase, tmp_path: Path
) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet["A1"] = "客户资料导出"
    sheet["C3"] = "注：数据截至 2024 年底"
    sheet.append([])
    for row in (
        ["名称", "手机号码", "联系电话"],
        ["甲商行", 13800138000, "13800138001，13800138002"],
        ["乙商行", 1.3800138003e10, None],
    ):
        sheet.cell(row=9 + (0 if row[0] == "名称" else 1 if row[0] == "甲商行" else 2),
                   column=1, value=row[0])
        sheet.cell(row=sheet.max_row, column=2, value=row[1])
        sheet.cell(row=sheet.max_row, column=3, value=row[2])
    path = tmp_path / "row9.xlsx"
    book.save(path)
    plan = importer.plan_sheet(path)
    assert plan.header_row_index == 8
    summary = importer.run_import(plan, plan.mapping)
    assert (summary.created, summary.failed) == (2, 0)
    first = customer_by_name("甲商行")
    assert first["mobiles"] == "13800138000 13800138001 13800138002"
    second = customer_by_name("乙商行")
    assert second["mobile"] == "13800138003"  # a float phone is text, never 1.38e10


def test_1904_dates_formatted_and_as_plain_serials(db: SqliteDatabase, tmp_path: Path) -> None:
    path = tmp_path / "mac.xlsx"
    book = xlsxwriter.Workbook(str(path), {"date_1904": True})
    sheet = book.add_worksheet("客户")
    date_format = book.add_format({"num_format": "yyyy-mm-dd"})
    sheet.write_row(0, 0, ["客户名称", "首次联系日期", "服务到期日"])
    sheet.write_string(1, 0, "苹果店")
    sheet.write_datetime(1, 1, dt.datetime(2021, 1, 1), date_format)
    sheet.write_number(1, 2, 42735)  # a serial in an unformatted cell: 1904 system
    book.close()
    with zipfile.ZipFile(path) as archive:
        assert b'date1904="1"' in archive.read("xl/workbook.xml")
    summary = run(path)
    assert summary.created == 1
    row = customer_by_name("苹果店")
    assert row["first_contact_date"] == "2021-01-01"
    assert row["service_expiry"] == "2021-01-01"


def test_gbk_csv_with_chinese_text_dates(db: SqliteDatabase, tmp_path: Path) -> None:
    path = tmp_path / "gbk.csv"
    with path.open("w", encoding="gbk", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["客户名称", "手机", "首次联系日期", "合同金额"])
        writer.writerow(["北京长城贸易", "138-0013-8000", "2024年3月5日", "1,234.50元"])
        writer.writerow(["上海浦江实业", "+86 139 0013 9000", "2024/03/06", "5万"])
    summary = run(path)
    assert (summary.created, summary.failed) == (2, 0)
    first = customer_by_name("北京长城贸易")
    assert (first["mobile"], first["first_contact_date"], first["contract_amount_cents"]) == (
        "13800138000", "2024-03-05", 123_450)
    second = customer_by_name("上海浦江实业")
    assert (second["mobile"], second["first_contact_date"], second["contract_amount_cents"]) == (
        "13900139000", "2024-03-06", 5_000_000)


# ---------------------------------------------------------------------------------------------
# Duplicates
# ---------------------------------------------------------------------------------------------


def test_duplicates_inside_the_file_and_against_the_database(
    db: SqliteDatabase, tmp_path: Path, new_customer: Any
) -> None:
    existing = new_customer("老客户有限公司", mobiles="13800000001", email="old@example.com")
    path = workbook(tmp_path / "dups.xlsx", [
        ["客户名称", "手机", "邮箱", "城市"],
        ["新客户甲", 13800000002, None, "杭州"],
        ["新客户甲", None, None, "宁波"],          # same name as the row above
        ["别的名字", 13800000002, None, None],     # same mobile as row 3
        ["老客户有限公司", None, None, "广州"],     # same name as the database's
        ["另一个", None, "OLD@example.com", None],  # same e-mail as the database's
    ])
    plan = importer.plan_sheet(path)
    preview = importer.dry_run(plan, plan.mapping)
    summary = importer.run_import(plan, plan.mapping)
    for result in (preview, summary):
        assert (result.created, result.updated, result.skipped, result.failed) == (1, 0, 4, 0)
    reasons = {skip.row_number: skip.reason for skip in summary.skips}
    assert "row 2" in reasons[3] and "name" in reasons[3]
    assert "row 2" in reasons[4] and "mobile" in reasons[4]
    assert f"customer {existing}" in reasons[5]
    assert "e-mail" in reasons[6]
    assert Customer.select().count() == 2


def test_update_changes_only_the_mapped_fields_and_new_imports_again(
    db: SqliteDatabase, tmp_path: Path, new_customer: Any
) -> None:
    existing = new_customer("老客户有限公司", mobiles="13800000001", city="广州",
                            industry="零售")
    path = workbook(tmp_path / "update.xlsx", [
        ["客户名称", "手机", "城市"],
        ["老客户有限公司", 13800000001, "深圳"],
    ])
    before = dump(db)
    summary = run(path, "update")
    assert (summary.created, summary.updated) == (0, 1)
    row = get_customer(existing)
    assert row is not None
    assert (row["city"], row["industry"]) == ("深圳", "零售")
    importer.undo_import(summary.batch_id or 0)
    assert dump(db) == before

    summary = run(path, "new")
    assert (summary.created, summary.updated) == (1, 0)
    assert Customer.select().where(Customer.name == "老客户有限公司").count() == 2


def test_chain_stores_with_the_same_name_and_different_codes_are_different_customers(
    db: SqliteDatabase, tmp_path: Path, new_customer: Any
) -> None:
    new_customer("瑞幸咖啡", code="LK-001", mobiles="4001001234")
    path = workbook(tmp_path / "chain.xlsx", [
        ["门店编号", "客户名称", "电话"],
        ["LK-001", "瑞幸咖啡", "4001001234"],   # the same store: a duplicate
        ["LK-002", "瑞幸咖啡", "4001001234"],   # another store, same name and hotline
        ["LK-003", "瑞幸咖啡", "4001001234"],
        ["LK-003", "瑞幸咖啡（重复）", None],    # same code as the row above
    ])
    summary = run(path)
    assert (summary.created, summary.skipped) == (2, 2)
    codes = sorted(str(c.code) for c in Customer.select().where(Customer.name == "瑞幸咖啡"))
    assert codes == ["LK-001", "LK-002", "LK-003"]
    with_new = run(path, "new")
    assert with_new.created == 0 and with_new.failed == 4  # every code is taken now
    assert "LK-001" in with_new.failures[0].reason


# ---------------------------------------------------------------------------------------------
# Failures, the error workbook, undo
# ---------------------------------------------------------------------------------------------


def test_failed_rows_go_to_a_reimportable_error_workbook(
    db: SqliteDatabase, tmp_path: Path
) -> None:
    path = workbook(tmp_path / "bad.xlsx", [
        ["客户名称", "手机", "邮箱", "首次联系日期"],
        ["好客户", 13800000001, "ok@example.com", "2024-01-02"],
        ["坏邮箱", 13800000002, "not-an-email", None],
        ["坏日期", None, None, "2024-02-30"],
        [None, 13800000004, None, None],
        ["坏手机", "12345", None, None],
    ])
    plan = importer.plan_sheet(path)
    summary = importer.run_import(plan, plan.mapping)
    # The customer with a phone that is not one comes in, the number kept as typed.
    assert (summary.created, summary.failed, summary.warned) == (2, 3, 1)
    reasons = {f.row_number: f.reason for f in summary.failures}
    assert "e-mail" in reasons[3]
    assert "date" in reasons[4] and "2024-02-30" in reasons[4]
    assert "required" in reasons[5]
    assert [p.code for p in summary.failures[0].problems] == ["invalid_email"]
    (warning,) = summary.warnings
    assert warning.row_number == 6 and "12345" in warning.reason
    assert [(p.field, p.code) for p in warning.problems] == [("mobile", "invalid_phone")]
    kept = customer_by_name("坏手机")
    assert (kept["mobiles"], kept["mobiles_raw"], kept["mobile"]) == ("", "12345", None)

    errors = tmp_path / "errors.xlsx"
    assert importer.write_error_workbook(plan, summary, errors) == 3
    sheet = openpyxl.load_workbook(errors).active
    assert sheet is not None
    values = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert values[0] == [importer.REASON_HEADER, "客户名称", "手机", "邮箱", "首次联系日期"]
    assert values[1][1:] == ["坏邮箱", "13800000002", "not-an-email", None]
    # Fixed, the same workbook imports: the reason column is ignored.
    fixed = openpyxl.load_workbook(errors)
    fixed_sheet = fixed.active
    assert fixed_sheet is not None
    fixed_sheet["D2"] = "fixed@example.com"
    fixed_sheet["E3"] = "2024-02-28"
    fixed_sheet["B4"] = "有名字了"
    fixed.save(errors)
    again = run(errors)
    assert (again.created, again.failed) == (3, 0)


def test_undo_restores_the_database_exactly(
    db: SqliteDatabase, tmp_path: Path, new_customer: Any
) -> None:
    first = new_customer("甲公司", mobiles="13800000001", city="北京")
    Staff.create(name="王芳")
    before = dump(db)
    rows: list[list[object]] = [
        ["客户名称", "手机", "城市", "负责人", "标签", "联系人", "客户等级"],
        ["甲公司", 13800000001, "上海", "王芳", "重点", "赵六", "超级"],
        ["乙公司", 13800000002, "天津", "新员工", "新标签", "钱七", "VIP"],
    ]
    rows += [[f"批量客户{i}", 13900000000 + i, "成都", None, None, None, None] for i in range(30)]
    path = workbook(tmp_path / "mixed.xlsx", rows)
    plan = importer.plan_sheet(path)
    summary = importer.run_import(plan, plan.mapping,
                                  ImportOptions(on_duplicate="update", batch_size=7))
    assert (summary.created, summary.updated) == (31, 1)
    assert get_customer(first)["city"] == "上海"  # type: ignore[index]
    assert Staff.select().where(Staff.name == "新员工").exists()
    importer.undo_import(summary.batch_id or 0)
    assert dump(db) == before
    assert importer.list_imports()[0].status == "undone"


def test_undo_refuses_when_customers_were_edited_since_unless_forced(
    db: SqliteDatabase, tmp_path: Path
) -> None:
    path = workbook(tmp_path / "a.xlsx", [["客户名称"], ["甲"], ["乙"], ["丙"]])
    summary = run(path)
    # The middle one of the run of new customers the import journaled as one entry.
    customer = Customer.get(Customer.name == "乙")
    update_customer(customer.id, {"city": "西安"})
    # Edited later than the import finished, even on a clock too coarse to tell them apart.
    Customer.update(updated_at=dt.datetime(2999, 1, 1)).where(Customer.id == customer.id).execute()
    with pytest.raises(UndoRefused) as refused:
        importer.undo_import(summary.batch_id or 0)
    assert refused.value.customer_ids == (customer.id,)
    importer.undo_import(summary.batch_id or 0, force=True)
    assert Customer.select().count() == 0


def test_follow_ups_imported_later_stop_the_customers_import_being_undone(
    db: SqliteDatabase, tmp_path: Path
) -> None:
    before = dump(db)
    people = run(workbook(tmp_path / "c.xlsx", [["客户名称", "手机"], ["甲公司", 13800000001],
                                                 ["乙公司", 13800000002]]))
    # As if it ran an hour ago: time stamps are to the second.
    an_hour_ago = now() - dt.timedelta(hours=1)
    Customer.update(updated_at=an_hour_ago).execute()
    Operation.update(finished_at=an_hour_ago).execute()
    after_people = dump(db)
    visits = run(
        workbook(tmp_path / "f.xlsx", [["客户名称", "跟进时间", "跟进内容"],
                                       ["乙公司", "2024-03-05 10:00", "上门拜访"]]),
        kind="follow_ups",
    )
    assert visits.created == 1
    visited = Customer.get(Customer.name == "乙公司").id
    # Undoing the customers would delete the later follow-up with them.
    with pytest.raises(UndoRefused) as refused:
        importer.undo_import(people.batch_id or 0)
    assert refused.value.customer_ids == (visited,)
    importer.undo_import(visits.batch_id or 0)
    assert dump(db) == after_people
    importer.undo_import(people.batch_id or 0)
    assert dump(db) == before


def test_cancel_keeps_committed_batches_and_an_interrupted_import_can_be_undone(
    db: SqliteDatabase, tmp_path: Path
) -> None:
    path = workbook(tmp_path / "many.xlsx",
                    [["客户名称"]] + [[f"客户{i:03d}"] for i in range(450)])
    plan = importer.plan_sheet(path)
    seen: list[tuple[int, int]] = []
    summary = importer.run_import(
        plan, plan.mapping, ImportOptions(batch_size=100),
        progress=lambda done, total: seen.append((done, total)),
        cancel=lambda: len(seen) >= 2,
    )
    assert summary.cancelled
    assert summary.created == Customer.select().count() == 200
    assert seen[0][1] == 450
    record = importer.list_imports()[0]
    assert (record.status, record.created) == ("done", 200)

    # A process that died mid-import leaves its operation running: listed as interrupted.
    Operation.update(status="running", finished_at=None).execute()
    assert importer.list_imports()[0].status == "interrupted"
    importer.undo_import(record.batch_id)
    assert Customer.select().count() == 0


def test_remembered_mapping_for_the_same_headers(db: SqliteDatabase, tmp_path: Path) -> None:
    rows: list[list[object]] = [["公司", "号码", "备忘"], ["甲", "13800000001", "x"]]
    path = workbook(tmp_path / "a.xlsx", rows)
    plan = importer.plan_sheet(path)
    assert not plan.mapping_remembered
    mapping = dict(plan.mapping)
    mapping[1] = "mobile"
    mapping[2] = None
    importer.run_import(plan, mapping)
    again = importer.plan_sheet(workbook(tmp_path / "b.xlsx", rows))
    assert again.mapping_remembered
    assert again.mapping == {0: "name", 1: "mobile", 2: None}


def test_preview_shows_converted_values_and_problems_per_field(
    db: SqliteDatabase, tmp_path: Path
) -> None:
    path = workbook(tmp_path / "p.xlsx", [
        ["客户名称", "手机", "首次联系日期"],
        ["甲", 13800000001, 45000],
        ["乙", "1.38E+10", "明天"],
    ])
    plan = importer.plan_sheet(path)
    rows = importer.preview(plan, plan.mapping)
    assert rows[0].values["mobile"] == "13800000001"
    assert rows[0].values["first_contact_date"] == dt.date(2023, 3, 15)
    # A date that is not one fails the row; a phone that cannot be read is only a warning.
    assert {p.field for p in rows[1].problems} == {"first_contact_date"}
    assert [(p.field, p.code) for p in rows[1].warnings] == [("mobile", "invalid_phone")]
    assert rows[0].warnings == []
    assert importer.columns_of(plan.mapping, "mobile") == [1]
    assert rows[1].values["name"] == "乙"
    assert rows[1].values["mobiles_raw"] == "1.38E+10"


def test_refused_files_each_say_why(db: SqliteDatabase, tmp_path: Path) -> None:
    encrypted = tmp_path / "locked.xlsx"
    encrypted.write_bytes(cfb({"EncryptionInfo": b"", "EncryptedPackage": b""}))
    with pytest.raises(spreadsheet.PasswordProtectedError, match="password"):
        importer.open_file(encrypted)
    good = workbook(tmp_path / "good.xlsx", [["客户名称"], ["甲"]])
    damaged = tmp_path / "damaged.xlsx"
    damaged.write_bytes(good.read_bytes()[:900])
    with pytest.raises(spreadsheet.DamagedFileError):
        importer.plan_sheet(damaged)
    no_name = workbook(tmp_path / "noname.xlsx", [["城市", "行业"], ["北京", "零售"]])
    plan = importer.plan_sheet(no_name)
    with pytest.raises(importer.MappingError, match="customer name"):
        importer.dry_run(plan, plan.mapping)


# ---------------------------------------------------------------------------------------------
# Follow-ups, deals and orders
# ---------------------------------------------------------------------------------------------


def test_follow_ups_deals_and_orders_find_their_customers(
    db: SqliteDatabase, tmp_path: Path, new_customer: Any
) -> None:
    first = new_customer("甲公司", code="A1", mobiles="13800000001")
    second = new_customer("乙公司", mobiles="13800000002")
    new_customer("同名店", code="S1")
    new_customer("同名店", code="S2")
    follow_path = workbook(tmp_path / "f.xlsx", [
        ["客户名称", "手机", "跟进时间", "跟进方式", "跟进内容", "下次跟进"],
        ["甲公司", None, "2024-03-05 10:30", "电话", "报价已发", "2024-03-12"],
        [None, 13800000002, dt.datetime(2024, 3, 6, 9, 0), "拜访", "见了老板", None],
        ["不存在的公司", None, "2024-03-07", "电话", "?", None],
        ["同名店", None, "2024-03-07", "电话", "?", None],
    ])
    summary = run(follow_path, kind="follow_ups")
    assert (summary.created, summary.failed) == (2, 2)
    reasons = " ".join(f.reason for f in summary.failures)
    assert "不存在的公司" in reasons and "2 customers" in reasons
    follow = FollowUp.get(FollowUp.customer == first)
    assert (follow.channel, follow.content) == ("电话", "报价已发")
    assert str(follow.occurred_at).startswith("2024-03-05 10:30")
    assert get_customer(first)["next_follow_up"] == "2024-03-12"  # type: ignore[index]
    again = run(follow_path, kind="follow_ups")
    assert (again.created, again.skipped) == (0, 2)

    order_path = workbook(tmp_path / "o.xlsx", [
        ["客户编号", "订单日期", "订单金额", "成本", "商品"],
        ["A1", "2024-01-10", "¥60,000", "40000", "设备"],
        ["A1", "2024-02-10", "1.5万", None, "配件"],
    ])
    orders = run(order_path, kind="orders")
    assert orders.created == 2
    amounts = sorted(o.amount_cents for o in Order.select().where(Order.customer == first))
    assert amounts == [1_500_000, 6_000_000]
    row = get_customer(first)
    assert row is not None
    assert (row["purchase_count"], row["purchase_total_cents"]) == (2, 7_500_000)

    deal_path = workbook(tmp_path / "d.xlsx", [
        ["客户名称", "商机名称", "预计金额", "阶段", "负责人"],
        ["乙公司", "年度框架协议", "200,000", "谈判", "王芳"],
        ["乙公司", "小单", None, "不存在的阶段", None],
    ])
    deals = run(deal_path, kind="deals")
    assert (deals.created, deals.failed) == (1, 1)
    deal = Deal.get(Deal.customer == second)
    assert (deal.title, deal.amount_cents, deal.stage) == (
        "年度框架协议", 20_000_000, "negotiation")
    assert deal.owner is not None and deal.owner.name == "王芳"

    before_undo = FollowUp.select().count()
    importer.undo_import(orders.batch_id or 0)
    row = get_customer(first)
    assert row is not None
    assert (row["purchase_count"], row["purchase_total_cents"]) == (0, 0)
    assert FollowUp.select().count() == before_undo


# ---------------------------------------------------------------------------------------------
# The shared corpus of real third-party files
# ---------------------------------------------------------------------------------------------

# Files the importer must refuse, and the error each must give.
REFUSED = {
    "edge-calamine/pass_protected.xlsx": spreadsheet.PasswordProtectedError,
    "edge-xlrd/corrupted_error.xls": spreadsheet.DamagedFileError,
}


def test_every_corpus_file_maps_sensibly_or_is_refused_with_its_message(
    db: SqliteDatabase, corpus: Path
) -> None:
    files = sorted(p for p in corpus.rglob("*") if p.suffix in (".csv", ".xlsx", ".xls"))
    assert files, "the corpus folder holds no spreadsheets"
    outcomes: dict[str, str] = {}
    for path in files:
        name = path.relative_to(corpus).as_posix()
        try:
            plan = importer.plan_sheet(path)
            summary = importer.dry_run(plan, plan.mapping)
        except spreadsheet.SpreadsheetError as error:
            assert name in REFUSED, f"{name} was refused: {error}"
            assert isinstance(error, REFUSED[name]), f"{name}: {type(error).__name__}"
            assert str(error)
            outcomes[name] = error.code
            continue
        except importer.MappingError as error:
            outcomes[name] = f"no name column: {error}"
            continue
        assert name not in REFUSED, f"{name} should have been refused"
        assert summary.rows_read == summary.created + summary.updated + summary.skipped + (
            summary.failed
        )
        outcomes[name] = f"{summary.created}/{summary.skipped}/{summary.failed}"
    assert outcomes["edge-calamine/pass_protected.xlsx"] == "password_protected"
    # Another CRM's contact export: split names, three e-mail and phone columns, tags. Its
    # made-up US numbers (area codes that do not exist) are kept as typed, each with a warning.
    plan = importer.plan_sheet(corpus / "en-atomic-crm/test-data_contacts.csv")
    mapped = set(plan.mapping.values())
    assert {"first_name", "last_name", "email", "phone", "tags", "name"} <= mapped
    summary = importer.dry_run(plan, plan.mapping)
    # Its made-up US numbers cannot be validated: the contacts still come in, with a warning.
    assert (summary.created, summary.failed) == (500, 0) and summary.rows_read == 500
    assert summary.warned > 200
    assert all(w.problems[0].code == "invalid_phone" for w in summary.warnings)
    # The CiviCRM duplicate test file: BobCo appears twice.
    dup = outcomes["civicrm/organization_multiple_duplicates_invalid.csv"].split("/")
    assert int(dup[1]) >= 1
    # The 1904 workbook maps its dates; the header-row workbook finds its header on row 9.
    plan = importer.plan_sheet(corpus / "edge-calamine/header-row.xlsx")
    assert plan.header_row_index == 8


def test_a_long_import_converts_in_worker_processes_with_the_same_result(
    db: SqliteDatabase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from crm_desktop.services import import_rows

    rows: list[list[object]] = [["客户名称", "手机", "首次联系日期"]]
    rows += [[f"连锁{i}号店", 13900000000 + i, "2024年3月5日"] for i in range(600)]
    rows.append(["坏行", "12", "明天"])
    path = workbook(tmp_path / "long.xlsx", rows)
    monkeypatch.setattr(import_rows, "PARALLEL_MIN_ROWS", 500)
    monkeypatch.setattr(import_rows, "CHUNK_ROWS", 100)
    assert import_rows.parallel_allowed(601)
    summary = run(path)
    assert (summary.created, summary.failed) == (600, 1)
    assert summary.failures[0].row_number == 602
    row = customer_by_name("连锁599号店")
    assert (row["mobile"], row["first_contact_date"]) == ("13900000599", "2024-03-05")
    from crm_desktop.services.customer_list import CustomerFilter, query_ids

    assert len(query_ids(CustomerFilter(text="liansuo"))) == 600


def test_updating_twice_adds_a_contact_once_and_keeps_one_primary(
    db: SqliteDatabase, tmp_path: Path
) -> None:
    path = workbook(tmp_path / "c.xlsx", [
        ["客户名称", "联系人", "联系人手机"],
        ["甲公司", "张三", "13800000001"],
    ])
    run(path)
    run(path, "update")
    other = workbook(tmp_path / "d.xlsx", [["客户名称", "联系人"], ["甲公司", "李四"]])
    run(other, "update")
    contacts = [(c.name, c.mobile, c.is_primary) for c in Contact.select().order_by(Contact.id)]
    assert contacts == [("张三", "13800000001", True), ("李四", "", False)]


def test_referrer_found_by_name_or_kept_in_the_notes(
    db: SqliteDatabase, tmp_path: Path, new_customer: Any
) -> None:
    referrer = new_customer("老朋友商行")
    path = workbook(tmp_path / "r.xlsx", [
        ["客户名称", "介绍人", "备注"],
        ["甲公司", "老朋友商行", None],
        ["乙公司", "不认识的人", "重要"],
    ])
    run(path)
    assert customer_by_name("甲公司")["referred_by_id"] == referrer
    second = customer_by_name("乙公司")
    assert second["referred_by_id"] is None
    assert second["notes"] == "重要\n介绍人: 不认识的人"


def test_an_import_backs_the_database_up_first_and_a_dry_run_does_not(
    db: SqliteDatabase, tmp_path: Path
) -> None:
    from crm_desktop.services import backups

    path = workbook(tmp_path / "backup.xlsx", [["客户名称", "手机"], ["甲公司", "13800138000"]])
    plan = importer.plan_sheet(path)
    importer.dry_run(plan, plan.mapping, ImportOptions())
    assert backups.list_backups() == []
    importer.run_import(plan, plan.mapping, ImportOptions())
    assert [made.reason for made in backups.list_backups()] == ["import"]


def _index_statements(db: SqliteDatabase) -> dict[str, str]:
    return dict(db.execute_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
    ).fetchall())


def test_an_import_that_outgrows_the_table_builds_the_list_indexes_once_at_the_end(
    db: SqliteDatabase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    list_indexes = database.customer_list_indexes(db)
    before = _index_statements(db)
    assert set(list_indexes) <= set(before)
    rows: list[list[object]] = [["客户编号", "客户名称", "城市", "客户等级"]]
    rows += [[f"K{i:03d}", f"分店{i}", "成都", "VIP"] for i in range(300)]
    path = workbook(tmp_path / "stores.xlsx", rows)
    monkeypatch.setattr(database, "BULK_LOAD_MIN_CUSTOMERS", 100)
    present_while_writing: list[int] = []

    def watch(done: int, total: int) -> None:
        present_while_writing.append(len(set(list_indexes) & set(_index_statements(db))))

    plan = importer.plan_sheet(path)
    summary = importer.run_import(plan, plan.mapping, ImportOptions(batch_size=100),
                                  progress=watch)
    assert summary.created == 300
    assert present_while_writing[:3] == [0, 0, 0]
    assert _index_statements(db) == before
    automerge = db.execute_sql("SELECT v FROM customer_fts_config WHERE k = 'automerge'")
    assert automerge.fetchone()[0] == 4
    from crm_desktop.services.customer_list import CustomerFilter, query_ids

    assert len(query_ids(CustomerFilter(text="分店"))) == 300

    # A second import, smaller than the table it goes into, keeps the indexes as they are.
    more = workbook(tmp_path / "more.xlsx",
                    [["客户名称"]] + [[f"新店{i}"] for i in range(150)])
    present_while_writing.clear()
    plan = importer.plan_sheet(more)
    importer.run_import(plan, plan.mapping, ImportOptions(batch_size=100), progress=watch)
    assert present_while_writing[0] == len(list_indexes)


def test_a_failed_bulk_load_puts_the_indexes_back_and_reports_its_own_error(
    db: SqliteDatabase,
) -> None:
    before = _index_statements(db)
    with pytest.raises(RuntimeError, match="the load failed"), database.bulk_load(
        db, customers=database.BULK_LOAD_MIN_CUSTOMERS
    ):
        assert not set(database.customer_list_indexes(db)) & set(_index_statements(db))
        raise RuntimeError("the load failed")
    assert _index_statements(db) == before


def test_opening_repairs_what_a_killed_bulk_load_left(tmp_path: Path) -> None:
    db = database.open_database(tmp_path / "crm.db")
    before = _index_statements(db)
    with db.atomic():
        for name in database.customer_list_indexes(db):
            db.execute_sql(f'DROP INDEX "{name}"')
        db.execute_sql("INSERT INTO customer_fts(customer_fts, rank) VALUES ('automerge', 0)")
    database.close_database()

    db = database.open_database(tmp_path / "crm.db")
    try:
        assert _index_statements(db) == before
        automerge = db.execute_sql("SELECT v FROM customer_fts_config WHERE k = 'automerge'")
        assert automerge.fetchone()[0] == 4
    finally:
        database.close_database()


def test_a_cancelled_bulk_load_keeps_its_batches_and_builds_the_indexes_again(
    db: SqliteDatabase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _index_statements(db)
    path = workbook(tmp_path / "many.xlsx",
                    [["客户名称"]] + [[f"门店{i:03d}"] for i in range(400)])
    monkeypatch.setattr(database, "BULK_LOAD_MIN_CUSTOMERS", 100)
    batches: list[int] = []
    plan = importer.plan_sheet(path)
    summary = importer.run_import(
        plan, plan.mapping, ImportOptions(batch_size=100),
        progress=lambda done, total: batches.append(done),
        cancel=lambda: len(batches) >= 2,
    )
    assert summary.cancelled and summary.created == Customer.select().count() == 200
    assert _index_statements(db) == before
    automerge = db.execute_sql("SELECT v FROM customer_fts_config WHERE k = 'automerge'")
    assert automerge.fetchone()[0] == 4
