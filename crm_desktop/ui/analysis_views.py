"""What the reports tab and the analysis report show of an `Analysis`, in one place.

`headline_items` gives the headline figures as (label, text) pairs; `sections` turns the
chart series into `Section`s, each with its chart data (bars, funnel steps or groups) and
the table with the same numbers; `make_chart` builds the chart widget for a section and
`fill_chart` puts a section's data into it. `drill_filter` says which customers a clicked
bar stands for, as a `CustomerFilter` for the customer list. `AnalysisTableModel` shows a
section's table (sortable through a proxy, exportable to .xlsx).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QWidget

from crm_desktop.domain import rules
from crm_desktop.domain.settings import default_deal_stages
from crm_desktop.services import export
from crm_desktop.services.analytics import (
    Analysis,
    Bar,
    FunnelStage,
    Headline,
    Scope,
    StaffKpi,
)
from crm_desktop.services.customer_list import CustomerFilter
from crm_desktop.ui import labels
from crm_desktop.ui.charts import (
    BarChart,
    ChartPoint,
    ChartView,
    FunnelChart,
    FunnelStep,
    GroupedBarChart,
    LineChart,
)
from crm_desktop.ui.customer_list_model import money_text

# Kinds of table cells: how they are shown, sorted and exported.
TEXT = "text"
COUNT = "count"
MONEY = "money"  # integer cents
PERCENT = "percent"  # a fraction 0..1
SCORE = "score"  # a mean satisfaction score 1..5

# Chart kinds.
BARS = "bars"
HORIZONTAL_BARS = "horizontal_bars"
LINE = "line"
FUNNEL = "funnel"
GROUPED = "grouped"

SECTION_CODES = (
    "tiers",
    "funnel",
    "lifecycle",
    "rfm_segments",
    "value_classes",
    "new_per_month",
    "satisfaction_trend",
    "top_by_profit",
    "staff",
)
SATISFACTION_RANGE = (0.0, 5.0)
NO_VALUE = "\u2014"


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    kind: str = TEXT


@dataclass
class Section:
    """One chart and its table. `row_keys[i]` is the key a click on row/bar i drills into."""

    code: str
    title: str
    chart_kind: str
    columns: list[Column]
    rows: list[dict[str, Any]]
    row_keys: list[str]
    points: list[ChartPoint] = field(default_factory=list)
    steps: list[FunnelStep] = field(default_factory=list)
    series: list[tuple[str, list[float]]] = field(default_factory=list)
    drillable: bool = True


# ---------------------------------------------------------------------------------------
# Formatting
# ---------------------------------------------------------------------------------------


def count_text(value: int | None) -> str:
    return NO_VALUE if value is None else QLocale().toString(int(value))


def percent_text(value: float | None) -> str:
    return NO_VALUE if value is None else f"{QLocale().toString(value * 100, 'f', 1)}%"


def score_text(value: float | None) -> str:
    return NO_VALUE if value is None else QLocale().toString(value, "f", 2)


def cents_text(value: int | None) -> str:
    return NO_VALUE if value is None else money_text(value, QLocale())


def cell_text(kind: str, value: Any) -> str:
    formats: dict[str, Callable[[Any], str]] = {
        COUNT: count_text,
        MONEY: cents_text,
        PERCENT: percent_text,
        SCORE: score_text,
    }
    if kind in formats:
        return formats[kind](value)
    return "" if value is None else str(value)


# ---------------------------------------------------------------------------------------
# Headline
# ---------------------------------------------------------------------------------------


def headline_items(headline: Headline) -> list[tuple[str, str]]:
    """The headline figures as (label, formatted value), in reading order."""
    return [
        (QCoreApplication.translate("Reports", "Customers"), count_text(headline.customers)),
        (
            QCoreApplication.translate("Reports", "New customers"),
            count_text(headline.new_customers),
        ),
        (QCoreApplication.translate("Reports", "Active"), count_text(headline.active)),
        (QCoreApplication.translate("Reports", "Churning"), count_text(headline.churning)),
        (QCoreApplication.translate("Reports", "Dormant"), count_text(headline.dormant)),
        (QCoreApplication.translate("Reports", "Won back"), count_text(headline.won_back)),
        (
            QCoreApplication.translate("Reports", "Repurchase rate (customers)"),
            percent_text(headline.repurchase_rate_customers),
        ),
        (
            QCoreApplication.translate("Reports", "Repurchase rate (orders)"),
            percent_text(headline.repurchase_rate_orders),
        ),
        (
            QCoreApplication.translate("Reports", "Retention rate"),
            percent_text(headline.retention_rate),
        ),
        (
            QCoreApplication.translate("Reports", "Average satisfaction"),
            score_text(headline.average_satisfaction),
        ),
        (
            QCoreApplication.translate("Reports", "Won amount"),
            cents_text(headline.won_amount_cents),
        ),
        (
            QCoreApplication.translate("Reports", "Conversion rate"),
            percent_text(headline.conversion_rate),
        ),
        (
            QCoreApplication.translate("Reports", "Total profit"),
            cents_text(headline.total_profit_cents),
        ),
        (
            QCoreApplication.translate("Reports", "Profit share of the top 20%"),
            percent_text(headline.top20_profit_share),
        ),
        (
            QCoreApplication.translate("Reports", "Average customer lifetime value"),
            cents_text(headline.average_clv_cents),
        ),
    ]


# ---------------------------------------------------------------------------------------
# Sections
# ---------------------------------------------------------------------------------------


def _title(code: str) -> str:
    return section_titles()[code][0]


def _customers_tooltip(label: str, count: int, amount_cents: int) -> str:
    return QCoreApplication.translate(
        "Reports", "{label}: {count} customers, revenue in the period {amount}"
    ).format(label=label, count=count_text(count), amount=cents_text(amount_cents))


def _code_section(
    code: str,
    title: str,
    header: str,
    bars: Sequence[Bar],
    names: dict[str, str],
    chart_kind: str = BARS,
) -> Section:
    """A section of customer counts by a code (tier, lifecycle stage, RFM segment...)."""
    columns = [
        Column("label", header),
        Column("count", QCoreApplication.translate("Reports", "Customers"), COUNT),
        Column(
            "amount_cents", QCoreApplication.translate("Reports", "Revenue in the period"), MONEY
        ),
    ]
    rows = [
        {"label": names.get(b.key, b.key), "count": b.count, "amount_cents": b.amount_cents}
        for b in bars
    ]
    points = [
        ChartPoint(
            b.key,
            names.get(b.key, b.key),
            b.value,
            _customers_tooltip(names.get(b.key, b.key), b.count, b.amount_cents),
            count_text(b.count),
        )
        for b in bars
    ]
    return Section(code, title, chart_kind, columns, rows, [b.key for b in bars], points=points)


def _new_per_month(bars: Sequence[Bar]) -> Section:
    columns = [
        Column("month", QCoreApplication.translate("Reports", "Month")),
        Column("count", QCoreApplication.translate("Reports", "New customers"), COUNT),
    ]
    rows = [{"month": b.key, "count": int(b.value)} for b in bars]
    points = [
        ChartPoint(
            b.key,
            b.key,
            b.value,
            QCoreApplication.translate("Reports", "{month}: {count} new customers").format(
                month=b.key, count=count_text(int(b.value))
            ),
            count_text(int(b.value)) if b.value else "",
        )
        for b in bars
    ]
    return Section(
        "new_per_month",
        _title("new_per_month"),
        BARS,
        columns,
        rows,
        [b.key for b in bars],
        points=points,
    )


def _satisfaction(bars: Sequence[Bar]) -> Section:
    columns = [
        Column("month", QCoreApplication.translate("Reports", "Month")),
        Column("score", QCoreApplication.translate("Reports", "Average score"), SCORE),
        Column("count", QCoreApplication.translate("Reports", "Ratings"), COUNT),
    ]
    rows = [{"month": b.key, "score": b.value, "count": b.count} for b in bars]
    points = [
        ChartPoint(
            b.key,
            b.key,
            b.value,
            QCoreApplication.translate(
                "Reports", "{month}: average {score} from {count} ratings"
            ).format(month=b.key, score=score_text(b.value), count=count_text(b.count)),
            score_text(b.value),
        )
        for b in bars
    ]
    return Section(
        "satisfaction_trend",
        _title("satisfaction_trend"),
        LINE,
        columns,
        rows,
        [b.key for b in bars],
        points=points,
        drillable=False,
    )


def _top_by_profit(bars: Sequence[Bar]) -> Section:
    columns = [
        Column("name", QCoreApplication.translate("Reports", "Customer")),
        Column("profit_cents", QCoreApplication.translate("Reports", "Profit"), MONEY),
        Column("orders", QCoreApplication.translate("Reports", "Orders"), COUNT),
    ]
    rows = [
        {"name": b.label or b.key, "profit_cents": b.amount_cents, "orders": b.count} for b in bars
    ]
    points = [
        ChartPoint(
            b.key,
            b.label or b.key,
            b.value,
            QCoreApplication.translate(
                "Reports", "{name}: profit {profit} from {count} orders"
            ).format(
                name=b.label or b.key, profit=cents_text(b.amount_cents), count=count_text(b.count)
            ),
            cents_text(b.amount_cents),
        )
        for b in bars
    ]
    return Section(
        "top_by_profit",
        _title("top_by_profit"),
        HORIZONTAL_BARS,
        columns,
        rows,
        [b.key for b in bars],
        points=points,
    )


def stage_label(stage: FunnelStage) -> str:
    """A deal stage's name: translated when it is still the default name."""
    for spec in default_deal_stages():
        if spec.key == stage.stage:
            return labels.deal_stage(dataclasses.replace(spec, name=stage.name or spec.name))
    return stage.name or stage.stage


