"""Service records: closing stamps, satisfaction validation, average and trend, undo."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from crm_desktop.services import customers, service_records, staff, validation
from crm_desktop.services.validation import ValidationError
from crm_desktop.storage.models import Customer, ServiceRecord


def test_add_defaults_and_list(db: object, new_customer: Callable[..., int]) -> None:
    cid = new_customer()
    owner = staff.find_or_create("客服小李")
    service_id, changes = service_records.add_service(cid, {
        "subject": "咨询价格", "owner_id": owner, "opened_at": "2024-06-01 09:00"})
    row = ServiceRecord.get_by_id(service_id)
    assert (row.kind, row.status, row.priority, row.closed_at) == (
        "inquiry", "open", "normal", None)
    assert changes.services and not changes.all_customers and changes.customer_ids == {cid}
    listed = service_records.services_of(cid)
    assert [(r["subject"], r["owner_name"]) for r in listed] == [("咨询价格", "客服小李")]


def test_closed_at_follows_the_status(db: object, new_customer: Callable[..., int]) -> None:
    cid = new_customer()
    service_id, _ = service_records.add_service(cid, {"kind": "repair", "subject": "维修"})
    service_records.update_service(service_id, {"status": "in_progress"})
    assert ServiceRecord.get_by_id(service_id).closed_at is None

    service_records.update_service(service_id, {"status": "resolved", "resolution": "已更换"})
    closed = ServiceRecord.get_by_id(service_id).closed_at
    assert closed is not None
    service_records.update_service(service_id, {"status": "closed"})  # stays as first closed
    assert ServiceRecord.get_by_id(service_id).closed_at == closed

    service_records.update_service(service_id, {"status": "open"})
    assert ServiceRecord.get_by_id(service_id).closed_at is None

    explicit, _ = service_records.add_service(cid, {
        "status": "closed", "opened_at": "2024-01-01", "closed_at": "2024-01-03 17:00"})
    assert ServiceRecord.get_by_id(explicit).closed_at == dt.datetime(2024, 1, 3, 17, 0)


def test_validation(db: object, new_customer: Callable[..., int]) -> None:
    cid = new_customer()
    with pytest.raises(ValidationError) as error:
        service_records.add_service(cid, {"kind": "praise", "status": "done",
                                          "priority": "asap", "satisfaction": 6})
    assert {p.field: p.code for p in error.value.problems} == {
        "kind": validation.INVALID_CHOICE, "status": validation.INVALID_CHOICE,
        "priority": validation.INVALID_CHOICE, "satisfaction": validation.INVALID_CHOICE}
    with pytest.raises(ValidationError):
        service_records.add_service(cid, {"satisfaction": "4.5"})
    service_id, _ = service_records.add_service(cid, {"satisfaction": "5"})
    service_records.update_service(service_id, {"satisfaction": ""})
    assert ServiceRecord.get_by_id(service_id).satisfaction is None


def test_satisfaction_average_and_trend(db: object, new_customer: Callable[..., int]) -> None:
    cid = new_customer()
    assert service_records.satisfaction_of(cid) == (None, "none")
    for day, score in (("2024-01-01", 2), ("2024-02-01", 3), ("2024-03-01", 4)):
        service_records.add_service(cid, {"kind": "return_visit", "status": "closed",
                                          "opened_at": day, "closed_at": day,
                                          "satisfaction": score})
    service_records.add_service(cid, {"kind": "inquiry"})  # no score: ignored
    average, trend = service_records.satisfaction_of(cid)
    assert average == pytest.approx(3.0)
    assert trend == "up"

    falling = new_customer("下降")
    for day, score in (("2024-01-01", 5), ("2024-04-01", 2)):
        service_records.add_service(falling, {"opened_at": day, "satisfaction": score})
    assert service_records.satisfaction_of(falling) == (3.5, "down")


def test_delete_is_undoable(db: object, new_customer: Callable[..., int]) -> None:
    cid = new_customer()
    service_id, _ = service_records.add_service(cid, {"subject": "投诉", "kind": "complaint"})
    Customer.update(updated_at=dt.datetime(2000, 1, 1)).where(Customer.id == cid).execute()
    changes = service_records.delete_service(service_id)
    assert ServiceRecord.select().count() == 0
    assert Customer.get_by_id(cid).updated_at > dt.datetime(2000, 1, 1)
    assert changes.operation_id is not None
    customers.undo_operation(changes.operation_id)
    assert ServiceRecord.get_by_id(service_id).subject == "投诉"
