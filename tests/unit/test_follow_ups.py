"""Follow-ups: facts on the customer, undo, the timeline and the reminder lists."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from crm_desktop.services import (
    contacts,
    customers,
    deals,
    follow_ups,
    journal,
    service_records,
    staff,
    validation,
)
from crm_desktop.services.validation import ValidationError
from crm_desktop.storage.database import bound_database
from crm_desktop.storage.models import Customer, FollowUp

TODAY = dt.date(2024, 6, 10)


def customer(customer_id: int) -> Customer:
    return Customer.get_by_id(customer_id)


def test_logging_sets_last_contact_next_follow_up_and_stage(
    db: object, new_customer: Callable[..., int]
) -> None:
    cid = new_customer()
    Customer.update(updated_at=dt.datetime(2000, 1, 1)).where(Customer.id == cid).execute()
    follow_up_id, changes = follow_ups.log_follow_up(cid, {
        "occurred_at": "2024-06-01 09:30", "channel": "电话", "content": "介绍产品",
        "next_follow_up": "2024/6/8", "stage_after": "intent",
    })
    row = customer(cid)
    assert row.last_contact_at == dt.datetime(2024, 6, 1, 9, 30)
    assert row.next_follow_up == dt.date(2024, 6, 8)
    assert row.stage == "intent"
    assert row.updated_at > dt.datetime(2000, 1, 1)
    assert changes.follow_ups and changes.all_customers and changes.customer_ids == {cid}
    # An older follow-up logged later does not move the facts back.
    follow_ups.log_follow_up(cid, {"occurred_at": "2024-05-01", "next_follow_up": "2024-05-05"})
    assert customer(cid).next_follow_up == dt.date(2024, 6, 8)
    # Editing the latest one does.
    follow_ups.update_follow_up(follow_up_id, {"next_follow_up": "2024-06-20"})
    assert customer(cid).next_follow_up == dt.date(2024, 6, 20)
    assert FollowUp.get_by_id(follow_up_id).content == "介绍产品"


def test_occurred_at_defaults_to_now(db: object, new_customer: Callable[..., int]) -> None:
    cid = new_customer()
    before = dt.datetime.now().replace(microsecond=0)
    follow_up_id, _ = follow_ups.log_follow_up(cid, {"content": "微信沟通"})
    occurred = FollowUp.get_by_id(follow_up_id).occurred_at
    assert before <= occurred <= dt.datetime.now()
    assert customer(cid).last_contact_at == occurred


def test_validation(db: object, new_customer: Callable[..., int]) -> None:
    cid = new_customer()
    other = new_customer("别家")
    stranger, _ = contacts.add_contact(other, {"name": "外人"})
    with pytest.raises(ValidationError) as error:
        follow_ups.log_follow_up(cid, {"occurred_at": "昨天", "stage_after": "unknown",
                                       "next_follow_up": "2024-13-45", "staff_id": 99})
    assert {p.field: p.code for p in error.value.problems} == {
        "occurred_at": validation.INVALID_DATE, "stage_after": validation.INVALID_CHOICE,
        "next_follow_up": validation.INVALID_DATE, "staff_id": validation.INVALID_CHOICE,
    }
    with pytest.raises(ValidationError) as wrong_contact:
        follow_ups.log_follow_up(cid, {"contact_id": stranger})
    assert wrong_contact.value.problems[0].field == "contact_id"
    with pytest.raises(ValidationError):
        follow_ups.log_follow_up(cid, {"occurred_at": ""})
    assert FollowUp.select().count() == 0


def test_follow_ups_of_lists_newest_first_with_names(
    db: object, new_customer: Callable[..., int]
) -> None:
    cid = new_customer()
    zhang, _ = contacts.add_contact(cid, {"name": "张三"})
    sales = staff.find_or_create("王销售")
    follow_ups.log_follow_up(cid, {"occurred_at": "2024-06-01", "content": "一"})
    follow_ups.log_follow_up(cid, {"occurred_at": "2024-06-03", "content": "二",
                                   "contact_id": zhang, "staff_id": sales})
    rows = follow_ups.follow_ups_of(cid)
    assert [(r["content"], r["contact_name"], r["staff_name"]) for r in rows] == [
        ("二", "张三", "王销售"), ("一", "", "")]
    log = follow_ups.recent_follow_ups(staff_id=sales)
    assert [(r["content"], r["customer_name"]) for r in log] == [("二", "测试客户")]
    assert follow_ups.recent_follow_ups(since=dt.date(2024, 6, 2), until=dt.date(2024, 6, 3))[0][
        "content"] == "二"
    assert follow_ups.recent_follow_ups(until=dt.date(2024, 6, 1))[0]["content"] == "一"


def test_undo_of_a_delete_restores_the_follow_up_exactly(
    db: object, new_customer: Callable[..., int]
) -> None:
    cid = new_customer()
    zhang, _ = contacts.add_contact(cid, {"name": "张三"})
    follow_ups.log_follow_up(cid, {"occurred_at": "2024-05-01", "next_follow_up": "2024-05-10"})
    latest, _ = follow_ups.log_follow_up(cid, {
        "occurred_at": "2024-06-01 14:05:09", "channel": "上门拜访", "contact_id": zhang,
        "content": "面谈\n报价", "outcome": "有意向", "stage_after": "quote",
        "next_follow_up": "2024-06-15", "staff_id": staff.find_or_create("李")})
    before = journal.read_rows(bound_database(), "follow_up", "id = ?", [latest])
    facts_before = (customer(cid).last_contact_at, customer(cid).next_follow_up,
                    customer(cid).stage)

    changes = follow_ups.delete_follow_up(latest)

    assert FollowUp.get_or_none(FollowUp.id == latest) is None
    assert customer(cid).next_follow_up == dt.date(2024, 5, 10)
    assert changes.follow_ups and changes.operation_id is not None

    customers.undo_operation(changes.operation_id)

    assert journal.read_rows(bound_database(), "follow_up", "id = ?", [latest]) == before
    assert (customer(cid).last_contact_at, customer(cid).next_follow_up,
            customer(cid).stage) == facts_before


def test_timeline_merges_follow_ups_services_and_stage_changes(
    db: object, new_customer: Callable[..., int]
) -> None:
    cid = new_customer()
    follow_ups.log_follow_up(cid, {"occurred_at": "2024-06-01 10:00", "content": "电话"})
    service_records.add_service(cid, {"kind": "complaint", "subject": "延迟发货",
                                      "opened_at": "2024-06-02 08:00"})
    follow_ups.log_follow_up(cid, {"occurred_at": "2024-06-03 10:00", "content": "回访"})
    deal_id, _ = deals.add_deal(cid, {"title": "年度合同"})
    deals.update_deal(deal_id, {"stage": "quote"})

    items = follow_ups.timeline(cid)

    assert [i.kind for i in items] == [
        "stage_change", "stage_change", "follow_up", "service", "follow_up"]
    assert [i.at for i in items] == sorted((i.at for i in items), reverse=True)
    newest = items[0].fields
    assert (newest["from_stage"], newest["to_stage"], newest["to_name"], newest["deal_title"]) \
        == ("potential", "quote", "方案报价", "年度合同")
    assert items[1].fields["from_stage"] is None
    assert items[2].fields["content"] == "回访"
    assert items[3].fields["subject"] == "延迟发货"
    assert len(follow_ups.timeline(cid, limit=2)) == 2


def follow_up_due(new_customer: Callable[..., int], name: str, next_date: str, *,
                  content: str = "", **fields: object) -> int:
    cid = new_customer(name, **fields)
    follow_ups.log_follow_up(cid, {"occurred_at": "2024-06-01 09:00", "content": content,
                                   "next_follow_up": next_date})
    return cid


def test_reminders_classify_due_today_overdue_and_upcoming(
    db: object, new_customer: Callable[..., int]
) -> None:
    owner = staff.find_or_create("张经理")
    due = follow_up_due(new_customer, "今天客户", "2024-06-10", content="约今天回电",
                        owner_id=owner)
    late = follow_up_due(new_customer, "逾期客户", "2024-06-09")
    later = follow_up_due(new_customer, "更早逾期", "2024-05-01")
    soon = follow_up_due(new_customer, "明天客户", "2024-06-11")
    edge = follow_up_due(new_customer, "第七天", "2024-06-17")
    follow_up_due(new_customer, "第八天", "2024-06-18")
    archived = follow_up_due(new_customer, "已归档", "2024-06-10")
    customers.set_archived([archived], True)
    new_customer("从未联系")

    result = follow_ups.reminders(TODAY)

    assert [e.customer_id for e in result.due_today] == [due]
    assert [e.customer_id for e in result.overdue] == [later, late]
    assert [e.customer_id for e in result.upcoming] == [soon, edge]
    assert (result.due_today_total, result.overdue_total, result.upcoming_total) == (1, 2, 2)
    assert result.badge == 3
    entry = result.due_today[0]
    assert (entry.name, entry.owner_name, entry.next_follow_up, entry.last_content) == (
        "今天客户", "张经理", dt.date(2024, 6, 10), "约今天回电")
    assert entry.last_contact_at == dt.datetime(2024, 6, 1, 9, 0)

    mine = follow_ups.reminders(TODAY, owner_id=owner)
    assert [e.customer_id for e in mine.due_today] == [due]
    assert mine.overdue == [] and mine.upcoming == []

    limited = follow_ups.reminders(TODAY, limit=1)
    assert [e.customer_id for e in limited.overdue] == [later]
    assert limited.overdue_total == 2


def contacted(new_customer: Callable[..., int], name: str, when: dt.datetime) -> int:
    cid = new_customer(name)
    follow_ups.log_follow_up(cid, {"occurred_at": when})
    return cid


def test_forgotten_customers_and_never_contacted(
    db: object, new_customer: Callable[..., int]
) -> None:
    thirty = contacted(new_customer, "整三十天", dt.datetime(2024, 5, 11, 23, 59))
    twenty_nine = contacted(new_customer, "二十九天", dt.datetime(2024, 5, 12, 0, 0))
    half_year = contacted(new_customer, "半年", dt.datetime(2023, 12, 1, 10, 0))
    gone = contacted(new_customer, "归档", dt.datetime(2023, 1, 1, 10, 0))
    customers.set_archived([gone], True)
    never = new_customer("从未联系")

    page = follow_ups.forgotten(30, TODAY)
    assert [e.customer_id for e in page.entries] == [half_year, thirty]
    assert page.total == 2
    assert [e.customer_id for e in follow_ups.forgotten(180, TODAY).entries] == [half_year]
    assert follow_ups.forgotten(7, TODAY).total == 3
    assert twenty_nine in [e.customer_id for e in follow_ups.forgotten(7, TODAY).entries]
    assert follow_ups.forgotten(30, TODAY, limit=1).entries[0].customer_id == half_year

    never_page = follow_ups.never_contacted()
    assert [e.customer_id for e in never_page.entries] == [never]
    assert never_page.total == 1 and never_page.entries[0].last_contact_at is None
    with pytest.raises(ValueError):
        follow_ups.forgotten(0, TODAY)


def test_renewals_due_within_the_reminder_window(
    db: object, new_customer: Callable[..., int]
) -> None:
    due = new_customer("三十天后到期", service_expiry="2024-07-10", contract_amount="12,000")
    today = new_customer("今天到期", service_expiry="2024-06-10")
    new_customer("三十一天后", service_expiry="2024-07-11")
    new_customer("已过期", service_expiry="2024-06-09")
    new_customer("无合同")

    page = follow_ups.renewals_due(TODAY)

    assert [e.customer_id for e in page.entries] == [today, due]
    assert page.total == 2
    assert page.entries[1].service_expiry == dt.date(2024, 7, 10)
    assert page.entries[1].contract_amount_cents == 1_200_000
    assert [e.customer_id for e in follow_ups.renewals_due(TODAY, days=5).entries] == [today]
