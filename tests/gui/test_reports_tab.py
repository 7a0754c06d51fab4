"""The reports tab driven through its widgets, its charts checked against services.analytics."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from peewee import SqliteDatabase
from PySide6.QtCore import QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from crm_desktop.services import customers, deals, facts, orders, staff, tags
from crm_desktop.services.analytics import PERIOD_CUSTOM, PERIOD_THIS_YEAR, Period, Scope, analyse
from crm_desktop.services.customer_list import CustomerFilter
from crm_desktop.ui import analysis_views, bus
from crm_desktop.ui.analysis_report import write_analysis_pdf
from crm_desktop.ui.analysis_views import KEY_ROLE, SORT_ROLE
from crm_desktop.ui.charts import BarChart, FunnelChart, GroupedBarChart, LineChart
from crm_desktop.ui.reports_tab import SCOPE_ALL, SCOPE_LIST, SCOPE_OWNER, SCOPE_TIER, ReportsTab

TODAY = dt.date.today()
ROOT = Path(__file__).resolve().parents[2]
Names = dict[str, int]


@pytest.fixture
def business(db: SqliteDatabase) -> Names:
    """Two owners, five customers (one VIP by hand, one tagged), orders and deals."""
    ids: Names = {}
    ids["王芳"], _ = staff.add_staff({"name": "王芳"})
    ids["李强"], _ = staff.add_staff({"name": "李强"})
    for name, owner in (
        ("华为科技", "王芳"),
        ("张三", "王芳"),
        ("李四", "李强"),
        ("北京远大", "李强"),
        ("赵六", "王芳"),
    ):
        ids[name], _ = customers.create_customer({"name": name, "owner_id": ids[owner]})
    customers.update_customer(ids["北京远大"], {"tier_manual": "vip"})
    ids["重点"] = tags.find_or_create("行业", "重点")
    tags.set_customer_tags(ids["华为科技"], [ids["重点"]])
    for name, amount, cost, days_ago in (
        ("华为科技", "9000", "4000", 2),
        ("华为科技", "3000", "1000", 40),
        ("李四", "5000", "4500", 10),
        ("北京远大", "20000", "12000", 5),
    ):
        orders.add_order(
            ids[name],
            {"order_date": TODAY - dt.timedelta(days=days_ago), "amount": amount, "cost": cost},
        )
    for name, stage in (
        ("华为科技", "won"),
        ("张三", "intent"),
        ("李四", "intent"),
        ("赵六", "lost"),
    ):
        deal_id, _ = deals.add_deal(ids[name], {"title": f"{name}的项目", "amount": "8000"})
        if stage != "potential":
            deals.move_deal(deal_id, stage)
    facts.refresh_classification(today=TODAY)
    return ids


@pytest.fixture
def make_tab(qtbot: QtBot) -> Iterator[Callable[..., ReportsTab]]:
    def make(list_filter: Callable[[], CustomerFilter] | None = None) -> ReportsTab:
        tab = ReportsTab(list_filter=list_filter)
        tab.today = TODAY
        qtbot.addWidget(tab)
        tab.resize(1400, 900)
        tab.show()
        # The charts are built just after the first show, then the analysis runs.
        qtbot.waitUntil(lambda: tab.analysis is not None)
        return tab

    yield make


def _values(bars: list[analysis_views.Bar]) -> list[float]:
    return [b.value for b in bars]


def test_charts_show_the_analysis_of_the_period_and_scope(
    business: Names, make_tab: Callable[..., ReportsTab]
) -> None:
    tab = make_tab()
    expected = analyse(Period.last_12_months(TODAY), Scope(), today=TODAY)
    assert tab.analysis == expected
    tiers = tab.charts["tiers"]
    assert isinstance(tiers, BarChart)
    assert tiers.keys() == ["ordinary", "vip", "super"]
    assert tiers.values() == _values(expected.tiers) == [4.0, 1.0, 0.0]
    lifecycle = tab.charts["lifecycle"]
    assert isinstance(lifecycle, BarChart)
    assert lifecycle.values() == _values(expected.lifecycle)
    top = tab.charts["top_by_profit"]
    assert isinstance(top, BarChart)
    # Profit in yuan, best first: 20000 - 12000, (9000 - 4000) + (3000 - 1000), 5000 - 4500.
    assert top.keys() == [
        str(business["北京远大"]),
        str(business["华为科技"]),
        str(business["李四"]),
    ]
    assert top.values() == _values(expected.top_by_profit) == [8000.0, 7000.0, 500.0]
    funnel = tab.charts["funnel"]
    assert isinstance(funnel, FunnelChart)
    assert [s.key for s in funnel.steps()] == [s.stage for s in expected.funnel]
    assert funnel.steps()[-1].set_apart  # the lost deals, drawn apart
    staff_chart = tab.charts["staff"]
    assert isinstance(staff_chart, GroupedBarChart)
    assert staff_chart.keys() == [str(k.staff_id) for k in expected.staff]
    satisfaction = tab.charts["satisfaction_trend"]
    assert isinstance(satisfaction, LineChart)
    assert satisfaction.values() == _values(expected.satisfaction_trend)
    # The headline grid shows the service's figures, formatted.
    shown = [
        (n.text(), v.text()) for n, v in zip(tab.headline_names, tab.headline_values, strict=True)
    ]
    assert shown == analysis_views.headline_items(expected.headline)
    assert shown[0][1] == "5"

    # An owner's scope: only her three customers.
    tab.set_scope(SCOPE_OWNER, business["王芳"])
    owner_scope = Scope(owner_id=business["王芳"])
    expected = analyse(Period.last_12_months(TODAY), owner_scope, today=TODAY)
    assert tab.scope() == owner_scope
    assert tiers.values() == _values(expected.tiers) == [3.0, 0.0, 0.0]
    assert tab.headline_values[0].text() == "3"

    # A tier's scope, then a custom period of one month.
    tab.set_scope(SCOPE_TIER, "vip")
    assert tiers.values() == [0.0, 1.0, 0.0]
    start = TODAY.replace(day=1)
    tab.set_period(PERIOD_CUSTOM, start, TODAY)
    assert tab.start_edit.isVisibleTo(tab)
    assert tab.period() == Period.custom(start, TODAY)
    months = tab.charts["new_per_month"]
    assert isinstance(months, BarChart)
    assert months.keys() == [f"{TODAY.year:04d}-{TODAY.month:02d}"]
    assert tab.analysis == analyse(Period.custom(start, TODAY), Scope(tier="vip"), today=TODAY)

    # A custom range that ends before it starts says so and keeps the last figures.
    tab.start_edit.setDate(tab.end_edit.date().addDays(1))
    assert "before it starts" in tab.status_label.text()
    assert tab.analysis is not None and tab.analysis.period == Period.custom(start, TODAY)


def test_scope_of_the_list_filter_follows_the_customer_list(
    business: Names, make_tab: Callable[..., ReportsTab]
) -> None:
    list_filter = CustomerFilter(tag_ids=[business["重点"]])
    tab = make_tab(list_filter=lambda: list_filter)
    tab.set_scope(SCOPE_LIST)
    assert tab.analysis is not None
    assert tab.analysis.scope == Scope(customer_filter=list_filter)
    assert tab.analysis.headline.customers == 1
    tab.set_scope(SCOPE_ALL)
    assert tab.analysis.headline.customers == 5


def test_charts_are_built_only_when_the_tab_is_first_shown(tmp_path: Path) -> None:
    """pyqtgraph costs most of a second to import: not at start-up, only on first show."""
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from crm_desktop.storage.database import open_database\n"
        "from crm_desktop.ui import tasks\n"
        "app = QApplication([])\n"
        "open_database(sys.argv[1])\n"
        "tasks.set_synchronous(True)\n"
        "from crm_desktop.ui.main_window import MainWindow\n"
        "from crm_desktop.ui.reports_tab import ReportsTab\n"
        "tab = ReportsTab()\n"
        "assert 'pyqtgraph' not in sys.modules, 'pyqtgraph loaded before the tab was shown'\n"
        "assert not tab.charts\n"
        "tab.show()\n"
        "assert 'pyqtgraph' not in sys.modules and not tab.charts  # the tab paints first\n"
        "app.processEvents()\n"
        "assert 'pyqtgraph' in sys.modules and len(tab.charts) == 9\n"
        "assert tab.analysis is not None and tab.analysis.headline.customers == 0\n"
        "print('ok')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "crm.db")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.stdout.strip() == "ok", result.stderr


def test_table_models_pass_the_model_tester_and_sort(
    business: Names, make_tab: Callable[..., ReportsTab], qtmodeltester: object
) -> None:
    tab = make_tab()
    for code in analysis_views.SECTION_CODES:
        qtmodeltester.check(tab.models[code])  # type: ignore[attr-defined]
        qtmodeltester.check(tab.proxies[code])  # type: ignore[attr-defined]
    proxy = tab.proxies["top_by_profit"]
    assert proxy.rowCount() == 3
    profit_column = 1
    assert proxy.headerData(profit_column, Qt.Orientation.Horizontal) == "Profit"
    tab.tables["top_by_profit"].sortByColumn(profit_column, Qt.SortOrder.AscendingOrder)
    profits = [proxy.index(r, profit_column).data(SORT_ROLE) for r in range(proxy.rowCount())]
    assert profits == sorted(profits) == [50000.0, 700000.0, 800000.0]  # cents
    assert proxy.index(0, profit_column).data() == "¥500.00"
    assert proxy.index(0, 0).data() == "李四"
    assert proxy.index(0, 0).data(KEY_ROLE) == str(business["李四"])


def test_clicking_a_bar_opens_the_customer_list_filtered_to_it(
    business: Names,
    make_tab: Callable[..., ReportsTab],
    qtbot: QtBot,
    qsettings: QSettings,
    db: SqliteDatabase,
) -> None:
    from crm_desktop.ui.main_window import TAB_LIST, TAB_REPORTS, MainWindow

    window = MainWindow(qsettings, Path(db.database))
    qtbot.addWidget(window)
    window.show()
    tab = window.reports_tab
    tab.today = TODAY
    window.tabs.setCurrentIndex(TAB_REPORTS)
    qtbot.waitUntil(lambda: tab.analysis is not None)
    chart = tab.charts["tiers"]
    qtbot.waitUntil(lambda: chart.plot.isVisible())
    # A real click on the VIP bar, where the view shows it.
    vip = chart.keys().index("vip")
    scene_point = chart.scene_position(vip)
    view_point: QPoint = chart.plot.mapFromScene(scene_point)
    with qtbot.waitSignal(bus.bus().sig_show_customers, timeout=2000) as shown:
        qtbot.mouseClick(chart.plot.viewport(), Qt.MouseButton.LeftButton, pos=view_point)
    assert shown.args == [CustomerFilter(tiers=["vip"])]
    assert window.tabs.currentIndex() == TAB_LIST
    assert window.list_tab.current_filter().tiers == ["vip"]
    assert window.list_tab.model.rowCount() == 1

    # A funnel stage: the customers of the deals now at that stage.
    window.tabs.setCurrentIndex(TAB_REPORTS)
    funnel = tab.charts["funnel"]
    with qtbot.waitSignal(bus.bus().sig_show_customers, timeout=2000) as shown:
        funnel.click(funnel.keys().index("intent"))
    assert shown.args == [CustomerFilter(customer_ids=sorted([business["张三"], business["李四"]]))]
    assert window.list_tab.model.rowCount() == 2

    # A staff member's bars, within an owner scope kept as it is.
    with qtbot.waitSignal(bus.bus().sig_show_customers, timeout=2000) as shown:
        tab.charts["staff"].click(tab.charts["staff"].keys().index(str(business["李强"])))
    assert shown.args == [CustomerFilter(owner_ids=[business["李强"]])]
    assert window.list_tab.model.rowCount() == 2

    # A table row does the same as its bar (double-click or Enter).
    window.tabs.setCurrentIndex(TAB_REPORTS)
    table = tab.tables["lifecycle"]
    row = tab.proxies["lifecycle"].index(0, 0)
    with qtbot.waitSignal(bus.bus().sig_show_customers, timeout=2000) as shown:
        table.activated.emit(row)
    assert shown.args == [CustomerFilter(lifecycles=[row.data(KEY_ROLE)])]


def test_a_bar_within_an_owner_scope_keeps_the_owner() -> None:
    flt = analysis_views.drill_filter("lifecycle", "active", Scope(owner_id=7))
    assert flt == CustomerFilter(owner_ids=[7], lifecycles=["active"])
    month = analysis_views.drill_filter("new_per_month", "2024-02", Scope(tier="vip"))
    assert month == CustomerFilter(
        tiers=["vip"], created_from=dt.date(2024, 2, 1), created_to=dt.date(2024, 2, 29)
    )
    other_owner = analysis_views.drill_filter(
        "staff", "3", Scope(customer_filter=CustomerFilter(owner_ids=[4]))
    )
    assert other_owner is not None and other_owner.customer_ids == []  # nobody, not everyone
    assert analysis_views.drill_filter("satisfaction_trend", "2024-02", Scope()) is None


def test_a_chart_saves_as_png(
    business: Names,
    make_tab: Callable[..., ReportsTab],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    tab = make_tab()
    target = tmp_path / "层级分布"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kwargs: (str(target), ""))
    )
    chart = tab.charts["tiers"]
    chart.act_save.trigger()
    saved = target.with_suffix(".png")
    image = QImage(str(saved))
    assert not image.isNull()
    assert image.width() >= 480 and image.height() >= 300
    # Not a blank picture: the bars are drawn in the chart colour.
    colours = {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 4)
        for y in range(0, image.height(), 4)
    }
    assert "#4e79a7" in colours


def test_a_table_exports_to_xlsx_in_the_shown_order(
    business: Names,
    make_tab: Callable[..., ReportsTab],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    tab = make_tab()
    target = tmp_path / "funnel.xlsx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kwargs: (str(target), ""))
    )
    tab.tables["funnel"].sortByColumn(1, Qt.SortOrder.DescendingOrder)
    tab.export_table("funnel")
    sheet = load_workbook(target).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == (
        "Stage",
        "Deals",
        "Amount",
        "Reached this stage",
        "Conversion from the stage before (%)",
    )
    counts = [row[1] for row in rows[1:]]
    assert counts == sorted(counts, reverse=True)
    assert sum(counts) == 4
    assert all(isinstance(row[2], int | float) for row in rows[1:])


def test_the_analysis_report_writes_a_pdf_with_charts_and_tables(
    business: Names, tmp_path: Path
) -> None:
    target = tmp_path / "analysis.pdf"
    period = Period.named(PERIOD_THIS_YEAR, TODAY)
    pages = write_analysis_pdf(target, period, Scope(), today=TODAY)
    charts = [s for s in analysis_views.sections(analyse(period, Scope(), today=TODAY)) if s.rows]
    assert len(charts) == len(analysis_views.SECTION_CODES) - 1  # no satisfaction scores
    assert pages >= 2 and target.stat().st_size > 0
    if shutil.which("pdftotext") is None or shutil.which("pdfimages") is None:
        pytest.skip("poppler-utils (pdftotext, pdfimages) not installed: text layer unchecked")
    text = subprocess.run(
        ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Analysis report" in text
    assert "华为科技" in text  # the top customers' table, in Chinese
    # (Titles with fi or ff come back as ligatures: check others.)
    assert "Sales funnel" in text and "Tier distribution" in text
    images = subprocess.run(
        ["pdfimages", "-list", str(target)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert len(images) == len(charts)


def test_a_newer_request_supersedes_an_older_one(
    business: Names, make_tab: Callable[..., ReportsTab], qtbot: QtBot
) -> None:
    """On the real worker thread: flicking through scopes shows the last one's figures."""
    from crm_desktop.ui import tasks

    tab = make_tab()
    tasks.set_synchronous(False)
    try:
        tab.set_scope(SCOPE_OWNER, business["王芳"])
        tab.set_scope(SCOPE_OWNER, business["李强"])
        assert tab.busy.isVisible()
        qtbot.waitUntil(lambda: tab.busy.isHidden(), timeout=10_000)
        assert tasks.wait_for_all()
    finally:
        tasks.set_synchronous(True)
    assert tab.analysis is not None
    assert tab.analysis.scope == Scope(owner_id=business["李强"])
    assert tab.headline_values[0].text() == "2"


