"""The customer detail tab driven through its widgets and checked against the database."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
import shiboken6
from peewee import SqliteDatabase
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox, QPlainTextEdit
from pytestqt.qtbot import QtBot

from crm_desktop.services import (
    contacts,
    credit,
    customers,
    deals,
    history,
    needs,
    orders,
    service_records,
    staff,
    tags,
)
from crm_desktop.ui import bus, labels
from crm_desktop.ui.customer_detail_tab import CustomerDetailTab
from crm_desktop.ui.record_tables import RecordDialog, RecordTable
from crm_desktop.ui.tag_editor import TagChip

from .conftest import MessageBoxes

TODAY = dt.date.today()
Button = QMessageBox.StandardButton


@pytest.fixture
def tab(db: SqliteDatabase, qtbot: QtBot) -> Iterator[CustomerDetailTab]:
    widget = CustomerDetailTab()
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    # The change bus outlives the test: disconnect before the database closes.
    bus.bus().sig_changed.disconnect(widget._on_changed)
    widget.close()
    shiboken6.delete(widget)


@pytest.fixture
def customer(db: SqliteDatabase) -> int:
    owner, _ = staff.add_staff({"name": "李娜"})
    customer_id, _ = customers.create_customer(
        {"name": "杭州云栖科技有限公司", "mobiles": "13900139000", "owner_id": owner}
    )
    return customer_id


def line(tab: CustomerDetailTab, key: str) -> QLineEdit:
    widget = tab.form.editor(key).widget
    assert isinstance(widget, QLineEdit)
    return widget


def enter(qtbot: QtBot, widget: QLineEdit, text: str, leave: Qt.Key = Qt.Key.Key_Return) -> None:
    """Type like a user, then leave the field with `leave` (it is checked then)."""
    widget.clear()
    if text.isascii():
        qtbot.keyClicks(widget, text)
    else:
        # QTest types ASCII only: Chinese arrives as an input method would commit it.
        widget.insert(text)
    qtbot.keyClick(widget, leave)


def type_into(qtbot: QtBot, widget: QLineEdit, text: str) -> None:
    enter(qtbot, widget, text)


def fill(qtbot: QtBot, dialog: RecordDialog, values: dict[str, str]) -> None:
    """Type into a dialog's fields, leaving each with Tab (Enter would press Save)."""
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    for key, text in values.items():
        widget = dialog.editor(key).widget
        if isinstance(widget, QLineEdit):
            widget.setFocus()
            enter(qtbot, widget, text, Qt.Key.Key_Tab)
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(text)
        else:
            raise AssertionError(f"fill {key} by hand")


def choose(dialog: RecordDialog, key: str, value: object) -> None:
    combo = dialog.editor(key).widget
    index = combo.findData(value)  # type: ignore[attr-defined]
    assert index >= 0, (key, value)
    combo.setCurrentIndex(index)  # type: ignore[attr-defined]


def open_table(tab: CustomerDetailTab, key: str) -> RecordTable:
    table = tab.tables[key]
    tab.sub_tabs.setCurrentWidget(table)
    return table


def select_first(table: RecordTable) -> None:
    table.view.selectRow(0)
    assert table.selected_row() is not None


def new_record(tab: CustomerDetailTab, customer: int, key: str) -> tuple[RecordTable, RecordDialog]:
    """Open the customer, its sub-tab `key`, and the dialog for a new record."""
    tab.load_customer(customer)
    table = open_table(tab, key)
    dialog = table.add_record()
    assert dialog is not None
    return table, dialog


def edit_first(table: RecordTable) -> RecordDialog:
    """Select the first record and open its edit dialog."""
    select_first(table)
    dialog = table.edit_record()
    assert dialog is not None
    return dialog


def click_save(qtbot: QtBot, dialog: RecordDialog) -> None:
    qtbot.mouseClick(dialog.save_button(), Qt.MouseButton.LeftButton)


