"""The list query: search (trigram, short and pinyin), filters, sort, rows and saved filters."""

from __future__ import annotations

import datetime as dt

import pytest
from peewee import SqliteDatabase

from crm_desktop.domain import rules
from crm_desktop.domain.settings import BusinessSettings
from crm_desktop.services import customer_list, customers
from crm_desktop.services.customer_list import CustomerFilter
from crm_desktop.storage.models import Contact, Customer, CustomerTag, Tag, TagGroup
from crm_desktop.storage.search import reindex_customers

TODAY = dt.date(2025, 6, 15)


def _names(flt: CustomerFilter, sort: str = "name", descending: bool = False) -> list[str]:
    ids = customer_list.query_ids(flt, sort, descending, today=TODAY)
    return [row["name"] for row in customer_list.fetch_rows(ids, today=TODAY)]


@pytest.fixture
def people(db: SqliteDatabase) -> dict[str, int]:
    ids = {}
    for name, mobile, email in (
        ("张三", "13800138000", "zhang@example.com"),
        ("曾小明", "13912345678", ""),
        ("单田芳", "", "shan@example.com"),
        ("北京华为科技有限公司", "", ""),
        ("Acme Trading", "", "sales@acme.com"),
    ):
        ids[name], _ = customers.create_customer({"name": name, "mobiles": mobile, "email": email})
    return ids


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("张三", ["张三"]),  # two characters: the short table
        ("张", ["张三"]),  # one character
        ("zhangsan", ["张三"]),  # full pinyin (trigram index)
        ("zs", ["张三"]),  # initials
        ("zeng", ["曾小明"]),  # polyphonic 曾: zeng ...
        ("cengxiao", ["曾小明"]),  # ... and ceng
        ("shantian", ["单田芳"]),  # 单 read shan
        ("dantian", ["单田芳"]),  # ... and dan
        ("5678", ["曾小明"]),  # phone fragment
        ("138 0013", ["张三"]),  # phone typed with a space
        ("华为科技", ["北京华为科技有限公司"]),  # Chinese substring
        ("ACME", ["Acme Trading"]),  # case-insensitive
        ("acme.com", ["Acme Trading"]),  # e-mail
        ("nobody", []),
    ],
)
def test_search(people: dict[str, int], query: str, expected: list[str]) -> None:
    assert _names(CustomerFilter(text=query)) == expected


def test_search_finds_contact_names(people: dict[str, int], db: SqliteDatabase) -> None:
    company = people["北京华为科技有限公司"]
    Contact.create(customer=company, name="李雷", mobile="13711112222")
    reindex_customers(db, [company])
    assert _names(CustomerFilter(text="李雷")) == ["北京华为科技有限公司"]
    assert _names(CustomerFilter(text="lilei")) == ["北京华为科技有限公司"]


def test_chinese_names_sort_by_pinyin(people: dict[str, int]) -> None:
    assert _names(CustomerFilter()) == [
        "Acme Trading",
        "北京华为科技有限公司",
        "单田芳",
        "曾小明",
        "张三",
    ]
    assert _names(CustomerFilter(), descending=True)[0] == "张三"


def test_archived_customers_are_a_separate_list(people: dict[str, int]) -> None:
    customers.set_archived([people["张三"]], True)
    assert "张三" not in _names(CustomerFilter())
    assert _names(CustomerFilter(archived=True)) == ["张三"]


def test_filters_combine(people: dict[str, int]) -> None:
    Customer.update(tier="vip", province="广东").where(
        Customer.id.in_([people["张三"], people["曾小明"]])
    ).execute()
    group = TagGroup.create(name="消费偏好")
    price, quality = (
        Tag.create(group=group, name="价格敏感"),
        Tag.create(group=group, name="重品质"),
    )
    CustomerTag.create(customer=people["张三"], tag=price)
    CustomerTag.create(customer=people["张三"], tag=quality)
    CustomerTag.create(customer=people["曾小明"], tag=price)
    assert _names(CustomerFilter(tiers=["vip"], provinces=["广东"])) == ["曾小明", "张三"]
    assert _names(CustomerFilter(tag_ids=[price.id, quality.id])) == ["曾小明", "张三"]
    assert _names(CustomerFilter(tag_ids=[price.id, quality.id], tags_match_all=True)) == ["张三"]
    assert _names(CustomerFilter(tiers=["vip"], text="zs")) == ["张三"]
    assert _names(CustomerFilter(valid=False)) == ["北京华为科技有限公司"]
    assert customer_list.count(CustomerFilter(tiers=["vip"]), today=TODAY) == 2


