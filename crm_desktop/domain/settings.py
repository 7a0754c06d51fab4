"""The business settings: every threshold and list FEATURES.md names, with its default.

The values are plain data so that storage can keep them as JSON and the rules can take
them as arguments. `BusinessSettings.from_dict` accepts what an older version saved:
unknown keys are ignored and missing ones take their default.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

# Codes stored in the database. Labels for people live in the UI (translated) and in
# `labels.py` for headless output; the codes never change once released.
TIER_ORDINARY = "ordinary"
TIER_VIP = "vip"
TIER_SUPER = "super"
TIERS = (TIER_ORDINARY, TIER_VIP, TIER_SUPER)

LIFECYCLE_PROSPECT = "prospect"
LIFECYCLE_HONEYMOON = "honeymoon"
LIFECYCLE_ACTIVE = "active"
LIFECYCLE_CHURNING = "churning"
LIFECYCLE_DORMANT = "dormant"
LIFECYCLE_STAGES = (
    LIFECYCLE_PROSPECT,
    LIFECYCLE_HONEYMOON,
    LIFECYCLE_ACTIVE,
    LIFECYCLE_CHURNING,
    LIFECYCLE_DORMANT,
)

VALUE_VALUE = "value"
VALUE_POTENTIAL = "potential"
VALUE_MIGRATING = "migrating"
VALUE_FROZEN = "frozen"
VALUE_CLASSES = (VALUE_VALUE, VALUE_POTENTIAL, VALUE_MIGRATING, VALUE_FROZEN)

RFM_SEGMENTS = (
    "important_value",  # 重要价值: R high, F high, M high
    "important_develop",  # 重要发展: R high, F low, M high
    "important_keep",  # 重要保持: R low, F high, M high
    "important_retain",  # 重要挽留: R low, F low, M high
    "general_value",  # 一般价值: R high, F high, M low
    "general_develop",  # 一般发展: R high, F low, M low
    "general_keep",  # 一般保持: R low, F high, M low
    "general_retain",  # 一般挽留: R low, F low, M low
)

# The customer's own stage, which follows its deals and follow-ups.
CUSTOMER_STAGES = ("potential", "intent", "deal", "lost")

CUSTOMER_KIND_COMPANY = "company"
CUSTOMER_KIND_PERSON = "person"

RISK_LEVELS = ("low", "medium", "high")
CREDIT_GRADES = ("A", "B", "C", "D")

SERVICE_KINDS = ("inquiry", "complaint", "repair", "return_visit")
SERVICE_STATUSES = ("open", "in_progress", "resolved", "closed")
PRIORITIES = ("low", "normal", "high", "urgent")
NEED_STATUSES = ("identified", "in_progress", "met", "dropped")

CONTACT_STATUS_GREEN = "green"
CONTACT_STATUS_AMBER = "amber"
CONTACT_STATUS_RED = "red"

FORGOTTEN_DAYS = (7, 15, 30, 90, 180)


@dataclass(frozen=True)
class TierRule:
    """A customer reaches `tier` when any one of the thresholds is met (None = not used)."""

    tier: str
    min_amount_cents: int | None = None
    min_purchases: int | None = None
    min_referrals: int | None = None


@dataclass(frozen=True)
class DealStageSpec:
    key: str
    name: str
    probability: int  # percent
    is_won: bool = False
    is_lost: bool = False


def _default_tier_rules() -> list[TierRule]:
    return [
        TierRule(TIER_SUPER, min_amount_cents=200_000_00, min_purchases=10),
        TierRule(TIER_VIP, min_amount_cents=50_000_00, min_purchases=4, min_referrals=3),
    ]


def default_deal_stages() -> list[DealStageSpec]:
    return [
        DealStageSpec("potential", "潜在客户", 10),
        DealStageSpec("intent", "意向客户", 30),
        DealStageSpec("quote", "方案报价", 60),
        DealStageSpec("negotiation", "谈判", 80),
        DealStageSpec("won", "成交", 100, is_won=True),
        DealStageSpec("lost", "流失", 0, is_lost=True),
    ]


@dataclass(frozen=True)
class BusinessSettings:
    """Every user-changeable business default (FEATURES.md: 'every threshold ... is a default')."""

    # Tiers: rules from the highest tier down; a customer matching none is ordinary.
    tier_rules: list[TierRule] = field(default_factory=_default_tier_rules)
    tier_window_months: int = 12
    # Contact frequency in days per tier: older than this is overdue.
    contact_frequency_days: dict[str, int] = field(
        default_factory=lambda: {TIER_SUPER: 7, TIER_VIP: 14, TIER_ORDINARY: 30}
    )
    # Lifecycle by months since the last purchase: honeymoon < 3 <= active < 6 <= churning
    # < 12 <= dormant.
    lifecycle_months: tuple[int, int, int] = (3, 6, 12)
    # Value classes.
    value_top_share: float = 0.2
    value_change_threshold: float = 0.3
    value_new_customer_months: int = 6
    value_frozen_months: int = 12
    # RFM window in months and activity weights (recency, frequency, follow-ups).
    rfm_window_months: int = 12
    activity_weights: tuple[float, float, float] = (0.4, 0.4, 0.2)
    # Services: renewal reminder ahead of the service expiry.
    renewal_reminder_days: int = 30
    # Dormant customers who buy again count as won back.
    won_back_dormant_months: int = 12
    deal_stages: list[DealStageSpec] = field(default_factory=default_deal_stages)
    channels: list[str] = field(
        default_factory=lambda: ["电话", "微信", "邮件", "短信", "上门拜访", "活动", "其他"]
    )
    sources: list[str] = field(
        default_factory=lambda: [
            "促销",
            "搜索引擎",
            "广告",
            "转介绍",
            "线上注册",
            "电话咨询",
            "陌拜",
            "展会",
        ]
    )
    industries: list[str] = field(
        default_factory=lambda: [
            "制造业",
            "批发零售",
            "信息技术",
            "金融",
            "教育",
            "医疗",
            "餐饮",
            "建筑",
            "物流",
            "房地产",
            "咨询服务",
            "其他",
        ]
    )
    tag_groups: list[str] = field(
        default_factory=lambda: ["性别", "年龄段", "消费偏好", "职业", "行业"]
    )
    # Printed in the header of every report; empty prints the product's name instead.
    company_name: str = ""

    def frequency_for(self, tier: str | None) -> int:
        return self.contact_frequency_days.get(
            tier or TIER_ORDINARY, self.contact_frequency_days[TIER_ORDINARY]
        )

    def stage(self, key: str) -> DealStageSpec | None:
        return next((s for s in self.deal_stages if s.key == key), None)

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> BusinessSettings:
        defaults = cls()
        values: dict[str, Any] = {}
        for f in dataclasses.fields(cls):
            if f.name not in data:
                continue
            raw = data[f.name]
            if f.name == "tier_rules":
                values[f.name] = [TierRule(**r) for r in raw]
            elif f.name == "deal_stages":
                values[f.name] = [DealStageSpec(**s) for s in raw]
            elif isinstance(getattr(defaults, f.name), tuple):
                values[f.name] = tuple(raw)
            else:
                values[f.name] = raw
        return dataclasses.replace(defaults, **values)
