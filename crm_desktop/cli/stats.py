"""`stats`: the headline figures and the customer counts by tier, stage and lifecycle.

    stats [--period this_month|this_quarter|this_year|last_12_months] [--json]
    stats --from 2026-01-01 --to 2026-03-31

The figures are services.analytics' (FEATURES.md section 6) over the whole unarchived base;
codes are printed as stored (ordinary, vip, super, ...), money in yuan, rates in percent.
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TYPE_CHECKING, Any

from crm_desktop.cli import AddCommand, UserError, emit, open_db
from crm_desktop.domain.normalize import parse_date

if TYPE_CHECKING:
    from crm_desktop.services.analytics import Period

NAMED_PERIODS = ("this_month", "this_quarter", "this_year", "last_12_months")
DEFAULT_PERIOD = "last_12_months"

# Headline fields in print order: (field, label, kind), kind saying how to show the value.
HEADLINE_ROWS = (
    ("customers", "customers", "count"),
    ("new_customers", "new customers", "count"),
    ("active", "active (bought within 6 months)", "count"),
    ("churning", "churning", "count"),
    ("dormant", "dormant", "count"),
    ("won_back", "won back", "count"),
    ("buyers", "buyers in the period", "count"),
    ("orders", "orders in the period", "count"),
    ("repurchase_rate_customers", "repurchase rate (customers)", "rate"),
    ("repurchase_rate_orders", "repurchase rate (orders)", "rate"),
    ("retention_rate", "retention rate", "rate"),
    ("average_satisfaction", "average satisfaction (1-5)", "score"),
    ("revenue_cents", "revenue", "money"),
    ("total_profit_cents", "gross profit", "money"),
    ("margin", "margin", "rate"),
    ("top20_profit_share", "profit share of the top 20%", "rate"),
    ("won_amount_cents", "won deal amount", "money"),
    ("conversion_rate", "deal conversion (won / closed)", "rate"),
    ("average_clv_cents", "average CLV (profit to date)", "money"),
    ("predicted_clv_cents", "predicted CLV", "money"),
)


def register(add: AddCommand) -> None:
    parser = add("stats", "headline figures and customer counts by tier, stage and lifecycle")
    parser.add_argument(
        "--period",
        choices=NAMED_PERIODS,
        help=f"a calendar period or the last 12 months (default {DEFAULT_PERIOD})",
    )
    parser.add_argument(
        "--from", dest="date_from", metavar="DATE", help="first day, e.g. 2026-01-01"
    )
    parser.add_argument("--to", dest="date_to", metavar="DATE", help="last day, e.g. 2026-03-31")
    parser.set_defaults(run=run)


def _day(text: str, option: str) -> dt.date:
    try:
        day = parse_date(text)
    except ValueError:
        day = None
    if day is None:
        raise UserError(f"{option} {text!r} is not a date: write it like 2026-03-31")
    return day


def choose_period(args: argparse.Namespace, today: dt.date) -> Period:
    """The analytics.Period the options ask for; UserError for a contradiction."""
    from crm_desktop.services.analytics import Period

    if args.date_from is None and args.date_to is None:
        return Period.named(args.period or DEFAULT_PERIOD, today)
    if args.period is not None:
        raise UserError("give either --period or --from/--to, not both")
    if args.date_from is None or args.date_to is None:
        raise UserError("a custom period needs both --from and --to")
    start, end = _day(args.date_from, "--from"), _day(args.date_to, "--to")
    if end < start:
        raise UserError(
            f"--to {end.isoformat()} is before --from {start.isoformat()}: swap them"
        )
    return Period.custom(start, end)


def run(args: argparse.Namespace) -> int:
    today = dt.date.today()
    period = choose_period(args, today)
    from crm_desktop.services import analytics

    open_db(args)
    result = analytics.analyse(period, today=today)
    headline = result.headline
    groups = {
        "tiers": result.tiers,
        "stages": result.stages,
        "lifecycle": result.lifecycle,
    }
    payload = {
        "period": {"code": period.code, "start": period.start.isoformat(),
                   "end": period.end.isoformat()},
        "as_of": result.as_of.isoformat(),
        "headline": {name: getattr(headline, name) for name, _, _ in HEADLINE_ROWS},
        **{name: {bar.key: bar.count for bar in bars} for name, bars in groups.items()},
    }
    emit(args, payload, _as_text(payload))
    return 0


def _shown(value: Any, kind: str) -> str:
    if value is None:
        return "-"
    if kind == "rate":
        return f"{value:.1%}"
    if kind == "score":
        return f"{value:.2f}"
    if kind == "money":
        return f"{value / 100:,.2f}"
    return f"{value:,}"


def _as_text(payload: dict[str, Any]) -> str:
    period = payload["period"]
    lines = [f"Period {period['code']}: {period['start']} to {period['end']} "
             f"(lifecycle as of {payload['as_of']})", ""]
    kinds = {name: (label, kind) for name, label, kind in HEADLINE_ROWS}
    rows = [(label, _shown(payload["headline"][name], kinds[name][1]))
            for name, (label, _) in kinds.items()]
    for title in ("tiers", "stages", "lifecycle"):
        rows.append(("", ""))
        rows.append((f"{title}:", ""))
        rows += [(f"  {code}", _shown(count, "count")) for code, count in payload[title].items()]
    label_width = max(len(label) for label, _ in rows)
    value_width = max(len(value) for _, value in rows)
    lines += [f"{label:<{label_width}}  {value:>{value_width}}".rstrip() for label, value in rows]
    return "\n".join(lines)