def _funnel(stages: Sequence[FunnelStage]) -> Section:
    columns = [
        Column("label", QCoreApplication.translate("Reports", "Stage")),
        Column("count", QCoreApplication.translate("Reports", "Deals"), COUNT),
        Column("amount_cents", QCoreApplication.translate("Reports", "Amount"), MONEY),
        Column("reached", QCoreApplication.translate("Reports", "Reached this stage"), COUNT),
        Column(
            "conversion",
            QCoreApplication.translate("Reports", "Conversion from the stage before"),
            PERCENT,
        ),
    ]
    rows = [
        {
            "label": stage_label(s),
            "count": s.count,
            "amount_cents": s.amount_cents,
            "reached": s.reached,
            "conversion": s.conversion_from_previous,
        }
        for s in stages
    ]
    # The shape narrows by how many deals reached each stage (the conversion's basis); the
    # lost deals, set apart, by how many are lost.
    steps = [
        FunnelStep(
            s.stage,
            stage_label(s),
            s.count if s.is_lost else s.reached,
            QCoreApplication.translate("Reports", "{count} now · {amount}").format(
                count=count_text(s.count), amount=cents_text(s.amount_cents)
            ),
            percent_text(s.conversion_from_previous)
            if s.conversion_from_previous is not None
            else "",
            QCoreApplication.translate(
                "Reports",
                "{stage}: reached by {reached}; {count} deals now at this stage "
                "({amount}); conversion {conversion}",
            ).format(
                stage=stage_label(s),
                reached=count_text(s.reached),
                count=count_text(s.count),
                amount=cents_text(s.amount_cents),
                conversion=percent_text(s.conversion_from_previous),
            ),
            set_apart=s.is_lost,
        )
        for s in stages
    ]
    return Section(
        "funnel",
        _title("funnel"),
        FUNNEL,
        columns,
        rows,
        [s.stage for s in stages],
        steps=steps,
    )


