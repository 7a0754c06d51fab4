"""The analysis behind the reports tab, the analysis report and `main.py stats` (FEATURES.md 6, 8).

One call, `analyse(period, scope)`, gives every headline figure and chart series as plain
frozen dataclasses. Everything is computed with SQL aggregates over the bound database (no
Python loop over customers or orders): a base of 100,000 customers and 1,000,000 orders
answers in a few seconds. Run it off the GUI thread; `cancel()` is asked between steps and a
True answer raises `AnalysisCancelled`. All queries run in one read transaction, so the
figures are consistent with each other even while another window writes.

Period and scope
- `Period(start, end)` is inclusive. `this_month`, `this_quarter` and `this_year` are whole
  calendar periods (ending after `today`); `last_12_months` is
  `rules.last_months_window(today, 12)`; `custom(start, end)` any range. `code` names the
  kind; `previous()` is the period before it, of the same kind (the previous calendar month,
  quarter or year, the 12 months before, or the same number of days right before a custom
  range): retention compares the two.
- "As of" date: `min(today, period.end)`. Lifecycle stages and overdue follow-ups are taken
  on that day, so a past period shows the lifecycle at its end.
- `Scope` narrows the customers: an owner (the customer's owner), a tier, a tag, and/or the
  customer list's filter (`CustomerFilter`, e.g. the current list's); they combine with AND.
  Archived customers are left out unless the filter asks for the archive. Every figure
  counts only the scoped customers' records.

Headline (rates are fractions 0..1, None where the denominator is zero)
- customers: scoped customers now. new_customers: those created (`created_at`) in the period.
- active: lifecycle honeymoon or active on the as-of date (bought within
  `lifecycle_months[1]`, 6 months); churning and dormant: those lifecycle stages.
- won_back: customers with an order in the period whose previous order was on or before
  `months_before(order date, won_back_dormant_months)` (rules.is_won_back).
- repurchase_rate_customers: buyers with 2+ orders in the period / buyers with 1+;
  repurchase_rate_orders: (orders - buyers) / orders, both within the period.
- retention_rate: buyers of `period.previous()` who bought again in the period / buyers of
  the previous period.
- average_satisfaction: mean score of the scored service records dated (closed, else
  opened) in the period; None when there is none. satisfaction_ratings: how many.
- won_amount_cents, deals_won, deals_lost: deals at a won / lost stage closed in the period;
  conversion_rate: won / (won + lost) of those.
- revenue_cents, total_profit_cents (revenue - cost), margin: the period's orders.
- top20_profit_share: profit of the top 20% (ceil) of the period's buyers by profit / total
  profit (rules.top_profit_share; None when total profit <= 0).
- average_clv_cents: historical CLV (profit to date) averaged over the scoped customers who
  ever bought. predicted_clv_cents: rules.predicted_clv for the average customer: average
  order value and margin of all orders to date x orders per buyer in the 12 months to the
  as-of date x expected_years(retention of those 12 months over the 12 before).
- buyers, orders, revenue_cents, margin, deals_won, deals_lost, satisfaction_ratings: the
  counts and sums behind the rates above.

Chart series (lists of `Bar`; `key` is the code the customer list filter understands and the
UI translates with ui/labels.py; `value` is what the chart draws, `count` customers or
records behind it, `amount_cents` money behind it)
- tiers, stages (customer stage), lifecycle, value_classes, rfm_segments: every code in its
  canonical order (zeros included); value = count = scoped customers; amount_cents = their
  order revenue in the period. Value class and RFM segment are the stored classification
  (services.facts.refresh_classification); customers without one are not in those series.
- new_per_month: key 'YYYY-MM' for every month the period touches; value = count = customers
  created that month.
- satisfaction_trend: key 'YYYY-MM' for every month with a score; value = mean score,
  count = scores.
- top_by_profit: the TOP_CUSTOMERS buyers with most profit in the period, best first;
  key = customer id as str, label = customer name, value = profit in yuan,
  amount_cents = profit, count = orders.
- funnel: `FunnelStage` per deal stage in funnel order (open stages, won, then lost) over the
  deals of scoped customers created in the period; count / amount_cents are deals now at the
  stage, `reached` deals that ever got this far (stage history), conversion_from_previous =
  reached / reached at the previous stage (rules.funnel_conversion; None for the first and
  lost stages).
- staff: `StaffKpi` per staff member who owns a scoped customer or has activity in the
  period, by name. Customers, new customers, overdue follow-ups (next follow-up before the
  as-of date), satisfaction and profit go by the customer's owner; follow-ups by who logged
  them; deals by the deal's owner.
"""

from __future__ import annotations

import calendar
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from fractions import Fraction
from typing import Any

from peewee import SqliteDatabase

