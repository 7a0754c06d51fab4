"""The main window as a whole: tabs, actions and their shortcuts, state kept between runs."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from peewee import SqliteDatabase
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from crm_desktop.storage.database import database_path
from crm_desktop.ui.main_window import TAB_DETAIL, MainWindow


@pytest.fixture
def window(
    qtbot: QtBot, db: SqliteDatabase, qsettings: QSettings
) -> Iterator[MainWindow]:
    widget = MainWindow(qsettings, database_path())
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    widget.close()


def test_every_main_action_has_a_shortcut(window: MainWindow) -> None:
    texts = {
        action.text().replace("&", ""): action.shortcut().toString()
        for action in window.findChildren(type(window.act_import))
        if action.text()
    }
    for name in ("New customer", "Find", "Log follow-up", "Import", "Export", "Print", "Settings"):
        matching = [shortcut for text, shortcut in texts.items() if text.startswith(name)]
        assert matching and any(matching), f"{name} has no shortcut: {texts}"


def test_new_customer_keeps_its_empty_form_when_a_list_row_is_selected(
    window: MainWindow, qtbot: QtBot, new_customer: Callable[..., int]
) -> None:
    new_customer("上海恒信机电有限公司")
    window.list_tab.refresh()
    qtbot.waitUntil(lambda: window.list_tab.model.rowCount() == 1)
    window.list_tab.view.selectRow(0)
    assert window.list_tab.current_customer_id() is not None

    window.new_customer()

    assert window.tabs.currentIndex() == TAB_DETAIL
    assert window.detail_tab.current_customer_id() is None
    assert window.detail_tab.form.editor("name").widget.text() == ""


def test_the_last_tab_is_kept_between_runs(
    qtbot: QtBot, db: SqliteDatabase, qsettings: QSettings, tmp_path: Path
) -> None:
    first = MainWindow(qsettings, database_path())
    qtbot.addWidget(first)
    first.show()
    first.tabs.setCurrentIndex(TAB_DETAIL)
    first.close()
    second = MainWindow(qsettings, database_path())
    qtbot.addWidget(second)
    second.restore_state()
    assert second.tabs.currentIndex() == TAB_DETAIL
    second.close()
