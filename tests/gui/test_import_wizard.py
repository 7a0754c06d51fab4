"""The import wizard driven page by page, checked against the database afterwards."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from peewee import SqliteDatabase
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDropEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from crm_desktop.services import customers, importer
from crm_desktop.storage.models import Customer, FollowUp, ImportBatch, Operation
from crm_desktop.ui import bus, tasks
from crm_desktop.ui.errors import problem_message
from crm_desktop.ui.import_wizard import (
    PAGE_FILE,
    PAGE_HEADER,
    PAGE_MAPPING,
    PAGE_OPTIONS,
    PAGE_PREVIEW,
    PAGE_SHEET,
    PAGE_SUMMARY,
    PROBLEM_BACKGROUND,
    WARNING_BACKGROUND,
    ImportWizard,
)

from .conftest import MessageBoxes

HEADERS = ["客户名称", "手机", "邮箱", "首次联系日期", "备注说明"]
MakeWizard = Callable[..., ImportWizard]


def chinese_workbook(path: Path, rows: list[list[Any]] | None = None) -> Path:
    """A customer list as offices keep them: a merged title, a blank row, the header on row
    3, a 必填 row under it, phones as numbers, one bad row, and a hidden sheet first."""
    workbook = openpyxl.Workbook()
    hidden = workbook.active
    assert hidden is not None
    hidden.title = "设置"
    hidden.append(["参数", "值"])
    hidden.sheet_state = "hidden"
    sheet = workbook.create_sheet("客户名单")
    sheet.append(["2024年客户名单"])
    sheet.merge_cells("A1:E1")
    sheet.append([])
    sheet.append(HEADERS)
    sheet.append(["必填", "必填", "选填", "选填", "选填"])
    for row in rows if rows is not None else [
        ["深圳华信科技有限公司", 13800138000, "info@huaxin.cn", "2024-3-5", "老客户"],
        ["广州天河贸易", "1234", "not-an-email", "2024/03/05", ""],
        ["北京未来教育", "139 1234 5678", "", "2024年3月5日", "展会认识"],
    ]:
        sheet.append(row)
    workbook.save(path)
    return path


@pytest.fixture
def make_wizard(qtbot: QtBot, db: SqliteDatabase) -> Iterator[MakeWizard]:
    made: list[ImportWizard] = []

    def make(path: Path | None = None, kind: str = "customers") -> ImportWizard:
        wizard = ImportWizard(None, path, kind)
        qtbot.addWidget(wizard)
        wizard.show()
        made.append(wizard)
        return wizard

    yield make
    for wizard in made:
        wizard.hide()


def go_to(wizard: ImportWizard, page: int) -> None:
    while wizard.currentId() < page:
        assert wizard.currentPage().isComplete(), f"page {wizard.currentId()} is not complete"
        wizard.next()
    assert wizard.currentId() == page


def finish_import(qtbot: QtBot, wizard: ImportWizard) -> importer.ImportSummary:
    go_to(wizard, PAGE_OPTIONS)
    wizard.next()  # the commit button: "Import"
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_SUMMARY)
    assert wizard.summary is not None
    return wizard.summary


def test_whole_import_through_the_pages(
    qtbot: QtBot, make_wizard: MakeWizard, tmp_path: Path, qtmodeltester: Any,
    message_boxes: MessageBoxes, monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = chinese_workbook(tmp_path / "客户.xlsx")
    wizard = make_wizard(path)
    assert wizard.file_plan is not None
    assert wizard.file_page.isComplete()

    wizard.next()
    assert wizard.currentId() == PAGE_SHEET
    items = [wizard.sheet_page.sheet_list.item(i).text()
             for i in range(wizard.sheet_page.sheet_list.count())]
    assert len(items) == 2
    assert "设置" in items[0] and "(hidden sheet)" in items[0]
    assert wizard.sheet_page.sheet_name() == "客户名单"

    wizard.next()
    assert wizard.currentId() == PAGE_HEADER
    plan = wizard.require_plan()
    assert plan.header_row_index == 2 and plan.headers == HEADERS
    assert "Row 3" in wizard.header_page.explanation.text()
    assert "row 4" in wizard.header_page.status_label.text()  # the 必填 row, left out
    # Pick the title row, then "no header", then back to the detected row.
    wizard.header_page.raw_table.cellClicked.emit(0, 0)
    assert wizard.require_plan().header_row_index == 0
    wizard.header_page.no_header.setChecked(True)
    assert wizard.require_plan().header_row_index is None
    assert wizard.require_plan().headers == ["A", "B", "C", "D", "E"]
    wizard.header_page.no_header.setChecked(False)
    assert wizard.require_plan().headers == HEADERS

    wizard.next()
    assert wizard.currentId() == PAGE_MAPPING
    assert wizard.mapping[0] == "name" and wizard.mapping[1] == "mobile"
    assert wizard.mapping_page.combos[0].currentText() == "Name"
    sample = wizard.mapping_page.table.item(1, 1)
    assert sample is not None and "13800138000" in sample.text()
    wizard.mapping_page.set_field(3, "first_contact_date")
    wizard.mapping_page.set_field(4, None)
    assert wizard.mapping[3] == "first_contact_date" and wizard.mapping[4] is None

    wizard.next()
    assert wizard.currentId() == PAGE_PREVIEW
    model = wizard.preview_page.model
    qtmodeltester.check(model)
    assert model.rowCount() == 3 and model.columnCount() == 4
    assert model.rows_with_problems() == 1
    assert model.headerData(0, Qt.Orientation.Vertical) == "5"
    phone_cell = model.index(0, 1)
    assert model.data(phone_cell) == "13800138000"  # a phone, never 1.38e10
    assert model.data(model.index(0, 3)) == "2024-03-05"
    bad_email = model.index(1, 2)
    assert model.data(bad_email, Qt.ItemDataRole.BackgroundRole).color().name() == (
        PROBLEM_BACKGROUND
    )
    assert "not-an-email" in model.data(bad_email, Qt.ItemDataRole.ToolTipRole)
    assert model.data(phone_cell, Qt.ItemDataRole.ToolTipRole) is None
    # A phone that cannot be read does not fail a row: it is marked as a warning.
    short_phone = model.index(1, 1)
    assert model.data(short_phone, Qt.ItemDataRole.BackgroundRole).color().name() == (
        WARNING_BACKGROUND
    )
    assert "1234" in model.data(short_phone, Qt.ItemDataRole.ToolTipRole)

    wizard.next()
    assert wizard.currentId() == PAGE_OPTIONS
    assert wizard.options_page.on_duplicate() == importer.SKIP
    wizard.options_page.dry_run_button.click()
    assert wizard.dry_run_summary is not None
    assert (wizard.dry_run_summary.created, wizard.dry_run_summary.failed) == (2, 1)
    assert "create 2" in wizard.options_page.dry_run_label.text()
    assert Customer.select().count() == 0  # a dry run writes nothing

    with qtbot.waitSignal(bus.bus().sig_changed, timeout=2000):
        summary = finish_import(qtbot, wizard)
    assert (summary.created, summary.updated, summary.skipped, summary.failed) == (2, 0, 0, 1)
    assert "Created: 2" in wizard.summary_page.counts_label.text()
    failures_text = wizard.summary_page.failures_label.text()
    assert "Row 6" in failures_text
    # The reason is the translated problem message, not the service's English sentence.
    (failure,) = summary.failures
    assert failures_text.count(problem_message(failure.problems[0])) == 1
    assert failure.reason not in failures_text
    huaxin = Customer.get(Customer.name == "深圳华信科技有限公司")
    assert huaxin.mobiles == "13800138000"
    assert huaxin.email == "info@huaxin.cn"
    assert str(huaxin.first_contact_date) == "2024-03-05"
    assert "老客户" not in (huaxin.notes or "")  # the notes column was set to "ignore"
    beijing = Customer.get(Customer.name == "北京未来教育")
    assert beijing.mobiles == "13912345678"

    errors = tmp_path / "errors.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(errors), "")))
    assert wizard.summary_page.errors_button.isVisibleTo(wizard)
    wizard.summary_page.errors_button.click()
    sheet = openpyxl.load_workbook(errors).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert "广州天河贸易" in rows[1]
    assert "not-an-email" in str(rows[1][0])  # the reason comes first

    wizard.summary_page.undo_button.click()
    assert Customer.select().count() == 0
    assert not wizard.summary_page.undo_button.isEnabled()
    assert "undone" in wizard.summary_page.counts_label.text()


def test_refused_files_are_explained_on_the_file_page(
    make_wizard: MakeWizard, tmp_path: Path, message_boxes: MessageBoxes
) -> None:
    damaged = tmp_path / "damaged.xlsx"
    damaged.write_bytes(b"PK\x03\x04" + b"\x00garbage" * 50)
    wizard = make_wizard(damaged)
    assert wizard.file_plan is None
    assert not wizard.file_page.isComplete()
    assert "damaged" in wizard.file_page.status_label.text()

    pdf = tmp_path / "report.xlsx"
    pdf.write_bytes(b"%PDF-1.4\n" + b"x" * 200)
    wizard.file_page.set_path(str(pdf))
    assert "not a spreadsheet" in wizard.file_page.status_label.text()

    wizard.file_page.set_path(str(tmp_path / "missing.xlsx"))
    assert wizard.file_page.status_label.text()
    assert not wizard.file_page.isComplete()
    assert message_boxes.shown == []  # no crash dialog, no pop-up: all on the page

    good = chinese_workbook(tmp_path / "good.xlsx")
    wizard.file_page.set_path(str(good))
    assert wizard.file_page.isComplete()
    assert "good.xlsx" in wizard.file_page.status_label.text()


def test_browse_and_drop_choose_the_file(
    make_wizard: MakeWizard, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = chinese_workbook(tmp_path / "first.xlsx")
    second = tmp_path / "second.csv"
    second.write_bytes("客户名称,手机\n杭州西湖茶庄,13800138000\n".encode("gbk"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(first), "")))
    wizard = make_wizard()
    assert wizard.currentId() == PAGE_FILE
    wizard.file_page.browse()
    assert wizard.file_plan is not None and wizard.file_plan.path == first

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(second))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    wizard.dropEvent(event)
    assert wizard.file_plan is not None and wizard.file_plan.format == "csv"
    go_to(wizard, PAGE_MAPPING)
    assert wizard.mapping == {0: "name", 1: "mobile"}


def test_a_mapping_without_a_name_is_stopped_at_the_preview(
    make_wizard: MakeWizard, tmp_path: Path
) -> None:
    wizard = make_wizard(chinese_workbook(tmp_path / "c.xlsx"))
    go_to(wizard, PAGE_MAPPING)
    wizard.mapping_page.set_field(0, None)
    assert not wizard.mapping_page.hint_label.isVisibleTo(wizard)
    for column in range(len(wizard.mapping_page.combos)):
        wizard.mapping_page.set_field(column, None)
    assert not wizard.mapping_page.isComplete()
    assert wizard.mapping_page.hint_label.isVisibleTo(wizard)  # says why Next is greyed
    wizard.mapping_page.set_field(1, "mobile")
    wizard.next()
    assert wizard.currentId() == PAGE_PREVIEW
    assert not wizard.preview_page.isComplete()
    assert "customer name" in wizard.preview_page.status_label.text()


def test_duplicates_update_the_saved_customer(
    qtbot: QtBot, make_wizard: MakeWizard, tmp_path: Path, new_customer: Callable[..., int]
) -> None:
    existing = new_customer("深圳华信科技有限公司", mobiles="13800138000", email="old@x.cn")
    wizard = make_wizard(chinese_workbook(tmp_path / "c.xlsx"))
    go_to(wizard, PAGE_OPTIONS)
    wizard.options_page.set_on_duplicate(importer.UPDATE)
    summary = finish_import(qtbot, wizard)
    assert (summary.created, summary.updated, summary.failed) == (1, 1, 1)
    assert Customer.get_by_id(existing).email == "info@huaxin.cn"
    assert Customer.select().count() == 2


def test_a_phone_that_cannot_be_read_imports_the_customer_with_a_warning(
    qtbot: QtBot, make_wizard: MakeWizard, tmp_path: Path
) -> None:
    path = chinese_workbook(tmp_path / "c.xlsx", [
        ["深圳华信科技有限公司", 13800138000, "info@huaxin.cn", "2024-3-5", ""],
        ["Acme Inc.", "1-955-371-0847 x371", "", "", ""],
    ])
    wizard = make_wizard(path)
    summary = finish_import(qtbot, wizard)
    assert (summary.created, summary.failed, summary.warned) == (2, 0, 1)
    assert Customer.get(Customer.name == "Acme Inc.").mobiles_raw == "1-955-371-0847 x371"
    page = wizard.summary_page
    assert page.tr("%n imported row(s) have a warning: what could not be read (such as a "
                   "phone number) was kept as typed.", "", 1) in page.counts_label.text()
    (warning,) = summary.warnings
    assert f"Row {warning.row_number} (imported): {problem_message(warning.problems[0])}" in (
        page.failures_label.text()
    )
    assert not page.errors_button.isVisibleTo(wizard)  # nothing failed: no error workbook


def test_cancel_keeps_the_committed_batches_and_can_be_undone(
    qtbot: QtBot, make_wizard: MakeWizard, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = [[f"客户{i:05d}", f"138{i:08d}", "", "", ""] for i in range(600)]
    wizard = make_wizard(chinese_workbook(tmp_path / "big.xlsx", rows))
    original = importer.run_import

    def cancelling(plan: importer.SheetPlan, mapping: dict[int, str | None],
                   options: importer.ImportOptions, *, progress: Callable[[int, int], None],
                   **kwargs: Any) -> Any:
        def report(done: int, total: int) -> None:
            progress(done, total)
            wizard.cancel_import()  # the user clicks Cancel after the first batch

        small_batches = replace(options, batch_size=100)
        return original(plan, mapping, small_batches, progress=report, **kwargs)

    monkeypatch.setattr(importer, "run_import", cancelling)
    summary = finish_import(qtbot, wizard)
    assert summary.cancelled
    assert 0 < summary.created < 600
    assert Customer.select().count() == summary.created
    assert "Import cancelled" in wizard.summary_page.title()
    batch = ImportBatch.get_by_id(summary.batch_id)
    assert batch.created == summary.created

    wizard.summary_page.undo_button.click()
    assert Customer.select().count() == 0


def test_undo_after_later_edits_asks_before_forcing(
    qtbot: QtBot, make_wizard: MakeWizard, tmp_path: Path, message_boxes: MessageBoxes
) -> None:
    wizard = make_wizard(chinese_workbook(tmp_path / "c.xlsx"))
    summary = finish_import(qtbot, wizard)
    # Timestamps have a resolution of a second: put the import safely in the past.
    Operation.update(finished_at=dt.datetime(2000, 1, 1)).execute()
    edited = Customer.get(Customer.name == "北京未来教育").id
    customers.update_customer(edited, {"notes": "后来改的"})
    wizard.summary_page.undo_button.click()
    questions = [text for kind, text in message_boxes.shown if kind == "question"]
    assert len(questions) == 2  # "undo?" then "edited since: undo anyway?"
    assert Customer.select().count() == 0
    assert summary.batch_id is not None


def test_follow_ups_are_imported_to_their_customers(
    qtbot: QtBot, make_wizard: MakeWizard, tmp_path: Path, new_customer: Callable[..., int]
) -> None:
    customer = new_customer("深圳华信科技有限公司", mobiles="13800138000")
    path = tmp_path / "跟进.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["客户名称", "跟进时间", "跟进方式", "跟进内容"])
    sheet.append(["深圳华信科技有限公司", "2024-05-06", "电话", "确认了第二批订单"])
    workbook.save(path)
    wizard = make_wizard(path, "follow_ups")
    assert wizard.kind() == "follow_ups"
    go_to(wizard, PAGE_MAPPING)
    assert wizard.mapping == {0: "name", 1: "followup_at", 2: "channel", 3: "content"}
    assert wizard.mapping_page.combos[0].findData("notes") == -1  # records have no notes
    summary = finish_import(qtbot, wizard)
    assert (summary.created, summary.failed) == (1, 0)
    logged = FollowUp.get(FollowUp.customer == customer)
    assert logged.content == "确认了第二批订单"


def test_the_import_runs_on_the_worker_thread(
    qtbot: QtBot, make_wizard: MakeWizard, tmp_path: Path
) -> None:
    """Not synchronous: the file, the plans and the import go through the real worker."""
    tasks.set_synchronous(False)
    try:
        wizard = make_wizard(chinese_workbook(tmp_path / "c.xlsx"))
        qtbot.waitUntil(wizard.file_page.isComplete)
        wizard.next()
        wizard.next()
        qtbot.waitUntil(wizard.header_page.isComplete)
        wizard.next()
        wizard.next()
        qtbot.waitUntil(wizard.preview_page.isComplete)
        wizard.next()
        wizard.next()
        qtbot.waitUntil(lambda: wizard.currentId() == PAGE_SUMMARY, timeout=10_000)
    finally:
        assert tasks.wait_for_all()
        tasks.set_synchronous(True)
    assert wizard.summary is not None and wizard.summary.created == 2
    assert wizard.run_page.progress.value() == wizard.run_page.progress.maximum()
    assert Customer.select().count() == 2


def test_the_window_offers_import_export_and_history(
    qtbot: QtBot, db: SqliteDatabase, qsettings: QSettings, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from crm_desktop.ui.export_dialog import ExportDialog
    from crm_desktop.ui.import_history import ImportHistoryDialog
    from crm_desktop.ui.main_window import MainWindow
    from crm_desktop.ui.welcome import find_import_action

    window = MainWindow(qsettings, Path(db.database))
    qtbot.addWidget(window)
    assert find_import_action(window) is window.act_import
    assert window.act_import.shortcut() == QKeySequence("Ctrl+I")
    assert window.act_export.shortcut() == QKeySequence("Ctrl+E")
    file_actions = window.file_menu.actions()
    assert file_actions[:4] == [window.act_import, window.act_import_history,
                                window.act_export, window.act_import_template]
    assert window.act_import in window.toolbar.actions()

    path = chinese_workbook(tmp_path / "c.xlsx")
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(path), "")))
    window.act_import.trigger()
    qtbot.waitUntil(lambda: bool(window.findChildren(ImportWizard)))
    wizard = window.findChildren(ImportWizard)[0]
    qtbot.waitUntil(lambda: wizard.file_plan is not None)
    wizard.close()

    window.act_export.trigger()
    export = window.findChildren(ExportDialog)[0]
    assert export.visible_columns == window.list_tab.visible_columns()
    assert (export.sort_key, export.descending) == window.list_tab.current_sort()
    export.close()

    window.act_import_history.trigger()
    assert window.findChildren(ImportHistoryDialog)


def test_a_refusal_says_what_to_do_and_keeps_the_readers_detail() -> None:
    from crm_desktop.services import spreadsheet
    from crm_desktop.ui.import_wizard import spreadsheet_message

    general = spreadsheet_message(spreadsheet.TooLargeError())
    assert "Split it into several files" in general
    detailed = spreadsheet_message(
        spreadsheet.TooLargeError("The sheet 'data' spans 2,000,000 rows by 40 columns.")
    )
    assert detailed.startswith(general) and "2,000,000 rows" in detailed
    assert "save it again" in spreadsheet_message(spreadsheet.EmptyFileError())