def test_create_customer_through_the_form(tab: CustomerDetailTab, qtbot: QtBot) -> None:
    tab.new_customer()
    assert tab.sub_tabs.isHidden(), "a new customer shows the form only"
    type_into(qtbot, line(tab, "name"), "Acme Trading Co.")
    line(tab, "short_name").setText("云栖")
    type_into(qtbot, line(tab, "mobiles"), "138 0013 8000")
    type_into(qtbot, line(tab, "email"), "Sales@Acme.cn")
    type_into(qtbot, line(tab, "first_contact_date"), "2024/3/5")
    type_into(qtbot, line(tab, "credit_limit"), "15000")
    line(tab, "first_contact_date").setText("2024年3月5日")
    qtbot.keyClick(line(tab, "first_contact_date"), Qt.Key.Key_Return)
    assert line(tab, "first_contact_date").text() == "2024-03-05", "shown normalised"
    assert line(tab, "credit_limit").text() == "15,000.00"
    assert tab.has_unsaved_changes()

    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)

    customer_id = tab.current_customer_id()
    assert customer_id is not None
    row = customers.get_customer(customer_id)
    assert row is not None
    assert (row["name"], row["short_name"], row["mobile"]) == (
        "Acme Trading Co.",
        "云栖",
        "13800138000",
    )
    assert row["email"].lower() == "sales@acme.cn"
    assert row["first_contact_date"] == "2024-03-05"
    assert row["credit_limit_cents"] == 1_500_000
    assert not tab.has_unsaved_changes()
    assert tab.sub_tabs.isVisible(), "records appear once saved"
    assert tab.band.title.text() == "Acme Trading Co."