def test_hovering_a_bar_shows_its_values(
    business: Names, make_tab: Callable[..., ReportsTab], qtbot: QtBot
) -> None:
    from PySide6.QtWidgets import QToolTip

    tab = make_tab()
    chart = tab.charts["tiers"]
    qtbot.waitUntil(lambda: chart.plot.isVisible())
    vip = chart.keys().index("vip")
    revenue = analysis_views.cents_text(20_000_00)  # the locale's digit grouping
    assert chart.tooltip(vip) == f"VIP: 1 customers, revenue in the period {revenue}"
    chart.plot.scene().sigMouseMoved.emit(chart.scene_position(vip))
    assert QToolTip.text() == chart.tooltip(vip)
    # Beside the bars: no tooltip.
    chart.plot.scene().sigMouseMoved.emit(
        chart.plot_item.getViewBox().mapViewToScene(QPointF(vip + 0.5, 0.5))
    )
    qtbot.waitUntil(lambda: not QToolTip.isVisible(), timeout=2000)


def test_the_scope_choices_follow_new_staff_and_say_when_there_is_none(
    db: SqliteDatabase, make_tab: Callable[..., ReportsTab]
) -> None:
    customers.create_customer({"name": "孙七"})
    tab = make_tab()
    tab.set_scope(SCOPE_OWNER)
    assert not tab.scope_value_combo.isEnabled()
    assert tab.scope() == Scope()
    assert "all customers are shown" in tab.status_label.text()
    assert tab.headline_values[0].text() == "1"

    staff_id, changes = staff.add_staff({"name": "周八"})
    bus.changed(changes)
    assert tab.scope_value_combo.isEnabled()
    assert tab.scope_value_combo.currentData() == staff_id
