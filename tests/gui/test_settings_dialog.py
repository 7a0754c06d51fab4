"""The settings dialog driven through its pages and checked against the database."""

from __future__ import annotations

from pathlib import Path

import pytest
from peewee import SqliteDatabase
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from crm_desktop.app import DB_PATH_KEY
from crm_desktop.domain.settings import TIER_SUPER, TIER_VIP
from crm_desktop.services import customers, deals, orders, staff, tags
from crm_desktop.services import settings as settings_service
from crm_desktop.ui import bus, i18n
from crm_desktop.ui.settings_dialog import (
    STAFF_ACTIVE,
    STAFF_NAME,
    STAGE_NAME,
    STAGE_PROBABILITY,
    SettingsDialog,
    cell,
)
from tests.gui.conftest import MessageBoxes


@pytest.fixture
def dialog(qtbot: QtBot, db: SqliteDatabase, qsettings: QSettings,
           tmp_path: Path) -> SettingsDialog:
    widget = SettingsDialog(qsettings, tmp_path / "crm.db")
    qtbot.addWidget(widget)
    return widget


def test_tier_rule_and_frequency_are_saved_and_tiers_recomputed(
    qtbot: QtBot, db: SqliteDatabase, qsettings: QSettings, tmp_path: Path
) -> None:
    customer_id, _ = customers.create_customer({"name": "上海恒信机电"})
    orders.add_order(customer_id, {"amount": "10000", "description": "电机"})
    record = customers.get_customer(customer_id)
    assert record is not None and record["tier"] == "ordinary"  # 10,000 < 50,000 for VIP

    dialog = SettingsDialog(qsettings, tmp_path / "crm.db")
    qtbot.addWidget(dialog)
    dialog.tier_page.amount[TIER_VIP].setValue(5000)
    dialog.reminders_page.frequency[TIER_SUPER].setValue(3)
    seen = []
    bus.bus().sig_changed.connect(seen.append)
    try:
        dialog.accept()
    finally:
        bus.bus().sig_changed.disconnect(seen.append)
    assert dialog.result() == QDialog.DialogCode.Accepted

    saved = settings_service.business_settings()
    vip = next(rule for rule in saved.tier_rules if rule.tier == TIER_VIP)
    assert vip.min_amount_cents == 500_000
    assert vip.min_purchases == 4  # untouched thresholds stay
    assert saved.contact_frequency_days[TIER_SUPER] == 3
    record = customers.get_customer(customer_id)
    assert record is not None and record["tier"] == "vip"
    assert seen and seen[0].settings  # the settings change, then the recomputed classes
    assert any(c.all_customers for c in seen[1:])


def test_invalid_settings_are_refused_with_a_message(
    dialog: SettingsDialog, message_boxes: MessageBoxes
) -> None:
    dialog.lifecycle_page.months[1].setValue(3)  # 3, 3, 12: not increasing
    dialog.tier_page.amount[TIER_SUPER].setValue(40_000)  # below VIP's 50,000
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    kind, text = message_boxes.shown[-1]
    assert kind == "warning"
    assert "Lifecycle" in text and "Tiers" in text
    assert dialog.current_page() is dialog.tier_page  # the first page with a problem
    assert settings_service.business_settings().lifecycle_months == (3, 6, 12)


def test_add_and_reorder_a_deal_stage(dialog: SettingsDialog) -> None:
    page = dialog.stages_page
    before = [spec.key for spec in settings_service.business_settings().deal_stages]
    page.add_stage()
    row = page.table.currentRow()
    assert row == 4  # after the open stages, before won and lost
    cell(page.table, row, STAGE_NAME).setText("样品测试")
    cell(page.table, row, STAGE_PROBABILITY).setData(Qt.ItemDataRole.EditRole, 70)
    page.move_stage(-1)  # before negotiation
    dialog.accept()

    stages = settings_service.business_settings().deal_stages
    keys = [spec.key for spec in stages]
    new = stages[3]
    assert new.name == "样品测试" and new.probability == 70
    assert new.key not in before and new.key.startswith("stage_")
    assert [k for k in keys if k != new.key] == before  # existing keys kept, in order
    # Default stages keep their stored names, whatever language the editor showed them in.
    assert stages[0].name == "潜在客户"


def test_removing_a_stage_with_deals_asks(dialog: SettingsDialog, db: SqliteDatabase,
                                          message_boxes: MessageBoxes) -> None:
    customer_id, _ = customers.create_customer({"name": "北京华科"})
    deals.add_deal(customer_id, {"title": "系统集成", "stage": "negotiation"})
    page = dialog.stages_page
    page.table.setCurrentCell(3, STAGE_NAME)  # negotiation
    message_boxes.answer = QMessageBox.StandardButton.No
    page.remove_stage()
    assert message_boxes.shown[-1][0] == "question"
    assert len(page.stages()) == 6
    message_boxes.answer = QMessageBox.StandardButton.Yes
    page.remove_stage()
    assert "negotiation" not in [s.key for s in page.stages()]
    # A stage no deal is at goes without a question.
    asked = len(message_boxes.shown)
    page.table.setCurrentCell(0, STAGE_NAME)
    page.remove_stage()
    assert len(message_boxes.shown) == asked
    assert len(page.stages()) == 4