def test_edit_revert_and_save(tab: CustomerDetailTab, customer: int, qtbot: QtBot) -> None:
    tab.load_customer(customer)
    assert not tab.revert_button.isEnabled()
    type_into(qtbot, line(tab, "name"), "改过的名字")
    assert tab.has_unsaved_changes() and tab.revert_button.isEnabled()
    qtbot.mouseClick(tab.revert_button, Qt.MouseButton.LeftButton)
    assert line(tab, "name").text() == "杭州云栖科技有限公司"
    assert not tab.has_unsaved_changes()

    type_into(qtbot, line(tab, "wechat"), "yunqi_tech")
    tab.form.editor("risk_level").widget.setCurrentIndex(3)  # type: ignore[attr-defined]
    qtbot.keyClick(line(tab, "wechat"), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    row = customers.get_customer(customer)
    assert row is not None
    assert (row["wechat"], row["risk_level"]) == ("yunqi_tech", "high")
    assert row["name"] == "杭州云栖科技有限公司"
    assert not tab.has_unsaved_changes()


@pytest.mark.parametrize(
    ("key", "bad", "words"),
    [
        ("mobiles", "12345", "is not a phone number"),
        ("email", "someone@", "is not an e-mail address"),
        ("first_contact_date", "2024-02-30", "is not a date"),
        ("credit_limit", "a lot", "is not an amount of money"),
    ],
)
def test_inline_validation_and_no_save_with_problems(
    tab: CustomerDetailTab,
    customer: int,
    qtbot: QtBot,
    message_boxes: MessageBoxes,
    key: str,
    bad: str,
    words: str,
) -> None:
    tab.load_customer(customer)
    editor = tab.form.editor(key)
    type_into(qtbot, line(tab, key), bad)
    assert editor.error_label.isVisible()
    assert words in editor.error_label.text()
    assert editor.field.label in editor.error_label.text(), "names the field as labelled"

    type_into(qtbot, line(tab, "short_name"), "新简称")
    assert tab.save_button.isEnabled()
    assert tab.save() is False
    kinds = [kind for kind, _text in message_boxes.shown]
    assert kinds == ["warning"]
    assert words in message_boxes.shown[0][1]
    row = customers.get_customer(customer)
    assert row is not None and row["short_name"] == "", "nothing saved"

    type_into(qtbot, line(tab, key), "")
    assert not editor.error_label.isVisible()


def test_missing_name_is_reported_next_to_the_field(tab: CustomerDetailTab, qtbot: QtBot) -> None:
    tab.new_customer()
    type_into(qtbot, line(tab, "mobiles"), "13800138000")
    assert tab.save() is False
    assert "required" in tab.form.editor("name").error_label.text()
    assert tab.current_customer_id() is None


def test_duplicate_mobile_is_shown_before_creating(
    tab: CustomerDetailTab, customer: int, qtbot: QtBot, message_boxes: MessageBoxes
) -> None:
    def enter_new() -> None:
        tab.new_customer()
        type_into(qtbot, line(tab, "name"), "Another Company")
        type_into(qtbot, line(tab, "mobiles"), "+86 139-0013-9000")

    enter_new()
    message_boxes.answer = Button.Cancel
    assert tab.save() is False
    kind, text = message_boxes.shown[-1]
    assert kind == "exec" and "杭州云栖科技有限公司" in text and "same mobile" in text
    assert tab.current_customer_id() is None and tab.has_unsaved_changes()

    message_boxes.answer = Button.Open
    with qtbot.waitSignal(bus.bus().sig_open_customer) as opened:
        assert tab.save() is False
    assert opened.args == [customer]
    assert not tab.has_unsaved_changes(), "the typed customer was dropped"

    enter_new()
    message_boxes.answer = Button.Save
    assert tab.save() is True
    new_id = tab.current_customer_id()
    assert new_id is not None and new_id != customer


def test_changing_the_mobile_of_an_existing_customer_checks_duplicates(
    tab: CustomerDetailTab, customer: int, qtbot: QtBot, message_boxes: MessageBoxes
) -> None:
    other, _ = customers.create_customer({"name": "宁波港务", "mobiles": "13700001111"})
    tab.load_customer(other)
    type_into(qtbot, line(tab, "wechat"), "ningbo")
    assert tab.save() is True
    assert message_boxes.shown == [], "no duplicate question for other fields"
    type_into(qtbot, line(tab, "mobiles"), "13900139000")
    message_boxes.answer = Button.Cancel
    assert tab.save() is False
    assert "杭州云栖科技有限公司" in message_boxes.shown[-1][1]


@pytest.mark.parametrize(
    ("answer", "expected", "saved", "still_dirty"),
    [
        (Button.Save, True, True, False),
        (Button.Discard, True, False, False),
        (Button.Cancel, False, False, True),
    ],
)
def test_confirm_leave(
    tab: CustomerDetailTab,
    customer: int,
    qtbot: QtBot,
    message_boxes: MessageBoxes,
    answer: QMessageBox.StandardButton,
    expected: bool,
    saved: bool,
    still_dirty: bool,
) -> None:
    tab.load_customer(customer)
    assert tab.confirm_leave() is True
    assert message_boxes.shown == [], "no question without changes"
    type_into(qtbot, line(tab, "short_name"), "云栖")
    message_boxes.answer = answer
    assert tab.confirm_leave() is expected
    assert message_boxes.shown[0][0] == "exec"
    row = customers.get_customer(customer)
    assert row is not None
    assert (row["short_name"] == "云栖") is saved
    assert tab.has_unsaved_changes() is still_dirty


def test_confirm_leave_save_fails_on_problems(
    tab: CustomerDetailTab, customer: int, qtbot: QtBot, message_boxes: MessageBoxes
) -> None:
    tab.load_customer(customer)
    type_into(qtbot, line(tab, "email"), "not-an-address")
    message_boxes.answer = Button.Save
    assert tab.confirm_leave() is False
    assert tab.has_unsaved_changes()


def test_contacts_add_edit_delete_and_undo(
    tab: CustomerDetailTab, customer: int, qtbot: QtBot
) -> None:
    table, dialog = new_record(tab, customer, "contacts")
    fill(qtbot, dialog, {"name": "张伟", "mobile": "139-0000-1111", "email": "bad@"})
    assert "is not an e-mail address" in dialog.editor("email").problem()
    click_save(qtbot, dialog)
    assert dialog.isVisible(), "a problem keeps the dialog open"
    assert contacts.contacts_of(customer) == []
    fill(qtbot, dialog, {"email": "zhangwei@yunqi.cn"})
    click_save(qtbot, dialog)
    rows = contacts.contacts_of(customer)
    assert [(r["name"], r["mobile"], r["is_primary"]) for r in rows] == [
        ("张伟", "13900001111", True)
    ]
    assert table.model.rowCount() == 1

    dialog = edit_first(table)
    assert dialog.editor("name").value() == "张伟"
    fill(qtbot, dialog, {"title": "采购经理"})
    click_save(qtbot, dialog)
    assert contacts.contacts_of(customer)[0]["title"] == "采购经理"

    select_first(table)
    assert table.delete_record() is True
    assert contacts.contacts_of(customer) == []
    assert table.model.rowCount() == 0
    assert table.undo_bar.isVisible()
    qtbot.mouseClick(table.undo_button, Qt.MouseButton.LeftButton)
    assert [r["name"] for r in contacts.contacts_of(customer)] == ["张伟"]
    assert table.model.rowCount() == 1


def test_delete_asks_first(
    tab: CustomerDetailTab, customer: int, message_boxes: MessageBoxes
) -> None:
    contacts.add_contact(customer, {"name": "陈静"})
    tab.load_customer(customer)
    table = open_table(tab, "contacts")
    select_first(table)
    message_boxes.answer = Button.No
    assert table.delete_record() is False
    assert message_boxes.shown[0][0] == "question" and "陈静" in message_boxes.shown[0][1]
    assert len(contacts.contacts_of(customer)) == 1


def test_order_of_60000_makes_the_customer_vip(
    tab: CustomerDetailTab, customer: int, qtbot: QtBot
) -> None:
    tab.load_customer(customer)
    assert tab.band.tier_label.text() == labels.tiers()["ordinary"]
    table = open_table(tab, "orders")
    dialog = table.add_record()
    assert dialog is not None
    assert dialog.editor("order_date").value() == TODAY.isoformat(), "a new order is dated today"
    fill(qtbot, dialog, {"description": "服务器维保", "amount": "60,000.00", "cost": "45000"})
    click_save(qtbot, dialog)

    row = customers.get_customer(customer)
    assert row is not None
    assert row["tier"] == "vip" and row["purchase_total_cents"] == 6_000_000
    assert tab.band.tier_label.text() == labels.tiers()["vip"]
    assert tab.band.tier_reason.text() == labels.tier_reasons()["rule"]
    assert tab.band.values["purchases"].text().startswith("\u00a560,000.00 (1 order")
    assert tab.band.values["profit"].text() == "\u00a515,000.00"
    assert next((h.old_tier, h.new_tier) for h in history.tier_history(customer)) == (
        "ordinary",
        "vip",
    )
    history_table = open_table(tab, "tier_history")
    assert history_table.model.rowCount() >= 1
    assert not history_table.add_button.isVisible(), "tier history is read-only"

    table = open_table(tab, "orders")
    dialog = edit_first(table)
    assert dialog.editor("amount").value() == "60,000.00"
    fill(qtbot, dialog, {"amount": "30,000"})
    click_save(qtbot, dialog)
    assert tab.band.tier_label.text() == labels.tiers()["ordinary"]

    select_first(table)
    assert table.delete_record() is True
    assert orders.orders_of(customer) == []


def test_credit_warning_and_renewal_note(tab: CustomerDetailTab, customer: int) -> None:
    customers.update_customer(
        customer,
        {"credit_limit": "1000", "service_expiry": (TODAY + dt.timedelta(days=10)).isoformat()},
    )
    orders.add_order(customer, {"amount": "5000", "paid": "0"})
    tab.load_customer(customer)
    assert tab.form.credit_warning.isVisible()
    assert "5,000.00" in tab.form.credit_warning.text()
    assert tab.form.renewal_note.isVisible()
    assert "10" in tab.form.renewal_note.text()


def test_deal_stage_change_is_recorded(tab: CustomerDetailTab, customer: int, qtbot: QtBot) -> None:
    table, dialog = new_record(tab, customer, "deals")
    fill(qtbot, dialog, {"title": "年度运维续约", "amount": "96000"})
    click_save(qtbot, dialog)
    (deal,) = deals.deals_of(customer)
    assert (deal["stage"], deal["probability"], deal["amount_cents"]) == (
        "potential",
        10,
        9_600_000,
    )

    dialog = edit_first(table)
    choose(dialog, "stage", "negotiation")
    click_save(qtbot, dialog)
    (deal,) = deals.deals_of(customer)
    assert (deal["stage"], deal["probability"]) == ("negotiation", 80), "the stage's probability"
    steps = deals.stage_history(deal["id"])
    assert [(s["from_stage"], s["to_stage"]) for s in steps] == [
        (None, "potential"),
        ("potential", "negotiation"),
    ]
    assert tab.band.values["stage"].text() == labels.customer_stages()["intent"]

    dialog = edit_first(table)
    details = dialog.findChild(type(tab.band.title), "details")
    assert details is not None and "\u2192" in details.text(), "the dialog shows the history"
    dialog.reject()
    select_first(table)
    assert table.delete_record() is True
    assert deals.deals_of(customer) == []


def test_service_record_with_satisfaction(
    tab: CustomerDetailTab, customer: int, qtbot: QtBot
) -> None:
    table, dialog = new_record(tab, customer, "services")
    choose(dialog, "kind", "return_visit")
    choose(dialog, "status", "closed")
    choose(dialog, "satisfaction", 5)
    fill(qtbot, dialog, {"subject": "季度回访"})
    click_save(qtbot, dialog)
    (record,) = service_records.services_of(customer)
    assert (record["kind"], record["status"], record["satisfaction"]) == (
        "return_visit",
        "closed",
        5,
    )
    assert record["closed_at"] is not None
    assert tab.band.values["satisfaction"].text().startswith("5.0 / 5")
    cell = table.model.index(0, 0)
    assert table.model.data(cell) == labels.service_kinds()["return_visit"]

    dialog = edit_first(table)
    choose(dialog, "satisfaction", 2)
    click_save(qtbot, dialog)
    assert service_records.services_of(customer)[0]["satisfaction"] == 2
    assert tab.band.values["satisfaction"].text().startswith("2.0 / 5")


def test_tags_through_the_tag_editor(tab: CustomerDetailTab, customer: int, qtbot: QtBot) -> None:
    tab.load_customer(customer)
    editor = tab.tag_editor
    tab.sub_tabs.setCurrentWidget(editor)
    editor.input.insert("高消费")
    editor.group_combo.setCurrentText("消费偏好")
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert [(t.group_name, t.tag_name) for t in tags.customer_tags(customer)] == [
        ("消费偏好", "高消费")
    ]
    assert editor.input.text() == ""

    editor.input.insert("互联网")
    editor.group_combo.setCurrentText("新的分组")
    qtbot.keyClick(editor.input, Qt.Key.Key_Return)
    assert {t.label for t in tags.customer_tags(customer)} == {
        "消费偏好: 高消费",
        "新的分组: 互联网",
    }

    chip = next(c for c in editor.findChildren(TagChip) if c.ref.tag_name == "高消费")
    qtbot.mouseClick(chip.remove_button, Qt.MouseButton.LeftButton)
    assert [t.tag_name for t in tags.customer_tags(customer)] == ["互联网"]

    # The removed tag is offered again by its pinyin initials, and picking it adds it.
    editor.input.setText("gxf")
    editor.complete()
    assert "消费偏好: 高消费" in editor._model.stringList()
    assert editor.add_from_text("消费偏好: 高消费")
    assert {t.tag_name for t in tags.customer_tags(customer)} == {"高消费", "互联网"}


def test_manual_tier_from_the_band(tab: CustomerDetailTab, customer: int) -> None:
    tab.load_customer(customer)
    tab.band.tier_actions["super"].trigger()
    row = customers.get_customer(customer)
    assert row is not None and (row["tier"], row["tier_manual"]) == ("super", "super")
    assert tab.band.tier_label.text() == labels.tiers()["super"]
    assert tab.band.tier_reason.text() == labels.tier_reasons()["hand"]
    tab.band.rule_action.trigger()
    row = customers.get_customer(customer)
    assert row is not None and (row["tier"], row["tier_manual"]) == ("ordinary", None)
    assert tab.band.tier_reason.text() == labels.tier_reasons()["rule"]


def test_changes_elsewhere_refresh_but_never_clobber_edits(
    tab: CustomerDetailTab, customer: int, qtbot: QtBot
) -> None:
    tab.load_customer(customer)
    bus.changed(customers.update_customer(customer, {"wechat": "from_elsewhere"}))
    assert line(tab, "wechat").text() == "from_elsewhere"

    type_into(qtbot, line(tab, "short_name"), "我的修改")
    bus.changed(customers.update_customer(customer, {"wechat": "again"}))
    assert line(tab, "short_name").text() == "我的修改", "unsaved edits kept"
    assert line(tab, "wechat").text() == "from_elsewhere"
    tab.load_customer(customer)  # opened again from the list: same customer, edits kept
    assert line(tab, "short_name").text() == "我的修改"
    _, changes = orders.add_order(customer, {"amount": "60000"})
    bus.changed(changes)
    assert tab.band.tier_label.text() == labels.tiers()["vip"], "the band still refreshes"

    bus.changed(customers.delete_customers([customer]))
    assert tab.current_customer_id() is None
    assert tab.stack.currentIndex() == 0


def test_referred_by_picker(tab: CustomerDetailTab, customer: int, qtbot: QtBot) -> None:
    friend, _ = customers.create_customer({"name": "宁波港务集团"})
    tab.load_customer(customer)
    picker = line(tab, "referred_by_id")
    picker.setText("宁波")
    picker.search()  # type: ignore[attr-defined]
    labels_found = picker.completer().model().stringList()  # type: ignore[attr-defined]
    assert len(labels_found) == 1 and labels_found[0].startswith("宁波港务集团")
    picker.completer().activated.emit(labels_found[0])
    assert tab.form.editor("referred_by_id").value() == friend
    assert tab.save()
    row = customers.get_customer(customer)
    assert row is not None and row["referred_by_id"] == friend

    type_into(qtbot, picker, "没有这个客户")
    assert "no customer matches" in tab.form.editor("referred_by_id").problem()
    assert tab.save() is False


def test_every_sub_table_model_passes_the_model_tester(
    tab: CustomerDetailTab, customer: int, qtmodeltester: object
) -> None:
    contacts.add_contact(customer, {"name": "张伟", "mobile": "13900001111", "notes": "两行\n备注"})
    deal_id, _ = deals.add_deal(customer, {"title": "续约", "amount": "1000"})
    deals.update_deal(deal_id, {"stage": "won"})
    orders.add_order(customer, {"amount": "60000", "deal_id": deal_id})
    service_records.add_service(customer, {"kind": "complaint", "satisfaction": 3})
    needs.add_need(customer, {"description": "7x24 电话支持"})
    credit.add_credit_check(customer, {"source": "企查查", "result": "良好"})
    tab.load_customer(customer)
    for table in tab.tables.values():
        table.reload()
        assert table.model.rowCount() >= 1, table.kind.key
        qtmodeltester.check(table.model)  # type: ignore[attr-defined]
        table.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)


