"""The first-run welcome and the About dialog, against a real temporary database."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from peewee import SqliteDatabase
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from crm_desktop import __version__
from crm_desktop.services.changes import Changes
from crm_desktop.services.first_run import database_is_empty
from crm_desktop.storage.models import Customer
from crm_desktop.ui import bus
from crm_desktop.ui.about_dialog import AboutDialog, app_icon
from crm_desktop.ui.welcome import WELCOME_SHOWN_KEY, WelcomeDialog, show_welcome


@pytest.fixture
def window(qtbot: QtBot) -> QMainWindow:
    widget = QMainWindow()
    qtbot.addWidget(widget)
    return widget


def test_welcome_shows_once_on_an_empty_database(
    window: QMainWindow, db: SqliteDatabase, qsettings: QSettings, tmp_path: Path
) -> None:
    dialog = show_welcome(window, qsettings, tmp_path / "crm.db")
    assert isinstance(dialog, WelcomeDialog)
    assert dialog.isVisible()
    assert qsettings.value(WELCOME_SHOWN_KEY, False, type=bool)
    dialog.empty_button.click()
    assert not dialog.isVisible()
    assert database_is_empty()
    # The next start: still empty, but the welcome has been seen.
    assert show_welcome(window, qsettings, tmp_path / "crm.db") is None


def test_no_welcome_when_the_database_has_customers(
    window: QMainWindow,
    db: SqliteDatabase,
    qsettings: QSettings,
    tmp_path: Path,
    new_customer: Callable[..., int],
) -> None:
    new_customer("上海恒信机电")
    assert show_welcome(window, qsettings, tmp_path / "crm.db") is None
    assert not qsettings.value(WELCOME_SHOWN_KEY, False, type=bool)


def test_demo_data_is_loaded_in_the_chosen_size(
    window: QMainWindow, db: SqliteDatabase, qsettings: QSettings, tmp_path: Path
) -> None:
    dialog = show_welcome(window, qsettings, tmp_path / "crm.db")
    assert dialog is not None
    dialog.demo_size.setCurrentIndex(dialog.demo_size.findData(200))
    assert dialog.chosen_demo_size() == 200
    seen: list[Changes] = []
    loaded: list[object] = []
    dialog.sig_demo_loaded.connect(loaded.append)
    bus.bus().sig_changed.connect(seen.append)
    try:
        dialog.demo_button.click()
    finally:
        bus.bus().sig_changed.disconnect(seen.append)
    assert not dialog.isVisible()
    assert Customer.select().count() == 200
    assert len(loaded) == 1
    assert any(change.all_customers and change.follow_ups for change in seen)


def test_import_is_offered_only_when_the_window_can_import(
    window: QMainWindow, db: SqliteDatabase, tmp_path: Path
) -> None:
    without = WelcomeDialog(tmp_path / "crm.db", None, window)
    assert not without.import_button.isEnabled()
    assert "not available" in without.import_button.toolTip()

    action = QAction("Import...", window)
    triggered: list[bool] = []
    action.triggered.connect(lambda: triggered.append(True))
    with_import = WelcomeDialog(tmp_path / "crm.db", action, window)
    with_import.open()
    assert with_import.import_button.isEnabled()
    with_import.import_button.click()
    assert triggered == [True]
    assert not with_import.isVisible()


def test_welcome_finds_the_windows_import_action(
    window: QMainWindow, db: SqliteDatabase, qsettings: QSettings, tmp_path: Path
) -> None:
    action = QAction("Import...", window)
    action.setObjectName("actionImportSpreadsheet")
    dialog = show_welcome(window, qsettings, tmp_path / "crm.db")
    assert dialog is not None
    assert dialog.import_action is action
    assert dialog.import_button.isEnabled()


def test_about_dialog_shows_and_copies_the_details(qtbot: QtBot, tmp_path: Path) -> None:
    db_path = tmp_path / "office" / "crm.db"
    log_path = tmp_path / "logs" / "crm-desktop.log"
    dialog = AboutDialog(db_path, log_path)
    qtbot.addWidget(dialog)
    values = dict(dialog.details)
    assert values["Version"] == __version__
    assert values["Database"] == str(db_path)
    assert values["Log file"] == str(log_path)
    assert values["Qt"].startswith("6.")
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert copied == dialog.details_text()
    assert str(db_path) in copied and str(log_path) in copied and __version__ in copied


def test_application_icon_has_every_size() -> None:
    icon = app_icon()
    assert not icon.isNull()
    assert {size.width() for size in icon.availableSizes()} >= {16, 32, 48, 256}
