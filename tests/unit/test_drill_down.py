"""The customers behind a funnel stage: deals of the scope, created in the period, at the stage."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from peewee import SqliteDatabase

from crm_desktop.services import deals, staff
from crm_desktop.services.analytics import Period, Scope, analyse
from crm_desktop.services.drill_down import funnel_stage_customers
from crm_desktop.storage.models import Deal

TODAY = dt.date.today()


def test_funnel_stage_customers_match_the_funnel_counts(
    db: SqliteDatabase, new_customer: Callable[..., int]
) -> None:
    owner, _ = staff.add_staff({"name": "王芳"})
    a = new_customer("甲公司", owner_id=owner)
    b = new_customer("乙公司")
    c = new_customer("丙公司", owner_id=owner)
    for customer_id, stage in ((a, "intent"), (a, "intent"), (b, "intent"), (c, "won")):
        deal_id, _ = deals.add_deal(customer_id, {"title": "项目"})
        deals.move_deal(deal_id, stage)
    # A deal created long before the period does not count.
    old_id, _ = deals.add_deal(c, {"title": "旧项目"})
    deals.move_deal(old_id, "intent")
    Deal.update(created_at=dt.datetime(2001, 5, 1, 9, 30)).where(Deal.id == old_id).execute()

    period = Period.this_month(TODAY)
    assert funnel_stage_customers(period, Scope(), "intent", TODAY) == [a, b]
    assert funnel_stage_customers(period, Scope(owner_id=owner), "intent", TODAY) == [a]
    assert funnel_stage_customers(period, Scope(), "won", TODAY) == [c]
    assert funnel_stage_customers(period, Scope(), "lost", TODAY) == []
    # The period's last day counts whole: the deals of today are in a period ending today.
    assert funnel_stage_customers(Period.custom(TODAY, TODAY), Scope(), "won", TODAY) == [c]
    assert funnel_stage_customers(
        Period.custom(dt.date(2001, 5, 1), dt.date(2001, 5, 1)), Scope(), "intent", TODAY
    ) == [c]

    funnel = {s.stage: s.count for s in analyse(period, Scope(), today=TODAY).funnel}
    assert funnel["intent"] == 3 and funnel["won"] == 1  # deals; the drill-down gives customers
