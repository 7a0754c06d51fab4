"""The reports tab: the business at a glance, for a period and a scope the user picks.

Top, one row: the period (this month, quarter, year, the last 12 months, or custom dates)
and the scope (everyone, an owner, a tier, a tag, or the customer list's current filter),
a busy indicator, and the analysis report (print preview / PDF). Below, scrolling: the
headline figures as a grid of labelled numbers, then one box per chart with the table of
the same numbers under it (sortable, exportable to .xlsx).

The analysis runs on the database worker (services.analytics.analyse); a newer request
cancels and supersedes an older one, so flicking through periods never queues work up.
pyqtgraph loads, and the charts are built, the first time the tab is shown. Clicking a bar,
a funnel stage or a table row shows those customers in the customer list (via the bus).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, QSettings, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.settings import TIERS
from crm_desktop.services import staff, tags
from crm_desktop.services.analytics import (
    PERIOD_CUSTOM,
    PERIOD_LAST_12_MONTHS,
    PERIOD_THIS_MONTH,
    PERIOD_THIS_QUARTER,
    PERIOD_THIS_YEAR,
    Analysis,
    AnalysisCancelled,
    Period,
    Scope,
    analyse,
)
from crm_desktop.services.changes import Changes
from crm_desktop.services.customer_list import CustomerFilter
from crm_desktop.ui import analysis_views, bus, labels, tasks
from crm_desktop.ui.analysis_views import KEY_ROLE, SORT_ROLE, AnalysisTableModel, Section
from crm_desktop.ui.charts import ChartView

SCOPE_ALL = "all"
SCOPE_OWNER = "owner"
SCOPE_TIER = "tier"
SCOPE_TAG = "tag"
SCOPE_LIST = "list"
SCOPE_KINDS = (SCOPE_ALL, SCOPE_OWNER, SCOPE_TIER, SCOPE_TAG, SCOPE_LIST)
HEADLINE_COLUMNS = 5
CHART_COLUMNS = 2
TABLE_VISIBLE_ROWS = 6
REFRESH_DELAY_MS = 400  # after a write, wait for the burst to settle before recomputing


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class ReportsTab(QWidget):
    """Headline figures and charts of the analysis, with drill-down into the customer list."""

    def __init__(
        self, parent: QWidget | None = None, list_filter: Callable[[], CustomerFilter] | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ReportsTab")
        self._list_filter = list_filter
        self.today: dt.date | None = None  # None: the real date (tests fix it)
        self.analysis: Analysis | None = None
        self.charts: dict[str, ChartView] = {}
        self.models: dict[str, AnalysisTableModel] = {}
        self.proxies: dict[str, QSortFilterProxyModel] = {}
        self.tables: dict[str, QTableView] = {}
        self.headline_values: list[QLabel] = []
        self.headline_names: list[QLabel] = []
        self._sections: dict[str, Section] = {}
        self._built = False
        self._stale = True
        self._generation = 0
        self._token: tasks.CancelToken | None = None  # the running analysis's
        self._build_controls()
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        bus.bus().sig_changed.connect(self._bus_changed)

    # -- building ----------------------------------------------------------------------

    def _build_controls(self) -> None:
        self.period_combo = QComboBox(self)
        for code, text in (
            (PERIOD_THIS_MONTH, self.tr("This month")),
            (PERIOD_THIS_QUARTER, self.tr("This quarter")),
            (PERIOD_THIS_YEAR, self.tr("This year")),
            (PERIOD_LAST_12_MONTHS, self.tr("Last 12 months")),
            (PERIOD_CUSTOM, self.tr("Custom dates")),
        ):
            self.period_combo.addItem(text, code)
        self.period_combo.setCurrentIndex(self.period_combo.findData(PERIOD_LAST_12_MONTHS))
        today = QDate.currentDate()
        self.start_edit = QDateEdit(today.addMonths(-12).addDays(1), self)
        self.end_edit = QDateEdit(today, self)
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(self._dates_changed)
        self.dates_separator = QLabel("\u2013", self)

        self.scope_combo = QComboBox(self)
        for kind, text in (
            (SCOPE_ALL, self.tr("All customers")),
            (SCOPE_OWNER, self.tr("One owner")),
            (SCOPE_TIER, self.tr("One tier")),
            (SCOPE_TAG, self.tr("One tag")),
            (SCOPE_LIST, self.tr("The customer list's current filter")),
        ):
            self.scope_combo.addItem(text, kind)
        self.scope_value_combo = QComboBox(self)
        self.scope_value_combo.setMinimumContentsLength(12)
        self.scope_value_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )

        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)  # no percentage: it only says "working"
        self.busy.setMaximumWidth(120)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.status_label = QLabel(self)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.report_button = QPushButton(self.tr("Analysis report..."), self)
        self.report_button.setToolTip(
            self.tr("Print preview of the analysis report; print it or save it as PDF")
        )
        self.report_button.clicked.connect(self.print_report)
        self.report_button.setEnabled(False)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Period:"), self))
        bar.addWidget(self.period_combo)
        bar.addWidget(self.start_edit)
        bar.addWidget(self.dates_separator)
        bar.addWidget(self.end_edit)
        bar.addSpacing(16)
        bar.addWidget(QLabel(self.tr("Scope:"), self))
        bar.addWidget(self.scope_combo)
        bar.addWidget(self.scope_value_combo)
        bar.addSpacing(16)
        bar.addWidget(self.busy)
        bar.addWidget(self.status_label, 1)
        bar.addWidget(self.report_button)

        self.content = QWidget(self)
        self.content_layout = QVBoxLayout(self.content)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(self.content)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.scroll_area, 1)

        self._period_changed()
        self._scope_kind_changed()
        self.period_combo.currentIndexChanged.connect(self._period_changed)
        self.scope_combo.currentIndexChanged.connect(self._scope_kind_changed)
        self.scope_value_combo.currentIndexChanged.connect(self._request)

    def _build_content(self) -> None:
        """The headline grid and a box per chart; loads pyqtgraph (first show only)."""
        self._built = True
        headline = QFrame(self.content)
        headline.setObjectName("Headline")
        headline.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(headline)
        grid.setHorizontalSpacing(28)
        grid.setVerticalSpacing(10)
        placeholder = analysis_views.NO_VALUE
        for i in range(15):
            value = QLabel(placeholder, headline)
            font = value.font()
            font.setPointSizeF(font.pointSizeF() * 1.5)
            font.setBold(True)
            value.setFont(font)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            name = QLabel(headline)
            name.setStyleSheet("color: palette(placeholder-text);")
            row, column = divmod(i, HEADLINE_COLUMNS)
            grid.addWidget(value, row * 2, column)
            grid.addWidget(name, row * 2 + 1, column)
            self.headline_values.append(value)
            self.headline_names.append(name)
        self.content_layout.addWidget(headline)

        charts = QGridLayout()
        charts.setHorizontalSpacing(18)
        charts.setVerticalSpacing(18)
        boxes = analysis_views.section_titles()
        for i, (code, (title, kind)) in enumerate(boxes.items()):
            row, column = divmod(i, CHART_COLUMNS)
            # The last box of an odd count takes the whole row.
            span = CHART_COLUMNS if i == len(boxes) - 1 and column == 0 else 1
            charts.addWidget(self._section_box(code, title, kind), row, column, 1, span)
        for column in range(CHART_COLUMNS):
            charts.setColumnStretch(column, 1)
        self.content_layout.addLayout(charts)
        self.content_layout.addStretch(1)

    def _section_box(self, code: str, title: str, kind: str) -> QFrame:
        box = QFrame(self.content)
        box.setFrameShape(QFrame.Shape.StyledPanel)
        chart = analysis_views.make_chart(title, kind, box)
        chart.setMinimumHeight(300)
        chart.sig_clicked.connect(lambda key, code=code: self.drill(code, key))
        model = AnalysisTableModel(box)
        proxy = QSortFilterProxyModel(box)
        proxy.setSourceModel(model)
        proxy.setSortRole(SORT_ROLE)
        table = QTableView(box)
        table.setModel(proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the service's order until clicked
        table.setAlternatingRowColors(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        row_height = table.verticalHeader().defaultSectionSize()
        table.setFixedHeight(row_height * (TABLE_VISIBLE_ROWS + 1) + 4)
        # Double-click or Enter on a row: the same as clicking its bar.
        table.activated.connect(lambda index, code=code: self._row_activated(code, index))
        export_button = QPushButton(self.tr("Export table..."), box)
        export_button.setToolTip(self.tr("Save this table as an Excel workbook (.xlsx)"))
        export_button.clicked.connect(lambda _checked=False, code=code: self.export_table(code))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(export_button)
        layout = QVBoxLayout(box)
        layout.addWidget(chart, 1)
        layout.addWidget(table)
        layout.addLayout(buttons)
        self.charts[code] = chart
        self.models[code] = model
        self.proxies[code] = proxy
        self.tables[code] = table
        return box

    # -- period and scope ----------------------------------------------------------------

    def _today(self) -> dt.date:
        return self.today or dt.date.today()

    def period(self) -> Period:
        code = self.period_combo.currentData()
        if code == PERIOD_CUSTOM:
            start = self.start_edit.date().toPython()
            end = self.end_edit.date().toPython()
            assert isinstance(start, dt.date) and isinstance(end, dt.date)
            return Period.custom(start, end)
        return Period.named(str(code), self._today())

    def scope(self) -> Scope:
        kind = self.scope_combo.currentData()
        value = self.scope_value_combo.currentData()
        if kind == SCOPE_OWNER and isinstance(value, int):
            return Scope(owner_id=value)
        if kind == SCOPE_TIER and isinstance(value, str):
            return Scope(tier=value)
        if kind == SCOPE_TAG and isinstance(value, int):
            return Scope(tag_id=value)
        if kind == SCOPE_LIST and self._list_filter is not None:
            return Scope(customer_filter=self._list_filter())
        return Scope()

    def set_period(
        self, code: str, start: dt.date | None = None, end: dt.date | None = None
    ) -> None:
        """Choose a period (custom: with its dates) as the user would."""
        if start is not None and end is not None:
            self.start_edit.setDate(_qdate(start))
            self.end_edit.setDate(_qdate(end))
        self.period_combo.setCurrentIndex(self.period_combo.findData(code))

    def set_scope(self, kind: str, value: object = None) -> None:
        """Choose a scope (owner id, tier code or tag id as `value`) as the user would."""
        self.scope_combo.setCurrentIndex(self.scope_combo.findData(kind))
        if value is not None:
            self.scope_value_combo.setCurrentIndex(self.scope_value_combo.findData(value))

    def _period_changed(self) -> None:
        custom = self.period_combo.currentData() == PERIOD_CUSTOM
        for widget in (self.start_edit, self.dates_separator, self.end_edit):
            widget.setVisible(custom)
        if not custom:
            period = self.period()
            for edit, day in ((self.start_edit, period.start), (self.end_edit, period.end)):
                edit.blockSignals(True)
                edit.setDate(_qdate(day))
                edit.blockSignals(False)
        self._request()

    def _dates_changed(self) -> None:
        if self.period_combo.currentData() == PERIOD_CUSTOM:
            self._request()

    def _scope_kind_changed(self) -> None:
        self._fill_scope_values()
        self._request()

    def _fill_scope_values(self) -> None:
        """The owners, tiers or tags to choose from, keeping the chosen one if it is still
        there (staff and tags change while the tab is open)."""
        kind = self.scope_combo.currentData()
        combo = self.scope_value_combo
        kept = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        if kind == SCOPE_OWNER:
            for member in staff.list_staff():
                combo.addItem(member.name, member.id)
        elif kind == SCOPE_TIER:
            names = labels.tiers()
            for tier in TIERS:
                combo.addItem(names.get(tier, tier), tier)
        elif kind == SCOPE_TAG:
            for tag in tags.list_tags():
                combo.addItem(tag.label, tag.tag_id)
        # With a placeholder text, a refilled combo box would otherwise choose nothing.
        combo.setCurrentIndex(max(combo.findData(kept), 0) if combo.count() else -1)
        combo.setPlaceholderText(self.tr("None yet"))
        combo.setVisible(kind in (SCOPE_OWNER, SCOPE_TIER, SCOPE_TAG))
        combo.setEnabled(combo.count() > 0)
        combo.blockSignals(False)

    # -- computing -----------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._built:
            # Loading pyqtgraph and building the charts takes a second or two: let the tab
            # paint first, saying so, then build.
            self.status_label.setText(self.tr("Loading the charts..."))
            QTimer.singleShot(0, self._first_show)
        elif self._stale:
            self.refresh()

    def _first_show(self) -> None:
        if not self._built:
            self._build_content()
        if self._stale:
            self.refresh()

    def _request(self) -> None:
        """The period or scope changed: recompute now if shown, else when next shown."""
        self._stale = True
        if self._built and self.isVisible():
            self.refresh()

    def _bus_changed(self, changes: Changes) -> None:
        if self.scope_combo.currentData() in (SCOPE_OWNER, SCOPE_TAG):
            self._fill_scope_values()
        self._stale = True
        if self._built and self.isVisible():
            self._refresh_timer.start()

    def refresh(self) -> None:
        """Compute the analysis for the current period and scope; a newer call wins."""
        if not self._built:
            self._build_content()
        if (
            self.period_combo.currentData() == PERIOD_CUSTOM
            and self.end_edit.date() < self.start_edit.date()
        ):
            self.status_label.setText(
                self.tr(
                    "The period ends before it starts: choose an end date on or after the "
                    "start date."
                )
            )
            return
        period, scope = self.period(), self.scope()
        self._stale = False
        if self._token is not None:
            self._token.cancel()
        self._generation += 1
        generation = self._generation
        today = self._today()
        self.busy.show()
        self.status_label.setText(self.tr("Computing..."))
        task = tasks.run_task(
            self,
            lambda token: analyse(period, scope, today=today, cancel=token.is_cancelled),
            on_success=lambda result: self._computed(generation, result),
            on_failure=lambda exc: self._failed(generation, exc),
        )
        if generation == self._generation and not self.busy.isHidden():
            self._token = task.token  # still running (tests run tasks inline)

    def _computed(self, generation: int, analysis: Analysis) -> None:
        if generation != self._generation:
            return  # a newer request is on its way
        self._token = None
        self.busy.hide()
        self.show_analysis(analysis)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._token = None
        self.busy.hide()
        self.status_label.clear()
        if isinstance(exc, AnalysisCancelled):
            return
        from crm_desktop.ui.errors import show_error

        show_error(self, exc)

    def show_analysis(self, analysis: Analysis) -> None:
        """Put an analysis into the headline, the charts and the tables."""
        self.analysis = analysis
        for (name, value), name_label, value_label in zip(
            analysis_views.headline_items(analysis.headline),
            self.headline_names,
            self.headline_values,
            strict=True,
        ):
            name_label.setText(name)
            value_label.setText(value)
        self._sections = {s.code: s for s in analysis_views.sections(analysis)}
        for code, section in self._sections.items():
            analysis_views.fill_chart(self.charts[code], section)
            self.models[code].set_section(section)
        period = analysis.period
        nothing_to_choose = (
            self.scope_combo.currentData() in (SCOPE_OWNER, SCOPE_TAG)
            and self.scope_value_combo.count() == 0
        )
        note = (
            self.tr("No owner or tag to choose yet, so all customers are shown.")
            if nothing_to_choose
            else ""
        )
        self.status_label.setText(
            note
            or self.tr("{start} to {end}, as of {as_of}").format(
                start=period.start.isoformat(),
                end=period.end.isoformat(),
                as_of=analysis.as_of.isoformat(),
            )
        )
        self.report_button.setEnabled(True)

    # -- drilling down -------------------------------------------------------------------

    def drill(self, section_code: str, key: str) -> None:
        """Show the customers behind one bar in the customer list."""
        if self.analysis is None:
            return
        period, scope = self.analysis.period, self.analysis.scope
        if section_code == "funnel":
            from crm_desktop.services.drill_down import funnel_stage_customers

            today = self._today()
            tasks.run_task(
                self,
                lambda token: funnel_stage_customers(period, scope, key, today),
                on_success=lambda ids: self._show_customers(
                    analysis_views.drill_filter(section_code, key, scope, ids)
                ),
            )
            return
        self._show_customers(analysis_views.drill_filter(section_code, key, scope))

    def _show_customers(self, flt: CustomerFilter | None) -> None:
        if flt is not None:
            bus.show_customers(flt)

    def _row_activated(self, code: str, index: QModelIndex) -> None:
        section = self._sections.get(code)
        key = index.data(KEY_ROLE)
        if section is not None and section.drillable and isinstance(key, str):
            self.drill(code, key)

    # -- export and print ----------------------------------------------------------------

    def export_table(self, code: str) -> None:
        section = self._sections.get(code)
        if section is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export table"),
            f"{section.title}.xlsx",
            self.tr("Excel workbook (*.xlsx)"),
        )
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        proxy = self.proxies[code]
        model = self.models[code]
        # The rows in the order the table shows them (as sorted by the user).
        order = [proxy.mapToSource(proxy.index(r, 0)).row() for r in range(proxy.rowCount())]
        rows = [section.rows[i] for i in order]
        tasks.run_task(
            self,
            lambda token: analysis_views.write_section_table(
                path, model.columns(), rows, section.title
            ),
            on_success=lambda count: self.status_label.setText(
                self.tr("Saved {path}").format(path=path)
            ),
            label=self.tr("Exporting..."),
        )

    def print_report(self) -> None:
        if self.analysis is None:
            return
        from crm_desktop.ui.analysis_report import AnalysisReport
        from crm_desktop.ui.printing import print_with_preview

        print_with_preview(AnalysisReport(self.analysis), self)

    # -- state ---------------------------------------------------------------------------

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("reports/period", self.period_combo.currentData())
        settings.setValue("reports/scope", self.scope_combo.currentData())

    def restore_state(self, settings: QSettings) -> None:
        period: Any = settings.value("reports/period")
        index = self.period_combo.findData(period)
        if index >= 0 and period != PERIOD_CUSTOM:
            self.period_combo.setCurrentIndex(index)
        scope: Any = settings.value("reports/scope")
        index = self.scope_combo.findData(scope)
        if index >= 0:
            self.scope_combo.setCurrentIndex(index)
