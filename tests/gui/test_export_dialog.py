"""Export from the window: the current list (filter, sort, columns) or everything; template."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from peewee import SqliteDatabase
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from crm_desktop.services import customers, importer, orders
from crm_desktop.services.customer_list import CustomerFilter
from crm_desktop.ui import tasks
from crm_desktop.ui.export_dialog import ExportDialog, save_import_template

from .conftest import MessageBoxes

VISIBLE = ["name", "tier", "mobiles", "purchase_total", "last_purchase", "region"]
TODAY = dt.date.today()


@pytest.fixture
def shop(db: SqliteDatabase) -> dict[str, int]:
    ids = {}
    for name, mobiles, province, city in (
        ("上海华东贸易", "13800138000", "上海", "上海"),
        ("上海浦东电子", "13900139000 13700137000", "上海", "上海"),
        ("北京海淀书店", "13600136000", "北京", "北京"),
        ("=HYPERLINK(\"http://x\")", "", "上海", "上海"),
    ):
        ids[name], _ = customers.create_customer(
            {"name": name, "mobiles": mobiles, "province": province, "city": city}
        )
    orders.add_order(ids["上海华东贸易"], {"order_date": TODAY, "amount": "60000.50"})
    return ids


def make_dialog(qtbot: QtBot, list_filter: CustomerFilter, descending: bool = True,
                count: int | None = 3) -> ExportDialog:
    dialog = ExportDialog(list_filter, ("name", descending), VISIBLE, count)
    qtbot.addWidget(dialog)
    return dialog


def read_xlsx(path: Path) -> list[tuple[object, ...]]:
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    return list(sheet.iter_rows(values_only=True))


def test_the_filtered_list_is_exported_as_seen(
    qtbot: QtBot, shop: dict[str, int], tmp_path: Path, message_boxes: MessageBoxes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "list.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    dialog = make_dialog(qtbot, CustomerFilter(provinces=["上海"]))
    assert "3 customer" in dialog.current_button.text()
    dialog.export_button.click()
    rows = read_xlsx(target)
    assert rows[0] == ("Name", "Tier", "Mobile", "Total purchases", "Last purchase", "Region")
    names = [row[0] for row in rows[1:]]
    assert len(names) == 3 and "北京海淀书店" not in names
    assert names[:2] == ["上海浦东电子", "上海华东贸易"]  # the list's order: name, descending
    assert names[2] == '=HYPERLINK("http://x")'  # kept as text, never a formula
    east = rows[2]
    assert east[1] == "VIP"
    assert east[2] == "13800138000"  # a phone stays text
    assert east[3] == pytest.approx(60000.50)  # money as a number
    assert isinstance(east[4], dt.datetime) and east[4].date() == TODAY  # a date as a date
    assert east[5] == "上海 上海"
    assert rows[1][2] == "13900139000, 13700137000"
    assert dialog.written == (target, 3)
    assert any("3 customer(s) exported" in text for _kind, text in message_boxes.shown)


def test_all_customers_to_csv_with_every_field(
    qtbot: QtBot, shop: dict[str, int], tmp_path: Path
) -> None:
    dialog = make_dialog(qtbot, CustomerFilter(provinces=["北京"]))
    dialog.all_button.setChecked(True)
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("csv"))
    dialog.export_to(tmp_path / "all")  # the extension is added
    target = tmp_path / "all.csv"
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    header = rows[0]
    assert {"Name", "Customer code", "Address", "Notes", "Province"} <= set(header)
    names = [row[header.index("Name")] for row in rows[1:]]
    # Every customer, not only the filtered list; the formula defused with an apostrophe.
    assert sorted(names) == sorted("'" + n if n.startswith("=") else n for n in shop)
    total = rows[1 + names.index("上海华东贸易")][header.index("Total purchases")]
    assert Decimal(total) == Decimal("60000.50")


def test_a_cancelled_export_writes_no_file(
    qtbot: QtBot, shop: dict[str, int], tmp_path: Path, message_boxes: MessageBoxes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(tasks.CancelToken, "is_cancelled", lambda self: True)
    dialog = make_dialog(qtbot, CustomerFilter())
    folder = tmp_path / "exports"
    folder.mkdir()
    dialog.export_to(folder / "cancelled.xlsx")
    assert list(folder.iterdir()) == []  # no file, and no temporary file left behind
    assert dialog.written is None
    assert any("cancelled" in text for _kind, text in message_boxes.shown)


def test_the_import_template_is_saved_and_imports_itself(
    db: SqliteDatabase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    message_boxes: MessageBoxes,
) -> None:
    target = tmp_path / "template"
    ask: Callable[..., tuple[str, str]] = lambda *a, **k: (str(target), "")  # noqa: E731
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(ask))
    written = save_import_template(None)
    assert written == tmp_path / "template.xlsx" and written.exists()
    workbook = openpyxl.load_workbook(written)
    assert len(workbook.sheetnames) == 2  # the data sheet and the instructions
    plan = importer.plan_sheet(written, workbook.sheetnames[0])
    assert "name" in plan.mapping.values() and "mobile" in plan.mapping.values()
