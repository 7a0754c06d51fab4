"""Tag groups, tags, customer tags, bulk add/remove with undo, completion and counts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from crm_desktop.services import customers, tags, validation
from crm_desktop.services.customer_list import CustomerFilter, query_ids
from crm_desktop.services.validation import ValidationError
from crm_desktop.storage.models import Customer, CustomerTag, Operation, Tag, TagGroup


def links() -> set[tuple[int, int]]:
    return {(c, t) for c, t in CustomerTag.select(CustomerTag.customer, CustomerTag.tag).tuples()}


def names(refs: list[tags.TagRef]) -> list[str]:
    return [r.label for r in refs]


def test_groups_are_created_in_order_renamed_and_unique(db: object) -> None:
    gender, _ = tags.create_group("性别")
    age, _ = tags.create_group("年龄段")
    tags.create_tag(gender, "男")
    assert [(g.name, g.tag_count) for g in tags.list_groups()] == [("性别", 1), ("年龄段", 0)]
    tags.rename_group(age, "年龄")
    assert TagGroup.get_by_id(age).name == "年龄"
    with pytest.raises(ValidationError) as error:
        tags.create_group(" 性别 ")
    assert error.value.problems[0].code == validation.DUPLICATE_NAME
    with pytest.raises(ValidationError):
        tags.rename_group(age, "性别")
    with pytest.raises(ValidationError) as blank:
        tags.create_group("  ")
    assert blank.value.problems[0].code == validation.REQUIRED


def test_tag_names_are_unique_within_their_group_only(db: object) -> None:
    industry, _ = tags.create_group("行业")
    job, _ = tags.create_group("职业")
    tags.create_tag(industry, "教育")
    tags.create_tag(job, "教育")  # the same name in another group is fine
    with pytest.raises(ValidationError):
        tags.create_tag(industry, "教育")
    teacher, _ = tags.create_tag(job, "教师")
    with pytest.raises(ValidationError):
        tags.rename_tag(teacher, "教育")
    tags.rename_tag(teacher, "老师")
    assert names(tags.list_tags(job)) == ["职业: 教育", "职业: 老师"]


def test_find_or_create_reuses_existing_group_and_tag(db: object) -> None:
    first = tags.find_or_create("消费偏好", "高消费")
    again = tags.find_or_create(" 消费偏好 ", "高消费")
    other = tags.find_or_create("消费偏好", "促销敏感")
    assert first == again != other
    assert TagGroup.select().count() == 1 and Tag.select().count() == 2


def test_default_groups_come_from_the_settings(db: object) -> None:
    tags.create_group("性别")
    tags.ensure_default_groups()
    tags.ensure_default_groups()
    assert [g.name for g in tags.list_groups()] == ["性别", "年龄段", "消费偏好", "职业", "行业"]


def test_set_customer_tags_replaces_the_set(db: object, new_customer: Callable[..., int]) -> None:
    cid = new_customer()
    male = tags.find_or_create("性别", "男")
    young = tags.find_or_create("年龄段", "18-25")
    rich = tags.find_or_create("消费偏好", "高消费")
    Customer.update(updated_at=dt.datetime(2000, 1, 1)).where(Customer.id == cid).execute()
    changes = tags.set_customer_tags(cid, [male, young])
    assert changes.tags and changes.customer_ids == {cid}
    assert names(tags.customer_tags(cid)) == ["性别: 男", "年龄段: 18-25"]
    assert Customer.get_by_id(cid).updated_at > dt.datetime(2000, 1, 1)
    tags.set_customer_tags(cid, [young, rich, 9999])
    assert links() == {(cid, young), (cid, rich)}
    assert tags.set_customer_tags(cid, [rich, young]) == tags.Changes()


def test_bulk_add_and_remove_are_undoable(db: object, new_customer: Callable[..., int]) -> None:
    a, b, c = new_customer("甲"), new_customer("乙"), new_customer("丙")
    vip = tags.find_or_create("价值", "重点")
    hot = tags.find_or_create("价值", "热门")
    tags.set_customer_tags(a, [vip])

    added = tags.add_tags([a, b, c, 424242], [vip, hot])

    assert links() == {(x, t) for x in (a, b, c) for t in (vip, hot)}
    assert added.customer_ids == {a, b, c} and added.operation_id is not None
    assert sorted(query_ids(CustomerFilter(tag_ids=[hot]))) == [a, b, c]
    removed = tags.remove_tags([a, b], [vip])
    assert links() == {(a, hot), (b, hot), (c, vip), (c, hot)}

    assert removed.operation_id is not None
    customers.undo_operation(removed.operation_id)
    assert links() == {(x, t) for x in (a, b, c) for t in (vip, hot)}
    customers.undo_operation(added.operation_id)
    # The link that existed before the bulk add survives its undo.
    assert links() == {(a, vip)}


def test_bulk_change_that_changes_nothing_leaves_no_operation(
    db: object, new_customer: Callable[..., int]
) -> None:
    cid = new_customer()
    tag = tags.find_or_create("性别", "女")
    assert tags.remove_tags([cid], [tag]).operation_id is None
    assert Operation.select().count() == 0


def test_deleting_a_tag_or_group_is_undoable(db: object, new_customer: Callable[..., int]) -> None:
    a, b = new_customer("甲"), new_customer("乙")
    male = tags.find_or_create("性别", "男")
    female = tags.find_or_create("性别", "女")
    tags.add_tags([a], [male])
    tags.add_tags([b], [female])

    changes = tags.delete_tag(male)
    assert links() == {(b, female)}
    assert changes.operation_id is not None
    customers.undo_operation(changes.operation_id)
    assert links() == {(a, male), (b, female)}

    group = Tag.get_by_id(male).group_id
    changes = tags.delete_group(group)
    assert TagGroup.select().count() == 0 and not links()
    assert changes.operation_id is not None
    customers.undo_operation(changes.operation_id)
    assert links() == {(a, male), (b, female)}
    assert names(tags.list_tags()) == ["性别: 女", "性别: 男"]


def test_completions_match_name_pinyin_and_group(db: object) -> None:
    tags.find_or_create("消费偏好", "高消费")
    tags.find_or_create("消费偏好", "促销敏感")
    tags.find_or_create("年龄段", "高龄")
    tags.find_or_create("职业", "教师")
    # Equal matches keep the display order (groups in the order they were made).
    assert names(tags.tag_completions("高")) == ["消费偏好: 高消费", "年龄段: 高龄"]
    assert names(tags.tag_completions("消费")) == [
        "消费偏好: 高消费",  # the tag contains it
        "消费偏好: 促销敏感",  # only its group does
    ]
    assert names(tags.tag_completions("gxf")) == ["消费偏好: 高消费"]
    assert names(tags.tag_completions("jiao")) == ["职业: 教师"]
    assert names(tags.tag_completions("消费偏好：高")) == ["消费偏好: 高消费"]
    assert names(tags.tag_completions("年龄/")) == ["年龄段: 高龄"]
    assert len(tags.tag_completions("", limit=2)) == 2
    assert tags.tag_completions("不存在") == []


def test_tag_counts_include_unused_tags(db: object, new_customer: Callable[..., int]) -> None:
    a, b = new_customer("甲"), new_customer("乙")
    male = tags.find_or_create("性别", "男")
    tags.find_or_create("性别", "女")
    tags.add_tags([a, b], [male])
    assert [(c.tag.tag_name, c.customers) for c in tags.tag_counts()] == [("女", 0), ("男", 2)]


def test_undo_in_reverse_order_across_seconds(db: object, new_customer: Callable[..., int]) -> None:
    """Timestamps hold whole seconds: an undone later change must not block the earlier undo."""
    import time

    a, b = new_customer("甲"), new_customer("乙")
    vip = tags.find_or_create("价值", "重点")
    added = tags.add_tags([a, b], [vip])
    time.sleep(1.05)
    removed = tags.remove_tags([a], [vip])
    time.sleep(1.05)
    assert removed.operation_id is not None and added.operation_id is not None
    customers.undo_operation(removed.operation_id)
    customers.undo_operation(added.operation_id)
    assert links() == set()
