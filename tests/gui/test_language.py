"""The shipped translations reach real widgets: Chinese texts, plural forms, Qt's own buttons."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from peewee import SqliteDatabase
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from crm_desktop.services import validation
from crm_desktop.services.validation import Problem
from crm_desktop.ui import errors, i18n, labels
from crm_desktop.ui.settings_dialog import SettingsDialog
from tests.unit.test_translations import EN_TS, ZH_TS, finished


@pytest.fixture(autouse=True)
def restore_language(qapp: QApplication) -> Iterator[None]:
    """Each test installs a language; afterwards the other tests see the source texts again."""
    locale_before = QLocale()
    yield
    i18n.remove_translators(qapp)
    QLocale.setDefault(locale_before)


def test_settings_dialog_shows_chinese(
    qtbot: QtBot, qapp: QApplication, db: SqliteDatabase, qsettings: QSettings, tmp_path: Path
) -> None:
    i18n.install_translators(qapp, "zh_CN")

    dialog = SettingsDialog(qsettings, tmp_path / "crm.db")
    qtbot.addWidget(dialog)

    assert dialog.windowTitle() == "设置"
    page_titles = [dialog.page_list.item(row).text() for row in range(dialog.page_list.count())]
    assert page_titles[:3] == ["客户等级", "跟进提醒", "生命周期"]
    assert {"价值分类", "销售阶段", "员工", "语言", "数据库"} <= set(page_titles)
    # Qt's own strings (qtbase_zh_CN.qm) translate the standard buttons.
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok is not None and ok.text() == "确定"
    assert labels.tiers() == {"ordinary": "普通客户", "vip": "贵宾客户", "super": "超级客户"}


def test_chinese_messages_load_with_their_plurals(qapp: QApplication) -> None:
    i18n.install_translators(qapp, "zh_CN")

    plurals = [m for m in finished(ZH_TS) if m.numerus]
    assert plurals
    for message in plurals:
        shown = QCoreApplication.translate(
            message.context, message.source, message.comment or None, 3
        )
        assert shown == message.forms[0].replace("%n", "3"), message.where()
    duplicate = Problem("name", validation.DUPLICATE_NAME, "王芳")
    assert errors.problem_message(duplicate) == "名称“王芳”已被使用，请换一个名称。"
    unknown = Problem("customer", validation.UNKNOWN_CUSTOMER, "恒信")
    assert errors.problem_message(unknown) == "客户：没有与“恒信”匹配的客户。"


def test_english_plurals_are_singular_and_plural(qapp: QApplication) -> None:
    i18n.install_translators(qapp, "en")

    plurals = [m for m in finished(EN_TS) if m.numerus]
    assert plurals
    for message in plurals:
        singular, plural = message.forms
        comment = message.comment or None
        one = QCoreApplication.translate(message.context, message.source, comment, 1)
        two = QCoreApplication.translate(message.context, message.source, comment, 2)
        assert (one, two) == (singular.replace("%n", "1"), plural.replace("%n", "2")), (
            message.where()
        )