def _staff(kpis: Sequence[StaffKpi]) -> Section:
    columns = [
        Column("name", QCoreApplication.translate("Reports", "Staff member")),
        Column("customers", QCoreApplication.translate("Reports", "Customers"), COUNT),
        Column("new_customers", QCoreApplication.translate("Reports", "New customers"), COUNT),
        Column("follow_ups", QCoreApplication.translate("Reports", "Follow-ups"), COUNT),
        Column(
            "overdue_follow_ups", QCoreApplication.translate("Reports", "Overdue follow-ups"), COUNT
        ),
        Column("deals_won", QCoreApplication.translate("Reports", "Deals won"), COUNT),
        Column("won_amount_cents", QCoreApplication.translate("Reports", "Won amount"), MONEY),
        Column(
            "conversion_rate", QCoreApplication.translate("Reports", "Conversion rate"), PERCENT
        ),
        Column(
            "average_satisfaction",
            QCoreApplication.translate("Reports", "Average satisfaction"),
            SCORE,
        ),
        Column("profit_cents", QCoreApplication.translate("Reports", "Profit"), MONEY),
    ]
    rows = [{c.key: getattr(k, c.key) for c in columns} for k in kpis]
    categories = [
        ChartPoint(
            str(k.staff_id),
            k.name,
            0.0,
            QCoreApplication.translate(
                "Reports",
                "{name}: {customers} customers, {new} new, {follow_ups} follow-ups "
                "({overdue} overdue), {won} deals won ({amount})",
            ).format(
                name=k.name,
                customers=count_text(k.customers),
                new=count_text(k.new_customers),
                follow_ups=count_text(k.follow_ups),
                overdue=count_text(k.overdue_follow_ups),
                won=count_text(k.deals_won),
                amount=cents_text(k.won_amount_cents),
            ),
        )
        for k in kpis
    ]
    # Series of a similar size side by side; follow-ups logged (an order of magnitude more)
    # would flatten the others, so they are in the tooltip and the table.
    series = [
        (
            QCoreApplication.translate("Reports", "New customers"),
            [float(k.new_customers) for k in kpis],
        ),
        (QCoreApplication.translate("Reports", "Deals won"), [float(k.deals_won) for k in kpis]),
        (
            QCoreApplication.translate("Reports", "Overdue follow-ups"),
            [float(k.overdue_follow_ups) for k in kpis],
        ),
    ]
    return Section(
        "staff",
        _title("staff"),
        GROUPED,
        columns,
        rows,
        [str(k.staff_id) for k in kpis],
        points=categories,
        series=series,
    )


