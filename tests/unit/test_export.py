"""Export: typed cells, formula-safe text, the list's filter and order, all-or-nothing files."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from peewee import SqliteDatabase

from crm_desktop.services import customers, export
from crm_desktop.services.customer_list import CustomerFilter
from crm_desktop.services.export import ExportColumn
from crm_desktop.storage.models import Customer

COLUMNS = [
    ExportColumn("name", "客户名称"),
    ExportColumn("mobiles", "手机"),
    ExportColumn("tier", "客户等级", labels={"ordinary": "普通客户", "vip": "贵宾客户"}),
    ExportColumn("purchase_total_cents", "累计消费", export.MONEY),
    ExportColumn("last_purchase", "最近购买", export.DATE),
    ExportColumn("notes", "备注"),
]


@pytest.fixture
def two_customers(db: SqliteDatabase) -> None:
    first, _ = customers.create_customer(
        {"name": "张三", "mobiles": "13800138000", "notes": '=HYPERLINK("http://x")'}
    )
    second, _ = customers.create_customer(
        {"name": "李四", "mobiles": "13900139000", "notes": "@SUM(A1)"}
    )
    Customer.update(
        purchase_total_cents=123456, last_purchase=dt.date(2025, 3, 5), tier="vip"
    ).where(Customer.id == first).execute()
    Customer.update(notes="-2+3").where(Customer.id == second).execute()


def test_xlsx_cells_are_typed_and_never_formulas(two_customers: None, tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    assert export.export_customers(path, COLUMNS, CustomerFilter()) == 2
    sheet = openpyxl.load_workbook(path).active
    assert [c.value for c in sheet[1]] == [c.header for c in COLUMNS]
    rows = {row[0].value: row for row in sheet.iter_rows(min_row=2)}
    zhang = rows["张三"]
    assert zhang[1].value == "13800138000"
    assert zhang[1].data_type == "s"
    assert zhang[2].value == "贵宾客户"
    assert zhang[3].value == pytest.approx(1234.56)
    assert zhang[3].data_type == "n"
    assert zhang[4].value == dt.datetime(2025, 3, 5)
    for row in rows.values():
        assert row[5].data_type == "s"  # text, not a formula ("f")
    assert rows["李四"][5].value == "-2+3"


def test_csv_defuses_formulas_and_keeps_chinese(two_customers: None, tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    export.export_customers(path, COLUMNS, CustomerFilter(), sort="name", descending=True)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # BOM: Excel reads UTF-8 Chinese
    rows = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][0] == "客户名称"
    assert [r[0] for r in rows[1:]] == ["张三", "李四"]  # the list's order, descending
    assert rows[1][5] == '\'=HYPERLINK("http://x")'
    assert rows[2][5] == "'-2+3"
    assert rows[1][3] == "1234.56"


def test_export_follows_the_filter(two_customers: None, tmp_path: Path) -> None:
    assert (
        export.export_customers(tmp_path / "vip.xlsx", COLUMNS, CustomerFilter(tiers=["vip"])) == 1
    )


def test_cancelled_export_leaves_the_old_file_and_no_temporary(
    two_customers: None, tmp_path: Path
) -> None:
    path = tmp_path / "out.xlsx"
    path.write_bytes(b"previous export")
    with pytest.raises(export.ExportCancelled):
        export.export_customers(path, COLUMNS, CustomerFilter(), cancel=lambda: True)
    assert path.read_bytes() == b"previous export"
    assert list(tmp_path.glob(".export-*")) == []


def test_unknown_format_is_refused(db: SqliteDatabase, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"\.xlsx or \.csv"):
        export.write_table(tmp_path / "out.pdf", COLUMNS, [])
