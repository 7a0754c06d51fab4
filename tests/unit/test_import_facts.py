"""An import inserts new customers with their final facts: exactly what refresh_customers
computes for them, tier history included, without an UPDATE of every new row."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest
from peewee import SqliteDatabase

from crm_desktop.domain.settings import TIER_SUPER, TIER_VIP, BusinessSettings, TierRule
from crm_desktop.services import facts, importer
from crm_desktop.services import settings as settings_service
from crm_desktop.services.importer import ImportOptions
from crm_desktop.storage.models import Customer
from tests.unit.test_importer import workbook

HEADERS = ["客户名称", "手机", "电话", "邮箱", "微信", "详细地址", "联系人", "联系人手机",
           "联系人邮箱", "客户等级", "介绍人", "标签"]  # fmt: skip
ROWS: list[list[object]] = [
    ["只有名字", None, None, None, None, None, None, None, None, None, None, None],
    ["有手机", 13800000001, None, None, None, None, None, None, None, "VIP", None, "重点"],
    ["有座机", None, "010-62345678", None, None, None, None, None, None, None, None, None],
    ["有邮箱", None, None, "a@example.com", None, None, None, None, None, "超级", None, None],
    ["有微信", None, None, None, "wx_abc", None, None, None, None, "普通", None, None],
    ["有地址", None, None, None, None, "北京市海淀区", None, None, None, None, None, None],
    ["空白地址", None, None, None, None, "   ", None, None, None, None, None, None],
    ["联系人无电话", None, None, None, None, None, "张三", None, None, None, None, None],
    ["联系人有手机", None, None, None, None, None, "李四", 13900000002, None, None, None, None],
    ["联系人有邮箱", None, None, None, None, None, "王五", None, "w@example.com", None, None, None],
    ["被介绍", None, None, None, None, None, None, None, None, None, "老客户", None],
    ["等级不认识", None, None, None, None, None, None, None, None, "钻石", None, None],
    ["老客户", 13800000009, None, None, None, None, None, None, None, "VIP", None, None],
]


def _everyone_vip_without_buying(settings: BusinessSettings) -> BusinessSettings:
    """Rules a new customer already meets: the rule tier differs from the default tier."""
    return dataclasses.replace(
        settings,
        tier_rules=[TierRule(TIER_SUPER, min_referrals=5), TierRule(TIER_VIP, min_purchases=0)],
    )


def _facts_of(ids: list[int]) -> dict[int, tuple[Any, ...]]:
    columns = ", ".join(facts.FACT_COLUMNS)
    marks = ",".join("?" * len(ids))
    return {
        row[0]: tuple(row[1:])
        for row in Customer._meta.database.execute_sql(
            f"SELECT id, {columns} FROM customer WHERE id IN ({marks})", ids
        )
    }


def _tier_history(ids: list[int]) -> list[tuple[Any, ...]]:
    marks = ",".join("?" * len(ids))
    return Customer._meta.database.execute_sql(
        f"SELECT customer_id, old_tier, new_tier, reason, note FROM tier_change "
        f"WHERE customer_id IN ({marks}) ORDER BY customer_id, id",
        ids,
    ).fetchall()


@pytest.mark.parametrize("rules", ["default", "rule_tier_without_purchases"])
def test_new_customers_are_inserted_with_what_refresh_customers_computes(
    db: SqliteDatabase, tmp_path: Path, new_customer: Any, rules: str
) -> None:
    if rules != "default":
        settings_service.save_business_settings(
            _everyone_vip_without_buying(settings_service.business_settings())
        )
    existing = new_customer("老客户", mobiles="13800000009")
    path = workbook(tmp_path / "varied.xlsx", [HEADERS, *ROWS])
    plan = importer.plan_sheet(path)
    summary = importer.run_import(
        plan, plan.mapping, ImportOptions(on_duplicate="update", batch_size=5)
    )
    assert (summary.created, summary.updated, summary.failed) == (len(ROWS) - 1, 1, 0)
    new_ids = [c.id for c in Customer.select(Customer.id).where(Customer.id != existing)]
    imported = _facts_of(new_ids)
    history = _tier_history(new_ids)
    assert any(row[-1] == "import" for row in history)
    valid = {
        Customer.get_by_id(cid).name: value[facts.FACT_COLUMNS.index("is_valid")]
        for cid, value in imported.items()
    }
    assert not valid["只有名字"] and not valid["联系人无电话"] and not valid["空白地址"]
    assert valid["有微信"] and valid["有地址"] and valid["联系人有邮箱"]

    # Recompute through refresh_customers from the rows as they were before their facts:
    # the tier they came in with, every other fact column scrambled, no tier history.
    old_tier = {row[0]: row[1] for row in history}
    database = Customer._meta.database
    database.execute_sql(
        f"DELETE FROM tier_change WHERE customer_id IN ({','.join('?' * len(new_ids))})", new_ids
    )
    for cid, values in imported.items():
        tier = old_tier.get(cid, values[facts.FACT_COLUMNS.index("tier")])
        database.execute_sql(
            "UPDATE customer SET tier = ?, stage = 'lost', is_valid = NOT is_valid, "
            "purchase_count = 99, last_contact_at = '2001-01-01' WHERE id = ?",
            [tier, cid],
        )
    with database.atomic():
        facts.refresh_customers(new_ids, tier_note="import")
    assert _facts_of(new_ids) == imported
    assert _tier_history(new_ids) == history