def sections(analysis: Analysis) -> list[Section]:
    """Every chart of the analysis with its table, in SECTION_CODES order."""
    return [
        _code_section(
            "tiers",
            _title("tiers"),
            QCoreApplication.translate("Reports", "Tier"),
            analysis.tiers,
            labels.tiers(),
        ),
        _funnel(analysis.funnel),
        _code_section(
            "lifecycle",
            _title("lifecycle"),
            QCoreApplication.translate("Reports", "Lifecycle stage"),
            analysis.lifecycle,
            labels.lifecycles(),
        ),
        _code_section(
            "rfm_segments",
            _title("rfm_segments"),
            QCoreApplication.translate("Reports", "Segment"),
            analysis.rfm_segments,
            labels.rfm_segments(),
            HORIZONTAL_BARS,
        ),
        _code_section(
            "value_classes",
            _title("value_classes"),
            QCoreApplication.translate("Reports", "Value class"),
            analysis.value_classes,
            labels.value_classes(),
        ),
        _new_per_month(analysis.new_per_month),
        _satisfaction(analysis.satisfaction_trend),
        _top_by_profit(analysis.top_by_profit),
        _staff(analysis.staff),
    ]


def section_titles() -> dict[str, tuple[str, str]]:
    """Each section's title and chart kind (the charts are built before any data)."""
    return {
        "tiers": (QCoreApplication.translate("Reports", "Tier distribution"), BARS),
        "funnel": (QCoreApplication.translate("Reports", "Sales funnel"), FUNNEL),
        "lifecycle": (QCoreApplication.translate("Reports", "Lifecycle stages"), BARS),
        "rfm_segments": (QCoreApplication.translate("Reports", "RFM segments"), HORIZONTAL_BARS),
        "value_classes": (QCoreApplication.translate("Reports", "Value classes"), BARS),
        "new_per_month": (QCoreApplication.translate("Reports", "New customers per month"), BARS),
        "satisfaction_trend": (QCoreApplication.translate("Reports", "Satisfaction trend"), LINE),
        "top_by_profit": (
            QCoreApplication.translate("Reports", "Top customers by profit"),
            HORIZONTAL_BARS,
        ),
        "staff": (QCoreApplication.translate("Reports", "Staff KPIs"), GROUPED),
    }


