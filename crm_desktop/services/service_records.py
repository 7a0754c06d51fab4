"""Service and feedback (客户服务与反馈): inquiries, complaints, repairs, return visits.

A record is opened (now, unless given), moves through open -> in progress -> resolved ->
closed, and gets `closed_at` stamped when it becomes resolved or closed (cleared when it is
reopened). Satisfaction is a score from 1 (很不满意) to 5 (很满意), or None; the customer's
average and trend come from every scored record, dated when it was closed (or opened).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any, NamedTuple

from crm_desktop.domain import rules
from crm_desktop.domain.settings import PRIORITIES, SERVICE_KINDS, SERVICE_STATUSES
from crm_desktop.services import records
from crm_desktop.services.changes import Changes
from crm_desktop.services.records import Field
from crm_desktop.storage.models import ServiceRecord, Staff, now

CLOSED_STATUSES = ("resolved", "closed")

SPEC = records.ChildSpec(
    ServiceRecord, "service record", flags=("services",), in_list=False,
    order_by=(ServiceRecord.opened_at.desc(),),
)

FIELDS = (
    Field("kind", records.one_of(SERVICE_KINDS, "inquiry"), default="inquiry"),
    Field("status", records.one_of(SERVICE_STATUSES, "open"), default="open"),
    Field("priority", records.one_of(PRIORITIES, "normal"), default="normal"),
    Field("owner_id", records.ref(Staff)),
    Field("subject", records.text),
    Field("description", records.multiline),
    Field("resolution", records.multiline),
    Field("satisfaction", records.whole(1, 5)),
    Field("opened_at", records.moment, required=True, default=now),
    Field("closed_at", records.moment),
)


class Satisfaction(NamedTuple):
    average: float | None  # None: no score yet
    trend: str  # rules.TREND_UP / TREND_DOWN / TREND_FLAT / TREND_NONE


def _stamp_closing(write: records.Write, values: dict[str, Any]) -> None:
    """closed_at follows the status: stamped on closing, cleared on reopening."""
    if "status" not in values:
        return
    if values["status"] not in CLOSED_STATUSES:
        values["closed_at"] = None
    elif "closed_at" not in values and (write.old is None or write.old["closed_at"] is None):
        values["closed_at"] = now()


def add_service(customer_id: int, data: Mapping[str, Any]) -> tuple[int, Changes]:
    """Add a service record. Fields: kind (SERVICE_KINDS), status (SERVICE_STATUSES),
    priority (PRIORITIES), owner_id, subject, description, resolution, satisfaction (1..5),
    opened_at (default now), closed_at (stamped on resolving or closing)."""
    values = records.prepare(FIELDS, data, creating=True)
    return records.add(SPEC, customer_id, values, before=_stamp_closing)


def update_service(service_id: int, data: Mapping[str, Any]) -> Changes:
    values = records.prepare(FIELDS, data, creating=False)
    return records.update(SPEC, service_id, values, before=_stamp_closing)


def delete_service(service_id: int) -> Changes:
    """Delete a service record as an undoable operation."""
    return records.delete(SPEC, service_id)


def services_of(customer_id: int, *, limit: int | None = None) -> list[dict[str, Any]]:
    """The customer's service records, newest first, with `owner_name`."""
    return records.rows(SPEC, customer_id, limit=limit)


def satisfaction_scores(customer_id: int) -> list[tuple[dt.date, int]]:
    """(date, score) of every scored record, dated when closed, else when opened."""
    query = ServiceRecord.select(
        ServiceRecord.closed_at, ServiceRecord.opened_at, ServiceRecord.satisfaction
    ).where(ServiceRecord.customer == customer_id, ServiceRecord.satisfaction.is_null(False))
    return [
        ((closed or opened).date(), int(score))
        for closed, opened, score in records.tuples(query)
    ]


def satisfaction_of(customer_id: int) -> Satisfaction:
    """The customer's average satisfaction and its trend over time."""
    scores = satisfaction_scores(customer_id)
    return Satisfaction(rules.average_satisfaction(scores), rules.satisfaction_trend(scores))
