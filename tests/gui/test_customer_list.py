"""The customer list tab driven through its widgets and checked against the database."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import pytest
from peewee import SqliteDatabase
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QBrush, QFont, QIcon
from PySide6.QtWidgets import QInputDialog, QToolButton
from pytestqt.qtbot import QtBot

from crm_desktop.services import customer_list, customers, follow_ups, orders, staff
from crm_desktop.services.changes import Changes
from crm_desktop.services.customer_list import CustomerFilter
from crm_desktop.storage.database import bound_database
from crm_desktop.storage.models import Customer, now
from crm_desktop.ui import bus
from crm_desktop.ui import customer_list_model as list_model
from crm_desktop.ui.customer_list_model import CUSTOMER_ID_ROLE, CustomerListModel
from crm_desktop.ui.customer_list_tab import CustomerListTab

TODAY = dt.date.today()
Names = dict[str, int]
MakeTab = Callable[[], CustomerListTab]


@pytest.fixture
def people(db: SqliteDatabase) -> Names:
    """Six customers: a rule VIP with orders, a super by hand, overdue and due follow-ups."""
    ids: Names = {}
    for name, mobile in (
        ("张三", "13800138000"),
        ("李四", "13912345678"),
        ("王五", ""),
        ("赵六", "13700001111"),
        ("Acme Trading", ""),
        ("北京华为科技有限公司", "13600002222"),
    ):
        ids[name], _ = customers.create_customer({"name": name, "mobiles": mobile})
    orders.add_order(ids["李四"], {"order_date": TODAY, "amount": "60000", "cost": "40000"})
    customers.update_customer(ids["王五"], {"tier_manual": "super"})
    follow_ups.log_follow_up(
        ids["张三"],
        {"content": "电话", "next_follow_up": TODAY - dt.timedelta(days=3),
         "occurred_at": dt.datetime.now() - dt.timedelta(days=40)},
    )
    follow_ups.log_follow_up(
        ids["赵六"], {"content": "拜访", "next_follow_up": TODAY + dt.timedelta(days=2)}
    )
    return ids


@pytest.fixture
def make_tab(qtbot: QtBot) -> Iterator[MakeTab]:
    made: list[CustomerListTab] = []

    def make() -> CustomerListTab:
        tab = CustomerListTab()
        qtbot.addWidget(tab)
        tab.resize(1200, 500)
        tab.show()  # the first query runs on the first show (synchronously in tests)
        made.append(tab)
        return tab

    yield make
    for tab in made:  # a closed tab must not answer the next test's changes
        bus.bus().sig_changed.disconnect(tab._bus_changed)


def _owner(customer_id: int) -> int | None:
    row = customers.get_customer(customer_id)
    assert row is not None
    return row["owner_id"]


def names(tab: CustomerListTab) -> list[str]:
    model = tab.model
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]


def click_header(qtbot: QtBot, tab: CustomerListTab, key: str) -> None:
    header = tab.view.horizontalHeader()
    logical = list_model.COLUMN_KEYS.index(key)
    header.setSectionHidden(logical, False)
    x = header.sectionViewportPosition(logical) + header.sectionSize(logical) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def toolbar_button(tab: CustomerListTab, action: object) -> QToolButton:
    button = tab.toolbar.widgetForAction(action)  # type: ignore[arg-type]
    assert isinstance(button, QToolButton)
    return button


def select_rows(tab: CustomerListTab, rows: list[int]) -> list[int]:
    tab.view.clearSelection()
    for row in rows:
        tab.view.selectionModel().select(
            tab.model.index(row, 0),
            tab.view.selectionModel().SelectionFlag.Select
            | tab.view.selectionModel().SelectionFlag.Rows,
        )
    return [tab.model.customer_id(r) for r in rows]  # type: ignore[misc]


# -- the model ----------------------------------------------------------------------------


def test_model_passes_modeltester_and_shows_formatted_values(
    qtbot: QtBot, qtmodeltester: object, people: Names
) -> None:
    model = CustomerListModel()
    model.query(CustomerFilter())
    assert model.rowCount() == 6
    qtmodeltester.check(model)  # type: ignore[attr-defined]

    rows = model.rows_of(people.values())
    col = list_model.COLUMN_KEYS.index

    def cell(name: str, key: str, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        return model.data(model.index(rows[people[name]], col(key)), role)

    assert cell("李四", "purchase_total") == "¥60,000.00"
    assert cell("李四", "profit") == "¥20,000.00"
    assert cell("李四", "tier") == "VIP"
    assert cell("李四", "last_purchase") == TODAY.isoformat()
    assert cell("王五", "tier") == "Super"
    font = cell("王五", "tier", Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.italic()
    assert "by hand" in str(cell("王五", "tier", Qt.ItemDataRole.ToolTipRole))
    # 张三: last contact 40 days ago (ordinary: every 30 days) and the follow-up is overdue.
    assert isinstance(cell("张三", "name", Qt.ItemDataRole.DecorationRole), QIcon)
    assert "Overdue for follow-up" in str(cell("张三", "name", Qt.ItemDataRole.ToolTipRole))
    overdue = cell("张三", "next_follow_up", Qt.ItemDataRole.ForegroundRole)
    assert isinstance(overdue, QBrush) and overdue.color().name() == list_model.OVERDUE_TEXT
    assert cell("赵六", "next_follow_up", Qt.ItemDataRole.ForegroundRole) is None
    assert "Never contacted" in str(cell("Acme Trading", "name", Qt.ItemDataRole.ToolTipRole))
    assert cell("张三", "mobiles") == "13800138000"
    assert cell("张三", "name", CUSTOMER_ID_ROLE) == people["张三"]


def test_a_long_unfiltered_list_shows_its_first_page_before_every_id_is_in(
    qtbot: QtBot, people: Names, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(list_model, "FIRST_PAGE_MIN_ROWS", 1)
    monkeypatch.setattr(list_model, "PAGE_SIZE", 2)
    model = CustomerListModel()
    seen: list[list[int | None]] = []
    model.modelReset.connect(
        lambda: seen.append([model.customer_id(r) for r in range(model.rowCount())])
    )
    model.query(CustomerFilter())
    first, full = seen
    assert len(first) == len(full) == 6, "the scroll bar has the whole length at once"
    assert first[:2] == full[:2] and first[2:] == [None] * 4
    assert model.data(model.index(5, 0)) is not None, "every row once the ids are in"
    # A filtered list runs one query: its length is not known without running it.
    seen.clear()
    model.query(CustomerFilter(tiers=["vip"]))
    assert len(seen) == 1


def test_invalid_customers_are_greyed(
    qtbot: QtBot, qtmodeltester: object, db: SqliteDatabase
) -> None:
    cid, _ = customers.create_customer({"name": "无联系方式"})
    model = CustomerListModel()
    model.query(CustomerFilter())
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert Customer.get_by_id(cid).is_valid is False
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ForegroundRole) is not None
    valid_col = list_model.COLUMN_KEYS.index("is_valid")
    assert model.data(model.index(0, valid_col)) == "Invalid"


def test_money_keeps_cents_exact() -> None:
    locale = list_model.display_locale()
    assert list_model.money_text(123_456_789_012_345, locale) == "¥1,234,567,890,123.45"
    assert list_model.money_text(-5, locale) == "-¥0.05"
    assert list_model.money_text(None, locale) == ""


# -- searching and filtering ---------------------------------------------------------------


def test_search_as_you_type_is_debounced_and_narrows(
    qtbot: QtBot, make_tab: MakeTab, people: Names
) -> None:
    tab = make_tab()
    counts: list[int] = []
    tab.sig_count_changed.connect(counts.append)
    assert tab.model.rowCount() == 6

    qtbot.keyClicks(tab.search_edit, "zs")
    # Nothing is queried while typing: the debounce timer waits for a pause.
    assert tab.model.rowCount() == 6 and counts == []
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=2000)
    assert names(tab) == ["张三"]
    assert counts == [1]  # one query for two keystrokes
    assert "zs" in tab.summary_label.text()

    tab.search_edit.clear()
    qtbot.keyClicks(tab.search_edit, "nobody")
    qtbot.waitUntil(lambda: counts[-1] == 0, timeout=2000)
    assert "No customer matches \u201cnobody\u201d" in tab.view.empty_text()

    tab.search_edit.clear()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 6, timeout=2000)
    assert tab.view.empty_text() == ""
    assert not tab.summary_widget.isVisible()


def test_filter_by_tier_by_clicking_the_panel(
    qtbot: QtBot, make_tab: MakeTab, people: Names
) -> None:
    tab = make_tab()
    tiers = tab.panel.tier_list
    item = next(tiers.item(i) for i in range(tiers.count()) if tiers.item(i).text() == "VIP")
    qtbot.mouseClick(
        tiers.viewport(), Qt.MouseButton.LeftButton, pos=tiers.visualItemRect(item).center()
    )
    assert item.checkState() == Qt.CheckState.Checked
    assert names(tab) == ["李四"]
    assert tab.current_filter().tiers == ["vip"]
    assert "Tier: VIP" in tab.summary_label.text()
    assert tab.filter_button.text() == "Filters (1)"

    tab.panel.tier_list.check("super")
    assert sorted(names(tab)) == sorted(["李四", "王五"])

    tab.panel.clear_button.click()
    assert tab.model.rowCount() == 6 and tab.current_filter() == CustomerFilter()


def test_filter_by_follow_up_status(make_tab: MakeTab, people: Names) -> None:
    tab = make_tab()
    tab.panel.follow_up_list.check("overdue")
    assert names(tab) == ["张三"]
    tab.panel.follow_up_list.check("overdue", False)
    tab.panel.follow_up_list.check("upcoming")
    assert names(tab) == ["赵六"]
    tab.panel.follow_up_list.check("never")  # or: never contacted
    everyone_but_zhang = [n for n in people if n != "张三"]
    assert sorted(names(tab)) == sorted(everyone_but_zhang)
    tab.panel.tier_list.check("super")  # and the criteria combine
    assert names(tab) == ["王五"]


def test_archive_view_and_an_empty_result_say_so(make_tab: MakeTab, people: Names) -> None:
    tab = make_tab()
    tab.panel.archived_check.setChecked(True)
    assert tab.model.rowCount() == 0
    assert tab.view.empty_text() == "The archive is empty."
    assert tab.act_restore.isVisible() or not tab.act_archive.isVisible()


def test_empty_database_shows_a_hint(make_tab: MakeTab, db: SqliteDatabase) -> None:
    tab = make_tab()
    counts: list[int] = []
    tab.sig_count_changed.connect(counts.append)
    tab.refresh()
    assert counts == [0]
    assert "No customers yet" in tab.view.empty_text()
    assert "Ctrl+N" in tab.view.empty_text()


# -- sorting and paging --------------------------------------------------------------------


def test_sorting_by_clicking_headers_queries_in_sql(
    qtbot: QtBot, make_tab: MakeTab, people: Names
) -> None:
    tab = make_tab()
    assert tab.current_sort() == ("name", False)
    ascending = names(tab)
    queries = tab.model.queries_run

    click_header(qtbot, tab, "name")
    assert tab.current_sort() == ("name", True)
    assert tab.model.queries_run == queries + 1
    assert names(tab) == ascending[::-1]
    expected = customer_list.query_ids(CustomerFilter(), "name", True)
    assert list(tab.model.ids()) == list(expected)

    click_header(qtbot, tab, "purchase_total")  # money starts with the biggest
    assert tab.current_sort() == ("purchase_total", True)
    assert names(tab)[0] == "李四"

    queries = tab.model.queries_run
    click_header(qtbot, tab, "mobiles")  # no index to sort by: nothing happens
    assert tab.current_sort() == ("purchase_total", True)
    assert tab.model.queries_run == queries
    header = tab.view.horizontalHeader()
    assert header.sortIndicatorSection() == list_model.COLUMN_KEYS.index("purchase_total")


@pytest.fixture
def many(db: SqliteDatabase) -> int:
    """1,500 customers inserted in one go (the paging tests need numbers, not realism)."""
    rows = [
        {"name": f"客户{i:04d}", "sort_name": f"kehu{i:04d}", "created_at": now()}
        for i in range(1500)
    ]
    with bound_database().atomic():
        for start in range(0, len(rows), 300):
            Customer.insert_many(rows[start : start + 300]).execute()
    return len(rows)


def test_only_the_pages_in_view_are_fetched(
    qtbot: QtBot, make_tab: MakeTab, many: int
) -> None:
    tab = make_tab()
    model = tab.model
    assert model.rowCount() == many
    qtbot.waitUntil(lambda: model.rows_fetched > 0, timeout=2000)  # the first paint
    qtbot.wait(20)
    assert model.rows_fetched == list_model.PAGE_SIZE  # the first page, nothing else
    tab.view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rows_fetched > list_model.PAGE_SIZE, timeout=2000)
    qtbot.wait(20)
    # The page at the bottom (rows 1,400-1,499, a short one), never the 1,100 in between.
    assert model.rows_fetched == list_model.PAGE_SIZE + many % list_model.PAGE_SIZE
    assert model.data(model.index(many - 1, 0)) == "客户1499"


def test_a_requery_keeps_the_scroll_position(
    qtbot: QtBot, make_tab: MakeTab, many: int
) -> None:
    tab = make_tab()
    view = tab.view
    view.setCurrentIndex(tab.model.index(1005, 0))
    view.scrollTo(tab.model.index(1000, 0), view.ScrollHint.PositionAtTop)
    qtbot.wait(10)
    top = view.rowAt(0)
    assert 990 <= top <= 1000
    _, changes = customers.create_customer({"name": "Aaa 排第一"})  # shifts every row by one
    bus.changed(changes)
    qtbot.wait(10)
    assert tab.model.rowCount() == many + 1
    assert view.currentIndex().row() == 1006
    assert view.rowAt(0) == top + 1  # the same customers are still in view
    assert tab.model.data(tab.model.index(view.rowAt(0), 0)) == f"客户{top:04d}"


def test_page_cache_is_bounded(
    monkeypatch: pytest.MonkeyPatch, qtmodeltester: object, many: int
) -> None:
    monkeypatch.setattr(list_model, "CACHE_ROWS", 400)
    model = CustomerListModel()
    model.query(CustomerFilter())
    for row in range(0, many, 7):
        assert model.data(model.index(row, 0)) == f"客户{row:04d}"
    assert model.cached_rows() <= 400
    assert model.rows_fetched == many  # each page read once while walking down


# -- bulk actions and undo -----------------------------------------------------------------


def test_bulk_archive_through_the_toolbar_then_undo(
    qtbot: QtBot, make_tab: MakeTab, people: Names
) -> None:
    tab = make_tab()
    chosen = select_rows(tab, [0, 2])
    assert tab.selected_ids() == chosen
    assert tab.selection_label.text() == "2 selected"
    qtbot.mouseClick(toolbar_button(tab, tab.act_archive), Qt.MouseButton.LeftButton)

    assert all(Customer.get_by_id(i).archived_at is not None for i in chosen)
    assert tab.model.rowCount() == 4
    assert not set(chosen) & set(tab.model.ids())
    assert tab.undo_bar.isVisible() and "2 customer(s) moved" in tab.undo_bar.label.text()

    qtbot.mouseClick(tab.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    assert all(Customer.get_by_id(i).archived_at is None for i in chosen)
    assert tab.model.rowCount() == 6
    assert not tab.undo_bar.isVisible()


def test_undo_refused_asks_before_discarding_later_edits(
    qtbot: QtBot, make_tab: MakeTab, people: Names, message_boxes: object
) -> None:
    tab = make_tab()
    chosen = select_rows(tab, [1])
    tab.act_archive.trigger()
    # Someone edits the archived customer afterwards.
    later = dt.datetime.now() + dt.timedelta(minutes=5)
    Customer.update(updated_at=later).where(Customer.id == chosen[0]).execute()

    qtbot.mouseClick(tab.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    shown = message_boxes.shown  # type: ignore[attr-defined]
    assert shown[-1][0] == "question" and "edited afterwards" in shown[-1][1]
    assert Customer.get_by_id(chosen[0]).archived_at is None  # answered Yes: forced


def test_delete_asks_then_undo_brings_everything_back(
    qtbot: QtBot, make_tab: MakeTab, people: Names, message_boxes: object
) -> None:
    from PySide6.QtWidgets import QMessageBox

    tab = make_tab()
    rows = tab.model.rows_of([people["李四"], people["张三"]])
    chosen = select_rows(tab, sorted(rows.values()))

    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow, timeout=5000)  # shortcuts work in the active window
    tab.search_edit.setFocus()
    qtbot.keyClick(tab.search_edit, Qt.Key.Key_Delete)  # edits the text, deletes nobody
    assert message_boxes.shown == []  # type: ignore[attr-defined]
    message_boxes.answer = QMessageBox.StandardButton.No  # type: ignore[attr-defined]
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    assert message_boxes.shown[-1][0] == "question"  # type: ignore[attr-defined]
    assert Customer.select().count() == 6

    message_boxes.answer = QMessageBox.StandardButton.Yes  # type: ignore[attr-defined]
    qtbot.mouseClick(toolbar_button(tab, tab.act_delete), Qt.MouseButton.LeftButton)
    assert "Delete 2 customer(s)" in message_boxes.shown[-1][1]  # type: ignore[attr-defined]
    assert Customer.select().where(Customer.id.in_(chosen)).count() == 0
    assert tab.model.rowCount() == 4 and "2 customer(s) deleted" in tab.undo_bar.label.text()

    tab.undo_bar.undo_button.click()
    assert Customer.select().where(Customer.id.in_(chosen)).count() == 2
    assert len(orders.orders_of(people["李四"])) == 1
    assert sorted(names(tab)) == sorted(people)


def test_tier_by_hand_and_owner_from_the_menus(make_tab: MakeTab, people: Names) -> None:
    tab = make_tab()
    owner_id, added = staff.add_staff({"name": "王芳"})
    bus.changed(added)  # as the settings dialog announces it
    chosen = select_rows(tab, [0, 1, 2])
    vip = next(a for a in tab.tier_menu.actions() if a.data() == "vip")
    vip.trigger()
    assert [Customer.get_by_id(i).tier for i in chosen] == ["vip"] * 3
    assert [Customer.get_by_id(i).tier_manual for i in chosen] == ["vip"] * 3
    assert tab.selected_ids() == chosen  # the selection survives the re-query

    tab.owner_menu.aboutToShow.emit()
    member = next(a for a in tab.owner_menu.actions() if a.data() == owner_id)
    member.trigger()
    assert [_owner(i) for i in chosen] == [owner_id] * 3
    owner_col = list_model.COLUMN_KEYS.index("owner")
    assert tab.model.data(tab.model.index(0, owner_col)) == "王芳"
    # The owner filter offers the new staff member.
    assert owner_id in [
        tab.panel.owner_list.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(tab.panel.owner_list.count())
    ]
    tab.act_tier_rules.trigger()
    assert [Customer.get_by_id(i).tier_manual for i in chosen] == [None] * 3


# -- opening, keeping the place, state -------------------------------------------------------


def test_enter_opens_the_customer_and_current_is_announced(
    qtbot: QtBot, make_tab: MakeTab, people: Names
) -> None:
    tab = make_tab()
    currents: list[object] = []
    tab.sig_current_changed.connect(currents.append)
    tab.view.setFocus()
    tab.view.setCurrentIndex(tab.model.index(2, 0))
    expected = tab.model.customer_id(2)
    assert tab.current_customer_id() == expected and currents == [expected]
    with qtbot.waitSignal(bus.bus().sig_open_customer, timeout=1000) as blocker:
        qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    assert blocker.args == [expected]


def test_a_change_elsewhere_requeries_and_keeps_the_current_customer(
    make_tab: MakeTab, people: Names
) -> None:
    tab = make_tab()
    tab.view.setCurrentIndex(tab.model.index(3, 0))
    current = tab.current_customer_id()
    # A new customer sorted first ("Aaa") shifts every row down by one.
    _, changes = customers.create_customer({"name": "Aaa 新客户"})
    queries = tab.model.queries_run
    bus.changed(changes)
    assert tab.model.queries_run == queries + 1
    assert tab.model.rowCount() == 7
    assert tab.current_customer_id() == current
    assert tab.view.currentIndex().row() == 4
    bus.changed(Changes(deals=True))  # nothing the list shows
    assert tab.model.queries_run == queries + 1


def test_state_round_trip(make_tab: MakeTab, people: Names, qsettings: QSettings) -> None:
    tab = make_tab()
    menu = tab.column_menu()
    toggles = {a.data(): a for a in menu.actions() if a.isCheckable()}
    toggles["code"].setChecked(False)
    toggles["email"].setChecked(True)
    header = tab.view.horizontalHeader()
    header.moveSection(header.visualIndex(list_model.COLUMN_KEYS.index("email")), 1)
    tab.panel.tier_list.check("vip")
    tab.panel.follow_up_list.check("never")
    tab.view.sortByColumn(list_model.COLUMN_KEYS.index("created"), Qt.SortOrder.DescendingOrder)
    columns, flt, sort = tab.visible_columns(), tab.current_filter(), tab.current_sort()
    assert columns[:2] == ["name", "email"] and "code" not in columns
    assert sort == ("created", True)
    tab.save_state(qsettings)

    again = make_tab()
    again.restore_state(qsettings)
    assert again.visible_columns() == columns
    assert again.current_filter() == flt
    assert again.current_sort() == sort
    assert again.panel.tier_list.codes() == ["vip"]
    assert names(again) == ["李四"]


def test_save_and_pick_a_saved_filter(
    make_tab: MakeTab, people: Names, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = make_tab()
    tab.panel.tier_list.check("super")
    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *a, **k: ("  我的超级客户 ", True))
    )
    tab.panel.save_button.click()
    assert customer_list.saved_filters()["我的超级客户"].tiers == ["super"]

    tab.panel.clear_button.click()
    assert tab.model.rowCount() == 6
    combo = tab.panel.saved_combo
    index = combo.findText("我的超级客户")
    assert index > 0
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    assert names(tab) == ["王五"]
    assert tab.panel.tier_list.codes() == ["super"]

    tab.panel.delete_saved_button.click()  # the stub answers Yes
    assert "我的超级客户" not in customer_list.saved_filters()


def test_set_filter_from_a_report_shows_a_chosen_set(make_tab: MakeTab, people: Names) -> None:
    tab = make_tab()
    chosen = [people["张三"], people["王五"]]
    tab.set_filter(CustomerFilter(customer_ids=chosen))
    assert sorted(tab.model.ids()) == sorted(chosen)
    assert "A chosen set of 2 customer(s)" in tab.summary_label.text()


def test_summary_says_an_open_created_period_in_words(make_tab: MakeTab, people: Names) -> None:
    tab = make_tab()
    start = dt.date(2025, 1, 1)
    tab.set_filter(CustomerFilter(created_from=start, tiers=["super"]))
    parts = tab.panel.summary_parts()
    assert f"Created on or after {start.isoformat()}" in parts
    assert not any("\u2026" in part for part in parts), "no dangling ellipsis for an open end"
    tab.set_filter(CustomerFilter(created_to=start))
    assert tab.panel.summary_parts() == [f"Created on or before {start.isoformat()}"]


def test_row_menu_prints_address_labels_for_the_selected_rows(
    make_tab: MakeTab,
    people: Names,
    db: SqliteDatabase,
    qtbot: QtBot,
    qsettings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from pathlib import Path

    from crm_desktop.ui import customer_reports, printing
    from crm_desktop.ui.main_window import MainWindow

    shown: list[printing.Report] = []
    monkeypatch.setattr(printing, "print_with_preview", lambda report, parent: shown.append(report))
    window = MainWindow(qsettings, Path(db.database))
    qtbot.addWidget(window)
    window.show()
    tab = window.list_tab
    selected = select_rows(tab, [0, 2])
    menu = tab.row_menu()
    assert window.act_print_labels in menu.actions(), "the window's command, not a copy"
    window.act_print_labels.trigger()
    assert len(shown) == 1 and isinstance(shown[0], customer_reports.LabelReport)
    labelled = {entry.name for entry in shown[0].entries}
    assert labelled == {n for n, i in people.items() if i in selected}
    assert window.act_print_labels not in make_tab().row_menu().actions(), "no window, no labels"
