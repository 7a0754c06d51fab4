"""Credit checks (资信调查): when, from what source, with what result.

The credit grade and limit live on the customer (customers.update_customer); the warning
when open amounts exceed the limit is orders.credit_exposure.

Fields: checked_on (default today), source, result, note.
"""

from __future__ import annotations

import datetime as dt

from crm_desktop.services import records
from crm_desktop.services.records import Field
from crm_desktop.storage.models import CreditCheck

SPEC = records.ChildSpec(
    CreditCheck, "credit check", in_list=False, order_by=(CreditCheck.checked_on.desc(),)
)

CHECKS = records.PlainRecords(SPEC, (
    Field("checked_on", records.date, required=True, default=dt.date.today),
    Field("source", records.text),
    Field("result", records.text),
    Field("note", records.multiline),
))


# add_credit_check(customer_id, data) -> (id, Changes); update_credit_check(id, data);
# delete_credit_check(id) (undoable: operation_id); credit_checks_of(customer_id), newest first.
add_credit_check = CHECKS.add
update_credit_check = CHECKS.update
delete_credit_check = CHECKS.delete
credit_checks_of = CHECKS.of
