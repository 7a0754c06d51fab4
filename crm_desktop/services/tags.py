"""Portrait tags (客户标签画像): tag groups, tags, and which customers carry them.

A tag belongs to one group (性别, 年龄段, 消费偏好, ...); names are unique within their
group, group names are unique. Bulk adding and removing tags over many customers, and
deleting a tag or a group (which removes it from every customer), are undoable operations
(`customers.undo_operation(changes.operation_id)`). Tags are not part of the stored facts or
the search text, so tag writes stamp the customers' `updated_at` but refresh nothing else.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from peewee import JOIN, fn

from crm_desktop.domain.normalize import clean_text
from crm_desktop.domain.search_text import pinyin_spellings
from crm_desktop.services import records, validation
from crm_desktop.services import settings as settings_service
from crm_desktop.services.changes import Changes
from crm_desktop.services.validation import Problem, ValidationError
from crm_desktop.storage.database import bound_database
from crm_desktop.storage.models import Customer, CustomerTag, Tag, TagGroup


@dataclass(frozen=True)
class TagGroupRow:
    id: int
    name: str
    sort_order: int
    tag_count: int


@dataclass(frozen=True)
class TagRef:
    """A tag with its group, as lists, editors and completions show it."""

    tag_id: int
    group_id: int
    group_name: str
    tag_name: str

    @property
    def label(self) -> str:
        return f"{self.group_name}: {self.tag_name}"


@dataclass(frozen=True)
class TagCount:
    tag: TagRef
    customers: int


def _changes(ids: Iterable[int] = (), *, in_list: bool = True,
             operation_id: int | None = None) -> Changes:
    return Changes(customer_ids=frozenset(ids), all_customers=in_list, tags=True,
                   operation_id=operation_id)


def _name(value: object, field: str = "name") -> str:
    problems: list[Problem] = []
    name = validation.text(value, field, problems, required=True)
    if problems:
        raise ValidationError(problems)
    return name


def _duplicate(field: str, name: str) -> ValidationError:
    return ValidationError([Problem(field, validation.DUPLICATE_NAME, name)])


def _get(model: type[TagGroup] | type[Tag], row_id: int) -> Any:
    row = model.get_or_none(model.id == row_id)
    if row is None:
        raise records.RecordNotFound(f"There is no {model._meta.table_name} {row_id}.")
    return row


# ---------------------------------------------------------------------------------------
# Groups and tags
# ---------------------------------------------------------------------------------------


def _tag_refs(query: Any) -> list[TagRef]:
    return [TagRef(*row) for row in records.tuples(query)]


def _ref_query() -> Any:
    return (
        Tag.select(Tag.id, TagGroup.id, TagGroup.name, Tag.name)
        .join(TagGroup)
        .order_by(TagGroup.sort_order, TagGroup.name, Tag.name)
    )


def list_groups() -> list[TagGroupRow]:
    """Every tag group in display order, with how many tags it holds."""
    query = (
        TagGroup.select(TagGroup.id, TagGroup.name, TagGroup.sort_order, fn.count(Tag.id))
        .join(Tag, join_type=JOIN.LEFT_OUTER)
        .group_by(TagGroup.id)
        .order_by(TagGroup.sort_order, TagGroup.name)
    )
    return [TagGroupRow(*row) for row in records.tuples(query)]


def list_tags(group_id: int | None = None) -> list[TagRef]:
    """Every tag (of one group, if given) in display order."""
    query = _ref_query()
    if group_id is not None:
        query = query.where(Tag.group == group_id)
    return _tag_refs(query)


def create_group(name: str) -> tuple[int, Changes]:
    """A new group, placed after the others."""
    clean = _name(name)
    with bound_database().atomic():
        if TagGroup.select().where(TagGroup.name == clean).exists():
            raise _duplicate("name", clean)
        order = (TagGroup.select(fn.max(TagGroup.sort_order)).scalar() or 0) + 1
        group_id = int(TagGroup.insert(name=clean, sort_order=order).execute())
    return group_id, _changes(in_list=False)


def rename_group(group_id: int, name: str) -> Changes:
    clean = _name(name)
    with bound_database().atomic():
        _get(TagGroup, group_id)
        taken = TagGroup.select().where(TagGroup.name == clean, TagGroup.id != group_id)
        if taken.exists():
            raise _duplicate("name", clean)
        TagGroup.update(name=clean).where(TagGroup.id == group_id).execute()
    return _changes()


def ensure_default_groups() -> Changes:
    """Create the groups named in the business settings that do not exist yet."""
    created = False
    with bound_database().atomic():
        for name in settings_service.business_settings().tag_groups:
            if not TagGroup.select().where(TagGroup.name == name).exists():
                create_group(name)
                created = True
    return _changes(in_list=False) if created else Changes()


def create_tag(group_id: int, name: str) -> tuple[int, Changes]:
    clean = _name(name)
    with bound_database().atomic():
        _get(TagGroup, group_id)
        if Tag.select().where(Tag.group == group_id, Tag.name == clean).exists():
            raise _duplicate("name", clean)
        tag_id = int(Tag.insert(group=group_id, name=clean).execute())
    return tag_id, _changes(in_list=False)


def rename_tag(tag_id: int, name: str) -> Changes:
    clean = _name(name)
    with bound_database().atomic():
        tag = _get(Tag, tag_id)
        taken = Tag.select().where(
            Tag.group == tag.group_id, Tag.name == clean, Tag.id != tag_id
        )
        if taken.exists():
            raise _duplicate("name", clean)
        Tag.update(name=clean).where(Tag.id == tag_id).execute()
    return _changes()


def _delete(model: type[TagGroup] | type[Tag], row_id: int, what: str) -> Changes:
    with bound_database().atomic():
        row = _get(model, row_id)
        with records.undoable("delete", f"Delete {what} {row.name}") as log:
            records.journal_delete(log, model, [row_id])
    return _changes(operation_id=log.operation_id)


def delete_group(group_id: int) -> Changes:
    """Delete a group, its tags and their links to customers, as one undoable operation."""
    return _delete(TagGroup, group_id, "tag group")


def delete_tag(tag_id: int) -> Changes:
    """Delete a tag and its links to customers, as one undoable operation."""
    return _delete(Tag, tag_id, "tag")


def find_or_create(group_name: str, tag_name: str) -> int:
    """The id of the tag `tag_name` in group `group_name`, creating either as needed (imports)."""
    group = _name(group_name, "group")
    name = _name(tag_name, "tag")
    with bound_database().atomic():
        group_id = TagGroup.select(TagGroup.id).where(TagGroup.name == group).scalar()
        if group_id is None:
            group_id, _ = create_group(group)
        tag_id = Tag.select(Tag.id).where(Tag.group == group_id, Tag.name == name).scalar()
        if tag_id is None:
            tag_id, _ = create_tag(group_id, name)
    return int(tag_id)


# ---------------------------------------------------------------------------------------
# Tags of customers
# ---------------------------------------------------------------------------------------


def customer_tags(customer_id: int) -> list[TagRef]:
    """The customer's tags in display order (group order, then names)."""
    query = _ref_query().join_from(Tag, CustomerTag).where(CustomerTag.customer == customer_id)
    return _tag_refs(query)


