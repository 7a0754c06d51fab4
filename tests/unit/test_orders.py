"""Orders: money parsing, facts and tier history, undo, and the credit exposure."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from crm_desktop.services import customers, deals, history, orders, validation
from crm_desktop.services.validation import ValidationError
from crm_desktop.storage.models import Customer, Order, TierChange

TODAY = dt.date(2024, 6, 10)


def tiers(customer_id: int) -> list[tuple[str | None, str, str]]:
    return [(t.old_tier, t.new_tier, t.reason)
            for t in TierChange.select().where(TierChange.customer == customer_id)
            .order_by(TierChange.id)]


def test_money_is_parsed_and_defaults_apply(db: object, new_customer: Callable[..., int]) -> None:
    cid = new_customer()
    order_id, changes = orders.add_order(cid, {
        "order_date": "2024年6月1日", "description": "办公椅 x 10", "category": "家具",
        "amount": "8,000.50", "cost": "¥5000"}, today=TODAY)
    order = Order.get_by_id(order_id)
    assert (order.order_date, order.amount_cents, order.cost_cents, order.paid_cents) == (
        dt.date(2024, 6, 1), 800_050, 500_000, 0)
    assert changes.orders and changes.all_customers and changes.customer_ids == {cid}
    row = orders.orders_of(cid)[0]
    assert (row["unpaid_cents"], row["profit_cents"], row["category"]) == (800_050, 300_050,
                                                                           "家具")
    today_order, _ = orders.add_order(cid, {"amount": 1})
    assert Order.get_by_id(today_order).order_date == dt.date.today()


def test_amount_is_required_and_money_validated(
    db: object, new_customer: Callable[..., int]
) -> None:
    cid = new_customer()
    with pytest.raises(ValidationError) as missing:
        orders.add_order(cid, {"order_date": "2024-06-01"})
    assert [(p.field, p.code) for p in missing.value.problems] == [
        ("amount", validation.REQUIRED)]
    with pytest.raises(ValidationError) as bad:
        orders.add_order(cid, {"amount": "三千", "paid": "abc", "order_date": "某天"})
    assert {p.field for p in bad.value.problems} == {"amount", "paid", "order_date"}
    other = new_customer("别家")
    foreign_deal, _ = deals.add_deal(other, {"title": "别家的单"})
    with pytest.raises(ValidationError):
        orders.add_order(cid, {"amount": 5, "deal_id": foreign_deal})
    assert Order.select().count() == 0


def test_orders_drive_facts_and_tier_history(db: object, new_customer: Callable[..., int]) -> None:
    cid = new_customer()
    orders.add_order(cid, {"order_date": "2023-06-10", "amount": "100,000"}, today=TODAY)
    assert Customer.get_by_id(cid).tier == "ordinary"  # exactly 12 months ago: outside
    first, _ = orders.add_order(cid, {"order_date": "2024-01-15", "amount": "30,000.00",
                                      "cost": "20,000"}, today=TODAY)
    assert Customer.get_by_id(cid).tier == "ordinary"
    assert tiers(cid) == []

    second, _ = orders.add_order(cid, {"order_date": "2024-05-20", "amount": "30,000.00"},
                                 today=TODAY)

    row = Customer.get_by_id(cid)
    assert row.tier == "vip"
    assert tiers(cid) == [("ordinary", "vip", "rule")]
    assert (row.purchase_count, row.purchase_total_cents, row.profit_cents) == (
        3, 16_000_000, 14_000_000)
    assert row.last_purchase == dt.date(2024, 5, 20)
    assert history.tier_history(cid)[0].new_tier == "vip"

    orders.update_order(second, {"amount": "10,000"}, today=TODAY)
    assert Customer.get_by_id(cid).tier == "ordinary"
    assert tiers(cid)[-1] == ("vip", "ordinary", "rule")

    orders.update_order(second, {"amount": "30,000"}, today=TODAY)
    changes = orders.delete_order(first, today=TODAY)
    assert Customer.get_by_id(cid).purchase_count == 2
    assert Customer.get_by_id(cid).tier == "ordinary"
    assert changes.operation_id is not None

    customers.undo_operation(changes.operation_id, today=TODAY)
    assert Order.get_by_id(first).amount_cents == 3_000_000
    assert Customer.get_by_id(cid).tier == "vip"
    assert Customer.get_by_id(cid).purchase_count == 3


def test_credit_exposure_over_limit(db: object, new_customer: Callable[..., int]) -> None:
    cid = new_customer(credit_limit="10,000")
    deals.add_deal(cid, {"title": "开放", "amount": "6,000", "stage": "intent"})
    deals.add_deal(cid, {"title": "已成交", "amount": "50,000", "stage": "won"})
    deals.add_deal(cid, {"title": "流失", "amount": "9,000", "stage": "lost"})
    orders.add_order(cid, {"amount": "3,000", "paid": "3,000"}, today=TODAY)
    orders.add_order(cid, {"amount": "1,000", "paid": "2,000"}, today=TODAY)  # overpaid
    order_id, _ = orders.add_order(cid, {"amount": "3,000", "paid": "0"}, today=TODAY)

    exposure = orders.credit_exposure(cid)
    assert (exposure.open_deals_cents, exposure.unpaid_orders_cents) == (600_000, 300_000)
    assert exposure.open_amount_cents == 900_000
    assert exposure.credit_limit_cents == 1_000_000 and not exposure.over_limit

    orders.update_order(order_id, {"amount": "5,000"}, today=TODAY)
    exposure = orders.credit_exposure(cid)
    assert exposure.open_amount_cents == 1_100_000 and exposure.over_limit

    no_limit = new_customer("无额度")
    deals.add_deal(no_limit, {"title": "大单", "amount": "1,000,000"})
    assert not orders.credit_exposure(no_limit).over_limit
    assert orders.credit_exposure(no_limit).credit_limit_cents is None
