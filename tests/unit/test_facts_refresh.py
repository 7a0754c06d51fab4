"""Recomputing the whole base when the rules behind each customer's stage change."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from peewee import SqliteDatabase

from crm_desktop.domain.settings import DealStageSpec
from crm_desktop.services import deals, facts
from crm_desktop.services import settings as settings_service
from crm_desktop.storage.models import Customer


def test_refresh_all_follows_a_stage_that_now_counts_as_won(
    db: SqliteDatabase, new_customer: Callable[..., int]
) -> None:
    customer = new_customer("上海恒信贸易有限公司")
    deals.add_deal(customer, {"title": "年度采购", "stage": "negotiation", "amount_cents": 100_00})
    assert Customer.get_by_id(customer).stage == "intent"

    old = settings_service.business_settings()
    # The office decides that a deal in negotiation is as good as won.
    stages = [
        DealStageSpec(
            s.key,
            s.name,
            s.probability,
            is_won=s.is_won or s.key == "negotiation",
            is_lost=s.is_lost,
        )
        for s in old.deal_stages
    ]
    new = dataclasses.replace(old, deal_stages=stages)
    settings_service.save_business_settings(new)
    assert Customer.get_by_id(customer).stage == "intent", "saving alone changes nothing"

    assert facts.refresh_all(settings=new) == 1
    assert Customer.get_by_id(customer).stage == "deal"
