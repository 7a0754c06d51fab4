"""The business rules of the CRM as pure functions over plain Python values.

Nothing here touches Qt, peewee, files or the clock: `today` is always a parameter, so a
report for a past date, a test and the live window all get the same answers. Money is
integer cents throughout; ratios come back as floats (or None when the ratio has no
denominator, which the UI shows as "-" rather than 0%).

Date windows share one convention so that the lifecycle stage, the tier window, the value
classes and the won-back check never disagree about the same purchase: "within N months of
`today`" means strictly after `months_before(today, N)`. A purchase exactly N calendar months
ago is therefore *not* within N months (it is "N months old"). `last_months_window` gives the
matching inclusive date range for SQL.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from fractions import Fraction

from crm_desktop.domain.settings import (
    CONTACT_STATUS_AMBER,
    CONTACT_STATUS_GREEN,
    CONTACT_STATUS_RED,
    LIFECYCLE_ACTIVE,
    LIFECYCLE_CHURNING,
    LIFECYCLE_DORMANT,
    LIFECYCLE_HONEYMOON,
    LIFECYCLE_PROSPECT,
    TIER_ORDINARY,
    VALUE_FROZEN,
    VALUE_MIGRATING,
    VALUE_POTENTIAL,
    VALUE_VALUE,
    BusinessSettings,
)

__all__ = [
    "ACTIVITY_FOLLOWUPS_FOR_FULL",
    "ACTIVITY_PURCHASES_FOR_FULL",
    "CONTACT_AMBER_SHARE",
    "CUSTOMER_STAGE_DEAL",
    "CUSTOMER_STAGE_INTENT",
    "CUSTOMER_STAGE_LOST",
    "CUSTOMER_STAGE_POTENTIAL",
    "RFM_HIGH_SCORE",
    "SATISFACTION_TREND_THRESHOLD",
    "TIER_REASON_HAND",
    "TIER_REASON_RULE",
    "TREND_DOWN",
    "TREND_FLAT",
    "TREND_NONE",
    "TREND_UP",
    "RfmScore",
    "TierDecision",
    "activity_score",
    "add_months",
    "average_satisfaction",
    "classify_value",
    "contact_due_date",
    "contact_status",
    "customer_stage",
    "decide_tier",
    "expected_years",
    "funnel_conversion",
    "funnel_reached",
    "historical_clv",
    "is_won_back",
    "last_months_window",
    "lifecycle_purchase_range",
    "lifecycle_stage",
    "margin",
    "months_before",
    "predicted_clv",
    "quintile_scores",
    "repurchase_rate_by_customers",
    "repurchase_rate_by_orders",
    "retention_rate",
    "rfm_scores",
    "rfm_segment",
    "rule_tier",
    "satisfaction_trend",
    "top_profit_share",
    "top_share_threshold",
]

_ONE_DAY = timedelta(days=1)


def _exact(value: float) -> Fraction:
    """The decimal a user typed (0.3, 0.2) as an exact fraction.

    Settings hold shares as floats; `0.3 * 100` is 30.000000000000004 in binary floating
    point, which would put a customer whose amount fell by exactly 30% on the wrong side of
    the threshold. `repr` gives the shortest decimal that round-trips, i.e. what was typed.
    """
    return Fraction(repr(float(value)))


# ---------------------------------------------------------------------------------------
# Calendar months
# ---------------------------------------------------------------------------------------


def add_months(day: date, months: int) -> date:
    """`day` moved by `months` calendar months (negative goes back).

    The day of the month is kept when it exists and clamped to the month's last day when it
    does not: 31 March minus one month is 29 February in a leap year, 28 February otherwise.
    """
    index = day.year * 12 + (day.month - 1) + months
    year, month0 = divmod(index, 12)
    month = month0 + 1
    next_month_first = date(year + (month == 12), month % 12 + 1, 1)
    last_day = (next_month_first - _ONE_DAY).day
    return date(year, month, min(day.day, last_day))


def months_before(day: date, months: int) -> date:
    """The date `months` calendar months before `day`, clamping 31 -> 30/29/28.

    months_before(2024-03-31, 1) == 2024-02-29; months_before(2025-02-28, 12) == 2024-02-28.
    """
    return add_months(day, -months)


def last_months_window(today: date, months: int, *, periods_back: int = 0) -> tuple[date, date]:
    """The inclusive date range (first_day, last_day) of "the last `months` months".

    periods_back=0 is (months_before(today, months) + 1 day, today); periods_back=1 is the
    `months` months before that, and so on. The windows tile with no gap and no overlap, and
    the start is exclusive of the day exactly `months` ago, matching `lifecycle_stage`: a
    purchase exactly 12 months ago is neither in the 12-month window nor "within 12 months".
    Filter with `first_day <= order_date <= last_day`.
    """
    if months <= 0:
        raise ValueError("a window needs a positive number of months")
    if periods_back < 0:
        raise ValueError("periods_back cannot be negative")
    last_day = months_before(today, months * periods_back)
    first_day = months_before(today, months * (periods_back + 1)) + _ONE_DAY
    return first_day, last_day


# ---------------------------------------------------------------------------------------
# 1. Tiers
# ---------------------------------------------------------------------------------------

TIER_REASON_RULE = "rule"
TIER_REASON_HAND = "hand"


@dataclass(frozen=True)
class TierDecision:
    """A change of tier to write to the customer and its tier history."""

    new_tier: str
    reason: str  # TIER_REASON_RULE or TIER_REASON_HAND


def rule_tier(amount_cents: int, purchases: int, referrals: int,
              settings: BusinessSettings) -> str:
    """The tier the rules give: the first rule in `settings.tier_rules` that any threshold meets.

    `amount_cents` and `purchases` are the order total and order count in the tier window
    (`last_months_window(today, settings.tier_window_months)`); `referrals` is the number of
    customers this one referred, all time. A threshold of None is not used. The rules are
    listed from the highest tier down (see BusinessSettings), so the first match is the
    highest tier reached. No match gives TIER_ORDINARY.
    """
    for rule in settings.tier_rules:
        if rule.min_amount_cents is not None and amount_cents >= rule.min_amount_cents:
            return rule.tier
        if rule.min_purchases is not None and purchases >= rule.min_purchases:
            return rule.tier
        if rule.min_referrals is not None and referrals >= rule.min_referrals:
            return rule.tier
    return TIER_ORDINARY


def decide_tier(current: str | None, manual: str | None, rule: str) -> TierDecision | None:
    """Whether the customer's tier changes, and why.

    A manual tier (set by hand) wins over the rule until it is cleared; an empty string
    counts as cleared. Returns None when the resulting tier equals `current`, so the caller
    writes the tier history only on a change. Note that setting by hand the tier the
    customer already has is not a change (no history row); the manual tier still pins it.
    """
    if manual:
        target, reason = manual, TIER_REASON_HAND
    else:
        target, reason = rule, TIER_REASON_RULE
    if target == current:
        return None
    return TierDecision(new_tier=target, reason=reason)


# ---------------------------------------------------------------------------------------
# 2. Value classes
# ---------------------------------------------------------------------------------------


def top_share_threshold(amounts: Sequence[int], share: float) -> int | None:
    """The smallest amount inside the top `share` of the customers who bought.

    Only amounts > 0 count. The top group is ceil(n * share) customers (at least 1, at most
    n); the threshold is the amount of the last customer in it. Customers tied with that
    amount are in the top group as well, so the group can be larger than ceil(n * share).
    None when nobody bought.
    """
    positive = sorted((a for a in amounts if a > 0), reverse=True)
    if not positive:
        return None
    return positive[_top_count(len(positive), share) - 1]


def _top_count(n: int, share: float) -> int:
    # Exact arithmetic: with floats ceil(15 * 0.2) is 4, not 3.
    return max(1, min(n, math.ceil(n * _exact(share))))


def classify_value(*, amount_12m: int, amount_prev_12m: int, top_threshold: int | None,
                   first_purchase: date | None, last_purchase: date | None,
                   purchase_count: int, today: date, settings: BusinessSettings) -> str | None:
    """The customer's value class (VALUE_* code), or None.

    Inputs: `amount_12m` is the order total in `last_months_window(today, 12)` and
    `amount_prev_12m` in the window before it (periods_back=1); `top_threshold` is
    `top_share_threshold` over every customer's `amount_12m` with `settings.value_top_share`;
    `purchase_count` is the number of orders ever (for a new customer all its orders are
    recent, so this is its count since the first purchase).

    Checked in this order, the first that holds wins:
    1. frozen: has bought, but not within `value_frozen_months` (last purchase on or before
       months_before(today, value_frozen_months)).
    2. migrating: amount_prev_12m > 0 and amount_12m <= amount_prev_12m * (1 - change).
    3. value: amount_12m > 0 and amount_12m >= top_threshold. "Not declining" in the
       feature text means "not migrating", which rule 2 has already excluded; a top
       customer down by less than the change threshold stays a value customer.
    4. potential: growing (amount_prev_12m > 0 and amount_12m >= amount_prev_12m *
       (1 + change)), or new (first purchase within `value_new_customer_months`) with a
       repeat purchase (purchase_count >= 2).
    None for prospects (never bought) and for customers that fit no class. The change
    threshold is `value_change_threshold` (0.3), compared exactly: down by exactly 30% is
    migrating, up by exactly 30% is growing.
    """
    if last_purchase is None:
        return None
    if last_purchase <= months_before(today, settings.value_frozen_months):
        return VALUE_FROZEN
    change = _exact(settings.value_change_threshold)
    if amount_prev_12m > 0 and amount_12m <= amount_prev_12m * (1 - change):
        return VALUE_MIGRATING
    if top_threshold is not None and amount_12m > 0 and amount_12m >= top_threshold:
        return VALUE_VALUE
    growing = amount_prev_12m > 0 and amount_12m >= amount_prev_12m * (1 + change)
    first = first_purchase if first_purchase is not None else last_purchase
    is_new = first > months_before(today, settings.value_new_customer_months)
    if growing or (is_new and purchase_count >= 2):
        return VALUE_POTENTIAL
    return None


# ---------------------------------------------------------------------------------------
# 3. Lifecycle
# ---------------------------------------------------------------------------------------


def lifecycle_stage(last_purchase: date | None, today: date, settings: BusinessSettings) -> str:
    """The lifecycle stage (LIFECYCLE_* code) from the date of the last purchase.

    With (h, a, c) = settings.lifecycle_months, default (3, 6, 12), and mb = months_before:
      honeymoon  mb(today, h) <  last               (within 3 months; also a future date)
      active     mb(today, a) <  last <= mb(today, h)   (exactly 3 months ago is active)
      churning   mb(today, c) <  last <= mb(today, a)   (exactly 6 months ago is churning)
      dormant                    last <= mb(today, c)   (exactly 12 months ago is dormant)
      prospect   no purchase at all.
    """
    if last_purchase is None:
        return LIFECYCLE_PROSPECT
    honeymoon, active, churning = settings.lifecycle_months
    if last_purchase > months_before(today, honeymoon):
        return LIFECYCLE_HONEYMOON
    if last_purchase > months_before(today, active):
        return LIFECYCLE_ACTIVE
    if last_purchase > months_before(today, churning):
        return LIFECYCLE_CHURNING
    return LIFECYCLE_DORMANT


def lifecycle_purchase_range(stage: str, today: date,
                             settings: BusinessSettings) -> tuple[date | None, date | None]:
    """The last-purchase dates of a stage as (start, end): start <= last < end.

    `start` is inclusive, `end` exclusive; None means unbounded on that side. So a database
    filters with `last >= start AND last < end`, leaving out a None side. Honeymoon has no
    end (a future-dated purchase is honeymoon too) and dormant no start. Prospect returns
    (None, None), which means "has no purchase" (`last IS NULL`), not "every customer".
    Raises ValueError for an unknown stage.
    """
    honeymoon, active, churning = settings.lifecycle_months
    # Each boundary is the first day *after* "exactly N months ago", since that day belongs
    # to the older stage (see lifecycle_stage).
    h = months_before(today, honeymoon) + _ONE_DAY
    a = months_before(today, active) + _ONE_DAY
    c = months_before(today, churning) + _ONE_DAY
    ranges: dict[str, tuple[date | None, date | None]] = {
        LIFECYCLE_PROSPECT: (None, None),
        LIFECYCLE_HONEYMOON: (h, None),
        LIFECYCLE_ACTIVE: (a, h),
        LIFECYCLE_CHURNING: (c, a),
        LIFECYCLE_DORMANT: (None, c),
    }
    try:
        return ranges[stage]
    except KeyError:
        raise ValueError(f"unknown lifecycle stage: {stage!r}") from None


# ---------------------------------------------------------------------------------------
# 4. RFM
# ---------------------------------------------------------------------------------------

RFM_HIGH_SCORE = 3
"""An R, F or M score at or above this is "high" for the eight segments."""


@dataclass(frozen=True)
class RfmScore:
    """R, F and M scores of one customer, 1..5 each, 5 best."""

    r: int
    f: int
    m: int

    @property
    def segment(self) -> str:
        """The RFM segment key (one of settings.RFM_SEGMENTS)."""
        return rfm_segment(self.r, self.f, self.m)


def quintile_scores(values: Sequence[float], *, higher_is_better: bool = True) -> list[int]:
    """Scores 1..5 by rank quintile, in the order of `values`; 5 is best.

    Definition (mid-rank percentile): sort the values worst to best; a value whose equal
    values occupy positions a..b (1-based) gets the mid rank (a + b) / 2 and the percentile
    p = (mid rank - 1/2) / n; its score is floor(5 * p) + 1. So ten distinct values score
    1,1,2,2,3,3,4,4,5,5, ties always share a score, and a value that everyone shares (or a
    single customer) scores 3, the middle, since the rank says nothing about it.
    Computed exactly in integers, so the result does not depend on float rounding or on the
    input order. For recency pass higher_is_better=False: fewer days is better.
    NaN is rejected (ValueError) because it has no rank.
    """
    n = len(values)
    if any(math.isnan(v) for v in values):
        raise ValueError("quintile_scores cannot rank NaN")
    order = sorted(range(n), key=lambda i: values[i], reverse=not higher_is_better)
    scores = [0] * n
    start = 0
    while start < n:
        end = start
        while end + 1 < n and values[order[end + 1]] == values[order[start]]:
            end += 1
        a, b = start + 1, end + 1  # 1-based positions of this group of equal values
        # floor(5 * ((a + b) / 2 - 1/2) / n) + 1, kept in integers.
        score = (5 * (a + b - 1)) // (2 * n) + 1
        for k in range(start, end + 1):
            scores[order[k]] = score
        start = end + 1
    return scores


def rfm_scores(recency_days: Sequence[float], frequency: Sequence[float],
               monetary: Sequence[float]) -> list[RfmScore]:
    """RFM scores over parallel sequences (one entry per customer).

    `recency_days` is days since the last purchase (fewer is better), `frequency` the number
    of purchases and `monetary` the amount (cents) in the RFM window. Pass only customers who
    have bought at least once: a prospect has no recency. The quintiles are relative to the
    customers passed, so the same customer can score differently in another selection.
    """
    if not len(recency_days) == len(frequency) == len(monetary):
        raise ValueError("rfm_scores needs sequences of the same length")
    r = quintile_scores(recency_days, higher_is_better=False)
    f = quintile_scores(frequency)
    m = quintile_scores(monetary)
    return [RfmScore(ri, fi, mi) for ri, fi, mi in zip(r, f, m, strict=True)]


# (R high, F high) -> the second half of the segment key; M picks important_/general_.
_RFM_KIND = {
    (True, True): "value",
    (True, False): "develop",
    (False, True): "keep",
    (False, False): "retain",
}


def rfm_segment(r: int, f: int, m: int) -> str:
    """The classic segment from high/low R, F and M, "high" meaning score >= RFM_HIGH_SCORE.

    M high: R+F+ important_value, R+F- important_develop, R-F+ important_keep,
    R-F- important_retain; M low: the same four as general_*.
    """
    r_high, f_high, m_high = (s >= RFM_HIGH_SCORE for s in (r, f, m))
    prefix = "important" if m_high else "general"
    return f"{prefix}_{_RFM_KIND[(r_high, f_high)]}"


# ---------------------------------------------------------------------------------------
# 5. Activity
# ---------------------------------------------------------------------------------------

ACTIVITY_PURCHASES_FOR_FULL = 12
"""Purchases in the window that give the full frequency component: monthly over a year."""
ACTIVITY_FOLLOWUPS_FOR_FULL = 24
"""Follow-ups in the window that give the full follow-up component: twice a month over a year."""


def activity_score(*, days_since_purchase: int | None, purchases_in_window: int,
                   followups_in_window: int, window_days: int,
                   weights: tuple[float, float, float],
                   purchases_for_full: int = ACTIVITY_PURCHASES_FOR_FULL,
                   followups_for_full: int = ACTIVITY_FOLLOWUPS_FOR_FULL) -> float:
    """The activity score 0..100: a weighted mean of three components, each 0..100.

    - recency: 100 at 0 days since the last purchase, falling linearly to 0 at
      `window_days` and staying 0 after; 0 if the customer never bought; a future date
      counts as 0 days.
    - frequency: 100 * min(1, purchases_in_window / purchases_for_full).
    - follow-ups: 100 * min(1, followups_in_window / followups_for_full).
    The saturation counts (12 and 24) suit a one-year window; pass smaller ones for a
    shorter window. `weights` are (recency, frequency, follow-ups), e.g.
    settings.activity_weights; the sum is divided by their total, so they need not add up
    to 1. Negative weights or a zero total raise ValueError.
    """
    if window_days <= 0:
        raise ValueError("window_days must be positive")
    if purchases_for_full <= 0 or followups_for_full <= 0:
        raise ValueError("saturation counts must be positive")
    if any(w < 0 for w in weights) or sum(weights) <= 0:
        raise ValueError("activity weights must be non-negative with a positive total")
    if days_since_purchase is None:
        recency = 0.0
    else:
        days = max(0, days_since_purchase)
        recency = 100.0 * max(0.0, 1.0 - days / window_days)
    frequency = 100.0 * min(1.0, max(0, purchases_in_window) / purchases_for_full)
    followups = 100.0 * min(1.0, max(0, followups_in_window) / followups_for_full)
    w_r, w_f, w_u = weights
    return (w_r * recency + w_f * frequency + w_u * followups) / (w_r + w_f + w_u)


# ---------------------------------------------------------------------------------------
# 6. Repurchase and retention
# ---------------------------------------------------------------------------------------


def _check_counts(order_counts: Iterable[int]) -> list[int]:
    counts = list(order_counts)
    if any(c < 0 for c in counts):
        raise ValueError("order counts cannot be negative")
    return counts


def repurchase_rate_by_customers(order_counts: Iterable[int]) -> float | None:
    """Customers with 2+ orders / customers with 1+ order (zeros are ignored).

    `order_counts` is each customer's number of orders in the period. None when nobody
    bought. Example: [1, 2, 3, 0] -> 2 / 3.
    """
    buyers = [c for c in _check_counts(order_counts) if c >= 1]
    if not buyers:
        return None
    return sum(1 for c in buyers if c >= 2) / len(buyers)


def repurchase_rate_by_orders(order_counts: Iterable[int]) -> float | None:
    """Repeat orders / all orders, a repeat order being each customer's orders beyond the first.

    Counted within the period only (a customer's first order in the period is not a repeat
    even if it bought before). None when there are no orders. Example: [1, 2, 3, 0] -> 3 / 6.
    """
    counts = _check_counts(order_counts)
    total = sum(counts)
    if total == 0:
        return None
    repeats = sum(c - 1 for c in counts if c >= 1)
    return repeats / total


def retention_rate(previous_buyers: Collection[int],
                   current_buyers: Collection[int]) -> float | None:
    """Customers who bought in the previous period and again in this one / previous buyers.

    Takes customer ids (duplicates are ignored). None when nobody bought in the previous
    period.
    """
    previous = set(previous_buyers)
    if not previous:
        return None
    return len(previous & set(current_buyers)) / len(previous)


def is_won_back(purchase_dates: Sequence[date], period_start: date, period_end: date,
                dormant_months: int) -> bool:
    """Whether the customer was won back in the period [period_start, period_end] (inclusive).

    True when a purchase inside the period follows a previous purchase made on or before
    `months_before(purchase, dormant_months)`, i.e. the customer was dormant (in the sense
    of `lifecycle_stage` with dormant_months as its last boundary) on the day it bought
    again: a gap of exactly 12 months counts. The first purchase ever is a new customer, not
    a win-back. Dates can be in any order; pass the customer's whole history, not only the
    period, since the previous purchase is usually before the period.
    """
    ordered = sorted(purchase_dates)
    for previous, purchase in itertools.pairwise(ordered):
        if period_start <= purchase <= period_end and (
            previous <= months_before(purchase, dormant_months)
        ):
            return True
    return False


# ---------------------------------------------------------------------------------------
# 7. Profit
# ---------------------------------------------------------------------------------------


def margin(revenue_cents: int, cost_cents: int) -> float | None:
    """Gross margin (revenue - cost) / revenue; None when revenue <= 0 (no meaningful ratio)."""
    if revenue_cents <= 0:
        return None
    return (revenue_cents - cost_cents) / revenue_cents


def top_profit_share(profits: Sequence[int], share: float = 0.2) -> float | None:
    """Profit of the top ceil(n * share) customers / total profit (the 80/20 check).

    n is every customer passed, including those with zero or negative profit; the negatives
    lower the total, so the result can exceed 1.0 (the top customers earn more than
    everything, the rest lose money). None when the total is <= 0 or nobody is passed.
    Pass the customers who bought in the period, not the whole base, or the top group grows
    with customers who never bought.
    """
    total = sum(profits)
    if not profits or total <= 0:
        return None
    top = sorted(profits, reverse=True)[: _top_count(len(profits), share)]
    return sum(top) / total


# ---------------------------------------------------------------------------------------
# 8. Customer lifetime value
# ---------------------------------------------------------------------------------------


def historical_clv(profit_cents: int) -> int:
    """Historical CLV: the gross profit to date (revenue minus cost of all orders), in cents."""
    return profit_cents


def expected_years(retention: float | None, cap: float = 10.0) -> float:
    """Expected remaining relationship years from a yearly retention rate: 1 / (1 - r), capped.

    None (unknown retention) gives 1.0; a retention of 1 or more gives the cap; a negative
    one is taken as 0 (1.0 year).
    """
    if retention is None:
        return 1.0
    if retention >= 1.0:
        return cap
    return min(cap, 1.0 / (1.0 - max(0.0, retention)))


def predicted_clv(*, average_order_cents: float, purchases_per_year: float, margin: float,
                  years: float) -> int:
    """Predicted CLV in cents: average order x purchases per year x margin x years.

    Rounded to the nearest cent, halves away from zero (四舍五入, as on an invoice).
    """
    value = average_order_cents * purchases_per_year * margin * years
    return int(math.copysign(math.floor(abs(value) + 0.5), value))


# ---------------------------------------------------------------------------------------
# 9. Contact frequency
# ---------------------------------------------------------------------------------------

CONTACT_AMBER_SHARE = 0.2
"""Amber covers the last 20% of the contact interval (at least one day)."""


def contact_status(last_contact: date | None, today: date, frequency_days: int) -> str:
    """Green / amber / red for the contact-frequency list.

    With d = days since the last contact and f = frequency_days (settings.frequency_for):
    red when never contacted or d > f (overdue: today is after `contact_due_date`);
    amber when d > f - max(1, round(f * 0.2)) (due soon, or due today);
    green otherwise, including a contact dated in the future.
    Defaults: 7 days -> amber on day 7, red from day 8; 14 -> amber 12..14; 30 -> amber 25..30.
    """
    if frequency_days <= 0:
        raise ValueError("frequency_days must be positive")
    if last_contact is None:
        return CONTACT_STATUS_RED
    days = (today - last_contact).days
    if days > frequency_days:
        return CONTACT_STATUS_RED
    # round(f / 5) in integers; f / 5 never ends in exactly .5 for an integer f.
    amber_days = max(1, (2 * frequency_days + 5) // 10)
    if days > frequency_days - amber_days:
        return CONTACT_STATUS_AMBER
    return CONTACT_STATUS_GREEN


def contact_due_date(last_contact: date | None, frequency_days: int) -> date | None:
    """The day the next contact is due (last contact + frequency); overdue the day after.

    None when never contacted: the customer is due now (contact_status says red).
    """
    if last_contact is None:
        return None
    return last_contact + timedelta(days=frequency_days)


# ---------------------------------------------------------------------------------------
# 10. Customer stage
# ---------------------------------------------------------------------------------------

CUSTOMER_STAGE_POTENTIAL = "potential"
CUSTOMER_STAGE_INTENT = "intent"
CUSTOMER_STAGE_DEAL = "deal"
CUSTOMER_STAGE_LOST = "lost"


def customer_stage(deal_stage_keys: Sequence[str], last_followup_stage: str | None, *,
                   has_orders: bool, settings: BusinessSettings) -> str:
    """The customer's own stage (one of settings.CUSTOMER_STAGES), from its deals and follow-ups.

    `deal_stage_keys` holds the current stage key of each of the customer's deals;
    `last_followup_stage` is the sales stage recorded by its latest follow-up. Stage kinds
    come from settings.deal_stages: a won stage, a lost stage, or an open one; "intent or
    later" is any open stage after the first open stage in the list (so renamed or added
    stages keep working; by default intent, quote and negotiation). First match wins:
    1. deal: has_orders, or any deal at a won stage, or the last follow-up at a won stage.
    2. intent: any deal, or the last follow-up, at an open stage of intent or later. This
       comes before "lost" so that a customer whose deals were lost but who shows interest
       again is intent.
    3. lost: there is at least one deal and every deal is lost; or there are no deals and
       the last follow-up is at a lost stage.
    4. potential: everything else (no deals, early deals, unknown stage keys).
    """
    open_stages = [s.key for s in settings.deal_stages if not (s.is_won or s.is_lost)]
    advanced = set(open_stages[1:])
    won = {s.key for s in settings.deal_stages if s.is_won}
    lost = {s.key for s in settings.deal_stages if s.is_lost}

    if has_orders or any(k in won for k in deal_stage_keys) or last_followup_stage in won:
        return CUSTOMER_STAGE_DEAL
    if any(k in advanced for k in deal_stage_keys) or last_followup_stage in advanced:
        return CUSTOMER_STAGE_INTENT
    if deal_stage_keys:
        if all(k in lost for k in deal_stage_keys):
            return CUSTOMER_STAGE_LOST
    elif last_followup_stage in lost:
        return CUSTOMER_STAGE_LOST
    return CUSTOMER_STAGE_POTENTIAL


# ---------------------------------------------------------------------------------------
# 11. Satisfaction
# ---------------------------------------------------------------------------------------

TREND_UP = "up"
TREND_DOWN = "down"
TREND_FLAT = "flat"
TREND_NONE = "none"
SATISFACTION_TREND_THRESHOLD = Fraction(1, 10)
"""A slope (score points per 30 days) beyond +-0.1 is a trend; at or inside it is flat."""


def satisfaction_trend(scores: Sequence[tuple[date, int]]) -> str:
    """"up", "down", "flat" or "none" from the least-squares slope of score over time.

    x is the date in days, y the score (1..5); the slope is taken per 30 days and compared
    with SATISFACTION_TREND_THRESHOLD strictly (exactly 0.1 is flat). Fewer than two scores
    gives "none"; scores all on one day give "flat" (no time span, no slope). Computed with
    exact fractions, so the order of the input does not matter.
    """
    if len(scores) < 2:
        return TREND_NONE
    origin = min(d for d, _ in scores)
    xs = [(d - origin).days for d, _ in scores]
    ys = [s for _, s in scores]
    n = len(scores)
    sx, sy = sum(xs), sum(ys)
    sxx = sum(x * x for x in xs)
    sxy = sum(x * y for x, y in zip(xs, ys, strict=True))
    denominator = n * sxx - sx * sx
    if denominator == 0:
        return TREND_FLAT
    slope_per_30_days = Fraction(n * sxy - sx * sy, denominator) * 30
    if slope_per_30_days > SATISFACTION_TREND_THRESHOLD:
        return TREND_UP
    if slope_per_30_days < -SATISFACTION_TREND_THRESHOLD:
        return TREND_DOWN
    return TREND_FLAT


def average_satisfaction(scores: Sequence[tuple[date, int]]) -> float | None:
    """The mean score, or None when there is none."""
    if not scores:
        return None
    return sum(s for _, s in scores) / len(scores)


# ---------------------------------------------------------------------------------------
# 12. Funnel
# ---------------------------------------------------------------------------------------


def funnel_reached(counts_at_stage: Sequence[int]) -> list[int]:
    """Counts that reached each stage, from counts currently at each stage.

    Pass the open stages in order followed by the won stage (leave lost deals out: where
    they were lost is not known). A deal at stage i has passed every earlier stage, so the
    reached count of stage i is the sum of the counts at i and after.
    """
    reached: list[int] = []
    running = 0
    for count in reversed(counts_at_stage):
        running += count
        reached.append(running)
    reached.reverse()
    return reached


def funnel_conversion(reached_counts: Sequence[int]) -> list[float | None]:
    """Conversion from each stage to the next: reached[i + 1] / reached[i].

    One entry fewer than stages; None where reached[i] is 0. With cumulative "reached"
    counts (see funnel_reached) every rate is between 0 and 1.
    """
    return [
        (nxt / this) if this else None
        for this, nxt in itertools.pairwise(reached_counts)
    ]