from crm_desktop.domain import rules
from crm_desktop.domain.settings import (
    CUSTOMER_STAGES,
    LIFECYCLE_ACTIVE,
    LIFECYCLE_CHURNING,
    LIFECYCLE_DORMANT,
    LIFECYCLE_HONEYMOON,
    LIFECYCLE_PROSPECT,
    LIFECYCLE_STAGES,
    RFM_SEGMENTS,
    TIERS,
    VALUE_CLASSES,
    BusinessSettings,
)
from crm_desktop.services import settings as settings_service
from crm_desktop.services.customer_list import CustomerFilter, build_where
from crm_desktop.storage.database import bound_database

__all__ = [
    "PERIOD_CODES",
    "TOP_CUSTOMERS",
    "TOP_PROFIT_SHARE",
    "Analysis",
    "AnalysisCancelled",
    "Bar",
    "FunnelStage",
    "Headline",
    "Period",
    "Scope",
    "StaffKpi",
    "analyse",
]

PERIOD_THIS_MONTH = "this_month"
PERIOD_THIS_QUARTER = "this_quarter"
PERIOD_THIS_YEAR = "this_year"
PERIOD_LAST_12_MONTHS = "last_12_months"
PERIOD_CUSTOM = "custom"
PERIOD_CODES = (
    PERIOD_THIS_MONTH,
    PERIOD_THIS_QUARTER,
    PERIOD_THIS_YEAR,
    PERIOD_LAST_12_MONTHS,
    PERIOD_CUSTOM,
)
TOP_CUSTOMERS = 10
TOP_PROFIT_SHARE = Fraction(1, 5)  # the 80/20 check: the top 20% of buyers
_ONE_DAY = timedelta(days=1)
_MONTHS_OF = {PERIOD_THIS_MONTH: 1, PERIOD_THIS_QUARTER: 3, PERIOD_THIS_YEAR: 12,
              PERIOD_LAST_12_MONTHS: 12}


class AnalysisCancelled(Exception):
    """The caller's `cancel()` said True; nothing was changed."""


# ---------------------------------------------------------------------------------------
# Period and scope
# ---------------------------------------------------------------------------------------


def _month_end(day: date) -> date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


@dataclass(frozen=True)
class Period:
    """An inclusive date range and the kind of period it is (one of PERIOD_CODES)."""

    start: date
    end: date
    code: str = PERIOD_CUSTOM

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(
                f"the period ends ({self.end.isoformat()}) before it starts "
                f"({self.start.isoformat()}): give an end date on or after the start date"
            )
        if self.code not in PERIOD_CODES:
            raise ValueError(f"unknown period {self.code!r}: use one of {', '.join(PERIOD_CODES)}")

    @classmethod
    def this_month(cls, today: date) -> Period:
        start = today.replace(day=1)
        return cls(start, _month_end(start), PERIOD_THIS_MONTH)

    @classmethod
    def this_quarter(cls, today: date) -> Period:
        start = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
        return cls(start, _month_end(rules.add_months(start, 2)), PERIOD_THIS_QUARTER)

    @classmethod
    def this_year(cls, today: date) -> Period:
        return cls(date(today.year, 1, 1), date(today.year, 12, 31), PERIOD_THIS_YEAR)

    @classmethod
    def last_12_months(cls, today: date) -> Period:
        start, end = rules.last_months_window(today, 12)
        return cls(start, end, PERIOD_LAST_12_MONTHS)

    @classmethod
    def custom(cls, start: date, end: date) -> Period:
        return cls(start, end, PERIOD_CUSTOM)

    @classmethod
    def named(cls, code: str, today: date) -> Period:
        """The period of a code other than custom, e.g. from a command line or a combo box."""
        makers: dict[str, Callable[[date], Period]] = {
            PERIOD_THIS_MONTH: cls.this_month,
            PERIOD_THIS_QUARTER: cls.this_quarter,
            PERIOD_THIS_YEAR: cls.this_year,
            PERIOD_LAST_12_MONTHS: cls.last_12_months,
        }
        if code not in makers:
            raise ValueError(f"unknown period {code!r}: use one of {', '.join(makers)}")
        return makers[code](today)

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def previous(self) -> Period:
        """The period right before this one, of the same kind (see the module docstring)."""
        if self.code == PERIOD_LAST_12_MONTHS:
            return Period(rules.months_before(self.end, 24) + _ONE_DAY, self.start - _ONE_DAY,
                          self.code)
        if self.code in _MONTHS_OF:
            start = rules.add_months(self.start, -_MONTHS_OF[self.code])
            return Period(start, self.start - _ONE_DAY, self.code)
        return Period(self.start - timedelta(days=self.days), self.start - _ONE_DAY, self.code)

    def months(self) -> list[str]:
        """'YYYY-MM' of every calendar month the period touches, in order."""
        keys: list[str] = []
        month = self.start.replace(day=1)
        while month <= self.end:
            keys.append(f"{month.year:04d}-{month.month:02d}")
            month = rules.add_months(month, 1)
        return keys


