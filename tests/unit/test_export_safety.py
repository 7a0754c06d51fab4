"""No exported cell runs as a formula: .xlsx and .csv exports, the customer list export and
the importer's error workbook.

A text that starts with = + - @, a tab or a carriage return is a formula to Excel, WPS and
LibreOffice ("=HYPERLINK(...)", "@SUM(...)", "+86 138..." turning into #NAME?). In .xlsx it
must be a string cell; in .csv it gets a leading apostrophe (services/export.py). Phones
written "+86 ..." must still come back as the same phone.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from peewee import SqliteDatabase

from crm_desktop.services import export, importer
from crm_desktop.services.customer_list import CustomerFilter
from crm_desktop.services.export import FORMULA_PREFIXES, ExportColumn

HOSTILE_TEXTS = [
    "=1+2",
    '=HYPERLINK("http://example.com/x","点我")',
    "=cmd|' /C calc'!A0",
    "+86 138 0013 8000",
    "+1+2",
    "-2+3",
    "-",
    "@SUM(A1:A9)",
    "\t=1+2",
    "\r=1+2",
    "\tTabbed",
]
PLAIN_TEXTS = ["张三", "13800138000", "a=b", "1+1", "0012"]
PHONE = "+86 138 0013 8000"

COLUMNS = [ExportColumn("value", "值"), ExportColumn("note", "=Header")]


def _rows() -> list[dict[str, Any]]:
    return [{"value": text, "note": "ok"} for text in HOSTILE_TEXTS + PLAIN_TEXTS]


def _xlsx_cells(path: Path) -> list[list[Any]]:
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    return [list(row) for row in sheet.iter_rows()]


def _csv_records(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def _assert_not_a_formula_in_csv(written: str, original: str) -> None:
    """Spreadsheet programs evaluate a CSV cell by its first character."""
    if original.startswith(FORMULA_PREFIXES):
        assert written == "'" + original
    else:
        assert written == original
    assert not written.startswith(FORMULA_PREFIXES)


def test_xlsx_export_writes_formula_like_text_as_text(tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    assert export.write_table(path, COLUMNS, _rows()) == len(HOSTILE_TEXTS + PLAIN_TEXTS)
    header, *body = _xlsx_cells(path)
    assert (header[1].value, header[1].data_type) == ("=Header", "s")
    for cell_row, original in zip(body, HOSTILE_TEXTS + PLAIN_TEXTS, strict=True):
        cell = cell_row[0]
        assert cell.data_type == "s", (original, cell.data_type)
        assert _unescaped(cell.value) == original


def _unescaped(value: str) -> str:
    """openpyxl leaves the OOXML escape of a carriage return as written; Excel shows CR."""
    return value.replace("_x000D_", "\r")


def test_csv_export_prefixes_formula_like_text(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    export.write_table(path, COLUMNS, _rows())
    header, *body = _csv_records(path)
    assert header == ["值", "'=Header"]
    for record, original in zip(body, HOSTILE_TEXTS + PLAIN_TEXTS, strict=True):
        _assert_not_a_formula_in_csv(record[0], original)


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_customer_list_export_is_formula_safe(
    db: SqliteDatabase, new_customer: Callable[..., int], tmp_path: Path, suffix: str
) -> None:
    new_customer('=HYPERLINK("http://example.com","x")', notes="@SUM(A1)", mobiles=PHONE)
    new_customer("-负数公司", notes="+1+2", mobiles="13900139000")
    columns = [
        ExportColumn("name", "客户名称"),
        ExportColumn("notes", "备注"),
        ExportColumn("mobiles_raw", "手机"),
    ]
    path = tmp_path / f"list{suffix}"
    assert export.export_customers(path, columns, CustomerFilter()) == 2
    if suffix == ".xlsx":
        _, *body = _xlsx_cells(path)
        written = {tuple(cell.value for cell in row) for row in body}
        assert all(cell.data_type == "s" for row in body for cell in row)
        assert written == {
            ('=HYPERLINK("http://example.com","x")', "@SUM(A1)", PHONE),
            ("-负数公司", "+1+2", "13900139000"),
        }
    else:
        _, *records = _csv_records(path)
        assert {tuple(record) for record in records} == {
            ('\'=HYPERLINK("http://example.com","x")', "'@SUM(A1)", "'" + PHONE),
            ("'-负数公司", "'+1+2", "13900139000"),
        }


def _failed_import_plan(tmp_path: Path) -> tuple[importer.SheetPlan, importer.ImportSummary]:
    """A CSV whose rows fail (no customer name) and whose other cells look like formulas."""
    source = tmp_path / "source.csv"
    with source.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["客户名称", "手机", "备注", "地址"])
        writer.writerow(["", PHONE, "=1+2", "@SUM(A1)"])
        writer.writerow(["", "13800138000", "-2+3", '=HYPERLINK("http://x")'])
        writer.writerow(["好公司", "13900139000", "正常", "北京"])
    plan = importer.plan_sheet(source)
    summary = importer.dry_run(plan, plan.mapping)
    assert summary.failed == 2 and summary.created == 1
    return plan, summary


def test_error_workbook_xlsx_is_formula_safe(db: SqliteDatabase, tmp_path: Path) -> None:
    plan, summary = _failed_import_plan(tmp_path)
    path = tmp_path / "failed.xlsx"
    assert importer.write_error_workbook(plan, summary, path) == 2
    header, *body = _xlsx_cells(path)
    assert [cell.value for cell in header] == [
        importer.REASON_HEADER,
        "客户名称",
        "手机",
        "备注",
        "地址",
    ]
    assert [[cell.value for cell in row[2:]] for row in body] == [
        [PHONE, "=1+2", "@SUM(A1)"],
        ["13800138000", "-2+3", '=HYPERLINK("http://x")'],
    ]
    assert all(cell.data_type == "s" for row in body for cell in row if cell.value is not None)


def test_error_workbook_csv_is_formula_safe(db: SqliteDatabase, tmp_path: Path) -> None:
    plan, summary = _failed_import_plan(tmp_path)
    path = tmp_path / "failed.csv"
    assert importer.write_error_workbook(plan, summary, path) == 2
    header, *records = _csv_records(path)
    assert header[1:] == ["客户名称", "手机", "备注", "地址"]
    assert [record[2:] for record in records] == [
        ["'" + PHONE, "'=1+2", "'@SUM(A1)"],
        ["13800138000", "'-2+3", '\'=HYPERLINK("http://x")'],
    ]


def test_xlsx_phone_with_country_code_reads_back_as_the_same_text(tmp_path: Path) -> None:
    path = tmp_path / "phones.xlsx"
    export.write_table(path, [ExportColumn("phone", "电话")], [{"phone": PHONE}])
    _, (cell,) = _xlsx_cells(path)
    assert (cell.value, cell.data_type) == (PHONE, "s")


def test_csv_error_file_fixed_and_imported_again_keeps_the_phone(
    db: SqliteDatabase, tmp_path: Path
) -> None:
    plan, summary = _failed_import_plan(tmp_path)
    path = tmp_path / "failed.csv"
    importer.write_error_workbook(plan, summary, path)
    header, *records = _csv_records(path)
    fixed = tmp_path / "fixed.csv"
    with fixed.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header[1:])
        for index, record in enumerate(records):
            writer.writerow([f"补名公司{index}", *record[2:]])
    again = importer.plan_sheet(fixed)
    result = importer.dry_run(again, again.mapping)
    # Both rows hold the same mobile once the apostrophe is gone: the second is the first's
    # duplicate, which it can only be if the exported phone was read as a phone again.
    assert (result.created, result.skipped, result.failed) == (1, 1, 0), result.failures
    rows = importer.preview(again, again.mapping)
    assert [row.values["notes"] for row in rows] == ["=1+2", "-2+3"]
    assert [row.values["mobiles"] for row in rows] == ["13800138000", "13800138000"]
    assert all(not row.problems for row in rows)


def test_csv_reader_takes_off_only_the_apostrophe_an_export_adds(tmp_path: Path) -> None:
    from crm_desktop.services import spreadsheet

    texts = ["=1+2", "+86 138 0013 8000", "-5", "@SUM(A1)", "'quoted'", "'80s style", "it's"]
    path = tmp_path / "round.csv"
    columns = [ExportColumn("name", "客户名称"), ExportColumn("value", "备注")]
    export.write_table(path, columns, [{"name": f"客户{i}", "value": t} for i, t in
                                       enumerate(texts)])
    with spreadsheet.open_table(path) as table:
        assert [row.values[1] for row in table.rows()] == texts
