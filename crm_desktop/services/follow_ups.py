"""Follow-ups (跟进记录), the customer timeline, and the reminder lists.

Logging, editing or deleting a follow-up refreshes the customer's stored facts: the last
contact (the latest follow-up's time), the next follow-up date (the latest follow-up's "next
follow-up") and the customer's stage (the latest follow-up's "stage after"). Deleting is an
undoable operation.

The reminder lists run on bases of a million customers: they read the indexed fact columns
on the customer row (`next_follow_up`, `last_contact_at`, `service_expiry`), return at most
`limit` entries each, and count the rest with count(*). Archived customers never appear.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from crm_desktop.domain.settings import BusinessSettings
from crm_desktop.services import records, service_records
from crm_desktop.services import settings as settings_service
from crm_desktop.services.changes import Changes
from crm_desktop.services.records import Field
from crm_desktop.storage.database import bound_database
from crm_desktop.storage.models import (
    Contact,
    Customer,
    Deal,
    DealStageChange,
    FollowUp,
    Staff,
    now,
)

UPCOMING_DAYS = 7
DEFAULT_LIMIT = 200

SPEC = records.ChildSpec(
    FollowUp, "follow-up", flags=("follow_ups",), order_by=(FollowUp.occurred_at.desc(),)
)

KIND_FOLLOW_UP = "follow_up"
KIND_SERVICE = "service"
KIND_STAGE_CHANGE = "stage_change"


def _fields(settings: BusinessSettings) -> tuple[Field, ...]:
    return (
        Field("occurred_at", records.moment, required=True, default=now),
        Field("channel", records.text),
        Field("contact_id", records.ref(Contact)),
        Field("content", records.multiline),
        Field("outcome", records.multiline),
        Field("stage_after", records.one_of([s.key for s in settings.deal_stages])),
        Field("next_follow_up", records.date),
        Field("staff_id", records.ref(Staff)),
    )


def _prepare(data: Mapping[str, Any], *, creating: bool) -> dict[str, Any]:
    return records.prepare(_fields(settings_service.business_settings()), data,
                           creating=creating)


_OWN_CONTACT = records.belongs(Contact, "contact_id")


def log_follow_up(customer_id: int, data: Mapping[str, Any]) -> tuple[int, Changes]:
    """Log a follow-up. Fields: occurred_at (default now), channel, contact_id (a contact of
    this customer), content, outcome, stage_after (a deal stage key), next_follow_up,
    staff_id."""
    return records.add(SPEC, customer_id, _prepare(data, creating=True), before=_OWN_CONTACT)


def update_follow_up(follow_up_id: int, data: Mapping[str, Any]) -> Changes:
    return records.update(SPEC, follow_up_id, _prepare(data, creating=False),
                          before=_OWN_CONTACT)


def delete_follow_up(follow_up_id: int) -> Changes:
    """Delete a follow-up as an undoable operation (`changes.operation_id`)."""
    return records.delete(SPEC, follow_up_id)


def follow_ups_of(customer_id: int, *, limit: int | None = None) -> list[dict[str, Any]]:
    """The customer's follow-ups, newest first, with `contact_name` and `staff_name`."""
    return records.rows(SPEC, customer_id, limit=limit)


def recent_follow_ups(*, staff_id: int | None = None, since: dt.date | None = None,
                      until: dt.date | None = None,
                      limit: int = DEFAULT_LIMIT) -> list[dict[str, Any]]:
    """Follow-ups of every customer, newest first, for the follow-up log tab.

    Each row also has `customer_name`. `since` and `until` are inclusive dates.
    """
    query = (
        FollowUp.select(*records.column_names(FollowUp), Customer.name.alias("customer_name"))
        .join(Customer)
        .order_by(FollowUp.occurred_at.desc(), FollowUp.id.desc())
        .limit(limit)
    )
    if staff_id is not None:
        query = query.where(FollowUp.staff == staff_id)
    if since is not None:
        query = query.where(FollowUp.occurred_at >= dt.datetime.combine(since, dt.time()))
    if until is not None:
        end = dt.datetime.combine(until + dt.timedelta(days=1), dt.time())
        query = query.where(FollowUp.occurred_at < end)
    return records.add_names(FollowUp, records.dicts(query))


# ---------------------------------------------------------------------------------------
# Timeline
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TimelineItem:
    """One event in a customer's history.

    `kind` is "follow_up" (fields: the follow-up row with contact_name, staff_name),
    "service" (the service record row with owner_name; `at` is when it was opened) or
    "stage_change" (deal_id, deal_title, from_stage, to_stage and their stage names;
    from_stage is None when the deal was created).
    """

    kind: str
    at: dt.datetime
    record_id: int
    fields: dict[str, Any] = field(default_factory=dict)