def make_chart(title: str, chart_kind: str, parent: QWidget | None = None) -> ChartView:
    if chart_kind == FUNNEL:
        return FunnelChart(title, parent)
    if chart_kind == LINE:
        return LineChart(title, SATISFACTION_RANGE, parent)
    if chart_kind == GROUPED:
        return GroupedBarChart(title, parent)
    return BarChart(title, chart_kind == HORIZONTAL_BARS, parent)


def fill_chart(chart: ChartView, section: Section) -> None:
    if isinstance(chart, FunnelChart):
        chart.set_steps(section.steps)
    elif isinstance(chart, GroupedBarChart):
        chart.set_groups(section.points, section.series)
    elif isinstance(chart, BarChart | LineChart):
        chart.set_points(section.points)


# ---------------------------------------------------------------------------------------
# Drilling into the customer list
# ---------------------------------------------------------------------------------------


def _narrowed(current: Sequence[Any], wanted: Sequence[Any]) -> list[Any] | None:
    """`wanted` within `current` (empty `current` means any); None when nothing is left."""
    if not current:
        return list(wanted)
    kept = [v for v in current if v in wanted]
    return kept or None


def scope_filter(scope: Scope) -> CustomerFilter:
    """The customer list filter that selects the scope's customers.

    The reports tab scopes by one thing at a time; combined with a list filter that
    matches any of several tags, a scope tag is added as one more tag to match.
    """
    flt = dataclasses.replace(scope.customer_filter or CustomerFilter())
    for name, value in (("owner_ids", scope.owner_id), ("tiers", scope.tier)):
        if value is None:
            continue
        kept = _narrowed(getattr(flt, name), [value])
        if kept is None:
            return dataclasses.replace(flt, customer_ids=[])
        values: dict[str, Any] = {name: kept}
        flt = dataclasses.replace(flt, **values)
    if scope.tag_id is not None and scope.tag_id not in flt.tag_ids:
        flt = dataclasses.replace(flt, tag_ids=[*flt.tag_ids, scope.tag_id], tags_match_all=True)
    elif scope.tag_id is not None and not flt.tags_match_all:
        flt = dataclasses.replace(flt, tag_ids=[scope.tag_id])
    return flt


