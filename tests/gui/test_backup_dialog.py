"""The backups screen, the backup schedule, and the checks before a database is opened."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from peewee import SqliteDatabase
from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot

from crm_desktop.services import backups
from crm_desktop.services.changes import Changes
from crm_desktop.storage.database import close_database, open_database
from crm_desktop.storage.models import Customer
from crm_desktop.ui import bus
from crm_desktop.ui.backup_dialog import (
    COLUMN_CUSTOMERS,
    COLUMN_REASON,
    BackupDialog,
    BackupScheduler,
    check_before_opening,
)
from tests.gui.conftest import MessageBoxes


def _dialog(qtbot: QtBot) -> BackupDialog:
    dialog = BackupDialog()
    qtbot.addWidget(dialog)
    return dialog


def test_the_list_shows_backups_and_back_up_now_adds_one(
    qtbot: QtBot, db: SqliteDatabase, new_customer: Callable[..., int], tmp_path: Path
) -> None:
    new_customer("甲公司")
    backups.backup_before("import")
    dialog = _dialog(qtbot)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, COLUMN_REASON).text() == "Before an import"
    assert str(tmp_path / "backups") in dialog.folder_label.text()

    new_customer("乙公司")
    dialog.backup_button.click()
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(0, COLUMN_REASON).text() == "By hand"
    assert dialog.table.item(0, COLUMN_CUSTOMERS).text() == "2"
    assert dialog.selected_backup() is not None and dialog.restore_button.isEnabled()


def test_restore_asks_then_restores_and_every_tab_reloads(
    qtbot: QtBot,
    db: SqliteDatabase,
    new_customer: Callable[..., int],
    message_boxes: MessageBoxes,
) -> None:
    new_customer("甲公司")
    backups.backup_now()
    new_customer("乙公司")
    dialog = _dialog(qtbot)
    seen: list[Changes] = []
    bus.bus().sig_changed.connect(seen.append)
    try:
        message_boxes.answer = QMessageBox.StandardButton.Cancel
        dialog.restore_button.click()
        assert Customer.select().count() == 2  # cancelled: nothing changed

        message_boxes.answer = QMessageBox.StandardButton.Yes
        with qtbot.waitSignal(dialog.sig_restored, timeout=5000):
            dialog.restore_button.click()
    finally:
        bus.bus().sig_changed.disconnect(seen.append)
    assert [c.name for c in Customer.select()] == ["甲公司"]
    assert seen and seen[-1].all_customers and seen[-1].follow_ups
    kinds = [kind for kind, _ in message_boxes.shown]
    assert kinds == ["question", "question", "information"]
    assert "backed up to" in message_boxes.shown[-1][1]
    reasons = [dialog.table.item(r, COLUMN_REASON).text() for r in range(dialog.table.rowCount())]
    assert reasons == ["Before a restore", "By hand"]


def test_restore_from_a_file_that_is_not_a_database_says_so(
    qtbot: QtBot,
    db: SqliteDatabase,
    new_customer: Callable[..., int],
    message_boxes: MessageBoxes,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    new_customer("甲公司")
    sheet = tmp_path / "客户.xlsx"
    sheet.write_bytes(b"PK\x03\x04 not really a workbook")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(sheet), ""))
    )
    dialog = _dialog(qtbot)
    dialog.restore_file_button.click()
    assert message_boxes.shown[-1][0] == "warning"
    assert "not a CRM Desktop database" in message_boxes.shown[-1][1]
    assert [c.name for c in Customer.select()] == ["甲公司"]


def test_open_folder_opens_the_backup_folder(
    qtbot: QtBot, db: SqliteDatabase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(opened.append))
    _dialog(qtbot).folder_button.click()
    assert [url.toLocalFile() for url in opened] == [str(tmp_path / "backups")]
    assert (tmp_path / "backups").is_dir()


def test_the_schedule_backs_up_and_a_failure_goes_to_the_status_bar(
    qtbot: QtBot, db: SqliteDatabase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    scheduler = BackupScheduler(window)
    assert scheduler.timer.isActive() and scheduler.timer.interval() == 2 * 3600 * 1000
    scheduler.backup_if_due()
    scheduler.backup_if_due()  # once a day only
    assert [b.reason for b in backups.list_backups()] == ["start"]
    assert "Backed up" in window.statusBar().currentMessage()

    (tmp_path / "backups").rename(tmp_path / "old backups")
    (tmp_path / "backups").write_text("a file where the folder should be")
    monkeypatch.setattr(backups, "SCHEDULE_MIN_GAP", backups.dt.timedelta(0))
    scheduler.scheduled_backup()
    assert "The backup failed" in window.statusBar().currentMessage()


def _damage(path: Path) -> bytes:
    """Back the database up, then overwrite the middle of the file; returns its bytes."""
    database = open_database(path)
    with database.atomic():
        for index in range(80):
            Customer.create(name=f"客户{index}", notes="备注" * 200)
    backups.backup_now()
    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    close_database()
    with path.open("r+b") as handle:
        handle.seek(path.stat().st_size // 2)
        handle.write(b"\x00\xff" * 4096)
    return path.read_bytes()


def test_a_damaged_database_is_never_opened_and_the_good_backup_is_offered(
    qtbot: QtBot, tmp_path: Path, message_boxes: MessageBoxes, qsettings: QSettings
) -> None:
    path = tmp_path / "crm.db"
    damaged = _damage(path)

    message_boxes.answer = QMessageBox.StandardButton.No
    assert check_before_opening(path, qsettings) is None
    assert message_boxes.shown[-1][0] == "question" and "damaged" in message_boxes.shown[-1][1]
    assert path.read_bytes() == damaged

    message_boxes.answer = QMessageBox.StandardButton.Yes
    assert check_before_opening(path, qsettings) is not None
    assert message_boxes.shown[-1][0] == "information"
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM customer").fetchone()[0] == 80
    conn.close()
    kept = list(tmp_path.glob("crm.damaged-*.db"))
    assert len(kept) == 1 and kept[0].read_bytes() == damaged


def test_a_big_database_is_checked_after_the_window_opens_and_damage_closes_it(
    qtbot: QtBot,
    tmp_path: Path,
    message_boxes: MessageBoxes,
    qsettings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "crm.db"
    damaged = _damage(path)
    monkeypatch.setattr(backups, "QUICK_CHECK_BEFORE_OPEN_BYTES", 1024)  # every file is big

    start = check_before_opening(path, qsettings)
    assert start is not None and start.deferred and message_boxes.shown == []

    open_database(path)
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    BackupScheduler(window).check_in_background(qsettings)
    ((kind, text),) = message_boxes.shown
    assert kind == "critical" and "damaged" in text and "will close" in text
    assert not window.isVisible()
    close_database()

    # The next start checks before opening, whatever the size, and offers the backup.
    message_boxes.answer = QMessageBox.StandardButton.No
    assert check_before_opening(path, qsettings) is None
    assert message_boxes.shown[-1][0] == "question"
    assert path.read_bytes() == damaged


def test_a_healthy_local_database_opens_without_questions(
    qtbot: QtBot, tmp_path: Path, message_boxes: MessageBoxes, qsettings: QSettings
) -> None:
    assert check_before_opening(tmp_path / "new.db", qsettings) is not None  # not created yet
    open_database(tmp_path / "crm.db")
    close_database()
    assert check_before_opening(tmp_path / "crm.db", qsettings) is not None
    assert message_boxes.shown == []


def test_a_database_on_a_network_share_is_warned_about_with_the_reason(
    qtbot: QtBot,
    tmp_path: Path,
    message_boxes: MessageBoxes,
    monkeypatch: pytest.MonkeyPatch,
    qsettings: QSettings,
) -> None:
    from crm_desktop.storage import backup

    def on_nfs(path: Path) -> str:
        return "/mnt/office is a network share (nfs4 from server:/export)"

    monkeypatch.setattr(backup, "network_share_reason", on_nfs)
    assert check_before_opening(tmp_path / "crm.db", qsettings) is not None
    ((kind, text),) = message_boxes.shown
    assert kind == "warning" and "nfs4 from server:/export" in text
    assert "network share" in text
