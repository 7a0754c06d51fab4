"""Needs: add, update, list, delete with undo, validation."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from crm_desktop.services import customers, needs, validation
from crm_desktop.services.validation import ValidationError
from crm_desktop.storage.models import Customer, Need


def test_add_update_list(db: object, new_customer: Callable[..., int]) -> None:
    cid = new_customer()
    Customer.update(updated_at=dt.datetime(2000, 1, 1)).where(Customer.id == cid).execute()
    need_id, changes = needs.add_need(cid, {"description": "需要上门安装", "priority": "high"})
    row = Need.get_by_id(need_id)
    assert (row.description, row.priority, row.status) == ("需要上门安装", "high", "identified")
    assert changes.customer_ids == {cid} and not changes.all_customers
    assert Customer.get_by_id(cid).updated_at > dt.datetime(2000, 1, 1)

    Need.update(updated_at=dt.datetime(2000, 1, 1)).where(Need.id == need_id).execute()
    needs.update_need(need_id, {"status": "met", "note": "已安装"})
    row = Need.get_by_id(need_id)
    assert (row.status, row.note) == ("met", "已安装")
    assert row.updated_at > dt.datetime(2000, 1, 1)
    needs.add_need(cid, {"description": "发票"})
    assert [n["description"] for n in needs.needs_of(cid)] == ["发票", "需要上门安装"]


def test_validation(db: object, new_customer: Callable[..., int]) -> None:
    cid = new_customer()
    with pytest.raises(ValidationError) as error:
        needs.add_need(cid, {"description": " ", "status": "done"})
    assert {p.field: p.code for p in error.value.problems} == {
        "description": validation.REQUIRED, "status": validation.INVALID_CHOICE}
    assert Need.select().count() == 0


def test_delete_and_undo(db: object, new_customer: Callable[..., int]) -> None:
    cid = new_customer()
    need_id, _ = needs.add_need(cid, {"description": "试用装"})
    changes = needs.delete_need(need_id)
    assert needs.needs_of(cid) == []
    assert changes.operation_id is not None
    customers.undo_operation(changes.operation_id)
    assert [n["id"] for n in needs.needs_of(cid)] == [need_id]
