"""Needs (需求管理): what a customer has asked for, with priority and status.

Fields: description (required), priority (PRIORITIES, default normal), status
(NEED_STATUSES, default identified), note.

Statuses: identified -> in progress -> met, or dropped. Needs do not change the customer
list, so a write stamps the customer's `updated_at` but refreshes no facts.
"""

from __future__ import annotations

from crm_desktop.domain.settings import NEED_STATUSES, PRIORITIES
from crm_desktop.services import records
from crm_desktop.services.records import Field
from crm_desktop.storage.models import Need

SPEC = records.ChildSpec(Need, "need", in_list=False, order_by=(Need.created_at.desc(),))

NEEDS = records.PlainRecords(SPEC, (
    Field("description", records.multiline, required=True),
    Field("priority", records.one_of(PRIORITIES, "normal"), default="normal"),
    Field("status", records.one_of(NEED_STATUSES, "identified"), default="identified"),
    Field("note", records.multiline),
))


# add_need(customer_id, data) -> (id, Changes); update_need(id, data) -> Changes;
# delete_need(id) -> Changes (undoable: operation_id); needs_of(customer_id), newest first.
add_need = NEEDS.add
update_need = NEEDS.update
delete_need = NEEDS.delete
needs_of = NEEDS.of