@dataclass(frozen=True)
class Scope:
    """Which customers the analysis covers; the parts combine with AND. Empty: everyone."""

    owner_id: int | None = None
    tier: str | None = None
    tag_id: int | None = None
    customer_filter: CustomerFilter | None = None

    def where(self, today: date, settings: BusinessSettings) -> tuple[str, list[Any]]:
        """The WHERE clause over `customer c` selecting the scoped customers."""
        sql, params = build_where(self.customer_filter or CustomerFilter(), today, settings)
        parts = [sql]
        if self.owner_id is not None:
            parts.append("c.owner_id = ?")
            params.append(self.owner_id)
        if self.tier is not None:
            parts.append("c.tier = ?")
            params.append(self.tier)
        if self.tag_id is not None:
            parts.append("c.id IN (SELECT customer_id FROM customer_tag WHERE tag_id = ?)")
            params.append(self.tag_id)
        return " AND ".join(parts), params


# ---------------------------------------------------------------------------------------
# Results
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Headline:
    """The headline figures; see the module docstring for each definition."""

    customers: int
    new_customers: int
    active: int
    churning: int
    dormant: int
    won_back: int
    repurchase_rate_customers: float | None
    repurchase_rate_orders: float | None
    retention_rate: float | None
    average_satisfaction: float | None
    won_amount_cents: int
    conversion_rate: float | None
    total_profit_cents: int
    top20_profit_share: float | None
    average_clv_cents: int | None
    buyers: int = 0
    orders: int = 0
    revenue_cents: int = 0
    margin: float | None = None
    deals_won: int = 0
    deals_lost: int = 0
    satisfaction_ratings: int = 0
    predicted_clv_cents: int | None = None


@dataclass(frozen=True)
class Bar:
    """One bar (or point) of a chart; see the module docstring for each series."""

    key: str
    value: float
    count: int = 0
    amount_cents: int = 0
    label: str = ""


@dataclass(frozen=True)
class FunnelStage:
    """One stage of the sales funnel; `name` is the stage's name in the settings."""

    stage: str
    count: int
    amount_cents: int
    conversion_from_previous: float | None
    reached: int = 0
    name: str = ""
    is_won: bool = False
    is_lost: bool = False


@dataclass(frozen=True)
class StaffKpi:
    """One staff member's figures for the period and scope."""

    staff_id: int
    name: str
    customers: int
    new_customers: int
    follow_ups: int
    deals_won: int
    won_amount_cents: int
    conversion_rate: float | None
    profit_cents: int
    overdue_follow_ups: int = 0
    deals_lost: int = 0
    average_satisfaction: float | None = None
    satisfaction_ratings: int = 0


@dataclass(frozen=True)
class Analysis:
    """Everything the reports tab and the analysis report show for one period and scope."""

    period: Period
    scope: Scope
    as_of: date
    headline: Headline
    tiers: list[Bar]
    stages: list[Bar]
    funnel: list[FunnelStage]
    lifecycle: list[Bar]
    rfm_segments: list[Bar]
    value_classes: list[Bar]
    new_per_month: list[Bar]
    satisfaction_trend: list[Bar]
    top_by_profit: list[Bar]
    staff: list[StaffKpi] = field(default_factory=list)


EVERYONE = Scope()
"""The scope of the whole (unarchived) customer base."""


def analyse(
    period: Period,
    scope: Scope = EVERYONE,
    today: date | None = None,
    cancel: Callable[[], bool] | None = None,
) -> Analysis:
    """Every headline figure and chart series for `period` and `scope` (see the module docstring).

    `today` defaults to the real date; `cancel()` is asked between steps, and a True answer
    raises AnalysisCancelled. Reads only: nothing in the database changes.
    """
    db = bound_database()
    run = _Run(db, settings_service.business_settings(), period, scope,
               today or date.today(), cancel)
    # A read transaction: one snapshot for every query. DEFERRED because the database's
    # default is IMMEDIATE, which would hold the write lock (and stop every other window's
    # saves) for as long as the analysis runs; the work tables live in the temp schema, so
    # writing them takes no lock on the database file.
    with db.atomic("DEFERRED"):
        try:
            return run.analyse()
        finally:
            run.drop_work_tables()


# ---------------------------------------------------------------------------------------
# The computation
# ---------------------------------------------------------------------------------------

_SCOPE_TABLE = "analytics_scope"
_BUYERS_TABLE = "analytics_buyers"
_IN_SCOPE = f"IN (SELECT id FROM temp.{_SCOPE_TABLE})"


