"""Sales opportunities (销售机会) and the sales funnel.

Stages come from settings.deal_stages (by default 潜在客户 10%, 意向客户 30%, 方案报价 60%,
谈判 80%, 成交 won 100%, 流失 lost). Every change of a deal's stage, its creation included
(from_stage None), is kept as a DealStageChange: the funnel's "reached" counts and the
customer timeline read them. Entering a stage sets the deal's probability from the stage
unless one is given, and `closed_at` when the stage is won or lost (cleared when reopened).
A deal's owner defaults to the customer's owner.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from crm_desktop.domain import rules
from crm_desktop.domain.settings import BusinessSettings, DealStageSpec
from crm_desktop.services import records
from crm_desktop.services import settings as settings_service
from crm_desktop.services.changes import Changes
from crm_desktop.services.records import Field
from crm_desktop.storage.database import bound_database
from crm_desktop.storage.models import Customer, Deal, DealStageChange, Staff, now

SPEC = records.ChildSpec(Deal, "deal", flags=("deals",), order_by=(Deal.created_at.desc(),))


def _fields(settings: BusinessSettings) -> tuple[Field, ...]:
    keys = [s.key for s in settings.deal_stages]
    first = keys[0] if keys else "potential"
    return (
        Field("title", records.text, required=True),
        Field("amount", records.cents_or_zero, column="amount_cents", default=0),
        Field("stage", records.one_of(keys, first), default=first),
        Field("probability", records.whole(0, 100)),
        Field("expected_close", records.date),
        Field("lost_reason", records.multiline),
        Field("owner_id", records.ref(Staff)),
    )


def _enter_stage(values: dict[str, Any], old_stage: str | None,
                 settings: BusinessSettings, stamp: dt.datetime) -> bool:
    """Set probability and closed_at for a change of stage; True when the stage changes."""
    stage = values.get("stage", old_stage)
    if stage == old_stage:
        return False
    spec = settings.stage(stage) if stage else None
    if values.get("probability") is None:
        values["probability"] = spec.probability if spec else 0
    closed = spec is not None and (spec.is_won or spec.is_lost)
    values["closed_at"] = stamp if closed else None
    return True


def _record_stage(deal_id: int, customer_id: int, old: str | None, new: str,
                  stamp: dt.datetime) -> None:
    DealStageChange.insert(deal=deal_id, customer=customer_id, from_stage=old, to_stage=new,
                           changed_at=stamp).execute()


def add_deal(customer_id: int, data: Mapping[str, Any]) -> tuple[int, Changes]:
    """Add a deal. Fields: title (required), amount, stage (default the first stage),
    probability (default the stage's), expected_close, lost_reason, owner_id."""
    settings = settings_service.business_settings()
    values = records.prepare(_fields(settings), data, creating=True)
    stamp = now()
    with records.writing(SPEC, customer_id=customer_id) as write:
        if "owner_id" not in values:
            values["owner_id"] = (
                Customer.select(Customer.owner).where(Customer.id == customer_id).scalar()
            )
        _enter_stage(values, None, settings, stamp)
        values.update(created_at=stamp, updated_at=stamp)
        deal_id = write.save(values)
        _record_stage(deal_id, customer_id, None, values["stage"], stamp)
    return deal_id, write.changes


def update_deal(deal_id: int, data: Mapping[str, Any]) -> Changes:
    """Change the fields in `data`; a new stage is recorded in the deal's stage history."""
    settings = settings_service.business_settings()
    values = records.prepare(_fields(settings), data, creating=False)
    stamp = now()
    with records.writing(SPEC, record_id=deal_id) as write:
        assert write.old is not None
        old_stage = write.old["stage"]
        if _enter_stage(values, old_stage, settings, stamp):
            _record_stage(deal_id, write.customer_id, old_stage, values["stage"], stamp)
        write.save(values)
    return write.changes


def move_deal(deal_id: int, stage: str) -> Changes:
    """Move a deal to another stage (the funnel board's drag and drop)."""
    return update_deal(deal_id, {"stage": stage})


def delete_deal(deal_id: int) -> Changes:
    """Delete a deal and its stage history as an undoable operation; orders that pointed
    at it keep existing without the link (restored by undo)."""
    return records.delete(SPEC, deal_id)


def deals_of(customer_id: int) -> list[dict[str, Any]]:
    """The customer's deals, newest first, with `owner_name` and `stage_name`."""
    settings = settings_service.business_settings()
    rows = records.rows(SPEC, customer_id)
    for row in rows:
        spec = settings.stage(row["stage"])
        row["stage_name"] = spec.name if spec else row["stage"]
    return rows


def stage_history(deal_id: int) -> list[dict[str, Any]]:
    """The deal's stage changes, oldest first: id, from_stage, to_stage, changed_at."""
    query = (
        DealStageChange.select(
            DealStageChange.id, DealStageChange.from_stage, DealStageChange.to_stage,
            DealStageChange.changed_at,
        )
        .where(DealStageChange.deal == deal_id)
        .order_by(DealStageChange.changed_at, DealStageChange.id)
    )
    return records.dicts(query)


# ---------------------------------------------------------------------------------------
# Funnel
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FunnelStage:
    """One stage of the funnel.

    `count` and `amount_cents` are the deals currently at the stage. `reached` is the number
    of deals that ever entered this stage or a later one (open or won) by their stage
    history, so a deal lost at negotiation counts as having reached negotiation.
    `conversion` is reached here / reached at the previous stage (None for the first stage,
    for lost stages, and where the previous stage was reached by none). Lost stages come
    last with `reached` equal to their count.
    """

    key: str
    name: str
    count: int
    amount_cents: int
    reached: int
    conversion: float | None
    is_won: bool = False
    is_lost: bool = False


def _stage_index_sql(column: str, path: list[DealStageSpec]) -> tuple[str, list[Any]]:
    """SQL giving a stage key's position on the funnel path (NULL when not on it)."""
    if not path:
        return "NULL", []
    cases = " ".join("WHEN ? THEN ?" for _ in path)
    params: list[Any] = [v for i, s in enumerate(path) for v in (s.key, i)]
    return f"(CASE {column} {cases} END)", params


def funnel(owner_id: int | None = None,
           period: tuple[dt.date, dt.date] | None = None, *,
           settings: BusinessSettings | None = None) -> list[FunnelStage]:
    """The sales funnel over the deals of one owner (or all) created in `period` (inclusive).

    Stages are in funnel order: the open stages as listed in the settings, then the won
    stage(s), then the lost stage(s).
    """
    settings = settings or settings_service.business_settings()
    where = ["1 = 1"]
    params: list[Any] = []
    if owner_id is not None:
        where.append("d.owner_id = ?")
        params.append(owner_id)
    if period is not None:
        start, end = period
        where.append("d.created_at >= ? AND d.created_at < ?")
        params += [start.isoformat(), (end + dt.timedelta(days=1)).isoformat()]
    condition = " AND ".join(where)
    db = bound_database()
    current = {
        stage: (int(count), int(amount))
        for stage, count, amount in db.execute_sql(
            f"SELECT d.stage, count(*), coalesce(sum(d.amount_cents), 0) FROM deal d "
            f"WHERE {condition} GROUP BY d.stage",
            params,
        )
    }
    open_stages = [s for s in settings.deal_stages if not (s.is_won or s.is_lost)]
    path = open_stages + [s for s in settings.deal_stages if s.is_won]
    lost = [s for s in settings.deal_stages if s.is_lost]
    now_index, now_params = _stage_index_sql("d.stage", path)
    ever_index, ever_params = _stage_index_sql("sc.to_stage", path)
    # Each deal's furthest stage on the path, by its current stage and its whole history.
    furthest = dict(
        db.execute_sql(
            f"SELECT furthest, count(*) FROM ("
            f" SELECT max(coalesce({now_index}, -1), coalesce(max({ever_index}), -1))"
            f"  AS furthest"
            f" FROM deal d LEFT JOIN deal_stage_change sc ON sc.deal_id = d.id"
            f" WHERE {condition} GROUP BY d.id"
            f") GROUP BY furthest",
            [*now_params, *ever_params, *params],
        ).fetchall()
    )
    reached = rules.funnel_reached([int(furthest.get(i, 0)) for i in range(len(path))])
    conversion: list[float | None] = [None, *rules.funnel_conversion(reached)]
    result = [
        FunnelStage(s.key, s.name, *current.get(s.key, (0, 0)), reached[i], conversion[i],
                    is_won=s.is_won)
        for i, s in enumerate(path)
    ]
    for s in lost:
        count, amount = current.get(s.key, (0, 0))
        result.append(FunnelStage(s.key, s.name, count, amount, count, None, is_lost=True))
    return result