def test_follow_up_status_filters(people: dict[str, int]) -> None:
    dates = {
        "张三": TODAY - dt.timedelta(days=1),
        "曾小明": TODAY,
        "单田芳": TODAY + dt.timedelta(days=7),
        "Acme Trading": TODAY + dt.timedelta(days=8),
    }
    for name, day in dates.items():
        Customer.update(next_follow_up=day, last_contact_at=dt.datetime(2025, 6, 1)).where(
            Customer.id == people[name]
        ).execute()
    assert _names(CustomerFilter(follow_up=["overdue"])) == ["张三"]
    assert _names(CustomerFilter(follow_up=["due_today"])) == ["曾小明"]
    assert _names(CustomerFilter(follow_up=["upcoming"])) == ["单田芳"]
    assert _names(CustomerFilter(follow_up=["never"])) == ["北京华为科技有限公司"]


def test_lifecycle_filter_agrees_with_the_rule(people: dict[str, int]) -> None:
    settings = BusinessSettings()
    purchases = {
        "张三": TODAY - dt.timedelta(days=10),
        "曾小明": dt.date(2025, 3, 15),
        "单田芳": dt.date(2024, 10, 1),
        "Acme Trading": dt.date(2023, 1, 1),
    }
    for name, day in purchases.items():
        Customer.update(last_purchase=day).where(Customer.id == people[name]).execute()
    for stage in ("prospect", "honeymoon", "active", "churning", "dormant"):
        names = _names(CustomerFilter(lifecycles=[stage]))
        expected = sorted(
            (
                n
                for n in people
                if rules.lifecycle_stage(purchases.get(n), TODAY, settings) == stage
            ),
            key=lambda n: Customer.get_by_id(people[n]).sort_name,
        )
        assert names == expected, stage


def test_contact_status_sql_mirrors_the_rule(people: dict[str, int]) -> None:
    settings = BusinessSettings()
    days_ago = {"张三": 3, "曾小明": 30, "单田芳": 27, "Acme Trading": 31}
    for name, days in days_ago.items():
        Customer.update(
            last_contact_at=dt.datetime.combine(TODAY - dt.timedelta(days=days), dt.time(15, 30))
        ).where(Customer.id == people[name]).execute()
    rows = customer_list.fetch_rows(
        customer_list.query_ids(CustomerFilter(), today=TODAY), today=TODAY
    )
    for status in ("green", "amber", "red"):
        in_sql = set(_names(CustomerFilter(contact_status=[status])))
        by_rule = {r["name"] for r in rows if r["contact_status"] == status}
        assert in_sql == by_rule, status
    assert {r["name"]: r["contact_status"] for r in rows}["单田芳"] == rules.contact_status(
        TODAY - dt.timedelta(days=27), TODAY, settings.frequency_for("ordinary")
    )


def test_sort_by_last_contact_descending_puts_recent_first(people: dict[str, int]) -> None:
    for offset, name in enumerate(["曾小明", "张三", "单田芳"]):
        Customer.update(last_contact_at=dt.datetime(2025, 6, 1 + offset)).where(
            Customer.id == people[name]
        ).execute()
    assert _names(CustomerFilter(), "last_contact", descending=True)[:3] == [
        "单田芳",
        "张三",
        "曾小明",
    ]


def test_saved_filters_round_trip(db: SqliteDatabase) -> None:
    flt = CustomerFilter(text="zs", tiers=["vip"], created_from=dt.date(2025, 1, 1))
    customer_list.save_filter("重要客户", flt)
    customer_list.save_filter("重要客户", flt)  # saving again replaces
    assert customer_list.saved_filters() == {"重要客户": flt}
    customer_list.delete_saved_filter("重要客户")
    assert customer_list.saved_filters() == {}
