"""The follow-up log tab driven through its widgets and checked against the database."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from peewee import SqliteDatabase
from PySide6.QtCore import QEvent, QModelIndex, QPointF, QSettings, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication
from pytestqt.qtbot import QtBot

from crm_desktop.services import contacts, customers, deals, follow_ups, service_records, staff
from crm_desktop.ui import bus
from crm_desktop.ui.follow_up_tab import (
    LIST_DUE_TODAY,
    LIST_FORGOTTEN,
    LIST_OVERDUE,
    LIST_RENEWALS,
    LIST_UPCOMING,
    NEVER,
    FollowUpTab,
)

TODAY = dt.date.today()
NOW = dt.datetime.now().replace(microsecond=0)


@dataclass(frozen=True)
class Base:
    """A fixed set of customers, one per reminder list, and two owners."""

    wang: int
    li: int
    due_today: int  # wang: next follow-up today
    overdue: int  # li: next follow-up two days ago, last contact 20 days ago
    upcoming: int  # wang: next follow-up in three days, last contact 40 days ago
    never: int  # li: never contacted
    quiet: int  # wang: contacted yesterday, next in ten days: on no list


def _customer(name: str, owner: int, **extra: object) -> int:
    customer_id, _ = customers.create_customer({"name": name, "owner_id": owner, **extra})
    return customer_id


def _log(customer_id: int, days_ago: int, next_in: int | None, content: str = "电话沟通") -> int:
    follow_up_id, _ = follow_ups.log_follow_up(
        customer_id,
        {
            "occurred_at": NOW - dt.timedelta(days=days_ago),
            "channel": "电话",
            "content": content,
            "next_follow_up": TODAY + dt.timedelta(days=next_in) if next_in is not None else None,
        },
    )
    return follow_up_id


@pytest.fixture
def base(db: SqliteDatabase) -> Base:
    wang, _ = staff.add_staff({"name": "王芳"})
    li, _ = staff.add_staff({"name": "李强"})
    due_today = _customer(
        "上海恒信机电", wang, service_expiry=(TODAY + dt.timedelta(days=10)).isoformat()
    )
    overdue = _customer("北京华科信息", li)
    upcoming = _customer("广州美佳餐饮", wang)
    never = _customer("杭州西湖茶行", li)
    quiet = _customer("深圳云帆物流", wang)
    _log(due_today, 3, 0)
    _log(overdue, 20, -2)
    _log(upcoming, 40, 3)
    _log(quiet, 1, 10)
    return Base(wang, li, due_today, overdue, upcoming, never, quiet)


@pytest.fixture
def tab(qtbot: QtBot, base: Base) -> Iterator[FollowUpTab]:
    widget = FollowUpTab()
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.refresh_reminders()
    yield widget


def _double_click(view: QAbstractItemView, index: QModelIndex) -> None:
    """The events a real double-click sends (QTest's mouseDClick skips the first release,
    so item views never emit `activated` from it)."""
    centre = QPointF(view.visualRect(index).center())
    viewport = view.viewport()
    for kind, buttons in (
        (QEvent.Type.MouseButtonPress, Qt.MouseButton.LeftButton),
        (QEvent.Type.MouseButtonRelease, Qt.MouseButton.NoButton),
        (QEvent.Type.MouseButtonDblClick, Qt.MouseButton.LeftButton),
        (QEvent.Type.MouseButtonRelease, Qt.MouseButton.NoButton),
    ):
        event = QMouseEvent(kind, centre, viewport.mapToGlobal(centre), Qt.MouseButton.LeftButton,
                            buttons, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(viewport, event)


def _names(tab: FollowUpTab, key: str) -> list[str]:
    model = tab.lists[key].model
    return [model.entry_at(row).name for row in range(model.rowCount())]  # type: ignore[union-attr]


def test_quick_entry_logs_a_follow_up(qtbot: QtBot, tab: FollowUpTab, base: Base) -> None:
    customer_id = base.never
    contact_id, _ = contacts.add_contact(customer_id, {"name": "陈经理", "title": "采购经理"})
    tab.set_customer(customer_id)
    assert tab.name_label.text() == "杭州西湖茶行"
    form = tab.form
    assert form.contact_combo.currentData() == contact_id  # the primary contact is preselected
    form.channel_combo.setCurrentIndex(form.channel_combo.findData("微信"))
    form.staff_combo.setCurrentIndex(form.staff_combo.findData(base.li))
    form.stage_combo.setCurrentIndex(form.stage_combo.findData("intent"))
    form.outcome_edit.setText("同意下周面谈")
    form.quick_buttons["week"].click()
    tab.start_quick_entry()
    tab.activateWindow()
    assert form.content_edit.hasFocus()
    # QTest types ASCII only: Chinese arrives as an input method would deliver it.
    form.content_edit.insertPlainText("介绍新品，客户感兴趣")

    with qtbot.waitSignal(bus.bus().sig_changed) as changed:
        qtbot.keyClick(form.content_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert customer_id in changed.args[0].customer_ids

    logged = follow_ups.follow_ups_of(customer_id)
    assert len(logged) == 1
    row = logged[0]
    assert row["content"] == "介绍新品，客户感兴趣"
    assert row["outcome"] == "同意下周面谈"
    assert row["channel"] == "微信"
    assert row["contact_id"] == contact_id
    assert row["staff_id"] == base.li
    assert row["stage_after"] == "intent"
    assert row["next_follow_up"] == TODAY + dt.timedelta(days=7)
    record = customers.get_customer(customer_id)
    assert record is not None
    assert str(record["last_contact_at"])[:10] == TODAY.isoformat()
    assert str(record["next_follow_up"]) == (TODAY + dt.timedelta(days=7)).isoformat()
    # The form is ready for the next entry and the timeline shows the new one on top.
    assert form.content_edit.toPlainText() == ""
    assert form.next_follow_up() is None
    first = tab.timeline_model.row_at(0)
    assert first is not None and first.item.record_id == row["id"]
    # The customer left "never contacted" and now waits in the upcoming list.
    tab.forgotten_combo.setCurrentIndex(tab.forgotten_combo.findData(NEVER))
    tab.refresh_reminders()
    assert "杭州西湖茶行" not in _names(tab, LIST_FORGOTTEN)
    assert "杭州西湖茶行" in _names(tab, LIST_UPCOMING)


def test_empty_entry_is_refused_with_a_message(tab: FollowUpTab, base: Base) -> None:
    tab.set_customer(base.quiet)
    tab.form.submit_button.click()
    assert tab.form.problem_label.isVisibleTo(tab)
    assert len(follow_ups.follow_ups_of(base.quiet)) == 1


def test_timeline_shows_follow_ups_services_and_stage_changes_newest_first(
    tab: FollowUpTab, base: Base
) -> None:
    customer_id = base.quiet  # a follow-up yesterday
    service_records.add_service(
        customer_id,
        {"kind": "complaint", "subject": "交货延迟", "opened_at": NOW - dt.timedelta(days=5)},
    )
    _log(customer_id, 9, None, "初次拜访")
    deal_id, _ = deals.add_deal(customer_id, {"title": "批量采购"})
    deals.move_deal(deal_id, "quote")
    tab.set_customer(customer_id)

    rows = [tab.timeline_model.row_at(i) for i in range(tab.timeline_model.rowCount())]
    kinds = [row.item.kind for row in rows if row is not None]
    assert kinds == [
        follow_ups.KIND_STAGE_CHANGE,  # moved to quote (now)
        follow_ups.KIND_STAGE_CHANGE,  # created (now)
        follow_ups.KIND_FOLLOW_UP,  # yesterday
        follow_ups.KIND_SERVICE,  # five days ago
        follow_ups.KIND_FOLLOW_UP,  # nine days ago
    ]
    moments = [row.item.at for row in rows if row is not None]
    assert moments == sorted(moments, reverse=True)
    kind_column = 1
    model = tab.timeline_model
    # Each kind is marked differently: its own colour in the kind column.
    colours = {
        model.data(model.index(r, kind_column), Qt.ItemDataRole.ForegroundRole).name()
        for r in range(model.rowCount())
    }
    assert len(colours) == 3
    content_column = 4
    assert "批量采购" in model.data(model.index(0, content_column))
    assert "交货延迟" in model.data(model.index(3, content_column))
    # Only follow-ups can be edited and deleted here.
    tab.timeline_view.selectRow(0)
    assert not tab.delete_button.isEnabled()
    tab.timeline_view.selectRow(2)
    assert tab.delete_button.isEnabled()


def test_reminder_lists_counts_and_owner_filter(
    qtbot: QtBot, tab: FollowUpTab, base: Base
) -> None:
    with qtbot.waitSignal(tab.sig_reminders_changed) as badge:
        tab.refresh_reminders()
    assert badge.args == [2]  # one due today, one overdue
    assert _names(tab, LIST_DUE_TODAY) == ["上海恒信机电"]
    assert _names(tab, LIST_OVERDUE) == ["北京华科信息"]
    assert _names(tab, LIST_UPCOMING) == ["广州美佳餐饮"]
    assert _names(tab, LIST_RENEWALS) == ["上海恒信机电"]
    assert tab.list_tabs.tabText(0).endswith("(1)")
    summary = tab.reminder_summary()
    assert "1" in summary and summary

    forgotten = {
        15: ["广州美佳餐饮", "北京华科信息"],  # longest forgotten first
        30: ["广州美佳餐饮"],
        90: [],
        NEVER: ["杭州西湖茶行"],
    }
    for days, expected in forgotten.items():
        tab.forgotten_combo.setCurrentIndex(tab.forgotten_combo.findData(days))
        tab.refresh_reminders()
        assert _names(tab, LIST_FORGOTTEN) == expected, days
        assert tab.list_count(LIST_FORGOTTEN) == len(expected)

    tab.owner_combo.setCurrentIndex(tab.owner_combo.findData(base.wang))
    with qtbot.waitSignal(tab.sig_reminders_changed) as badge:
        tab.refresh_reminders()
    assert badge.args == [1]
    assert _names(tab, LIST_DUE_TODAY) == ["上海恒信机电"]
    assert _names(tab, LIST_OVERDUE) == []
    assert tab.lists[LIST_OVERDUE].stack.currentWidget() is tab.lists[LIST_OVERDUE].empty_label
    assert tab.list_tabs.tabText(1).endswith("(0)")
    assert _names(tab, LIST_FORGOTTEN) == []  # never contacted, and owned by 李强


def test_lists_show_the_first_entries_and_say_how_many_there_are(
    tab: FollowUpTab, base: Base
) -> None:
    for index in range(3):
        customer_id = _customer(f"逾期客户{index}", base.li)
        _log(customer_id, 30, -5 - index)
    tab.list_limit = 2
    tab.refresh_reminders()
    assert tab.lists[LIST_OVERDUE].model.rowCount() == 2
    assert tab.list_count(LIST_OVERDUE) == 4
    note = tab.lists[LIST_OVERDUE].note_label
    assert not note.isHidden() and "4" in note.text()


def test_opening_an_entry_jumps_to_the_customer(qtbot: QtBot, tab: FollowUpTab,
                                                base: Base) -> None:
    view = tab.lists[LIST_OVERDUE].view
    view.setCurrentIndex(view.model().index(0, 0))
    with qtbot.waitSignal(bus.bus().sig_open_customer) as opened:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened.args == [base.overdue]

    tab.list_tabs.setCurrentWidget(tab.lists[LIST_UPCOMING])
    view = tab.lists[LIST_UPCOMING].view
    qtbot.waitUntil(view.isVisible)
    with qtbot.waitSignal(bus.bus().sig_open_customer) as opened:
        _double_click(view, view.model().index(0, 0))
    assert opened.args == [base.upcoming]


def test_edit_a_follow_up(tab: FollowUpTab, base: Base) -> None:
    tab.set_customer(base.quiet)
    tab.timeline_view.setCurrentIndex(tab.timeline_model.index(0, 0))
    tab.edit_selected()
    assert tab.form.editing_id is not None
    assert tab.form.content_edit.toPlainText() == "电话沟通"
    tab.form.content_edit.setPlainText("电话沟通，确认交期")
    tab.form.quick_buttons["clear"].click()
    tab.form.submit_button.click()
    rows = follow_ups.follow_ups_of(base.quiet)
    assert len(rows) == 1
    assert rows[0]["content"] == "电话沟通，确认交期"
    assert rows[0]["next_follow_up"] is None
    assert tab.form.editing_id is None
    record = customers.get_customer(base.quiet)
    assert record is not None and record["next_follow_up"] is None


def test_delete_then_undo(qtbot: QtBot, tab: FollowUpTab, base: Base) -> None:
    customer_id = base.overdue
    before = customers.get_customer(customer_id)
    assert before is not None
    tab.set_customer(customer_id)
    tab.timeline_view.setCurrentIndex(tab.timeline_model.index(0, 0))
    tab.timeline_view.setFocus()
    with qtbot.waitSignal(bus.bus().sig_changed):
        qtbot.keyClick(tab.timeline_view, Qt.Key.Key_Delete)
    assert follow_ups.follow_ups_of(customer_id) == []
    assert tab.timeline_model.rowCount() == 0
    assert tab.undo_bar.isVisibleTo(tab)
    after_delete = customers.get_customer(customer_id)
    assert after_delete is not None and after_delete["last_contact_at"] is None
    # The lists refresh a moment after the change (writes come in bursts).
    qtbot.waitUntil(lambda: "北京华科信息" not in _names(tab, LIST_OVERDUE))

    with qtbot.waitSignal(bus.bus().sig_changed):
        tab.undo_button.click()
    assert not tab.undo_bar.isVisibleTo(tab)
    restored = follow_ups.follow_ups_of(customer_id)
    assert [r["content"] for r in restored] == ["电话沟通"]
    record = customers.get_customer(customer_id)
    assert record is not None
    assert record["last_contact_at"] == before["last_contact_at"]
    assert record["next_follow_up"] == before["next_follow_up"]
    assert tab.timeline_model.rowCount() == 1
    qtbot.waitUntil(lambda: _names(tab, LIST_OVERDUE) == ["北京华科信息"])


def test_draft_is_kept_per_customer(tab: FollowUpTab, base: Base) -> None:
    tab.set_customer(base.quiet)
    tab.form.content_edit.setPlainText("写了一半")
    tab.set_customer(base.overdue)
    assert tab.form.content_edit.toPlainText() == ""
    tab.set_customer(base.quiet)
    assert tab.form.content_edit.toPlainText() == "写了一半"


def test_state_is_kept_between_runs(qtbot: QtBot, tab: FollowUpTab, base: Base,
                                    qsettings: QSettings) -> None:
    tab.owner_combo.setCurrentIndex(tab.owner_combo.findData(base.li))
    tab.forgotten_combo.setCurrentIndex(tab.forgotten_combo.findData(90))
    tab.list_tabs.setCurrentIndex(3)
    tab.save_state(qsettings)

    again = FollowUpTab()
    qtbot.addWidget(again)
    again.restore_state(qsettings)
    assert again.owner_filter() == base.li
    assert again.forgotten_days() == 90
    assert again.list_tabs.currentIndex() == 3
    again.refresh_reminders()
    assert _names(again, LIST_OVERDUE) == ["北京华科信息"]
    assert _names(again, LIST_DUE_TODAY) == []


def test_no_customer_shows_a_hint(tab: FollowUpTab) -> None:
    tab.set_customer(None)
    assert tab.customer_stack.currentWidget() is tab.placeholder
    tab.start_quick_entry()  # nothing to log against: no error