def _months_before_sql(column: str, months: int) -> str:
    """SQL for rules.months_before(column, months): the day kept, clamped to the month's end.

    SQLite's own '-N months' rolls 31 March back to 3 March instead of clamping to February's
    last day, so the day is added to the target month's first day and capped at its last.
    """
    target = f"date({column}, 'start of month', '-{int(months)} months')"
    day = f"'+' || (CAST(strftime('%d', {column}) AS INTEGER) - 1) || ' days'"
    month_end = f"date({column}, 'start of month', '-{int(months)} months', '+1 month', '-1 day')"
    return f"min(date({target}, {day}), {month_end})"


def _ratio(numerator: float, denominator: float) -> float | None:
    return numerator / denominator if denominator else None


def _count_bars(codes: Iterable[str], counts: dict[str, list[int]]) -> list[Bar]:
    """Bars in code order from {code: [customers, revenue_cents]}; unknown codes are left out."""
    bars = []
    for code in codes:
        customers, revenue = counts.get(code, (0, 0))
        bars.append(Bar(code, float(customers), customers, revenue))
    return bars


@dataclass
class _StaffFigures:
    customers: int = 0
    new_customers: int = 0
    overdue_follow_ups: int = 0
    follow_ups: int = 0
    deals_won: int = 0
    deals_lost: int = 0
    won_amount_cents: int = 0
    profit_cents: int = 0
    satisfaction_sum: int = 0
    satisfaction_ratings: int = 0


@dataclass
class _Snapshot:
    """The scoped customers counted by code, and their purchase facts to date."""

    customers: int = 0
    ever_bought: int = 0
    purchases: int = 0
    purchase_total_cents: int = 0
    profit_cents: int = 0  # of the customers who bought: the historical CLV
    lifecycle_counts: dict[str, int] = field(default_factory=dict)
    tiers: list[Bar] = field(default_factory=list)
    stages: list[Bar] = field(default_factory=list)
    lifecycle: list[Bar] = field(default_factory=list)
    value_classes: list[Bar] = field(default_factory=list)
    rfm_segments: list[Bar] = field(default_factory=list)


@dataclass(frozen=True)
class _BuyerFlags:
    """Counts of scoped buyers by the windows they bought in (see _Run.buyer_flags)."""

    buyers_before_period: int
    kept_from_previous: int
    buyers_in_year: int
    orders_in_year: int
    buyers_in_year_before: int
    kept_year_over_year: int


