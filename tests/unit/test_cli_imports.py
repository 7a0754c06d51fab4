"""The headless import, undo-import, imports, export and template commands."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from crm_desktop.cli import main
from crm_desktop.storage.database import close_database, open_database
from tests.unit.test_spreadsheet import cfb


@pytest.fixture(autouse=True)
def _closed() -> Iterator[None]:
    yield
    close_database()


def sheet(path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    active = book.active
    assert active is not None
    for row in rows:
        active.append(row)
    book.save(path)
    return path


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, Any]:
    code = main([*argv, "--json"])
    out = capsys.readouterr().out
    return code, json.loads(out) if out.strip() else None


ROWS: list[list[object]] = [
    ["客户名称", "手机", "邮箱"],
    ["甲公司", 13800000001, "a@example.com"],
    ["乙公司", 13800000002, "broken-email"],
    ["甲公司", None, None],
]


def test_import_prints_the_summary_and_undo_import_removes_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "crm.db")
    path = sheet(tmp_path / "list.xlsx", ROWS)
    errors = tmp_path / "errors.xlsx"

    code, dry = run_json(capsys, "import", str(path), "--db", db, "--dry-run")
    assert code == 0
    assert (dry["created"], dry["skipped"], dry["failed"], dry["batch_id"]) == (1, 1, 1, None)

    code, done = run_json(capsys, "import", str(path), "--db", db, "--errors", str(errors))
    assert code == 0
    assert (done["created"], done["updated"], done["skipped"], done["failed"]) == (1, 0, 1, 1)
    assert done["batch_id"] == 1 and done["errors_file"] == str(errors)
    assert done["failures"][0]["row"] == 3
    failed = openpyxl.load_workbook(errors).active
    assert failed is not None
    assert failed["B2"].value == "乙公司"

    code, history = run_json(capsys, "imports", "--db", db)
    assert code == 0
    assert [(i["batch_id"], i["status"], i["created"]) for i in history["imports"]] == [
        (1, "done", 1)
    ]

    assert main(["undo-import", "1", "--db", db]) == 0
    assert "undone" in capsys.readouterr().out
    code, history = run_json(capsys, "imports", "--db", db)
    assert history["imports"][0]["status"] == "undone"
    assert main(["undo-import", "1", "--db", db]) == 2
    err = capsys.readouterr().err
    assert "undone, not done" in err and "--force" not in err


def test_update_mode_and_text_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "crm.db")
    first = sheet(tmp_path / "a.xlsx", [["客户名称", "城市"], ["甲公司", "北京"]])
    second = sheet(tmp_path / "b.xlsx", [["客户名称", "城市"], ["甲公司", "上海"]])
    assert main(["import", str(first), "--db", db]) == 0
    assert main(["import", str(second), "--db", db, "--on-duplicate", "update"]) == 0
    out = capsys.readouterr().out
    assert "0 created, 1 updated, 0 skipped, 0 failed" in out
    assert "undo-import 2" in out


def test_rows_imported_with_a_warning_are_listed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "crm.db")
    path = sheet(tmp_path / "w.xlsx", [["客户名称", "手机"], ["好公司", 13800000001],
                                        ["坏手机公司", "12345"]])
    assert main(["import", str(path), "--db", db]) == 0
    out = capsys.readouterr().out
    assert "1 row was imported with a warning" in out
    assert "row 3:" in out and "12345" in out

    code, payload = run_json(capsys, "import", str(path), "--db", db, "--on-duplicate", "new")
    assert code == 0 and payload["warned"] == 1
    (warned,) = payload["warnings"]
    assert warned["row"] == 3 and "12345" in warned["warning"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (cfb({"EncryptionInfo": b"", "EncryptedPackage": b""}), "password"),
        (b"PK\x03\x04 cut off", "damaged"),
        (b"", "empty"),
    ],
)
def test_a_refused_file_exits_2_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, message: str
) -> None:
    path = tmp_path / "bad.xlsx"
    path.write_bytes(content)
    db = str(tmp_path / "crm.db")
    assert main(["import", str(path), "--db", db]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1
    assert message in err.lower()
    code, payload = run_json(capsys, "import", str(path), "--db", db)
    assert code == 2
    assert message in payload["error"].lower()
    assert (payload["created"], payload["batch_id"]) == (0, None)


def test_a_sheet_without_a_name_column_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = sheet(tmp_path / "cities.xlsx", [["城市", "行业"], ["北京", "零售"]])
    assert main(["import", str(path), "--db", str(tmp_path / "crm.db")]) == 2
    assert "customer name" in capsys.readouterr().err


def test_missing_file_and_unknown_sheet(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "crm.db")
    assert main(["import", str(tmp_path / "nope.xlsx"), "--db", db]) == 2
    assert "no file" in capsys.readouterr().err
    path = sheet(tmp_path / "a.xlsx", ROWS)
    assert main(["import", str(path), "--db", db, "--sheet", "Other"]) == 2
    assert "Other" in capsys.readouterr().err


def test_follow_up_import_through_the_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "crm.db")
    assert main(["import", str(sheet(tmp_path / "c.xlsx", ROWS)), "--db", db]) == 0
    capsys.readouterr()
    follow = sheet(tmp_path / "f.xlsx", [
        ["客户名称", "跟进时间", "跟进内容"],
        ["甲公司", "2024-03-05 10:00", "电话沟通"],
    ])
    code, payload = run_json(capsys, "import", str(follow), "--db", db, "--kind", "follow_ups")
    assert code == 0 and payload["created"] == 1 and payload["kind"] == "follow_ups"


def test_export_writes_typed_cells_and_reimports(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "crm.db")
    path = sheet(tmp_path / "a.xlsx", [
        ["客户名称", "手机", "合同金额", "首次联系日期", "备注"],
        ["甲公司", 13800000001, "1,234.50", "2024-03-05", "-1+1"],
    ])
    assert main(["import", str(path), "--db", db]) == 0
    capsys.readouterr()
    out_xlsx = tmp_path / "out.xlsx"
    code, payload = run_json(capsys, "export", str(out_xlsx), "--db", db)
    assert code == 0 and payload["rows"] == 1
    exported = openpyxl.load_workbook(out_xlsx).active
    assert exported is not None
    header = [cell.value for cell in exported[1]]
    values = dict(zip(header, [cell.value for cell in exported[2]], strict=True))
    assert values["手机 (Mobile)"] == "13800000001"
    assert values["合同金额 (Contract amount)"] == 1234.5
    assert str(values["首次联系日期 (First contact date)"]).startswith("2024-03-05")
    assert values["备注 (Notes)"] == "-1+1"
    assert exported["X2"].data_type == "s"  # the notes column: text, never a formula

    out_csv = tmp_path / "out"
    assert main(["export", str(out_csv), "--db", db, "--format", "csv"]) == 0
    capsys.readouterr()
    with (tmp_path / "out.csv").open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    assert rows[1][rows[0].index("备注 (Notes)")] == "'-1+1"

    # The export maps itself back: into a new database it imports whole.
    other = str(tmp_path / "other.db")
    code, again = run_json(capsys, "import", str(out_xlsx), "--db", other)
    assert (code, again["created"], again["failed"]) == (0, 1, 0)

    assert main(["export", str(tmp_path / "out.pdf"), "--db", db]) == 2
    assert ".xlsx or .csv" in capsys.readouterr().err


def test_template_maps_every_column_and_has_instructions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from crm_desktop.services import importer
    from crm_desktop.services.import_template import TEMPLATE_COLUMNS

    target = tmp_path / "template.xlsx"
    assert main(["template", str(target)]) == 0
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == ["客户", "说明 Instructions"]
    assert "Customer import template" in str(book["说明 Instructions"]["A1"].value)
    open_database(tmp_path / "crm.db")
    plan = importer.plan_sheet(target)
    assert [plan.mapping[i] for i in range(len(TEMPLATE_COLUMNS))] == [
        c.field for c in TEMPLATE_COLUMNS
    ]
    assert main(["template", str(tmp_path / "template.csv")]) == 2
    assert ".xlsx" in capsys.readouterr().err