_KIND_ORDER = {KIND_STAGE_CHANGE: 0, KIND_SERVICE: 1, KIND_FOLLOW_UP: 2}


def timeline(customer_id: int, *, limit: int | None = None) -> list[TimelineItem]:
    """Follow-ups, service records and deal stage changes of a customer, newest first."""
    settings = settings_service.business_settings()
    items = [
        TimelineItem(KIND_FOLLOW_UP, row["occurred_at"], row["id"], row)
        for row in follow_ups_of(customer_id, limit=limit)
    ]
    items += [
        TimelineItem(KIND_SERVICE, row["opened_at"], row["id"], row)
        for row in service_records.services_of(customer_id, limit=limit)
    ]
    changes = (
        DealStageChange.select(
            DealStageChange.id, DealStageChange.changed_at, DealStageChange.deal,
            Deal.title, DealStageChange.from_stage, DealStageChange.to_stage,
        )
        .join(Deal)
        .where(DealStageChange.customer == customer_id)
        .order_by(DealStageChange.changed_at.desc(), DealStageChange.id.desc())
    )
    if limit is not None:
        changes = changes.limit(limit)
    for change_id, at, deal_id, title, from_stage, to_stage in records.tuples(changes):
        items.append(TimelineItem(KIND_STAGE_CHANGE, at, change_id, {
            "deal_id": deal_id, "deal_title": title,
            "from_stage": from_stage, "from_name": _stage_name(settings, from_stage),
            "to_stage": to_stage, "to_name": _stage_name(settings, to_stage),
        }))
    items.sort(key=lambda i: (i.at, _KIND_ORDER[i.kind], i.record_id), reverse=True)
    return items[:limit] if limit is not None else items


def _stage_name(settings: BusinessSettings, key: str | None) -> str:
    if key is None:
        return ""
    spec = settings.stage(key)
    return spec.name if spec else key


# ---------------------------------------------------------------------------------------
# Reminders
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReminderEntry:
    """A customer in a reminder list, with what the list shows about it."""

    customer_id: int
    name: str
    owner_name: str
    tier: str
    next_follow_up: dt.date | None
    last_contact_at: dt.datetime | None
    last_content: str  # the latest follow-up's content ("" when never contacted)
    service_expiry: dt.date | None
    contract_amount_cents: int | None


@dataclass(frozen=True)
class Reminders:
    """Follow-ups due today, overdue and upcoming (the next 7 days after today).

    The lists hold at most `limit` entries each; the totals count them all. `badge` is what
    the tab shows: due today plus overdue.
    """

    due_today: list[ReminderEntry]
    overdue: list[ReminderEntry]
    upcoming: list[ReminderEntry]
    due_today_total: int
    overdue_total: int
    upcoming_total: int

    @property
    def badge(self) -> int:
        return self.due_today_total + self.overdue_total


@dataclass(frozen=True)
class CustomerPage:
    """The first `limit` customers of a list, and how many there are in all."""

    entries: list[ReminderEntry]
    total: int


