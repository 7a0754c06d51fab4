"""Deals: stage history, probability, closing, the customer's stage, the funnel."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from crm_desktop.services import customers, deals, orders, staff, validation
from crm_desktop.services.validation import ValidationError
from crm_desktop.storage.models import Customer, Deal, DealStageChange, Order


def history(deal_id: int) -> list[tuple[str | None, str]]:
    return [(h["from_stage"], h["to_stage"]) for h in deals.stage_history(deal_id)]


def test_creation_records_a_stage_change_from_none(
    db: object, new_customer: Callable[..., int]
) -> None:
    owner = staff.find_or_create("赵六")
    cid = new_customer(owner_id=owner)
    deal_id, changes = deals.add_deal(cid, {"title": "门店升级", "amount": "¥12,500.50"})
    deal = Deal.get_by_id(deal_id)
    assert (deal.stage, deal.probability, deal.amount_cents, deal.owner_id) == (
        "potential", 10, 1_250_050, owner)
    assert deal.closed_at is None
    assert history(deal_id) == [(None, "potential")]
    assert changes.deals and changes.all_customers and changes.customer_ids == {cid}
    assert deals.deals_of(cid)[0]["stage_name"] == "潜在客户"
    assert deals.deals_of(cid)[0]["owner_name"] == "赵六"


def test_stage_changes_are_recorded_with_probability_and_closing(
    db: object, new_customer: Callable[..., int]
) -> None:
    cid = new_customer()
    deal_id, _ = deals.add_deal(cid, {"title": "项目", "stage": "intent"})
    assert Deal.get_by_id(deal_id).probability == 30

    deals.update_deal(deal_id, {"stage": "quote"})
    assert Deal.get_by_id(deal_id).probability == 60
    deals.update_deal(deal_id, {"stage": "negotiation", "probability": 70})
    assert Deal.get_by_id(deal_id).probability == 70
    deals.update_deal(deal_id, {"title": "项目二期"})  # no stage change: nothing recorded
    assert Deal.get_by_id(deal_id).probability == 70

    deals.move_deal(deal_id, "won")
    won = Deal.get_by_id(deal_id)
    assert (won.probability, won.closed_at is not None) == (100, True)
    assert Customer.get_by_id(cid).stage == "deal"

    deals.update_deal(deal_id, {"stage": "intent"})  # reopened
    assert Deal.get_by_id(deal_id).closed_at is None
    deals.update_deal(deal_id, {"stage": "lost", "lost_reason": "价格太高"})
    lost = Deal.get_by_id(deal_id)
    assert (lost.probability, lost.lost_reason, lost.closed_at is not None) == (0, "价格太高", True)
    assert history(deal_id) == [
        (None, "intent"), ("intent", "quote"), ("quote", "negotiation"),
        ("negotiation", "won"), ("won", "intent"), ("intent", "lost")]
    assert Customer.get_by_id(cid).stage == "lost"


def test_customer_stage_follows_open_deals(db: object, new_customer: Callable[..., int]) -> None:
    cid = new_customer()
    deal_id, _ = deals.add_deal(cid, {"title": "项目"})
    assert Customer.get_by_id(cid).stage == "potential"
    deals.update_deal(deal_id, {"stage": "quote"})
    assert Customer.get_by_id(cid).stage == "intent"


def test_validation(db: object, new_customer: Callable[..., int]) -> None:
    cid = new_customer()
    with pytest.raises(ValidationError) as error:
        deals.add_deal(cid, {"stage": "signed", "probability": 150, "amount": "很多"})
    assert {p.field: p.code for p in error.value.problems} == {
        "title": validation.REQUIRED, "stage": validation.INVALID_CHOICE,
        "probability": validation.INVALID_CHOICE, "amount": validation.INVALID_AMOUNT}
    assert Deal.select().count() == 0 and DealStageChange.select().count() == 0


def test_delete_is_undoable_with_history_and_order_links(
    db: object, new_customer: Callable[..., int]
) -> None:
    cid = new_customer()
    deal_id, _ = deals.add_deal(cid, {"title": "项目"})
    deals.update_deal(deal_id, {"stage": "won"})
    order_id, _ = orders.add_order(cid, {"amount": "100", "deal_id": deal_id})

    changes = deals.delete_deal(deal_id)
    assert Deal.select().count() == 0 and DealStageChange.select().count() == 0
    assert Order.get_by_id(order_id).deal_id is None
    assert changes.operation_id is not None

    customers.undo_operation(changes.operation_id)
    assert history(deal_id) == [(None, "potential"), ("potential", "won")]
    assert Order.get_by_id(order_id).deal_id == deal_id


def build_funnel(cid: int, owner: int) -> dict[str, int]:
    """Seven deals with known paths (see test_funnel_counts_reached_and_conversion)."""
    paths = {
        "d1": ["potential"],
        "d2": ["potential", "intent"],
        "d3": ["potential", "intent", "quote"],
        "d4": ["potential", "quote", "negotiation", "won"],
        "d5": ["potential", "intent", "lost"],
        "d6": ["won"],
        "d7": ["potential", "negotiation", "intent"],  # moved back
    }
    ids = {}
    for number, (title, path) in enumerate(paths.items(), start=1):
        deal_id, _ = deals.add_deal(cid, {"title": title, "stage": path[0],
                                          "amount": number * 100, "owner_id": owner})
        for stage in path[1:]:
            deals.move_deal(deal_id, stage)
        ids[title] = deal_id
    return ids


def test_funnel_counts_reached_and_conversion(
    db: object, new_customer: Callable[..., int]
) -> None:
    owner = staff.find_or_create("销售甲")
    build_funnel(new_customer(), owner)

    funnel = deals.funnel()

    assert [s.key for s in funnel] == ["potential", "intent", "quote", "negotiation", "won",
                                       "lost"]
    assert [s.count for s in funnel] == [1, 2, 1, 0, 2, 1]
    assert [s.amount_cents for s in funnel] == [
        100_00, (200 + 700) * 100, 300_00, 0, (400 + 600) * 100, 500_00]
    # Furthest stage ever entered: d1 potential; d2, d5 intent; d3 quote; d7 negotiation;
    # d4, d6 won. Reached = that stage or later.
    assert [s.reached for s in funnel] == [7, 6, 4, 3, 2, 1]
    assert funnel[0].conversion is None
    assert funnel[1].conversion == pytest.approx(6 / 7)
    assert funnel[2].conversion == pytest.approx(4 / 6)
    assert funnel[3].conversion == pytest.approx(3 / 4)
    assert funnel[4].conversion == pytest.approx(2 / 3)
    assert funnel[5].conversion is None and funnel[5].is_lost and funnel[4].is_won
    assert funnel[1].name == "意向客户"


def test_funnel_by_owner_and_period(db: object, new_customer: Callable[..., int]) -> None:
    mine = staff.find_or_create("销售甲")
    theirs = staff.find_or_create("销售乙")
    cid = new_customer()
    ids = build_funnel(cid, mine)
    other, _ = deals.add_deal(cid, {"title": "别人的", "owner_id": theirs})

    assert [s.count for s in deals.funnel(owner_id=theirs)] == [1, 0, 0, 0, 0, 0]
    assert sum(s.count for s in deals.funnel(owner_id=mine)) == 7

    Deal.update(created_at=dt.datetime(2024, 3, 31, 23, 59)).where(
        Deal.id.in_([ids["d4"], other])).execute()
    Deal.update(created_at=dt.datetime(2024, 4, 1, 0, 0)).where(Deal.id == ids["d1"]).execute()
    march = deals.funnel(period=(dt.date(2024, 3, 1), dt.date(2024, 3, 31)))
    assert [s.count for s in march] == [1, 0, 0, 0, 1, 0]
    assert [s.reached for s in march] == [2, 1, 1, 1, 1, 0]
    assert deals.funnel(owner_id=mine, period=(dt.date(2024, 3, 1),
                                               dt.date(2024, 3, 31)))[4].count == 1
    assert deals.funnel(period=(dt.date(2020, 1, 1), dt.date(2020, 1, 2)))[1].conversion is None
