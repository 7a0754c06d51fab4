"""Credit checks: add, update, list, delete with undo, validation."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from crm_desktop.services import credit, customers, validation
from crm_desktop.services.validation import ValidationError
from crm_desktop.storage.models import CreditCheck


def test_add_update_list_delete(db: object, new_customer: Callable[..., int]) -> None:
    cid = new_customer()
    first, changes = credit.add_credit_check(cid, {
        "checked_on": "2024-03-05", "source": "企查查", "result": "良好"})
    assert changes.customer_ids == {cid} and not changes.all_customers
    today_check, _ = credit.add_credit_check(cid, {"source": "银行"})
    assert CreditCheck.get_by_id(today_check).checked_on == dt.date.today()
    credit.update_credit_check(first, {"result": "一般", "note": "有一笔逾期"})
    assert (CreditCheck.get_by_id(first).result, CreditCheck.get_by_id(first).note) == (
        "一般", "有一笔逾期")
    assert [c["source"] for c in credit.credit_checks_of(cid)] == ["银行", "企查查"]

    changes = credit.delete_credit_check(first)
    assert [c["id"] for c in credit.credit_checks_of(cid)] == [today_check]
    assert changes.operation_id is not None
    customers.undo_operation(changes.operation_id)
    assert CreditCheck.get_by_id(first).checked_on == dt.date(2024, 3, 5)


def test_validation(db: object, new_customer: Callable[..., int]) -> None:
    cid = new_customer()
    with pytest.raises(ValidationError) as error:
        credit.add_credit_check(cid, {"checked_on": "上周"})
    assert error.value.problems[0].code == validation.INVALID_DATE
    with pytest.raises(ValidationError) as blank:
        credit.add_credit_check(cid, {"checked_on": ""})
    assert blank.value.problems[0].code == validation.REQUIRED
    assert CreditCheck.select().count() == 0
