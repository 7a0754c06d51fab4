"""The shared record machinery: reading input, saving child rows, undoable deletes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from crm_desktop.services import customers, records, validation
from crm_desktop.services.records import Field
from crm_desktop.services.validation import ValidationError
from crm_desktop.storage.models import (
    Customer,
    Deal,
    DealStageChange,
    Need,
    Operation,
    Order,
    Staff,
)

FIELDS = (
    Field("title", records.text, required=True),
    Field("when", records.date, column="on_day", required=True,
          default=lambda: dt.date(2024, 1, 1)),
    Field("amount", records.cents, column="amount_cents"),
    Field("kind", records.one_of(("a", "b"), "a"), default="a"),
    Field("score", records.whole(1, 5)),
    Field("mobile", records.phone("mobile")),
    Field("staff_id", records.ref(Staff)),
)

NEEDS = records.ChildSpec(Need, "need", in_list=False)


def codes(error: pytest.ExceptionInfo[ValidationError]) -> dict[str, str]:
    return {p.field: p.code for p in error.value.problems}


def test_prepare_creating_fills_defaults_and_columns(db: object) -> None:
    values = records.prepare(FIELDS, {"title": " 报价 ", "amount": "1,234.50",
                                      "mobile": "138 0013 8000"}, creating=True)
    assert values == {
        "title": "报价", "on_day": dt.date(2024, 1, 1), "amount_cents": 123450, "kind": "a",
        "mobile": "13800138000", "mobile_raw": "138 0013 8000",
    }


def test_prepare_updating_touches_only_given_fields(db: object) -> None:
    assert records.prepare(FIELDS, {"score": "4"}, creating=False) == {"score": 4}
    assert records.prepare(FIELDS, {"kind": ""}, creating=False) == {"kind": "a"}


def test_prepare_reports_every_problem_once(db: object) -> None:
    with pytest.raises(ValidationError) as error:
        records.prepare(FIELDS, {"when": "not a date", "amount": "abc", "kind": "z",
                                 "score": 9, "staff_id": 999}, creating=True)
    assert codes(error) == {
        "title": validation.REQUIRED, "when": validation.INVALID_DATE,
        "amount": validation.INVALID_AMOUNT, "kind": validation.INVALID_CHOICE,
        "score": validation.INVALID_CHOICE, "staff_id": validation.INVALID_CHOICE,
    }
    assert len(error.value.problems) == 6


def test_required_field_cannot_be_blanked(db: object) -> None:
    with pytest.raises(ValidationError) as error:
        records.prepare(FIELDS, {"title": "  "}, creating=False)
    assert codes(error) == {"title": validation.REQUIRED}


def test_add_stamps_customer_and_update_changes_row(db: object,
                                                    new_customer: Callable[..., int]) -> None:
    customer_id = new_customer()
    Customer.update(updated_at=dt.datetime(2000, 1, 1)).where(Customer.id == customer_id).execute()
    need_id, changes = records.add(NEEDS, customer_id, {"description": "报价单"})
    assert changes.customer_ids == {customer_id} and not changes.all_customers
    assert Customer.get_by_id(customer_id).updated_at > dt.datetime(2000, 1, 1)
    records.update(NEEDS, need_id, {"status": "met"})
    assert Need.get_by_id(need_id).status == "met"
    assert records.rows(NEEDS, customer_id)[0]["customer_id"] == customer_id


def test_unknown_customer_and_missing_record(db: object) -> None:
    with pytest.raises(ValidationError) as error:
        records.add(NEEDS, 12345, {"description": "x"})
    assert codes(error) == {"customer": validation.UNKNOWN_CUSTOMER}
    with pytest.raises(records.RecordNotFound):
        records.update(NEEDS, 777, {"status": "met"})
    with pytest.raises(records.RecordNotFound):
        records.delete(NEEDS, 777)


def test_delete_journals_cascades_and_links_and_undo_restores_them(
    db: object, new_customer: Callable[..., int]
) -> None:
    customer_id = new_customer()
    deal = Deal.create(customer=customer_id, title="项目")
    DealStageChange.create(deal=deal, customer=customer_id, from_stage=None, to_stage="potential")
    DealStageChange.create(deal=deal, customer=customer_id, from_stage="potential",
                           to_stage="intent")
    order = Order.create(customer=customer_id, order_date=dt.date(2024, 1, 1), amount_cents=5,
                         deal=deal)
    spec = records.ChildSpec(Deal, "deal", flags=("deals",))

    changes = records.delete(spec, deal.id)

    assert changes.deals and changes.operation_id is not None
    assert Deal.select().count() == 0 and DealStageChange.select().count() == 0
    assert Order.get_by_id(order.id).deal_id is None
    operation = Operation.get_by_id(changes.operation_id)
    assert operation.description == "Delete deal of 测试客户"

    customers.undo_operation(changes.operation_id)

    assert Deal.get_by_id(deal.id).title == "项目"
    assert [c.to_stage for c in DealStageChange.select().order_by(DealStageChange.id)] == [
        "potential", "intent"]
    assert Order.get_by_id(order.id).deal_id == deal.id
