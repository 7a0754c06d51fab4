"""Bulk owner and tier-by-hand edits: applied, journaled, and undone exactly."""

from __future__ import annotations

import datetime as dt

import pytest
from peewee import SqliteDatabase

from crm_desktop.services import bulk, customers, facts
from crm_desktop.services.validation import ValidationError
from crm_desktop.storage.models import Customer, Order, Staff, TierChange

TODAY = dt.date(2025, 6, 15)


def _owner(customer_id: int) -> int | None:
    row = customers.get_customer(customer_id)
    assert row is not None
    return row["owner_id"]


def _three(db: SqliteDatabase) -> list[int]:
    return [customers.create_customer({"name": n}, today=TODAY)[0] for n in ("甲", "乙", "丙")]


def test_assign_owner_and_undo(db: SqliteDatabase) -> None:
    ids = _three(db)
    first = Staff.create(name="王芳").id
    second = Staff.create(name="李强").id
    customers.bulk_update(ids[:1], {"owner_id": first}, "set up")
    changes = bulk.assign_owner(ids, second)
    assert changes.operation_id is not None and changes.all_customers
    assert [_owner(i) for i in ids] == [second] * 3
    customers.undo_operation(changes.operation_id)
    assert [_owner(i) for i in ids] == [first, None, None]


def test_clear_owner(db: SqliteDatabase) -> None:
    ids = _three(db)
    owner = Staff.create(name="王芳").id
    bulk.assign_owner(ids, owner)
    bulk.assign_owner(ids[1:], None)
    assert [_owner(i) for i in ids] == [owner, None, None]


def test_assign_unknown_owner_is_refused(db: SqliteDatabase) -> None:
    ids = _three(db)
    with pytest.raises(ValidationError):
        bulk.assign_owner(ids, 999)
    assert all(_owner(i) is None for i in ids)


def test_tier_by_hand_recomputes_tier_writes_history_and_undoes(db: SqliteDatabase) -> None:
    ids = _three(db)
    Order.create(customer=ids[0], order_date=dt.date(2025, 1, 10), amount_cents=6_000_000)
    facts.refresh_customers([ids[0]], today=TODAY)
    assert Customer.get_by_id(ids[0]).tier == "vip"
    history_before = TierChange.select().count()

    changes = bulk.set_tier_manual(ids, "super", today=TODAY)
    assert [(c.tier, c.tier_manual) for c in Customer.select().order_by(Customer.id)] == [
        ("super", "super")
    ] * 3
    reasons = [t.reason for t in TierChange.select().where(TierChange.id > history_before)]
    assert reasons == ["hand"] * 3

    assert changes.operation_id is not None
    customers.undo_operation(changes.operation_id, today=TODAY)
    assert [(c.tier, c.tier_manual) for c in Customer.select().order_by(Customer.id)] == [
        ("vip", None),
        ("ordinary", None),
        ("ordinary", None),
    ]
    assert TierChange.select().count() == history_before


def test_clearing_tier_by_hand_gives_it_back_to_the_rules(db: SqliteDatabase) -> None:
    ids = _three(db)
    bulk.set_tier_manual(ids, "vip", today=TODAY)
    bulk.set_tier_manual(ids[:2], None, today=TODAY)
    assert [(c.tier, c.tier_manual) for c in Customer.select().order_by(Customer.id)] == [
        ("ordinary", None),
        ("ordinary", None),
        ("vip", "vip"),
    ]
    last = TierChange.select().order_by(TierChange.id.desc()).first()
    assert (last.old_tier, last.new_tier, last.reason) == ("vip", "ordinary", "rule")


def test_unknown_tier_and_empty_selection(db: SqliteDatabase) -> None:
    ids = _three(db)
    with pytest.raises(ValidationError):
        bulk.set_tier_manual(ids, "gold")
    assert bulk.set_tier_manual([], "vip").operation_id is None
    assert bulk.assign_owner([], None).operation_id is None
