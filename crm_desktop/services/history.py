"""Histories kept about a customer: the tier history (客户等级变更记录)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from crm_desktop.services import records
from crm_desktop.storage.models import TierChange


@dataclass(frozen=True)
class TierHistoryEntry:
    changed_at: dt.datetime
    old_tier: str | None  # None for the first tier a customer got
    new_tier: str
    reason: str  # "rule" | "hand" (rules.TIER_REASON_*)
    note: str


def tier_history(customer_id: int) -> list[TierHistoryEntry]:
    """Every change of the customer's tier, newest first."""
    query = (
        TierChange.select(TierChange.changed_at, TierChange.old_tier, TierChange.new_tier,
                          TierChange.reason, TierChange.note)
        .where(TierChange.customer == customer_id)
        .order_by(TierChange.changed_at.desc(), TierChange.id.desc())
    )
    return [TierHistoryEntry(*row) for row in records.tuples(query)]