def test_state_is_kept_between_runs(
    tab: CustomerDetailTab, customer: int, qsettings: QSettings
) -> None:
    tab.load_customer(customer)
    tab.sub_tabs.setCurrentIndex(3)
    tab.tables["contacts"].view.horizontalHeader().resizeSection(1, 222)
    tab.save_state(qsettings)
    other = CustomerDetailTab()
    try:
        other.restore_state(qsettings)
        assert other.sub_tabs.currentIndex() == 3
        assert other.tables["contacts"].view.horizontalHeader().sectionSize(1) == 222
        assert qsettings.value("detail/splitter") is not None
    finally:
        bus.bus().sig_changed.disconnect(other._on_changed)
        shiboken6.delete(other)


def test_record_deleted_elsewhere_while_editing(
    tab: CustomerDetailTab, customer: int, qtbot: QtBot, message_boxes: MessageBoxes
) -> None:
    contact_id, _ = contacts.add_contact(customer, {"name": "陈静"})
    tab.load_customer(customer)
    table = open_table(tab, "contacts")
    dialog = edit_first(table)
    fill(qtbot, dialog, {"title": "财务"})
    bus.changed(contacts.delete_contact(contact_id))  # another window deletes it meanwhile
    click_save(qtbot, dialog)
    assert message_boxes.shown[-1][0] == "warning"
    assert not dialog.isVisible()
    assert table.model.rowCount() == 0
