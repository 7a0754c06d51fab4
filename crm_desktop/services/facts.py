"""The derived facts kept on each customer row, and the one place that writes them.

Two passes:
- `refresh_customers(ids)` after a change to some customers (a follow-up, an order, an
  edit): last contact, next follow-up, purchase totals, profit, stage, validity and tier
  (with tier history). Set-based SQL per chunk, so an import of 100,000 rows stays fast.
  The rules per customer are in `customer_facts`, which the importer also calls for new
  customers (no history yet) so they are inserted with their final facts.
- `refresh_classification(today)` over the whole base: the facts that compare a customer
  with all others (value class: top 20%; RFM: quintiles; activity score) and the tiers,
  whose 12-month window moves every day. Run daily, after imports and on demand.

Lifecycle stage and contact-frequency status are never stored: they follow from the last
purchase and last contact dates and today's date, so they cannot go stale (the list filters
them in SQL with date ranges from the rules).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from crm_desktop.domain import rules
from crm_desktop.domain.settings import BusinessSettings
from crm_desktop.services import settings as settings_service
from crm_desktop.storage.database import bound_database
from crm_desktop.storage.models import now

CHUNK = 500
ALL_CHUNK = 20_000
CLASSIFIED_ON_KEY = "classified_on"

# The columns `refresh_customers` writes, in the order of `CustomerFacts.values`.
FACT_COLUMNS = (
    "last_contact_at",
    "next_follow_up",
    "first_purchase",
    "last_purchase",
    "purchase_count",
    "purchase_total_cents",
    "profit_cents",
    "stage",
    "is_valid",
    "tier",
)


@dataclass(frozen=True)
class History:
    """The records of a customer that its facts follow from. A new customer has none
    (`NO_HISTORY`), so an import can compute its facts before inserting it."""

    # (occurred_at, next_follow_up, stage_after) of the latest follow-up
    last_follow_up: tuple[Any, Any, Any] = (None, None, None)
    # first and last order date, count, total, profit, amount and count in the tier window
    purchases: tuple[Any, ...] = (None, None, 0, 0, 0, 0, 0)
    deal_stages: Sequence[str] = ()
    referrals: int = 0  # customers this one referred


NO_HISTORY = History()


@dataclass(frozen=True)
class CustomerFacts:
    """One customer's facts: `values` in `FACT_COLUMNS` order, and the tier change (to
    record in the tier history) when the tier moves."""

    values: tuple[Any, ...]
    tier_change: rules.TierDecision | None


def customer_facts(
    *,
    tier: str,
    tier_manual: str | None,
    mobiles: str,
    phones: str,
    email: str,
    wechat: str,
    address: str,
    reachable_contact: bool,
    invalid_by_hand: bool,
    history: History,
    settings: BusinessSettings,
) -> CustomerFacts:
    """The facts of one customer from its row and its history: the rules behind every
    stored fact, shared by `refresh_customers` and the importer's new customers.

    A customer is valid when it can be reached: by its own phones, e-mail, WeChat or address,
    or through a contact with a phone, e-mail or WeChat (`reachable_contact`), unless it was
    marked invalid by hand.
    """
    occurred, next_date, stage_after = history.last_follow_up
    first, last, count, total, profit, amount_window, count_window = history.purchases
    stage = rules.customer_stage(
        history.deal_stages, stage_after, has_orders=count > 0, settings=settings
    )
    reachable = bool(mobiles or phones or email or wechat or address.strip()) or reachable_contact
    decision = rules.decide_tier(
        tier,
        tier_manual,
        rules.rule_tier(amount_window, count_window, history.referrals, settings),
    )
    return CustomerFacts(
        (
            occurred,
            next_date,
            first,
            last,
            count,
            total or 0,
            profit or 0,
            stage,
            reachable and not invalid_by_hand,
            tier if decision is None else decision.new_tier,
        ),
        decision,
    )


def tier_history_row(
    customer_id: int, stamp: dt.datetime, old_tier: str, change: rules.TierDecision, note: str
) -> tuple[Any, ...]:
    """A `tier_change` row (without its id), as `write_tier_history` takes it."""
    return (customer_id, stamp, old_tier, change.new_tier, change.reason, note)


def _chunks(ids: Sequence[int], size: int = CHUNK) -> Iterable[list[int]]:
    for start in range(0, len(ids), size):
        yield list(ids[start : start + size])


def _as_date(value: Any) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def refresh_customers(
    ids: Iterable[int],
    *,
    today: dt.date | None = None,
    settings: BusinessSettings | None = None,
    tier_note: str = "",
) -> None:
    """Recompute the per-customer facts of these customers (call inside the write's transaction)."""
    id_list = sorted(set(ids))
    if not id_list:
        return
    today = today or dt.date.today()
    settings = settings or settings_service.business_settings()
    db = bound_database()
    # SQLite holds dates as ISO text: compare with ISO strings.
    window = [d.isoformat() for d in rules.last_months_window(today, settings.tier_window_months)]
    stamp = now()
    updates: list[tuple[Any, ...]] = []
    tier_rows: list[tuple[Any, ...]] = []
    for chunk in _chunks(id_list):
        marks = ",".join("?" * len(chunk))
        last_follow: dict[int, tuple[Any, Any, Any]] = {}
        for cid, occurred, next_date, stage_after in db.execute_sql(
            f"SELECT customer_id, occurred_at, next_follow_up, stage_after FROM follow_up "
            f"WHERE customer_id IN ({marks}) ORDER BY customer_id, occurred_at, id",
            chunk,
        ):
            last_follow[cid] = (occurred, next_date, stage_after)
        purchases: dict[int, tuple[Any, ...]] = {}
        for row in db.execute_sql(
            f"SELECT customer_id, min(order_date), max(order_date), count(*), "
            f"sum(amount_cents), sum(amount_cents - cost_cents), "
            f"sum(CASE WHEN order_date BETWEEN ? AND ? THEN amount_cents ELSE 0 END), "
            f"sum(CASE WHEN order_date BETWEEN ? AND ? THEN 1 ELSE 0 END) "
            f"FROM orders WHERE customer_id IN ({marks}) GROUP BY customer_id",
            [*window, *window, *chunk],
        ):
            purchases[row[0]] = row[1:]
        deal_stages: dict[int, list[str]] = {}
        for cid, stage in db.execute_sql(
            f"SELECT customer_id, stage FROM deal WHERE customer_id IN ({marks})", chunk
        ):
            deal_stages.setdefault(cid, []).append(stage)
        referrals = dict(
            db.execute_sql(
                f"SELECT referred_by_id, count(*) FROM customer "
                f"WHERE referred_by_id IN ({marks}) GROUP BY referred_by_id",
                chunk,
            ).fetchall()
        )
        reachable_contacts = {
            row[0]
            for row in db.execute_sql(
                f"SELECT DISTINCT customer_id FROM contact WHERE customer_id IN ({marks}) "
                f"AND (mobile != '' OR phone != '' OR email != '' OR wechat != '')",
                chunk,
            )
        }
        for cid, tier, manual, mobiles, phones, email, wechat, address, by_hand in db.execute_sql(
            f"SELECT id, tier, tier_manual, mobiles, phones, email, wechat, address, "
            f"invalid_by_hand FROM customer WHERE id IN ({marks})",
            chunk,
        ):
            history = History(
                last_follow.get(cid, NO_HISTORY.last_follow_up),
                purchases.get(cid, NO_HISTORY.purchases),
                deal_stages.get(cid, ()),
                referrals.get(cid, 0),
            )
            result = customer_facts(
                tier=tier,
                tier_manual=manual,
                mobiles=mobiles,
                phones=phones,
                email=email,
                wechat=wechat,
                address=address,
                reachable_contact=cid in reachable_contacts,
                invalid_by_hand=bool(by_hand),
                history=history,
                settings=settings,
            )
            if result.tier_change is not None:
                tier_rows.append(tier_history_row(cid, stamp, tier, result.tier_change, tier_note))
            updates.append((*result.values, cid))
    assignments = ", ".join(f"{column} = ?" for column in FACT_COLUMNS)
    db.cursor().executemany(f"UPDATE customer SET {assignments} WHERE id = ?", updates)
    write_tier_history(tier_rows)


def write_tier_history(rows: Sequence[tuple[Any, ...]]) -> None:
    """Insert `tier_history_row`s."""
    if rows:
        bound_database().cursor().executemany(
            "INSERT INTO tier_change (customer_id, changed_at, old_tier, new_tier, reason, note) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            rows,
        )


def refresh_classification(
    today: dt.date | None = None, settings: BusinessSettings | None = None
) -> int:
    """Recompute tiers, value classes, RFM segments and activity scores for every customer.

    Returns the number of customers whose stored classification changed. Runs in one
    transaction: readers see the old classification until it commits.
    """
    today = today or dt.date.today()
    settings = settings or settings_service.business_settings()
    db = bound_database()
    tier_start, tier_end = rules.last_months_window(today, settings.tier_window_months)
    cur_start, cur_end = rules.last_months_window(today, 12)
    prev_start, prev_end = rules.last_months_window(today, 12, periods_back=1)
    rfm_start, rfm_end = rules.last_months_window(today, settings.rfm_window_months)
    earliest = min(tier_start, prev_start, rfm_start)
    rows = db.execute_sql(
        """
        SELECT c.id, c.tier, c.tier_manual, c.value_class, c.rfm_segment, c.rfm_score,
               c.activity_score, c.first_purchase, c.last_purchase, c.purchase_count,
               coalesce(o.amount_tier, 0), coalesce(o.count_tier, 0),
               coalesce(o.amount_cur, 0), coalesce(o.amount_prev, 0),
               coalesce(o.amount_rfm, 0), coalesce(o.count_rfm, 0),
               coalesce(f.follow_ups, 0), coalesce(r.referrals, 0)
        FROM customer c
        LEFT JOIN (
            SELECT customer_id,
                   sum(CASE WHEN order_date BETWEEN ?1 AND ?2 THEN amount_cents ELSE 0 END)
                       AS amount_tier,
                   sum(CASE WHEN order_date BETWEEN ?1 AND ?2 THEN 1 ELSE 0 END) AS count_tier,
                   sum(CASE WHEN order_date BETWEEN ?3 AND ?4 THEN amount_cents ELSE 0 END)
                       AS amount_cur,
                   sum(CASE WHEN order_date BETWEEN ?5 AND ?6 THEN amount_cents ELSE 0 END)
                       AS amount_prev,
                   sum(CASE WHEN order_date BETWEEN ?7 AND ?8 THEN amount_cents ELSE 0 END)
                       AS amount_rfm,
                   sum(CASE WHEN order_date BETWEEN ?7 AND ?8 THEN 1 ELSE 0 END) AS count_rfm
            FROM orders WHERE order_date >= ?9 GROUP BY customer_id
        ) o ON o.customer_id = c.id
        LEFT JOIN (
            SELECT customer_id, count(*) AS follow_ups FROM follow_up
            WHERE occurred_at >= ?7 GROUP BY customer_id
        ) f ON f.customer_id = c.id
        LEFT JOIN (
            SELECT referred_by_id, count(*) AS referrals FROM customer
            WHERE referred_by_id IS NOT NULL GROUP BY referred_by_id
        ) r ON r.referred_by_id = c.id
        """,
        [
            d.isoformat()
            for d in (
                tier_start,
                tier_end,
                cur_start,
                cur_end,
                prev_start,
                prev_end,
                rfm_start,
                rfm_end,
                earliest,
            )
        ],
    ).fetchall()
    top = rules.top_share_threshold([row[12] for row in rows], settings.value_top_share)
    buyers = [i for i, row in enumerate(rows) if row[8] is not None]
    window_days = (rfm_end - rfm_start).days + 1
    recency = [(today - _as_date(rows[i][8])).days for i in buyers]  # type: ignore[operator]
    scores = rules.rfm_scores(recency, [rows[i][15] for i in buyers], [rows[i][14] for i in buyers])
    rfm_by_row = dict(zip(buyers, scores, strict=True))
    stamp = now()
    updates: list[tuple[Any, ...]] = []
    tier_rows: list[tuple[Any, ...]] = []
    for index, row in enumerate(rows):
        (
            cid,
            tier,
            manual,
            value_class,
            segment,
            rfm_text,
            activity,
            first,
            last,
            count,
            amount_tier,
            count_tier,
            amount_cur,
            amount_prev,
            _amount_rfm,
            count_rfm,
            follow_ups,
            referrals,
        ) = row
        last_date = _as_date(last)
        new_value = rules.classify_value(
            amount_12m=amount_cur,
            amount_prev_12m=amount_prev,
            top_threshold=top,
            first_purchase=_as_date(first),
            last_purchase=last_date,
            purchase_count=count,
            today=today,
            settings=settings,
        )
        score = rfm_by_row.get(index)
        new_segment = score.segment if score else None
        new_rfm_text = f"{score.r}{score.f}{score.m}" if score else ""
        new_activity = round(
            rules.activity_score(
                days_since_purchase=(today - last_date).days if last_date else None,
                purchases_in_window=count_rfm,
                followups_in_window=follow_ups,
                window_days=window_days,
                weights=settings.activity_weights,
            ),
            1,
        )
        decision = rules.decide_tier(
            tier, manual, rules.rule_tier(amount_tier, count_tier, referrals, settings)
        )
        new_tier = tier
        if decision is not None:
            new_tier = decision.new_tier
            tier_rows.append((cid, stamp, tier, new_tier, decision.reason, ""))
        if (new_tier, new_value, new_segment, new_rfm_text, new_activity) != (
            tier,
            value_class,
            segment,
            rfm_text,
            activity,
        ):
            updates.append((new_tier, new_value, new_segment, new_rfm_text, new_activity, cid))
    with db.atomic():
        db.cursor().executemany(
            "UPDATE customer SET tier = ?, value_class = ?, rfm_segment = ?, rfm_score = ?, "
            "activity_score = ? WHERE id = ?",
            updates,
        )
        write_tier_history(tier_rows)
        settings_service.set_value(CLASSIFIED_ON_KEY, today.isoformat())
    return len(updates)


def refresh_all(today: dt.date | None = None, settings: BusinessSettings | None = None) -> int:
    """Recompute every customer's facts, then the whole-base classification.

    For when the rules behind the per-customer facts change (the deal stages that count as
    won or lost decide every customer's stage). One transaction per ALL_CHUNK customers, so
    the window's readers are never held up for long. Returns the number of customers.
    """
    today = today or dt.date.today()
    settings = settings or settings_service.business_settings()
    db = bound_database()
    ids = [row[0] for row in db.execute_sql("SELECT id FROM customer ORDER BY id")]
    for start in range(0, len(ids), ALL_CHUNK):
        with db.atomic():
            refresh_customers(ids[start : start + ALL_CHUNK], today=today, settings=settings)
    refresh_classification(today, settings)
    return len(ids)


def classification_is_stale(today: dt.date | None = None) -> bool:
    """True when the whole-base classification was last computed before today."""
    today = today or dt.date.today()
    return settings_service.get_value(CLASSIFIED_ON_KEY) != today.isoformat()
