"""Contacts: the primary-contact rules, validation, search text and undo of a delete."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from crm_desktop.services import contacts, customers, follow_ups, validation
from crm_desktop.services.customer_list import CustomerFilter, query_ids
from crm_desktop.services.validation import ValidationError
from crm_desktop.storage.models import Contact, Customer, FollowUp


def primaries(customer_id: int) -> list[str]:
    return [c.name for c in Contact.select().where(Contact.customer == customer_id,
                                                    Contact.is_primary)]


def found(text: str) -> list[int]:
    return list(query_ids(CustomerFilter(text=text)))


def test_first_contact_becomes_primary_and_others_do_not(
    db: object, new_customer: Callable[..., int]
) -> None:
    cid = new_customer()
    first, changes = contacts.add_contact(cid, {"name": "张三"})
    contacts.add_contact(cid, {"name": "李四"})
    assert primaries(cid) == ["张三"]
    assert changes.customer_ids == {cid} and changes.all_customers
    assert [c["name"] for c in contacts.contacts_of(cid)] == ["张三", "李四"]
    assert contacts.get_contact(first)["is_primary"] is True  # type: ignore[index]


def test_adding_or_setting_a_primary_clears_the_others(
    db: object, new_customer: Callable[..., int]
) -> None:
    cid = new_customer()
    other = new_customer("别的客户")
    contacts.add_contact(other, {"name": "外人"})
    contacts.add_contact(cid, {"name": "张三"})
    contacts.add_contact(cid, {"name": "李四", "is_primary": True})
    assert primaries(cid) == ["李四"]
    wang, _ = contacts.add_contact(cid, {"name": "王五"})
    contacts.set_primary(wang)
    assert primaries(cid) == ["王五"]
    assert primaries(other) == ["外人"]  # another customer's primary is untouched
    assert contacts.contacts_of(cid)[0]["name"] == "王五"


def test_unmarking_the_primary_promotes_the_oldest_other(
    db: object, new_customer: Callable[..., int]
) -> None:
    cid = new_customer()
    contacts.add_contact(cid, {"name": "张三"})
    contacts.add_contact(cid, {"name": "李四"})
    wang, _ = contacts.add_contact(cid, {"name": "王五", "is_primary": True})
    contacts.update_contact(wang, {"is_primary": False})
    assert primaries(cid) == ["张三"]
    # A lone contact stays primary.
    solo_customer = new_customer("独")
    solo, _ = contacts.add_contact(solo_customer, {"name": "唯一"})
    contacts.update_contact(solo, {"is_primary": False})
    assert primaries(solo_customer) == ["唯一"]


def test_deleting_the_primary_promotes_the_next_and_undo_restores_both(
    db: object, new_customer: Callable[..., int]
) -> None:
    cid = new_customer()
    zhang, _ = contacts.add_contact(cid, {"name": "张三", "mobile": "13800138000"})
    li, _ = contacts.add_contact(cid, {"name": "李四"})
    contacts.add_contact(cid, {"name": "王五"})
    follow_up, _ = follow_ups.log_follow_up(cid, {"contact_id": zhang, "content": "电话"})

    changes = contacts.delete_contact(zhang)

    assert primaries(cid) == ["李四"]
    assert FollowUp.get_by_id(follow_up).contact_id is None
    assert changes.operation_id is not None

    customers.undo_operation(changes.operation_id)

    assert primaries(cid) == ["张三"]
    assert Contact.get_by_id(zhang).mobile == "13800138000"
    assert Contact.get_by_id(li).is_primary is False
    assert FollowUp.get_by_id(follow_up).contact_id == zhang


def test_deleting_a_non_primary_keeps_the_primary(
    db: object, new_customer: Callable[..., int]
) -> None:
    cid = new_customer()
    contacts.add_contact(cid, {"name": "张三"})
    li, _ = contacts.add_contact(cid, {"name": "李四"})
    contacts.delete_contact(li)
    assert primaries(cid) == ["张三"]
    assert Contact.select().where(Contact.customer == cid).count() == 1


def test_fields_are_normalised_and_validated(db: object, new_customer: Callable[..., int]) -> None:
    cid = new_customer()
    contact_id, _ = contacts.add_contact(cid, {
        "name": " 张三 ", "title": "经理", "mobile": "+86 138-0013-8000",
        "email": "Zhang@Example.COM", "notes": "第一行\r\n第二行",
    })
    row = Contact.get_by_id(contact_id)
    assert (row.name, row.title, row.mobile, row.mobile_raw) == (
        "张三", "经理", "13800138000", "+86 138-0013-8000")
    assert row.email.lower() == "zhang@example.com"
    assert row.notes == "第一行\n第二行"
    with pytest.raises(ValidationError) as error:
        contacts.add_contact(cid, {"name": "", "email": "not-an-email"})
    assert {p.code for p in error.value.problems} == {validation.REQUIRED,
                                                      validation.INVALID_EMAIL}
    assert Contact.select().count() == 1


def test_search_finds_the_customer_by_a_contacts_name_and_phone(
    db: object, new_customer: Callable[..., int]
) -> None:
    cid = new_customer("上海星辰贸易有限公司")
    new_customer("北京月光科技有限公司")
    assert found("欧阳娜娜") == []
    contact_id, _ = contacts.add_contact(cid, {"name": "欧阳娜娜", "mobile": "13912345678"})
    assert found("欧阳娜娜") == [cid]
    assert found("1234567") == [cid]
    contacts.update_contact(contact_id, {"name": "司马光"})
    assert found("欧阳娜娜") == []
    assert found("司马光") == [cid]
    contacts.delete_contact(contact_id)
    assert found("司马光") == []


def test_a_write_stamps_the_customers_updated_at(
    db: object, new_customer: Callable[..., int]
) -> None:
    cid = new_customer()
    Customer.update(updated_at=dt.datetime(2000, 1, 1)).where(Customer.id == cid).execute()
    contacts.add_contact(cid, {"name": "张三"})
    assert Customer.get_by_id(cid).updated_at > dt.datetime(2000, 1, 1)
