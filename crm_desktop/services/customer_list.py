"""The customer list: filter, search and sort in SQL, ids of the whole result, rows by page.

The list window holds only the ids of the current query (an `array('q')`, 8 bytes a
customer) and asks for the rows of the page that scrolls into view. Sorting uses indexed
columns with the id as a tie-breaker in the same direction, so SQLite walks an index rather
than sorting a million rows.
"""

from __future__ import annotations

import datetime as dt
import json
from array import array
from collections.abc import Callable, Sequence
from contextlib import nullcontext
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from crm_desktop.domain import rules
from crm_desktop.domain.settings import (
    CONTACT_STATUS_AMBER,
    CONTACT_STATUS_GREEN,
    CONTACT_STATUS_RED,
    LIFECYCLE_PROSPECT,
    TIER_ORDINARY,
    BusinessSettings,
)
from crm_desktop.services import settings as settings_service
from crm_desktop.storage import search
from crm_desktop.storage.database import bound_database
from crm_desktop.storage.models import SavedFilter
from crm_desktop.storage.search import QueryStopped

FOLLOW_UP_OVERDUE = "overdue"
FOLLOW_UP_DUE_TODAY = "due_today"
FOLLOW_UP_UPCOMING = "upcoming"
FOLLOW_UP_NEVER = "never"
FOLLOW_UP_STATUSES = (FOLLOW_UP_OVERDUE, FOLLOW_UP_DUE_TODAY, FOLLOW_UP_UPCOMING, FOLLOW_UP_NEVER)
UPCOMING_DAYS = 7