def drill_filter(
    section_code: str, key: str, scope: Scope, funnel_customers: Sequence[int] | None = None
) -> CustomerFilter | None:
    """The customer list filter for the customers behind one bar; None when not drillable.

    The funnel's customers come from the database (`funnel_customers`, the ids the caller
    looked up), since the list cannot filter by deal stage.
    """
    flt = scope_filter(scope)
    field_of = {
        "tiers": "tiers",
        "lifecycle": "lifecycles",
        "rfm_segments": "rfm_segments",
        "value_classes": "value_classes",
    }
    if section_code in field_of:
        name = field_of[section_code]
        kept = _narrowed(getattr(flt, name), [key])
        narrowed: dict[str, Any] = {name: kept} if kept is not None else {"customer_ids": []}
        return dataclasses.replace(flt, **narrowed)
    if section_code == "staff":
        kept = _narrowed(flt.owner_ids, [int(key)])
        owners: dict[str, Any] = {"owner_ids": kept} if kept is not None else {"customer_ids": []}
        return dataclasses.replace(flt, **owners)
    if section_code == "new_per_month":
        year, month = (int(part) for part in key.split("-"))
        start = dt.date(year, month, 1)
        end = rules.add_months(start, 1) - dt.timedelta(days=1)
        return dataclasses.replace(
            flt,
            created_from=max(start, flt.created_from or start),
            created_to=min(end, flt.created_to or end),
        )
    if section_code == "top_by_profit":
        return CustomerFilter(customer_ids=[int(key)], archived=flt.archived)
    if section_code == "funnel" and funnel_customers is not None:
        return CustomerFilter(customer_ids=list(funnel_customers), archived=flt.archived)
    return None


# ---------------------------------------------------------------------------------------
# The table under a chart
# ---------------------------------------------------------------------------------------

SORT_ROLE = Qt.ItemDataRole.UserRole
KEY_ROLE = Qt.ItemDataRole.UserRole + 1

_NUMERIC = (COUNT, MONEY, PERCENT, SCORE)
_ROOT = QModelIndex()


class AnalysisTableModel(QAbstractTableModel):
    """A section's rows: formatted for display, raw values (SORT_ROLE) for sorting."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._columns: list[Column] = []
        self._rows: list[dict[str, Any]] = []
        self._keys: list[str] = []

    def set_section(self, section: Section) -> None:
        self.beginResetModel()
        self._columns = list(section.columns)
        self._rows = [dict(r) for r in section.rows]
        self._keys = list(section.row_keys)
        self.endResetModel()

    def columns(self) -> list[Column]:
        return list(self._columns)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        column = self._columns[index.column()]
        value = self._rows[index.row()].get(column.key)
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(column.kind, value)
        if role == SORT_ROLE:
            if column.kind in _NUMERIC:
                return float("-inf") if value is None else float(value)
            return "" if value is None else str(value)
        if role == KEY_ROLE:
            return self._keys[index.row()] if index.row() < len(self._keys) else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._columns[section].header if 0 <= section < len(self._columns) else None
        return section + 1

    def export_xlsx(self, path: str | os.PathLike[str], sheet_name: str) -> int:
        """Write the rows (in model order) to .xlsx or .csv; money as yuan, rates in percent."""
        return write_section_table(path, self._columns, self._rows, sheet_name)


def export_columns(columns: Sequence[Column]) -> list[export.ExportColumn]:
    kinds = {
        TEXT: export.TEXT,
        COUNT: export.NUMBER,
        MONEY: export.MONEY,
        PERCENT: export.NUMBER,
        SCORE: export.NUMBER,
    }
    return [
        export.ExportColumn(
            c.key,
            f"{c.header} (%)" if c.kind == PERCENT else c.header,
            kinds[c.kind],
            width=max(12, len(c.header) * 2),
        )
        for c in columns
    ]


def export_row(columns: Sequence[Column], row: dict[str, Any]) -> dict[str, Any]:
    out = dict(row)
    for c in columns:
        value = row.get(c.key)
        if value is not None and c.kind == PERCENT:
            out[c.key] = round(float(value) * 100, 1)
        elif value is not None and c.kind == SCORE:
            out[c.key] = round(float(value), 2)
    return out


def write_section_table(
    path: str | os.PathLike[str],
    columns: Sequence[Column],
    rows: Sequence[dict[str, Any]],
    sheet_name: str,
) -> int:
    # Excel refuses sheet names over 31 characters or with []:*?/\ in them.
    safe_name = "".join(ch for ch in sheet_name if ch not in "[]:*?/\\")[:31] or "Sheet1"
    return export.write_table(
        path, export_columns(columns), [export_row(columns, r) for r in rows], sheet_name=safe_name
    )
