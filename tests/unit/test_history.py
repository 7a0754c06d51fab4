"""The tier history as the detail view reads it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from crm_desktop.services import customers, history, orders


def test_tier_history_newest_first_with_reasons(
    db: object, new_customer: Callable[..., int]
) -> None:
    cid = new_customer()
    assert history.tier_history(cid) == []
    recent = dt.date.today() - dt.timedelta(days=10)
    orders.add_order(cid, {"order_date": recent, "amount": "60,000.00"})
    customers.update_customer(cid, {"tier_manual": "super", "tier_note": "战略客户"})

    entries = history.tier_history(cid)

    assert [(e.old_tier, e.new_tier, e.reason) for e in entries] == [
        ("vip", "super", "hand"), ("ordinary", "vip", "rule")]
    assert entries[0].note == "战略客户"
    assert entries[0].changed_at >= entries[1].changed_at