@dataclass
class CustomerFilter:
    """Everything the list can be narrowed by. Empty lists mean "any"."""

    text: str = ""
    tiers: list[str] = field(default_factory=list)
    stages: list[str] = field(default_factory=list)
    lifecycles: list[str] = field(default_factory=list)
    value_classes: list[str] = field(default_factory=list)
    rfm_segments: list[str] = field(default_factory=list)
    owner_ids: list[int] = field(default_factory=list)
    unowned: bool = False
    tag_ids: list[int] = field(default_factory=list)
    tags_match_all: bool = False
    provinces: list[str] = field(default_factory=list)
    cities: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    industries: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    follow_up: list[str] = field(default_factory=list)  # FOLLOW_UP_* codes
    contact_status: list[str] = field(default_factory=list)  # green / amber / red
    valid: bool | None = None
    created_from: dt.date | None = None
    created_to: dt.date | None = None
    archived: bool = False
    customer_ids: list[int] | None = None  # a fixed set, e.g. "the customers of this chart bar"

    def to_json(self) -> str:
        data = asdict(self)
        for key in ("created_from", "created_to"):
            if data[key] is not None:
                data[key] = data[key].isoformat()
        return json.dumps(data, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> CustomerFilter:
        data = json.loads(text)
        known = {f for f in cls.__dataclass_fields__}
        values = {k: v for k, v in data.items() if k in known}
        for key in ("created_from", "created_to"):
            if values.get(key):
                values[key] = dt.date.fromisoformat(values[key])
        return cls(**values)

    def is_empty(self) -> bool:
        return self == CustomerFilter(archived=self.archived)


# Sort keys the list offers, each an indexed column (or the name's pinyin key).
SORT_COLUMNS = {
    "name": "c.sort_name",
    "code": "c.code",
    "tier": "c.tier",
    "stage": "c.stage",
    "value_class": "c.value_class",
    "rfm_segment": "c.rfm_segment",
    "owner": "c.owner_id",
    "source": "c.source",
    "region": "c.province",
    "last_contact": "c.last_contact_at",
    "next_follow_up": "c.next_follow_up",
    "last_purchase": "c.last_purchase",
    "lifecycle": "c.last_purchase",
    "created": "c.created_at",
    "purchase_total": "c.purchase_total_cents",
    "profit": "c.profit_cents",
    "activity": "c.activity_score",
}


def _in(column: str, values: Sequence[Any], where: list[str], params: list[Any]) -> None:
    where.append(f"{column} IN ({','.join('?' * len(values))})")
    params.extend(values)


def _lifecycle_condition(
    stage: str, today: dt.date, settings: BusinessSettings, params: list[Any]
) -> str:
    if stage == LIFECYCLE_PROSPECT:
        return "c.last_purchase IS NULL"
    start, end = rules.lifecycle_purchase_range(stage, today, settings)
    parts = []
    if start is not None:
        parts.append("c.last_purchase >= ?")
        params.append(start.isoformat())
    if end is not None:
        parts.append("c.last_purchase < ?")
        params.append(end.isoformat())
    return "(" + " AND ".join(parts) + ")"


def _frequency_sql(settings: BusinessSettings) -> str:
    """A SQL CASE giving each customer's contact frequency in days from its tier."""
    cases = " ".join(
        f"WHEN '{tier}' THEN {int(days)}"
        for tier, days in settings.contact_frequency_days.items()
        if tier.isalnum()
    )
    return f"(CASE c.tier {cases} ELSE {settings.frequency_for(TIER_ORDINARY)} END)"


def _contact_status_condition(status: str, today: dt.date, settings: BusinessSettings) -> str:
    """SQL for one contact status; mirrors rules.contact_status (tested against it)."""
    days = f"(julianday('{today.isoformat()}') - julianday(date(c.last_contact_at)))"
    freq = _frequency_sql(settings)
    amber = f"max(1, ({freq} * 2 + 5) / 10)"
    if status == CONTACT_STATUS_RED:
        return f"(c.last_contact_at IS NULL OR {days} > {freq})"
    if status == CONTACT_STATUS_AMBER:
        return f"(c.last_contact_at IS NOT NULL AND {days} <= {freq} AND {days} > {freq} - {amber})"
    if status == CONTACT_STATUS_GREEN:
        return f"(c.last_contact_at IS NOT NULL AND {days} <= {freq} - {amber})"
    raise ValueError(f"unknown contact status {status!r}")


def build_where(
    flt: CustomerFilter, today: dt.date, settings: BusinessSettings
) -> tuple[str, list[Any]]:
    """The WHERE clause (over `customer c`) and parameters for a filter."""
    # Almost every customer is unarchived, so the archived_at index is useless for IS NULL:
    # the unary plus keeps SQLite from choosing it (and walking the whole table through it)
    # when it has no statistics, leaving it free to use the sort column's index.
    where: list[str] = ["c.archived_at IS NOT NULL" if flt.archived else "+c.archived_at IS NULL"]
    params: list[Any] = []
    if flt.text.strip():
        match = search.match_clause(flt.text)
        if match is not None:
            sql, match_params = match
            where.append(f"c.id IN ({sql})")
            params.extend(match_params)
    for column, values in (
        ("c.tier", flt.tiers),
        ("c.stage", flt.stages),
        ("c.value_class", flt.value_classes),
        ("c.rfm_segment", flt.rfm_segments),
        ("c.province", flt.provinces),
        ("c.city", flt.cities),
        ("c.source", flt.sources),
        ("c.industry", flt.industries),
        ("c.kind", flt.kinds),
    ):
        if values:
            _in(column, values, where, params)
    if flt.owner_ids or flt.unowned:
        parts = []
        if flt.owner_ids:
            parts.append(f"c.owner_id IN ({','.join('?' * len(flt.owner_ids))})")
            params.extend(flt.owner_ids)
        if flt.unowned:
            parts.append("c.owner_id IS NULL")
        where.append("(" + " OR ".join(parts) + ")")
    if flt.lifecycles:
        parts = [_lifecycle_condition(s, today, settings, params) for s in flt.lifecycles]
        where.append("(" + " OR ".join(parts) + ")")
    if flt.tag_ids:
        marks = ",".join("?" * len(flt.tag_ids))
        if flt.tags_match_all:
            where.append(
                f"c.id IN (SELECT customer_id FROM customer_tag WHERE tag_id IN ({marks}) "
                f"GROUP BY customer_id HAVING count(*) = {len(set(flt.tag_ids))})"
            )
        else:
            where.append(
                f"c.id IN (SELECT customer_id FROM customer_tag WHERE tag_id IN ({marks}))"
            )
        params.extend(flt.tag_ids)
    if flt.follow_up:
        today_iso = today.isoformat()
        upcoming_end = (today + dt.timedelta(days=UPCOMING_DAYS)).isoformat()
        conditions = {
            FOLLOW_UP_OVERDUE: ("c.next_follow_up < ?", [today_iso]),
            FOLLOW_UP_DUE_TODAY: ("c.next_follow_up = ?", [today_iso]),
            FOLLOW_UP_UPCOMING: (
                "(c.next_follow_up > ? AND c.next_follow_up <= ?)",
                [today_iso, upcoming_end],
            ),
            FOLLOW_UP_NEVER: ("c.last_contact_at IS NULL", []),
        }
        parts = []
        for status in flt.follow_up:
            sql, values = conditions[status]
            parts.append(sql)
            params.extend(values)
        where.append("(" + " OR ".join(parts) + ")")
    if flt.contact_status:
        where.append(
            "("
            + " OR ".join(_contact_status_condition(s, today, settings) for s in flt.contact_status)
            + ")"
        )
    if flt.valid is not None:
        where.append("c.is_valid = ?")
        params.append(1 if flt.valid else 0)
    if flt.created_from is not None:
        where.append("c.created_at >= ?")
        params.append(flt.created_from.isoformat())
    if flt.created_to is not None:
        where.append("c.created_at < ?")
        params.append((flt.created_to + dt.timedelta(days=1)).isoformat())
    if flt.customer_ids is not None:
        ids = [int(i) for i in flt.customer_ids]
        where.append(f"c.id IN ({','.join(map(str, ids)) or 'NULL'})")
    return " AND ".join(where), params


def _order_by(sort: str, descending: bool) -> str:
    column = SORT_COLUMNS.get(sort, SORT_COLUMNS["name"])
    # No id tie-break: the sort column's index (column, archived_at) already yields equal
    # values in id order, and a tie-break would make SQLite sort each run of equal values.
    return f"{column} {'DESC' if descending else 'ASC'}"


def query_ids(
    flt: CustomerFilter,
    sort: str = "name",
    descending: bool = False,
    *,
    today: dt.date | None = None,
    settings: BusinessSettings | None = None,
    limit: int | None = None,
    stop: Callable[[], bool] | None = None,
) -> array[int]:
    """The ids of the customers matching `flt`, in list order: all, or the first `limit`.

    With `stop`, the query ends with QueryStopped soon after `stop()` turns true (the
    list asks it whether a newer search has replaced this one).
    """
    today = today or dt.date.today()
    settings = settings or settings_service.business_settings()
    where, params = build_where(flt, today, settings)
    sql = f"SELECT c.id FROM customer c WHERE {where} ORDER BY {_order_by(sort, descending)}"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    db = bound_database()
    ids: array[int] = array("q")
    with search.stoppable(db, stop=lambda _steps: stop()) if stop is not None else nullcontext():
        cursor = db.execute_sql(sql, params)
        while True:
            batch = cursor.fetchmany(50_000)
            if not batch:
                break
            ids.extend(row[0] for row in batch)
    return ids


# At most about 100 ms of SQLite work on an office PC (measured on a million customers): a
# walk of a few thousand rows of a sort index, each tested against the search text, enough
# to find a hundred matches of a search that matches one customer in twenty-two. A
# narrower search shows its pace after a quarter of that and gives up (about 25 ms),
# leaving the answer to its full query, which is quick when the matches are few.
PREVIEW_STEPS = 400_000


def first_matches(
    flt: CustomerFilter,
    sort: str = "name",
    descending: bool = False,
    *,
    limit: int,
    steps: int | None = None,
    stop: Callable[[], bool] | None = None,
    today: dt.date | None = None,
    settings: BusinessSettings | None = None,
) -> array[int] | None:
    """The first `limit` ids `query_ids` gives for a text search, found without the rest.

    `query_ids` must find every match and then order them, which takes seconds when a
    search matches most of a big base. This walks the sort column's index in list order
    and tests each row against the search text on its own, so a broad search has its
    first page after a few hundred rows. A narrow one would walk the whole table: after
    about `steps` SQLite steps (PREVIEW_STEPS by default), or once `stop()` is true, this
    gives up and returns None, and the full query is the answer. Fewer than `limit` ids
    means there are no more. None too when the filter has no search text.
    """
    test = search.row_test_clause(flt.text)
    if test is None:
        return None
    today = today or dt.date.today()
    settings = settings or settings_service.business_settings()
    test_sql, test_params = test
    where, params = build_where(replace(flt, text=""), today, settings)
    # The full query collects a search's matches in id order and then sorts them, so equal
    # values stay in id order. Walking the sort index ascending over unarchived customers
    # yields them so already; walking it descending (or over the archived, whose index
    # entries are ordered by archive date within a value) needs the id to say so.
    tie_break = ", c.id" if descending or flt.archived else ""
    sql = (
        f"SELECT c.id FROM customer c WHERE {where} AND {test_sql} "
        f"ORDER BY {_order_by(sort, descending)}{tie_break} LIMIT {int(limit)}"
    )
    budget = PREVIEW_STEPS if steps is None else steps
    found: array[int] = array("q")

    def hopeless(used: int) -> bool:
        # Past a quarter of the budget, a pace that will not reach `limit` by its end means
        # a narrow search: give up now rather than spend the rest beside the full query.
        return used * 4 >= budget and len(found) * budget < limit * used

    db = bound_database()
    try:
        with search.stoppable(
            db, steps=budget, stop=lambda used: (stop is not None and stop()) or hopeless(used)
        ):
            cursor = db.execute_sql(sql, [*params, *test_params])
            # Row by row, so the pace check sees the matches found so far.
            while (row := cursor.fetchone()) is not None:
                found.append(row[0])
    except QueryStopped:
        return None
    return found


def count(
    flt: CustomerFilter, *, today: dt.date | None = None, settings: BusinessSettings | None = None
) -> int:
    today = today or dt.date.today()
    settings = settings or settings_service.business_settings()
    where, params = build_where(flt, today, settings)
    row = (
        bound_database()
        .execute_sql(f"SELECT count(*) FROM customer c WHERE {where}", params)
        .fetchone()
    )
    return int(row[0])


LIST_COLUMNS = (
    "id",
    "code",
    "name",
    "short_name",
    "kind",
    "tier",
    "tier_manual",
    "stage",
    "value_class",
    "rfm_segment",
    "owner_name",
    "province",
    "city",
    "district",
    "mobiles",
    "phones",
    "email",
    "wechat",
    "source",
    "industry",
    "last_contact_at",
    "next_follow_up",
    "last_purchase",
    "purchase_count",
    "purchase_total_cents",
    "profit_cents",
    "activity_score",
    "is_valid",
    "created_at",
    "archived_at",
)


def fetch_rows(
    ids: Sequence[int],
    *,
    today: dt.date | None = None,
    settings: BusinessSettings | None = None,
    extra: Sequence[str] = (),
) -> list[dict[str, Any]]:
    """The list rows of these customers, in the order of `ids`, with computed columns.

    Adds `lifecycle` and `contact_status` (computed from dates, never stored) and
    `tags` (the tag names, comma separated). `extra` names more customer columns to read.
    """
    if not ids:
        return []
    if not all(c.isidentifier() for c in extra):
        raise ValueError(f"not column names: {extra!r}")
    today = today or dt.date.today()
    settings = settings or settings_service.business_settings()
    db = bound_database()
    rows: dict[int, dict[str, Any]] = {}
    for start in range(0, len(ids), 500):
        chunk = [int(i) for i in ids[start : start + 500]]
        marks = ",".join("?" * len(chunk))
        names = (*LIST_COLUMNS, *extra)
        columns = ", ".join(
            "s.name AS owner_name" if c == "owner_name" else f"c.{c}" for c in names
        )
        cursor = db.execute_sql(
            f"SELECT {columns} FROM customer c LEFT JOIN staff s ON s.id = c.owner_id "
            f"WHERE c.id IN ({marks})",
            chunk,
        )
        for values in cursor.fetchall():
            row = dict(zip(names, values, strict=True))
            rows[row["id"]] = row
        for cid, tag_names in db.execute_sql(
            f"SELECT ct.customer_id, group_concat(t.name, ', ') FROM customer_tag ct "
            f"JOIN tag t ON t.id = ct.tag_id WHERE ct.customer_id IN ({marks}) "
            f"GROUP BY ct.customer_id",
            chunk,
        ):
            if cid in rows:
                rows[cid]["tags"] = tag_names
    result = []
    for cid in ids:
        found = rows.get(int(cid))
        if found is None:
            continue  # deleted since the ids were read: the caller refreshes
        row = found
        last_purchase = (
            dt.date.fromisoformat(row["last_purchase"]) if row["last_purchase"] else None
        )
        last_contact = (
            dt.date.fromisoformat(row["last_contact_at"][:10]) if row["last_contact_at"] else None
        )
        row.setdefault("tags", "")
        row["lifecycle"] = rules.lifecycle_stage(last_purchase, today, settings)
        row["contact_status"] = rules.contact_status(
            last_contact, today, settings.frequency_for(row["tier"])
        )
        result.append(row)
    return result


def save_filter(name: str, flt: CustomerFilter) -> None:
    SavedFilter.insert(name=name, definition=flt.to_json()).on_conflict(
        conflict_target=[SavedFilter.name], update={SavedFilter.definition: flt.to_json()}
    ).execute()


def saved_filters() -> dict[str, CustomerFilter]:
    return {
        f.name: CustomerFilter.from_json(f.definition)
        for f in SavedFilter.select().order_by(SavedFilter.name)
    }


def delete_saved_filter(name: str) -> None:
    SavedFilter.delete().where(SavedFilter.name == name).execute()


def distinct_values(column: str) -> list[str]:
    """The values in use for a text column the filter panel offers (region, source...)."""
    if column not in {"province", "city", "source", "industry"}:
        raise ValueError(f"not a filterable text column: {column}")
    # A skip scan: each step seeks the next larger value in the column's index, so a
    # million customers with forty cities cost forty index seeks, not a million-row scan.
    rows = bound_database().execute_sql(
        f"WITH RECURSIVE found(value) AS ("
        f" SELECT min({column}) FROM customer WHERE {column} > ''"
        f" UNION ALL SELECT (SELECT min({column}) FROM customer WHERE {column} > found.value)"
        f" FROM found WHERE found.value IS NOT NULL)"
        f" SELECT value FROM found WHERE value IS NOT NULL"
    )
    return [r[0] for r in rows]