def test_stage_probabilities_and_names_are_validated(dialog: SettingsDialog,
                                                     message_boxes: MessageBoxes) -> None:
    page = dialog.stages_page
    cell(page.table, 0, STAGE_PROBABILITY).setData(Qt.ItemDataRole.EditRole, 150)
    cell(page.table, 1, STAGE_NAME).setText("")
    problems = page.validate()
    assert len(problems) == 2
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_choice_lists_are_saved_and_duplicates_refused(dialog: SettingsDialog) -> None:
    page = dialog.channels_page
    page.add_item()
    page.list.item(page.list.count() - 1).setText("抖音")
    assert page.validate() == []
    page.add_item()
    page.list.item(page.list.count() - 1).setText("电话")
    assert page.validate()
    page.remove_item()
    dialog.accept()
    assert settings_service.business_settings().channels[-1] == "抖音"


def test_language_choice_is_saved(dialog: SettingsDialog, qsettings: QSettings,
                                  message_boxes: MessageBoxes,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    installed: list[str] = []
    # Installing a translator would change the language of every later test.
    monkeypatch.setattr(i18n, "install_translators", lambda app, lang: installed.append(lang))
    monkeypatch.setattr("crm_desktop.ui.settings_dialog.QLocale.setDefault",
                        lambda locale: None)
    other = "en" if dialog.language_page.initial == "zh_CN" else "zh_CN"
    combo = dialog.language_page.combo
    combo.setCurrentIndex(combo.findData(other))
    dialog.accept()
    assert qsettings.value(i18n.LANGUAGE_KEY) == other
    assert installed == [other]
    assert message_boxes.shown[-1][0] == "information"


def test_staff_add_rename_and_deactivate(qtbot: QtBot, dialog: SettingsDialog) -> None:
    page = dialog.staff_page
    page.name_edit.setText("王芳")
    with qtbot.waitSignal(bus.bus().sig_changed):
        page.add_button.click()
    members = staff.list_staff()
    assert [m.name for m in members] == ["王芳"]
    staff_id = members[0].id
    row = page.row_of(staff_id)

    with qtbot.waitSignal(bus.bus().sig_changed):
        cell(page.table, row, STAFF_NAME).setText("王芳芳")
    assert staff.list_staff()[0].name == "王芳芳"
    qtbot.waitUntil(lambda: cell(page.table, page.row_of(staff_id), STAFF_NAME).text()
                    == "王芳芳")

    row = page.row_of(staff_id)
    with qtbot.waitSignal(bus.bus().sig_changed):
        cell(page.table, row, STAFF_ACTIVE).setCheckState(Qt.CheckState.Unchecked)
    assert staff.list_staff()[0].active is False
    assert staff.list_staff(include_inactive=False) == []


def test_duplicate_staff_name_is_refused(dialog: SettingsDialog,
                                         message_boxes: MessageBoxes) -> None:
    staff.add_staff({"name": "李强"})
    dialog.staff_page.reload()
    dialog.staff_page.name_edit.setText("李强")
    dialog.staff_page.add_member()
    assert message_boxes.shown[-1][0] == "warning"
    assert len(staff.list_staff()) == 1


def test_tag_groups_create_rename_delete_with_undo(dialog: SettingsDialog,
                                                   message_boxes: MessageBoxes) -> None:
    page = dialog.tags_page
    page.name_edit.setText("客户来源")
    page.add_button.click()
    group_id = page.selected_group()
    assert group_id is not None
    page.rename_group("获客渠道")
    assert [g.name for g in tags.list_groups()] == ["获客渠道"]
    assert settings_service.business_settings().tag_groups == ["获客渠道"]

    tag_id, _ = tags.create_tag(group_id, "展会")
    customer_id, _ = customers.create_customer({"name": "广州美佳"})
    tags.add_tags([customer_id], [tag_id])
    page.reload()
    message_boxes.answer = QMessageBox.StandardButton.No
    page.delete_group()
    assert message_boxes.shown[-1][0] == "question"  # its tag is in use: asked
    assert len(tags.list_groups()) == 1
    message_boxes.answer = QMessageBox.StandardButton.Yes
    page.delete_group()
    assert tags.list_groups() == []
    assert tags.customer_tags(customer_id) == []
    assert not page.undo_row.isHidden()
    page.undo_button.click()
    assert [t.tag_name for t in tags.customer_tags(customer_id)] == ["展会"]
    assert page.list.count() == 1


def test_database_location_is_saved_for_the_next_start(
    dialog: SettingsDialog, qsettings: QSettings, tmp_path: Path
) -> None:
    page = dialog.database_page
    assert page.current_edit.text() == str(tmp_path / "crm.db")
    page.set_next_path(tmp_path / "elsewhere.db")
    dialog.accept()
    assert qsettings.value(DB_PATH_KEY) == str(tmp_path / "elsewhere.db")


def test_database_location_in_a_missing_folder_is_refused(
    dialog: SettingsDialog, qsettings: QSettings, tmp_path: Path
) -> None:
    dialog.database_page.set_next_path(tmp_path / "no such folder" / "crm.db")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert qsettings.value(DB_PATH_KEY) is None


def test_restore_defaults_shows_the_default_values(dialog: SettingsDialog) -> None:
    dialog.show_page(dialog.reminders_page)
    dialog.reminders_page.frequency[TIER_VIP].setValue(99)
    dialog.defaults_button.click()
    assert dialog.reminders_page.frequency[TIER_VIP].value() == 14
    dialog.show_page(dialog.staff_page)
    assert not dialog.defaults_button.isEnabled()
