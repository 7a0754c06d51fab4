"""Orders / purchases (成交记录) and the credit exposure they create.

Orders drive the customer's stored facts (purchase count and total, profit, last purchase,
stage) and its tier: every write refreshes them, and a change of tier by the rules is
written to the tier history. Money is read with validation.cents (so "60,000.00",
"¥60000" and 60000 all work) and stored in cents.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from crm_desktop.services import records
from crm_desktop.services import settings as settings_service
from crm_desktop.services.changes import Changes
from crm_desktop.services.records import Field
from crm_desktop.storage.database import bound_database
from crm_desktop.storage.models import Customer, Deal, Order

SPEC = records.ChildSpec(
    Order, "order", flags=("orders",), order_by=(Order.order_date.desc(),)
)

FIELDS = (
    Field("order_date", records.date, required=True, default=dt.date.today),
    Field("description", records.multiline),
    Field("category", records.text),
    Field("amount", records.cents, column="amount_cents", required=True),
    Field("cost", records.cents_or_zero, column="cost_cents", default=0),
    Field("paid", records.cents_or_zero, column="paid_cents", default=0),
    Field("deal_id", records.ref(Deal)),
)

_OWN_DEAL = records.belongs(Deal, "deal_id")


def add_order(customer_id: int, data: Mapping[str, Any], *,
              today: dt.date | None = None) -> tuple[int, Changes]:
    """Add an order. Fields: order_date (default today), description, category, amount
    (required), cost and paid (default 0), deal_id (a deal of the same customer).
    `today` is the day the tier window ends (default: today)."""
    values = records.prepare(FIELDS, data, creating=True)
    return records.add(SPEC, customer_id, values, before=_OWN_DEAL, today=today)


def update_order(order_id: int, data: Mapping[str, Any], *,
                 today: dt.date | None = None) -> Changes:
    values = records.prepare(FIELDS, data, creating=False)
    return records.update(SPEC, order_id, values, before=_OWN_DEAL, today=today)


def delete_order(order_id: int, *, today: dt.date | None = None) -> Changes:
    """Delete an order as an undoable operation."""
    return records.delete(SPEC, order_id, today=today)


def orders_of(customer_id: int) -> list[dict[str, Any]]:
    """The customer's orders, newest first, with `unpaid_cents` and `profit_cents`."""
    rows = records.rows(SPEC, customer_id)
    for row in rows:
        row["unpaid_cents"] = max(0, row["amount_cents"] - row["paid_cents"])
        row["profit_cents"] = row["amount_cents"] - row["cost_cents"]
    return rows


@dataclass(frozen=True)
class CreditExposure:
    """What the customer owes or may owe, against its credit limit (资信).

    `open_amount_cents` = amounts of deals at open stages + unpaid order amounts.
    `over_limit` is True only when a limit is set and the open amount exceeds it.
    """

    open_deals_cents: int
    unpaid_orders_cents: int
    credit_limit_cents: int | None
    over_limit: bool

    @property
    def open_amount_cents(self) -> int:
        return self.open_deals_cents + self.unpaid_orders_cents


def credit_exposure(customer_id: int) -> CreditExposure:
    """The open contract amount of a customer and whether it exceeds the credit limit."""
    settings = settings_service.business_settings()
    open_stages = [s.key for s in settings.deal_stages if not (s.is_won or s.is_lost)]
    db = bound_database()
    open_deals = 0
    if open_stages:
        marks = ",".join("?" * len(open_stages))
        open_deals = db.execute_sql(
            f"SELECT coalesce(sum(amount_cents), 0) FROM deal "
            f"WHERE customer_id = ? AND stage IN ({marks})",
            [customer_id, *open_stages],
        ).fetchone()[0]
    unpaid = db.execute_sql(
        "SELECT coalesce(sum(max(amount_cents - paid_cents, 0)), 0) FROM orders "
        "WHERE customer_id = ?",
        [customer_id],
    ).fetchone()[0]
    limit = Customer.select(Customer.credit_limit_cents).where(
        Customer.id == customer_id
    ).scalar()
    total = int(open_deals) + int(unpaid)
    return CreditExposure(int(open_deals), int(unpaid), limit,
                          limit is not None and total > limit)
