"""The import history dialog: the imports listed with their counts and status, and undo."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from peewee import SqliteDatabase
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from crm_desktop.services import customers, importer, journal
from crm_desktop.storage.models import Customer, Operation
from crm_desktop.ui.import_history import ImportHistoryDialog, ImportHistoryModel

from .conftest import MessageBoxes


def import_rows(path: Path, names: list[str], first_phone: int) -> importer.ImportSummary:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "客户"
    sheet.append(["客户名称", "手机"])
    for number, name in enumerate(names):
        sheet.append([name, str(first_phone + number)])
    workbook.save(path)
    plan = importer.plan_sheet(path, "客户")
    return importer.run_import(plan, plan.mapping)


@pytest.fixture
def two_imports(db: SqliteDatabase, tmp_path: Path) -> tuple[int, int]:
    first = import_rows(tmp_path / "一月.xlsx", ["甲公司", "乙公司"], 13800130000)
    second = import_rows(tmp_path / "二月.xlsx", ["丙公司", "丁公司", "戊公司"], 13900130000)
    assert first.batch_id is not None and second.batch_id is not None
    return first.batch_id, second.batch_id


def make_dialog(qtbot: QtBot) -> ImportHistoryDialog:
    dialog = ImportHistoryDialog()
    qtbot.addWidget(dialog)
    return dialog


def column_texts(model: ImportHistoryModel, column: int) -> list[str]:
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def test_the_imports_are_listed_newest_first(
    qtbot: QtBot, two_imports: tuple[int, int], qtmodeltester: Any
) -> None:
    dialog = make_dialog(qtbot)
    model = dialog.model
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert column_texts(model, model.COLUMN_FILE) == ["二月.xlsx", "一月.xlsx"]
    assert column_texts(model, model.COLUMN_CREATED) == ["3", "2"]
    assert column_texts(model, model.COLUMN_KIND) == ["Customers", "Customers"]
    assert column_texts(model, model.COLUMN_STATUS) == ["Done", "Done"]
    assert column_texts(model, model.COLUMN_SHEET) == ["客户", "客户"]
    assert dt.datetime.strptime(column_texts(model, model.COLUMN_DATE)[0], "%Y-%m-%d %H:%M")
    assert dialog.selected_record() is not None
    assert dialog.undo_button.isEnabled()


def test_undo_from_the_history(
    qtbot: QtBot, two_imports: tuple[int, int], message_boxes: MessageBoxes
) -> None:
    dialog = make_dialog(qtbot)
    dialog.show()  # a shown history follows the change bus
    dialog.view.selectRow(1)  # the January import
    dialog.undo_button.click()
    assert sorted(c.name for c in Customer.select()) == ["丁公司", "丙公司", "戊公司"]
    model = dialog.model
    assert column_texts(model, model.COLUMN_STATUS) == ["Done", "Undone"]
    dialog.view.selectRow(1)
    assert not dialog.undo_button.isEnabled()  # an undone import cannot be undone again


def test_a_no_to_the_question_changes_nothing(
    qtbot: QtBot, two_imports: tuple[int, int], message_boxes: MessageBoxes
) -> None:
    message_boxes.answer = QMessageBox.StandardButton.No
    dialog = make_dialog(qtbot)
    dialog.undo_button.click()
    assert Customer.select().count() == 5


def test_later_edits_are_asked_about_before_forcing(
    qtbot: QtBot, two_imports: tuple[int, int], message_boxes: MessageBoxes
) -> None:
    Operation.update(finished_at=dt.datetime(2000, 1, 1)).execute()
    customers.update_customer(Customer.get(Customer.name == "丙公司").id, {"city": "西安"})
    dialog = make_dialog(qtbot)
    dialog.undo_button.click()  # the February import, newest, selected
    questions = [text for kind, text in message_boxes.shown if kind == "question"]
    assert len(questions) == 2
    assert sorted(c.name for c in Customer.select()) == ["乙公司", "甲公司"]


def test_an_interrupted_import_is_marked_and_can_be_undone(
    qtbot: QtBot, two_imports: tuple[int, int], message_boxes: MessageBoxes
) -> None:
    # The program died during the February import: its operation stayed "running".
    newest = importer.list_imports()[0]
    Operation.update(status=journal.STATUS_RUNNING, finished_at=None).where(
        Operation.id == newest.operation_id
    ).execute()
    dialog = make_dialog(qtbot)
    model = dialog.model
    status = model.index(0, model.COLUMN_STATUS)
    assert model.data(status) == "Interrupted"
    assert "stopped" in model.data(status, Qt.ItemDataRole.ToolTipRole)
    assert dialog.undo_button.isEnabled()
    dialog.undo_button.click()
    assert sorted(c.name for c in Customer.select()) == ["乙公司", "甲公司"]


def test_an_empty_history_says_so(qtbot: QtBot, db: SqliteDatabase) -> None:
    dialog = make_dialog(qtbot)
    dialog.show()
    assert dialog.model.rowCount() == 0
    assert dialog.empty_label.isVisible()
    assert not dialog.undo_button.isEnabled()