def _existing_tags(tag_ids: Iterable[int]) -> list[int]:
    wanted = sorted(set(tag_ids))
    if not wanted:
        return []
    return [i for (i,) in records.tuples(Tag.select(Tag.id).where(Tag.id.in_(wanted)))]


def set_customer_tags(customer_id: int, tag_ids: Iterable[int]) -> Changes:
    """Make the customer's tags exactly `tag_ids` (unknown ids are ignored)."""
    wanted = set(_existing_tags(tag_ids))
    with bound_database().atomic():
        if not Customer.select().where(Customer.id == customer_id).exists():
            raise ValidationError(
                [Problem("customer", validation.UNKNOWN_CUSTOMER, str(customer_id))]
            )
        current = {
            t for (t,) in records.tuples(
                CustomerTag.select(CustomerTag.tag).where(CustomerTag.customer == customer_id)
            )
        }
        if wanted == current:
            return Changes()
        removed = sorted(current - wanted)
        if removed:
            CustomerTag.delete().where(
                CustomerTag.customer == customer_id, CustomerTag.tag.in_(removed)
            ).execute()
        added = sorted(wanted - current)
        if added:
            CustomerTag.insert_many(
                [{"customer": customer_id, "tag": t} for t in added]
            ).execute()
        records.touch([customer_id], refresh=False)
    return _changes([customer_id])


