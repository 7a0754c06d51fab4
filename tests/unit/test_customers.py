"""Customers: create/update with validation, duplicates, archive, delete and undo, facts."""

from __future__ import annotations

import datetime as dt

import pytest
from peewee import SqliteDatabase

from crm_desktop.services import customers, facts
from crm_desktop.services.validation import ValidationError
from crm_desktop.storage.models import (
    Contact,
    Customer,
    FollowUp,
    Operation,
    Order,
    TierChange,
)

TODAY = dt.date(2025, 6, 15)


def test_create_normalises_and_stores_phones_as_text(db: SqliteDatabase) -> None:
    cid, changes = customers.create_customer(
        {
            "name": "  深圳市华为技术　有限公司 ",
            "mobiles": 13800138000.0,
            "phones": "0755-12345678 / 13900139000",
            "email": "Sales@Example.COM",
        }
    )
    row = customers.get_customer(cid)
    assert row is not None
    assert row["name"] == "深圳市华为技术 有限公司"
    assert row["mobiles"] == "13800138000"
    assert row["mobile"] == "13800138000"
    assert isinstance(row["mobiles"], str)
    assert "0755-12345678" in row["phones"].split()
    assert row["email"] == "Sales@example.com"
    assert row["email_key"] == "sales@example.com"
    assert row["sort_name"].startswith("shenzhen")
    assert cid in changes.customer_ids


def test_invalid_fields_save_nothing_and_say_what_is_wrong(db: SqliteDatabase) -> None:
    with pytest.raises(ValidationError) as caught:
        customers.create_customer(
            {"name": "", "email": "joseph-email.com", "first_contact_date": "2024-02-30"}
        )
    fields = {p.field for p in caught.value.problems}
    assert fields == {"name", "email", "first_contact_date"}
    assert "joseph-email.com" in str(caught.value)
    assert Customer.select().count() == 0


def test_customer_code_is_unique_when_given(db: SqliteDatabase) -> None:
    customers.create_customer({"name": "连锁店", "code": "S0001"})
    customers.create_customer({"name": "连锁店", "code": "S0002"})
    customers.create_customer({"name": "无编号客户"})
    customers.create_customer({"name": "无编号客户二"})
    with pytest.raises(ValidationError) as caught:
        customers.create_customer({"name": "另一家", "code": "S0001"})
    assert caught.value.problems[0].code == "duplicate_code"
    assert Customer.select().count() == 4


def test_duplicates_by_mobile_email_credit_code_and_near_name(db: SqliteDatabase) -> None:
    first, _ = customers.create_customer(
        {
            "name": "华为技术有限公司",
            "mobiles": "13800138000",
            "email": "a@b.com",
            "credit_code": "91440300279583285Y",
        }
    )
    assert [d.reason for d in customers.find_duplicates({"mobiles": "+86 138-0013-8000"})] == [
        "mobile"
    ]
    assert customers.find_duplicates({"email": "A@B.COM"})[0].customer_id == first
    assert customers.find_duplicates({"credit_code": "91440300279583285y"})[0].reason == (
        "credit_code"
    )
    assert customers.find_duplicates({"name": "（深圳）华为技术 有限公司"})[0].customer_id == first
    assert customers.find_duplicates({"name": "华为技术有限公司"}, exclude_id=first) == []
    assert customers.find_duplicates({"name": "腾讯科技"}) == []


def test_update_changes_only_given_fields(db: SqliteDatabase) -> None:
    cid, _ = customers.create_customer({"name": "张三", "kind": "person", "city": "北京"})
    customers.update_customer(cid, {"city": "上海", "credit_limit": "¥1,200.50"})
    row = customers.get_customer(cid)
    assert row is not None
    assert (row["name"], row["city"], row["credit_limit_cents"]) == ("张三", "上海", 120050)


def test_validity_follows_reachability_and_hand(db: SqliteDatabase) -> None:
    cid, _ = customers.create_customer({"name": "无联系方式"})
    assert Customer.get_by_id(cid).is_valid is False
    customers.update_customer(cid, {"wechat": "wx_123"})
    assert Customer.get_by_id(cid).is_valid is True
    customers.update_customer(cid, {"invalid_by_hand": True})
    assert Customer.get_by_id(cid).is_valid is False


def test_orders_drive_tier_with_history_and_manual_tier_wins(db: SqliteDatabase) -> None:
    cid, _ = customers.create_customer({"name": "大客户", "mobiles": "13800138000"})
    Order.create(
        customer=cid, order_date=dt.date(2025, 1, 10), amount_cents=6_000_000, cost_cents=4_000_000
    )
    facts.refresh_customers([cid], today=TODAY)
    customer = Customer.get_by_id(cid)
    assert (customer.tier, customer.purchase_count, customer.profit_cents) == ("vip", 1, 2_000_000)
    customers.update_customer(cid, {"tier_manual": "super"}, today=TODAY)
    customers.update_customer(cid, {"tier_manual": ""}, today=TODAY)
    history = [
        (t.old_tier, t.new_tier, t.reason)
        for t in TierChange.select().where(TierChange.customer == cid).order_by(TierChange.id)
    ]
    assert history == [
        ("ordinary", "vip", "rule"),
        ("vip", "super", "hand"),
        ("super", "vip", "rule"),
    ]


def test_delete_and_undo_restore_customer_and_children_exactly(db: SqliteDatabase) -> None:
    cid, _ = customers.create_customer({"name": "要删除的客户", "mobiles": "13800138000"})
    referrer_of, _ = customers.create_customer({"name": "被推荐客户"})
    Customer.update(referred_by=cid).where(Customer.id == referrer_of).execute()
    Contact.create(customer=cid, name="李四", mobile="13900139000", is_primary=True)
    FollowUp.create(customer=cid, content="电话沟通", occurred_at=dt.datetime(2025, 1, 2, 9, 0))
    facts.refresh_customers([cid, referrer_of])
    before = {m: [r for r in m.select().dicts()] for m in (Customer, Contact, FollowUp)}

    changes = customers.delete_customers([cid])
    assert Customer.get_or_none(Customer.id == cid) is None
    assert Contact.select().count() == 0
    assert Customer.get_by_id(referrer_of).referred_by_id is None
    assert changes.operation_id is not None

    customers.undo_operation(changes.operation_id)
    after = {m: [r for r in m.select().dicts()] for m in (Customer, Contact, FollowUp)}
    assert after == before
    assert Operation.get_by_id(changes.operation_id).status == "undone"


def test_undo_refuses_to_discard_later_edits_unless_forced(db: SqliteDatabase) -> None:
    cid, _ = customers.create_customer({"name": "甲"})
    changes = customers.set_archived([cid], True)
    assert changes.operation_id is not None
    Customer.update(updated_at=dt.datetime(2999, 1, 1)).where(Customer.id == cid).execute()
    with pytest.raises(customers.UndoRefused) as refused:
        customers.undo_operation(changes.operation_id)
    assert refused.value.customer_ids == (cid,)
    customers.undo_operation(changes.operation_id, force=True)
    assert Customer.get_by_id(cid).archived_at is None


def test_undo_twice_is_refused(db: SqliteDatabase) -> None:
    cid, _ = customers.create_customer({"name": "乙"})
    changes = customers.delete_customers([cid])
    assert changes.operation_id is not None
    customers.undo_operation(changes.operation_id)
    with pytest.raises(customers.UndoRefused):
        customers.undo_operation(changes.operation_id)