def _date(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(str(value)[:10]) if value else None


def _moment(value: Any) -> dt.datetime | None:
    return dt.datetime.fromisoformat(str(value)) if value else None


def _scope(where: str, params: Sequence[Any], owner_id: int | None) -> tuple[str, list[Any]]:
    """Add the conditions every reminder list shares: not archived, and the owner if given.

    The unary + keeps SQLite from reading `archived_at IS NULL` through the archived_at
    index: without statistics it takes it for a selective equality and walks nearly every
    customer, where the date index in `where` finds the first `limit` rows at once.
    """
    clause = f"+c.archived_at IS NULL AND {where}"
    values = list(params)
    if owner_id is not None:
        clause += " AND c.owner_id = ?"
        values.append(owner_id)
    return clause, values


def _entries(where: str, params: Sequence[Any], order: str, limit: int) -> list[ReminderEntry]:
    db = bound_database()
    found = db.execute_sql(
        f"SELECT c.id, c.name, coalesce(s.name, ''), c.tier, c.next_follow_up, "
        f"c.last_contact_at, c.service_expiry, c.contract_amount_cents "
        f"FROM customer c LEFT JOIN staff s ON s.id = c.owner_id "
        f"WHERE {where} ORDER BY {order} LIMIT ?",
        [*params, limit],
    ).fetchall()
    contents: dict[int, str] = {}
    ids = [row[0] for row in found]
    for chunk in records.chunks(ids):
        marks = ",".join("?" * len(chunk))
        contents.update(db.execute_sql(
            f"SELECT c.id, (SELECT f.content FROM follow_up f WHERE f.customer_id = c.id "
            f"ORDER BY f.occurred_at DESC, f.id DESC LIMIT 1) FROM customer c "
            f"WHERE c.id IN ({marks})",
            chunk,
        ).fetchall())
    return [
        ReminderEntry(
            customer_id=cid, name=name, owner_name=owner, tier=tier,
            next_follow_up=_date(next_date), last_contact_at=_moment(last_contact),
            last_content=contents.get(cid) or "", service_expiry=_date(expiry),
            contract_amount_cents=amount,
        )
        for cid, name, owner, tier, next_date, last_contact, expiry, amount in found
    ]


def _count(where: str, params: Sequence[Any], owner_id: int | None) -> int:
    """How many customers match `where` and `_scope`.

    Without an owner, count the index range and subtract the few archived customers in
    it: checking `archived_at` row by row costs a table read for each of what can be
    hundreds of thousands of customers, while the range alone is counted from the index.
    The archived ones are found through the archived_at index (as an IN list, so that the
    planner does not walk the date index instead: 50 ms rather than 2 s on a million).
    """
    db = bound_database()

    def count(sql: str, values: Sequence[Any]) -> int:
        return int(db.execute_sql(f"SELECT count(*) FROM customer c WHERE {sql}",
                                  list(values)).fetchone()[0])

    if owner_id is not None:
        return count(*_scope(where, params, owner_id))
    archived = "c.id IN (SELECT id FROM customer WHERE archived_at IS NOT NULL)"
    return count(where, params) - count(f"{archived} AND {where}", params)


def _page(where: str, params: Sequence[Any], order: str, limit: int,
          owner_id: int | None) -> CustomerPage:
    """`order` must follow the index `where` ranges over, so LIMIT stops early."""
    clause, values = _scope(where, params, owner_id)
    return CustomerPage(_entries(clause, values, order, limit),
                        _count(where, params, owner_id))


def reminders(today: dt.date, owner_id: int | None = None, *,
              limit: int = DEFAULT_LIMIT) -> Reminders:
    """Customers whose next follow-up is today, before today, or in the 7 days after today."""
    day = today.isoformat()
    horizon = (today + dt.timedelta(days=UPCOMING_DAYS)).isoformat()
    order = "c.next_follow_up, c.id"
    overdue = _page("c.next_follow_up < ?", [day], order, limit, owner_id)
    due = _page("c.next_follow_up = ?", [day], order, limit, owner_id)
    upcoming = _page("c.next_follow_up > ? AND c.next_follow_up <= ?", [day, horizon], order,
                     limit, owner_id)
    return Reminders(due.entries, overdue.entries, upcoming.entries,
                     due.total, overdue.total, upcoming.total)


def forgotten(days: int, today: dt.date, owner_id: int | None = None, *,
              limit: int = DEFAULT_LIMIT) -> CustomerPage:
    """Customers whose last follow-up is `days` or more days before `today`, longest
    forgotten first. The UI offers settings.FORGOTTEN_DAYS (7, 15, 30, 90, 180); customers
    never contacted are `never_contacted`."""
    if days <= 0:
        raise ValueError("days must be positive")
    # Last contact on or before today - days: before the start of the day after it.
    cutoff = (today - dt.timedelta(days=days - 1)).isoformat()
    return _page("c.last_contact_at < ?", [cutoff], "c.last_contact_at, c.id", limit,
                 owner_id)


def never_contacted(owner_id: int | None = None, *, limit: int = DEFAULT_LIMIT) -> CustomerPage:
    """Customers without any follow-up, the longest waiting (oldest added) first."""
    return _page("c.last_contact_at IS NULL", [], "c.id", limit, owner_id)


def renewals_due(today: dt.date, days: int | None = None, owner_id: int | None = None, *,
                 limit: int = DEFAULT_LIMIT) -> CustomerPage:
    """Customers whose service expires from today to `days` days ahead (default:
    settings.renewal_reminder_days), soonest first."""
    if days is None:
        days = settings_service.business_settings().renewal_reminder_days
    end = (today + dt.timedelta(days=days)).isoformat()
    return _page("c.service_expiry >= ? AND c.service_expiry <= ?", [today.isoformat(), end],
                 "c.service_expiry, c.id", limit, owner_id)