def _bulk(customer_ids: Sequence[int], tag_ids: Iterable[int], *, adding: bool) -> Changes:
    tags = _existing_tags(tag_ids)
    ids = sorted(set(customer_ids))
    if not tags or not ids:
        return Changes()
    db = bound_database()
    verb = "Add" if adding else "Remove"
    description = f"{verb} {len(tags)} tags {'to' if adding else 'from'} {len(ids)} customers"
    tag_marks = ",".join("?" * len(tags))
    changed: set[int] = set()
    with db.atomic():
        with records.undoable("bulk_edit", description) as log:
            for chunk in records.chunks(ids):
                marks = ",".join("?" * len(chunk))
                present = set(
                    db.execute_sql(
                        f"SELECT customer_id, tag_id FROM customer_tag WHERE customer_id IN "
                        f"({marks}) AND tag_id IN ({tag_marks})",
                        [*chunk, *tags],
                    ).fetchall()
                )
                if adding:
                    alive = [
                        cid for (cid,) in db.execute_sql(
                            f"SELECT id FROM customer WHERE id IN ({marks})", chunk)
                    ]
                    pairs = [(c, t) for c in alive for t in tags if (c, t) not in present]
                    db.cursor().executemany(
                        "INSERT INTO customer_tag (customer_id, tag_id) VALUES (?, ?)", pairs
                    )
                    for c, t in pairs:
                        log.inserted("customer_tag", {"customer_id": c, "tag_id": t})
                else:
                    pairs = sorted(present)
                    for c, t in pairs:
                        log.deleted("customer_tag", {"customer_id": c, "tag_id": t})
                    db.cursor().executemany(
                        "DELETE FROM customer_tag WHERE customer_id = ? AND tag_id = ?", pairs
                    )
                changed.update(c for c, _ in pairs)
            records.touch(changed, refresh=False)
        if not changed:
            # Nothing to undo: keep the operation list free of empty entries.
            db.execute_sql("DELETE FROM operation WHERE id = ?", [log.operation_id])
            return Changes()
    return _changes(changed, operation_id=log.operation_id)


def add_tags(customer_ids: Sequence[int], tag_ids: Iterable[int]) -> Changes:
    """Give these tags to these customers, as one undoable operation.

    Links that already exist are left alone (undo does not remove them). Returns no
    operation id when nothing changed.
    """
    return _bulk(customer_ids, tag_ids, adding=True)


def remove_tags(customer_ids: Sequence[int], tag_ids: Iterable[int]) -> Changes:
    """Take these tags from these customers, as one undoable operation."""
    return _bulk(customer_ids, tag_ids, adding=False)


# ---------------------------------------------------------------------------------------
# Completion and counts
# ---------------------------------------------------------------------------------------

_GROUP_SEPARATOR = re.compile(r"\s*[:：/／]\s*")


def _keys(text: str) -> list[str]:
    """The text, its full pinyin spellings and initials, lower-cased."""
    full, initials = pinyin_spellings(text)
    return [text.lower(), *full, *initials]


def _rank(query: str, text: str) -> int | None:
    """0 when `text` (or its pinyin) starts with the query, 1 when it contains it."""
    if not query:
        return 0
    keys = _keys(text)
    if any(k.startswith(query) for k in keys):
        return 0
    if any(query in k for k in keys):
        return 1
    return None


def tag_completions(prefix: str, limit: int = 20) -> list[TagRef]:
    """Tags matching what the user typed, best first, for an editor with completion.

    Matches the tag name or its pinyin (高消费 by "gao", "gxf" or "消费"), or the group;
    "group: tag" (also with ：, / or ／) narrows to a group. Tags whose name starts with the
    text come before tags that contain it, then tags matched by their group only.
    """
    typed = clean_text(prefix).lower()
    parts = _GROUP_SEPARATOR.split(typed, maxsplit=1)
    group_query, tag_query = (parts[0], parts[1]) if len(parts) == 2 else (None, typed)
    ranked: list[tuple[int, int, TagRef]] = []
    for position, ref in enumerate(list_tags()):
        if group_query is not None:
            if _rank(group_query, ref.group_name) is None:
                continue
            rank = _rank(tag_query, ref.tag_name)
        else:
            rank = _rank(tag_query, ref.tag_name)
            if rank is None and _rank(tag_query, ref.group_name) is not None:
                rank = 2
        if rank is not None:
            ranked.append((rank, position, ref))
    ranked.sort(key=lambda item: (item[0], item[1]))
    return [ref for _, _, ref in ranked[:limit]]


def tag_counts() -> list[TagCount]:
    """Every tag with the number of customers carrying it (zero included), in display order."""
    counts: dict[int, int] = dict(records.tuples(
        CustomerTag.select(CustomerTag.tag, fn.count(CustomerTag.customer))
        .group_by(CustomerTag.tag)
    ))
    return [TagCount(ref, int(counts.get(ref.tag_id, 0))) for ref in list_tags()]