class _Run:
    """One analysis: the parameters, the work tables and the steps in order."""

    def __init__(self, db: SqliteDatabase, settings: BusinessSettings, period: Period,
                 scope: Scope, today: date, cancel: Callable[[], bool] | None) -> None:
        self.db = db
        self.settings = settings
        self.period = period
        self.scope = scope
        self.today = today
        self.as_of = min(today, period.end)
        self.cancel = cancel
        self.staff: dict[int, _StaffFigures] = {}
        # Dates as SQLite holds them: ISO text. Moments compare with the next day's start.
        self.start = period.start.isoformat()
        self.end = period.end.isoformat()
        self.end_moment = (period.end + _ONE_DAY).isoformat()

    # -- helpers ------------------------------------------------------------------------

    def check_cancel(self) -> None:
        if self.cancel is not None and self.cancel():
            raise AnalysisCancelled("the analysis was cancelled")

    def rows(self, sql: str, params: Iterable[Any] = ()) -> list[tuple[Any, ...]]:
        self.check_cancel()
        return list(self.db.execute_sql(sql, list(params)).fetchall())

    def one(self, sql: str, params: Iterable[Any] = ()) -> tuple[Any, ...]:
        return self.rows(sql, params)[0]

    def staff_figures(self, staff_id: int | None) -> _StaffFigures | None:
        if staff_id is None:
            return None
        return self.staff.setdefault(int(staff_id), _StaffFigures())

    def drop_work_tables(self) -> None:
        for table in (_SCOPE_TABLE, _BUYERS_TABLE):
            self.db.execute_sql(f"DROP TABLE IF EXISTS temp.{table}")

    # -- steps --------------------------------------------------------------------------

    def analyse(self) -> Analysis:
        self.fill_work_tables()
        buyers, repeat_buyers, orders, revenue, profit = (int(v or 0) for v in self.one(
            f"SELECT count(*), sum(orders >= 2), sum(orders), sum(revenue), sum(profit) "
            f"FROM temp.{_BUYERS_TABLE}"
        ))
        snapshot = self.customer_snapshot()
        flags = self.buyer_flags()
        new_per_month = self.new_per_month()
        satisfaction_trend, satisfaction_sum, ratings = self.satisfaction()
        won, lost, won_amount = self.closed_deals()
        lifecycle = snapshot.lifecycle_counts
        headline = Headline(
            customers=snapshot.customers,
            new_customers=sum(bar.count for bar in new_per_month),
            active=lifecycle[LIFECYCLE_HONEYMOON] + lifecycle[LIFECYCLE_ACTIVE],
            churning=lifecycle[LIFECYCLE_CHURNING],
            dormant=lifecycle[LIFECYCLE_DORMANT],
            won_back=self.won_back(),
            repurchase_rate_customers=_ratio(repeat_buyers, buyers),
            repurchase_rate_orders=_ratio(orders - buyers, orders),
            retention_rate=_ratio(flags.kept_from_previous, flags.buyers_before_period),
            average_satisfaction=_ratio(satisfaction_sum, ratings),
            won_amount_cents=won_amount,
            conversion_rate=_ratio(won, won + lost),
            total_profit_cents=profit,
            top20_profit_share=self.top_profit_share(buyers, profit),
            average_clv_cents=(
                round(snapshot.profit_cents / snapshot.ever_bought)
                if snapshot.ever_bought else None
            ),
            buyers=buyers,
            orders=orders,
            revenue_cents=revenue,
            margin=rules.margin(revenue, revenue - profit),
            deals_won=won,
            deals_lost=lost,
            satisfaction_ratings=ratings,
            predicted_clv_cents=self.predicted_clv(snapshot, flags),
        )
        return Analysis(
            period=self.period,
            scope=self.scope,
            as_of=self.as_of,
            headline=headline,
            tiers=snapshot.tiers,
            stages=snapshot.stages,
            funnel=self.funnel(),
            lifecycle=snapshot.lifecycle,
            rfm_segments=snapshot.rfm_segments,
            value_classes=snapshot.value_classes,
            new_per_month=new_per_month,
            satisfaction_trend=satisfaction_trend,
            top_by_profit=self.top_by_profit(),
            staff=self.staff_kpis(),
        )

    def fill_work_tables(self) -> None:
        """The scoped customer ids, and each scoped buyer's orders, revenue, profit and first
        order in the period: most figures read these two small tables instead of the big ones."""
        self.drop_work_tables()
        where, params = self.scope.where(self.today, self.settings)
        self.check_cancel()
        self.db.execute_sql(f"CREATE TEMP TABLE {_SCOPE_TABLE} (id INTEGER PRIMARY KEY)")
        self.db.execute_sql(
            f"INSERT INTO temp.{_SCOPE_TABLE} SELECT c.id FROM customer c WHERE {where}", params
        )
        self.check_cancel()
        self.db.execute_sql(
            f"CREATE TEMP TABLE {_BUYERS_TABLE} (customer_id INTEGER PRIMARY KEY, "
            f"orders INTEGER, revenue INTEGER, profit INTEGER, first_order TEXT)"
        )
        self.db.execute_sql(
            f"INSERT INTO temp.{_BUYERS_TABLE} "
            f"SELECT o.customer_id, count(*), sum(o.amount_cents), "
            f"sum(o.amount_cents - o.cost_cents), min(o.order_date) FROM orders o "
            f"WHERE o.order_date BETWEEN ? AND ? AND o.customer_id {_IN_SCOPE} "
            f"GROUP BY o.customer_id",
            [self.start, self.end],
        )

    def customer_snapshot(self) -> _Snapshot:
        """Counts by tier, stage, lifecycle, value class, RFM segment and owner in one pass
        over the scoped customers, with the purchase facts to date and the owners' figures."""
        settings, as_of = self.settings, self.as_of
        params: list[Any] = []
        join_params: list[Any] = []
        if as_of >= self.today:
            last_purchase, last_join = "c.last_purchase", ""
        else:
            last_purchase = "lp.last_purchase"
            last_join = (
                "LEFT JOIN (SELECT customer_id, max(order_date) AS last_purchase FROM orders "
                f"WHERE order_date <= ? AND customer_id {_IN_SCOPE} GROUP BY customer_id) lp "
                "ON lp.customer_id = c.id"
            )
            join_params.append(as_of.isoformat())
        cases = []
        for stage in (LIFECYCLE_HONEYMOON, LIFECYCLE_ACTIVE, LIFECYCLE_CHURNING):
            stage_start, _ = rules.lifecycle_purchase_range(stage, as_of, settings)
            assert stage_start is not None
            cases.append(f"WHEN {last_purchase} >= ? THEN '{stage}'")
            params.append(stage_start.isoformat())
        lifecycle = (
            f"CASE WHEN {last_purchase} IS NULL THEN '{LIFECYCLE_PROSPECT}' "
            f"{' '.join(cases)} ELSE '{LIFECYCLE_DORMANT}' END"
        )
        params += [self.start, self.end_moment, as_of.isoformat(), *join_params]
        groups = self.rows(
            f"SELECT c.tier, c.stage, c.value_class, c.rfm_segment, {lifecycle}, c.owner_id, "
            f"count(*), coalesce(sum(b.revenue), 0), sum(c.purchase_count > 0), "
            f"sum(c.purchase_count), sum(c.purchase_total_cents), sum(c.profit_cents), "
            f"sum(c.created_at >= ? AND c.created_at < ?), sum(c.next_follow_up < ?) "
            # CROSS JOIN keeps the scope table outermost: the customers are then read in id
            # order, where SQLite would otherwise walk them through an index in random order.
            f"FROM temp.{_SCOPE_TABLE} s CROSS JOIN customer c ON c.id = s.id "
            f"LEFT JOIN temp.{_BUYERS_TABLE} b ON b.customer_id = c.id {last_join} "
            f"GROUP BY 1, 2, 3, 4, 5, 6",
            params,
        )
        snapshot = _Snapshot()
        by: list[dict[str, list[int]]] = [{} for _ in range(5)]
        for row in groups:
            codes, owner_id = row[:5], row[5]
            count, revenue, bought, purchases, total, profit, new, overdue = (
                int(v or 0) for v in row[6:]
            )
            snapshot.customers += count
            snapshot.ever_bought += bought
            snapshot.purchases += purchases
            snapshot.purchase_total_cents += total
            snapshot.profit_cents += profit
            for index, code in enumerate(codes):
                totals = by[index].setdefault(code, [0, 0])
                totals[0] += count
                totals[1] += revenue
            figures = self.staff_figures(owner_id)
            if figures is not None:
                figures.customers += count
                figures.new_customers += new
                figures.overdue_follow_ups += overdue
        tiers, stages, value_classes, segments, lifecycles = by
        snapshot.lifecycle_counts = {
            stage: lifecycles.get(stage, [0])[0] for stage in LIFECYCLE_STAGES
        }
        snapshot.tiers = _count_bars(TIERS, tiers)
        snapshot.stages = _count_bars(CUSTOMER_STAGES, stages)
        snapshot.lifecycle = _count_bars(LIFECYCLE_STAGES, lifecycles)
        snapshot.value_classes = _count_bars(VALUE_CLASSES, value_classes)
        snapshot.rfm_segments = _count_bars(RFM_SEGMENTS, segments)
        return snapshot

    def new_per_month(self) -> list[Bar]:
        counts = dict(self.rows(
            f"SELECT substr(c.created_at, 1, 7), count(*) FROM customer c "
            f"WHERE c.created_at >= ? AND c.created_at < ? AND c.id {_IN_SCOPE} GROUP BY 1",
            [self.start, self.end_moment],
        ))
        return [
            Bar(month, float(counts.get(month, 0)), int(counts.get(month, 0)))
            for month in self.period.months()
        ]

    def satisfaction(self) -> tuple[list[Bar], int, int]:
        """The monthly trend, the sum of scores and their number; per owner into staff."""
        dated = "coalesce(r.closed_at, r.opened_at)"
        months: dict[str, list[int]] = {}
        for month, owner_id, total, ratings in self.rows(
            f"SELECT substr({dated}, 1, 7), c.owner_id, sum(r.satisfaction), count(*) "
            f"FROM service_record r JOIN customer c ON c.id = r.customer_id "
            f"WHERE r.satisfaction IS NOT NULL AND {dated} >= ? AND {dated} < ? "
            f"AND r.customer_id {_IN_SCOPE} GROUP BY 1, 2",
            [self.start, self.end_moment],
        ):
            sums = months.setdefault(month, [0, 0])
            sums[0] += total
            sums[1] += ratings
            figures = self.staff_figures(owner_id)
            if figures is not None:
                figures.satisfaction_sum += total
                figures.satisfaction_ratings += ratings
        trend = [
            Bar(month, total / ratings, ratings)
            for month, (total, ratings) in sorted(months.items())
        ]
        return (trend, sum(t for t, _ in months.values()), sum(n for _, n in months.values()))

    def closed_deals(self) -> tuple[int, int, int]:
        """Deals won and lost in the period and the won amount; per deal owner into staff."""
        won_stages = {s.key for s in self.settings.deal_stages if s.is_won}
        lost_stages = {s.key for s in self.settings.deal_stages if s.is_lost}
        won = lost = won_amount = 0
        for owner_id, stage, count, amount in self.rows(
            f"SELECT d.owner_id, d.stage, count(*), coalesce(sum(d.amount_cents), 0) FROM deal d "
            f"WHERE d.closed_at >= ? AND d.closed_at < ? AND d.customer_id {_IN_SCOPE} "
            f"GROUP BY 1, 2",
            [self.start, self.end_moment],
        ):
            figures = self.staff_figures(owner_id) or _StaffFigures()
            if stage in won_stages:
                won += count
                won_amount += amount
                figures.deals_won += count
                figures.won_amount_cents += amount
            elif stage in lost_stages:
                lost += count
                figures.deals_lost += count
        return won, lost, won_amount

    def buyer_flags(self) -> _BuyerFlags:
        """Who bought in the period before this one (and again in this one), in the 12 months
        to the as-of date and in the 12 before. Read from the (customer, date) index, which
        holds both columns, so no order row is read."""
        year_start, year_end = rules.last_months_window(self.as_of, 12)
        year_before_start, year_before_end = rules.last_months_window(
            self.as_of, 12, periods_back=1
        )
        # Per customer: orders in the 12 months, and whether the first order of the 24
        # months falls in the 12 before.
        year_buyers, year_orders, year_before_buyers, kept_year = (int(v or 0) for v in self.one(
            "SELECT sum(orders_in_year > 0), sum(orders_in_year), sum(bought_before),"
            " sum(orders_in_year > 0 AND bought_before) FROM ("
            " SELECT sum(order_date >= ?1) AS orders_in_year, min(order_date) < ?1 AS bought_before"
            f" FROM orders WHERE order_date BETWEEN ?2 AND ?3 AND customer_id {_IN_SCOPE}"
            " GROUP BY customer_id)",
            [year_start.isoformat(), year_before_start.isoformat(), year_end.isoformat()],
        ))
        previous = self.period.previous()
        if (previous.start, previous.end, self.period.end) == (
            year_before_start, year_before_end, year_end
        ):
            # The last 12 months: the period before is the 12 before, counted already.
            before_period, kept_from_previous = year_before_buyers, kept_year
        else:
            before_period, kept_from_previous = (int(v or 0) for v in self.one(
                f"SELECT count(*), coalesce(sum(customer_id IN "
                f"(SELECT customer_id FROM temp.{_BUYERS_TABLE})), 0) FROM ("
                f"SELECT DISTINCT customer_id FROM orders WHERE order_date BETWEEN ? AND ? "
                f"AND customer_id {_IN_SCOPE})",
                [previous.start.isoformat(), previous.end.isoformat()],
            ))
        return _BuyerFlags(before_period, kept_from_previous, year_buyers, year_orders,
                           year_before_buyers, kept_year)

    def predicted_clv(self, snapshot: _Snapshot, flags: _BuyerFlags) -> int | None:
        """rules.predicted_clv for the average customer: average order value and margin to
        date, orders per buyer in the 12 months to the as-of date, and the expected years
        from the retention of those 12 months over the 12 before."""
        margin = rules.margin(snapshot.purchase_total_cents,
                              snapshot.purchase_total_cents - snapshot.profit_cents)
        if not snapshot.purchases or not flags.buyers_in_year or margin is None:
            return None
        return rules.predicted_clv(
            average_order_cents=snapshot.purchase_total_cents / snapshot.purchases,
            purchases_per_year=flags.orders_in_year / flags.buyers_in_year,
            margin=margin,
            years=rules.expected_years(
                _ratio(flags.kept_year_over_year, flags.buyers_in_year_before)
            ),
        )

    def won_back(self) -> int:
        """Scoped buyers with an order in the period after a dormant gap (rules.is_won_back).

        In a period shorter than the dormant gap only a buyer's first order in it can follow
        such a gap (any later one follows an order inside the period), so one look-up per
        buyer does; a longer custom period checks every order.
        """
        months = self.settings.won_back_dormant_months
        if self.period.start > rules.months_before(self.period.end, months):
            sql = (
                f"SELECT count(*) FROM temp.{_BUYERS_TABLE} b "
                f"WHERE (SELECT max(p.order_date) FROM orders p "
                f"WHERE p.customer_id = b.customer_id AND p.order_date < b.first_order) "
                f"<= {_months_before_sql('b.first_order', months)}"
            )
            return int(self.one(sql)[0])
        return int(self.one(
            f"SELECT count(DISTINCT o.customer_id) FROM orders o "
            f"WHERE o.order_date BETWEEN ? AND ? "
            f"AND o.customer_id IN (SELECT customer_id FROM temp.{_BUYERS_TABLE}) "
            f"AND (SELECT max(p.order_date) FROM orders p WHERE p.customer_id = o.customer_id "
            f"AND p.order_date < o.order_date) <= {_months_before_sql('o.order_date', months)}",
            [self.start, self.end],
        )[0])

    def top_profit_share(self, buyers: int, total_profit: int) -> float | None:
        """rules.top_profit_share over the period's buyers, summed in SQL."""
        if buyers == 0 or total_profit <= 0:
            return None
        top = max(1, min(buyers, math.ceil(buyers * TOP_PROFIT_SHARE)))
        top_profit = int(self.one(
            f"SELECT sum(profit) FROM (SELECT profit FROM temp.{_BUYERS_TABLE} "
            f"ORDER BY profit DESC LIMIT ?)",
            [top],
        )[0])
        return top_profit / total_profit

    def top_by_profit(self) -> list[Bar]:
        return [
            Bar(str(customer_id), profit / 100, int(orders), int(profit), name)
            for customer_id, name, profit, orders in self.rows(
                f"SELECT b.customer_id, c.name, b.profit, b.orders FROM temp.{_BUYERS_TABLE} b "
                f"JOIN customer c ON c.id = b.customer_id "
                f"ORDER BY b.profit DESC, b.customer_id LIMIT ?",
                [TOP_CUSTOMERS],
            )
        ]

    def funnel(self) -> list[FunnelStage]:
        """Deals of scoped customers created in the period, as deals.funnel counts them."""
        stages = self.settings.deal_stages
        path = [s for s in stages if not (s.is_won or s.is_lost)] + [s for s in stages if s.is_won]
        lost = [s for s in stages if s.is_lost]
        condition = f"d.created_at >= ? AND d.created_at < ? AND d.customer_id {_IN_SCOPE}"
        period = [self.start, self.end_moment]
        current = {
            stage: (int(count), int(amount))
            for stage, count, amount in self.rows(
                f"SELECT d.stage, count(*), coalesce(sum(d.amount_cents), 0) FROM deal d "
                f"WHERE {condition} GROUP BY d.stage",
                period,
            )
        }
        reached_counts = [0] * len(path)
        if path:
            cases = " ".join("WHEN ? THEN ?" for _ in path)
            index_params = [v for i, s in enumerate(path) for v in (s.key, i)]
            # Each deal's furthest stage on the path, by its current stage and its history.
            furthest = dict(self.rows(
                f"SELECT furthest, count(*) FROM ("
                f" SELECT max(coalesce(CASE d.stage {cases} END, -1),"
                f"  coalesce(max(CASE sc.to_stage {cases} END), -1)) AS furthest"
                f" FROM deal d LEFT JOIN deal_stage_change sc ON sc.deal_id = d.id"
                f" WHERE {condition} GROUP BY d.id"
                f") GROUP BY furthest",
                [*index_params, *index_params, *period],
            ))
            reached_counts = rules.funnel_reached(
                [int(furthest.get(i, 0)) for i in range(len(path))]
            )
        conversion: list[float | None] = [None, *rules.funnel_conversion(reached_counts)]
        result = [
            FunnelStage(s.key, *current.get(s.key, (0, 0)), conversion[i], reached_counts[i],
                        s.name, is_won=s.is_won)
            for i, s in enumerate(path)
        ]
        for s in lost:
            count, amount = current.get(s.key, (0, 0))
            result.append(FunnelStage(s.key, count, amount, None, count, s.name, is_lost=True))
        return result

    def staff_kpis(self) -> list[StaffKpi]:
        for staff_id, count in self.rows(
            f"SELECT f.staff_id, count(*) FROM follow_up f WHERE f.occurred_at >= ? "
            f"AND f.occurred_at < ? AND f.staff_id IS NOT NULL AND f.customer_id {_IN_SCOPE} "
            f"GROUP BY 1",
            [self.start, self.end_moment],
        ):
            self.staff.setdefault(int(staff_id), _StaffFigures()).follow_ups = int(count)
        for owner_id, profit in self.rows(
            f"SELECT c.owner_id, sum(b.profit) FROM temp.{_BUYERS_TABLE} b "
            f"JOIN customer c ON c.id = b.customer_id WHERE c.owner_id IS NOT NULL GROUP BY 1"
        ):
            self.staff.setdefault(int(owner_id), _StaffFigures()).profit_cents = int(profit)
        names = dict(self.rows("SELECT id, name FROM staff"))
        kpis = [
            StaffKpi(
                staff_id=staff_id,
                name=names.get(staff_id, ""),
                customers=f.customers,
                new_customers=f.new_customers,
                follow_ups=f.follow_ups,
                deals_won=f.deals_won,
                won_amount_cents=f.won_amount_cents,
                conversion_rate=_ratio(f.deals_won, f.deals_won + f.deals_lost),
                profit_cents=f.profit_cents,
                overdue_follow_ups=f.overdue_follow_ups,
                deals_lost=f.deals_lost,
                average_satisfaction=_ratio(f.satisfaction_sum, f.satisfaction_ratings),
                satisfaction_ratings=f.satisfaction_ratings,
            )
            for staff_id, f in self.staff.items()
            if staff_id in names
        ]
        return sorted(kpis, key=lambda kpi: (kpi.name, kpi.staff_id))
