"""Tests of the pure business rules, with the examples worked out by hand in each test."""

from __future__ import annotations

import dataclasses
import random
from datetime import date, timedelta

import pytest

from crm_desktop.domain import rules
from crm_desktop.domain.rules import (
    RfmScore,
    TierDecision,
    activity_score,
    add_months,
    average_satisfaction,
    classify_value,
    contact_due_date,
    contact_status,
    customer_stage,
    decide_tier,
    expected_years,
    funnel_conversion,
    funnel_reached,
    historical_clv,
    is_won_back,
    last_months_window,
    lifecycle_purchase_range,
    lifecycle_stage,
    margin,
    months_before,
    predicted_clv,
    quintile_scores,
    repurchase_rate_by_customers,
    repurchase_rate_by_orders,
    retention_rate,
    rfm_scores,
    rfm_segment,
    rule_tier,
    satisfaction_trend,
    top_profit_share,
    top_share_threshold,
)
from crm_desktop.domain.settings import (
    CONTACT_STATUS_AMBER,
    CONTACT_STATUS_GREEN,
    CONTACT_STATUS_RED,
    CUSTOMER_STAGES,
    LIFECYCLE_ACTIVE,
    LIFECYCLE_CHURNING,
    LIFECYCLE_DORMANT,
    LIFECYCLE_HONEYMOON,
    LIFECYCLE_PROSPECT,
    LIFECYCLE_STAGES,
    RFM_SEGMENTS,
    TIER_ORDINARY,
    TIER_SUPER,
    TIER_VIP,
    VALUE_FROZEN,
    VALUE_MIGRATING,
    VALUE_POTENTIAL,
    VALUE_VALUE,
    BusinessSettings,
    DealStageSpec,
    TierRule,
)

S = BusinessSettings()
D = date  # short alias: the tests are full of dates


# --------------------------------------------------------------------------- months


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (D(2024, 3, 31), 1, D(2024, 2, 29)),  # leap year: clamp 31 -> 29
        (D(2023, 3, 31), 1, D(2023, 2, 28)),  # common year: clamp 31 -> 28
        (D(2024, 5, 31), 1, D(2024, 4, 30)),  # 31 -> 30
        (D(2024, 1, 15), 1, D(2023, 12, 15)),  # across the year boundary
        (D(2024, 2, 29), 12, D(2023, 2, 28)),  # leap day a year back
        (D(2025, 2, 28), 12, D(2024, 2, 28)),  # the day exists, no clamping
        (D(2024, 8, 31), 6, D(2024, 2, 29)),
        (D(2024, 6, 15), 0, D(2024, 6, 15)),
        (D(2024, 6, 15), 24, D(2022, 6, 15)),
    ],
)
def test_months_before(day: date, months: int, expected: date) -> None:
    assert months_before(day, months) == expected


def test_add_months_forward_clamps_too() -> None:
    assert add_months(D(2024, 1, 31), 1) == D(2024, 2, 29)
    assert add_months(D(2024, 12, 31), 2) == D(2025, 2, 28)
    assert add_months(D(2024, 11, 30), 1) == D(2024, 12, 30)


def test_last_months_window_tiles_without_gap() -> None:
    # 12 months ending 2024-06-15 start the day after 2023-06-15.
    assert last_months_window(D(2024, 6, 15), 12) == (D(2023, 6, 16), D(2024, 6, 15))
    assert last_months_window(D(2024, 6, 15), 12, periods_back=1) == (
        D(2022, 6, 16), D(2023, 6, 15)
    )
    with pytest.raises(ValueError):
        last_months_window(D(2024, 6, 15), 0)


# --------------------------------------------------------------------------- tiers


@pytest.mark.parametrize(
    ("amount", "purchases", "referrals", "expected"),
    [
        (60_000_00, 2, 0, TIER_VIP),  # amount >= 50,000.00
        (199_999_99, 9, 0, TIER_VIP),  # below both super thresholds, VIP by amount
        (199_999_99, 10, 0, TIER_SUPER),  # 10 purchases is super
        (200_000_00, 1, 0, TIER_SUPER),  # 200,000.00 is super on its own
        (49_999_99, 3, 2, TIER_ORDINARY),  # just under every VIP threshold
        (49_999_99, 4, 0, TIER_VIP),  # 4 purchases
        (0, 0, 3, TIER_VIP),  # 3 referrals
        (0, 0, 30, TIER_VIP),  # referrals never make super by default
        (0, 0, 0, TIER_ORDINARY),
    ],
)
def test_rule_tier_defaults(amount: int, purchases: int, referrals: int, expected: str) -> None:
    assert rule_tier(amount, purchases, referrals, S) == expected


def test_rule_tier_follows_custom_rules() -> None:
    settings = dataclasses.replace(
        S, tier_rules=[TierRule(TIER_SUPER, min_referrals=5), TierRule(TIER_VIP)]
    )
    assert rule_tier(10_000_000_00, 100, 4, settings) == TIER_ORDINARY  # VIP rule has no threshold
    assert rule_tier(0, 0, 5, settings) == TIER_SUPER


def test_decide_tier_rule_change_and_no_change() -> None:
    assert decide_tier(TIER_ORDINARY, None, TIER_VIP) == TierDecision(TIER_VIP, "rule")
    assert decide_tier(None, None, TIER_ORDINARY) == TierDecision(TIER_ORDINARY, "rule")
    assert decide_tier(TIER_VIP, None, TIER_VIP) is None


def test_decide_tier_manual_wins_until_cleared() -> None:
    # Set by hand above the rule.
    assert decide_tier(TIER_VIP, TIER_SUPER, TIER_VIP) == TierDecision(TIER_SUPER, "hand")
    # Later the rule drops to ordinary: the manual tier still holds, nothing changes.
    assert decide_tier(TIER_SUPER, TIER_SUPER, TIER_ORDINARY) is None
    # Cleared (None or empty text): back to the rule tier.
    assert decide_tier(TIER_SUPER, None, TIER_ORDINARY) == TierDecision(TIER_ORDINARY, "rule")
    assert decide_tier(TIER_SUPER, "", TIER_ORDINARY) == TierDecision(TIER_ORDINARY, "rule")


# --------------------------------------------------------------------------- value classes


def test_top_share_threshold() -> None:
    amounts = [0, 100, 500, 300, 200, 0, 400, 50, 700, 900, 800, 600]
    # 10 buyers; top 20% is 2 customers: 900 and 800.
    assert top_share_threshold(amounts, 0.2) == 800
    # 15 buyers: ceil(15 * 0.2) = 3 exactly (floats would say 4).
    assert top_share_threshold(list(range(1, 16)), 0.2) == 13
    assert top_share_threshold([0, 0], 0.2) is None
    assert top_share_threshold([], 0.2) is None
    assert top_share_threshold([0, 42], 0.2) == 42  # at least one customer
    assert top_share_threshold([5, 9], 0.0) == 9


TODAY = D(2024, 6, 30)


def _value(**overrides: object) -> str | None:
    args: dict[str, object] = {
        "amount_12m": 100_000,
        "amount_prev_12m": 100_000,
        "top_threshold": 1_000_000,
        "first_purchase": D(2020, 1, 1),
        "last_purchase": D(2024, 6, 1),
        "purchase_count": 10,
        "today": TODAY,
        "settings": S,
    }
    args.update(overrides)
    return classify_value(**args)  # type: ignore[arg-type]


def test_value_prospect_and_no_class() -> None:
    assert _value(first_purchase=None, last_purchase=None, purchase_count=0,
                  amount_12m=0, amount_prev_12m=0) is None
    # Steady, not top, not new: no class.
    assert _value() is None


def test_value_frozen_boundary() -> None:
    # Exactly 12 months without a purchase is frozen; one day less is not.
    assert _value(last_purchase=D(2023, 6, 30), amount_12m=0) == VALUE_FROZEN
    assert _value(last_purchase=D(2023, 7, 1), amount_12m=10) == VALUE_MIGRATING
    # Frozen beats value even with a top threshold that would match.
    assert _value(last_purchase=D(2022, 1, 1), amount_12m=0, amount_prev_12m=0,
                  top_threshold=1) == VALUE_FROZEN


def test_value_migrating_exact_30_percent() -> None:
    assert _value(amount_prev_12m=100_000, amount_12m=70_000) == VALUE_MIGRATING
    assert _value(amount_prev_12m=100_000, amount_12m=70_001) is None
    # A top customer that fell by 30% is migrating, not value (precedence).
    assert _value(amount_prev_12m=2_000_000, amount_12m=1_400_000,
                  top_threshold=1_000_000) == VALUE_MIGRATING


def test_value_top_customer() -> None:
    # Top and down 1/6 only: still value ("declining" means migrating).
    assert _value(amount_prev_12m=600_000, amount_12m=500_000,
                  top_threshold=500_000) == VALUE_VALUE
    # Top and growing: value wins over potential.
    assert _value(amount_prev_12m=100_000, amount_12m=500_000,
                  top_threshold=500_000) == VALUE_VALUE
    assert _value(amount_prev_12m=499_999, amount_12m=499_999, top_threshold=500_000) is None
    # Nobody bought (threshold None) means nobody is top.
    assert _value(top_threshold=None) is None


def test_value_potential_growing() -> None:
    assert _value(amount_prev_12m=100_000, amount_12m=130_000) == VALUE_POTENTIAL
    assert _value(amount_prev_12m=100_000, amount_12m=129_999) is None
    # No previous amount: growth is undefined, and an old customer is not new.
    assert _value(amount_prev_12m=0, amount_12m=130_000) is None


def test_value_potential_new_with_repeat() -> None:
    # months_before(2024-06-30, 6) = 2023-12-30: a first purchase after it is new.
    new = {"first_purchase": D(2023, 12, 31), "amount_prev_12m": 0, "amount_12m": 20_000}
    assert _value(**new, purchase_count=2) == VALUE_POTENTIAL
    assert _value(**new, purchase_count=1) is None
    assert _value(**{**new, "first_purchase": D(2023, 12, 30)}, purchase_count=2) is None


# --------------------------------------------------------------------------- lifecycle


@pytest.mark.parametrize(
    ("last", "today", "expected"),
    [
        (None, D(2024, 6, 15), LIFECYCLE_PROSPECT),
        (D(2024, 6, 15), D(2024, 6, 15), LIFECYCLE_HONEYMOON),
        (D(2024, 7, 1), D(2024, 6, 15), LIFECYCLE_HONEYMOON),  # future date
        (D(2024, 3, 16), D(2024, 6, 15), LIFECYCLE_HONEYMOON),
        (D(2024, 3, 15), D(2024, 6, 15), LIFECYCLE_ACTIVE),  # exactly 3 months
        (D(2023, 12, 16), D(2024, 6, 15), LIFECYCLE_ACTIVE),
        (D(2023, 12, 15), D(2024, 6, 15), LIFECYCLE_CHURNING),  # exactly 6 months
        (D(2023, 6, 16), D(2024, 6, 15), LIFECYCLE_CHURNING),
        (D(2023, 6, 15), D(2024, 6, 15), LIFECYCLE_DORMANT),  # exactly 12 months
        # Leap days: 3 months before 2024-05-31 is 2024-02-29.
        (D(2024, 2, 29), D(2024, 5, 31), LIFECYCLE_ACTIVE),
        (D(2024, 3, 1), D(2024, 5, 31), LIFECYCLE_HONEYMOON),
        # 12 months before 2025-02-28 is 2024-02-28, so the leap day is still churning.
        (D(2024, 2, 29), D(2025, 2, 28), LIFECYCLE_CHURNING),
        (D(2024, 2, 28), D(2025, 2, 28), LIFECYCLE_DORMANT),
        (D(2024, 2, 29), D(2025, 3, 1), LIFECYCLE_DORMANT),
        # 12 months before 2024-02-29 is 2023-02-28.
        (D(2023, 2, 28), D(2024, 2, 29), LIFECYCLE_DORMANT),
        (D(2023, 3, 1), D(2024, 2, 29), LIFECYCLE_CHURNING),
    ],
)
def test_lifecycle_stage_boundaries(last: date | None, today: date, expected: str) -> None:
    assert lifecycle_stage(last, today, S) == expected


def test_lifecycle_purchase_range_values() -> None:
    today = D(2024, 6, 15)
    assert lifecycle_purchase_range(LIFECYCLE_HONEYMOON, today, S) == (D(2024, 3, 16), None)
    assert lifecycle_purchase_range(LIFECYCLE_ACTIVE, today, S) == (D(2023, 12, 16), D(2024, 3, 16))
    assert lifecycle_purchase_range(LIFECYCLE_CHURNING, today, S) == (
        D(2023, 6, 16), D(2023, 12, 16)
    )
    assert lifecycle_purchase_range(LIFECYCLE_DORMANT, today, S) == (None, D(2023, 6, 16))
    assert lifecycle_purchase_range(LIFECYCLE_PROSPECT, today, S) == (None, None)
    with pytest.raises(ValueError):
        lifecycle_purchase_range("nonsense", today, S)


def _in_range(last: date, bounds: tuple[date | None, date | None]) -> bool:
    start, end = bounds
    return (start is None or start <= last) and (end is None or last < end)


@pytest.mark.parametrize("settings", [S, dataclasses.replace(S, lifecycle_months=(1, 2, 3))])
def test_lifecycle_range_agrees_with_stage_every_day(settings: BusinessSettings) -> None:
    # Every "today" over two years including a leap year, against every last-purchase day
    # from a few days ahead to past the dormant boundary: exactly one range holds it, the
    # stage's own.
    stages = [s for s in LIFECYCLE_STAGES if s != LIFECYCLE_PROSPECT]
    days_back = settings.lifecycle_months[-1] * 31 + 10
    today = D(2023, 6, 1)
    while today <= D(2025, 6, 1):
        ranges = {s: lifecycle_purchase_range(s, today, settings) for s in stages}
        for back in range(-3, days_back):
            last = today - timedelta(days=back)
            stage = lifecycle_stage(last, today, settings)
            holding = [s for s in stages if _in_range(last, ranges[s])]
            assert holding == [stage], (today, last)
        today += timedelta(days=1)


# --------------------------------------------------------------------------- RFM


def test_quintiles_of_ten_distinct_values() -> None:
    values = [30.0, 100.0, 10.0, 80.0, 50.0, 20.0, 90.0, 60.0, 40.0, 70.0]
    # Ranked 10..100: two per quintile.
    assert quintile_scores(values) == [2, 5, 1, 4, 3, 1, 5, 3, 2, 4]
    # Lower is better flips them.
    assert quintile_scores(values, higher_is_better=False) == [4, 1, 5, 2, 3, 5, 1, 3, 4, 2]


def test_quintiles_with_ties() -> None:
    # Five zeros share positions 1..5: mid rank 3, percentile 2.5/10 -> score 2.
    assert quintile_scores([0, 0, 0, 0, 0, 1, 2, 3, 4, 5]) == [2, 2, 2, 2, 2, 3, 4, 4, 5, 5]
    assert quintile_scores([1, 2, 2, 3]) == [1, 3, 3, 5]
    assert quintile_scores([5, 5, 5, 5, 5]) == [3, 3, 3, 3, 3]
    assert quintile_scores([7]) == [3]
    assert quintile_scores([]) == []
    with pytest.raises(ValueError):
        quintile_scores([1.0, float("nan")])


def test_quintiles_do_not_depend_on_input_order() -> None:
    rng = random.Random(4)
    values = [float(rng.randint(0, 20)) for _ in range(57)]
    scores = dict(zip(values, quintile_scores(values), strict=True))
    shuffled = values[:]
    rng.shuffle(shuffled)
    assert [scores[v] for v in shuffled] == quintile_scores(shuffled)
    # Higher values never score lower.
    ordered = sorted(scores)
    assert [scores[v] for v in ordered] == sorted(scores[v] for v in ordered)


def test_rfm_scores_and_segments() -> None:
    # Recency days: 10 (best), 400 (worst), 30, 30, 200.
    recency = [10, 400, 30, 30, 200]
    frequency = [8, 1, 2, 6, 3]
    monetary = [900_00, 50_00, 300_00, 100_00, 700_00]
    scores = rfm_scores(recency, frequency, monetary)
    assert scores == [
        RfmScore(5, 5, 5),
        RfmScore(1, 1, 1),
        RfmScore(4, 2, 3),
        RfmScore(4, 4, 2),
        RfmScore(2, 3, 4),
    ]
    assert [s.segment for s in scores] == [
        "important_value", "general_retain", "important_develop", "general_value",
        "important_keep",
    ]
    with pytest.raises(ValueError):
        rfm_scores([1], [1, 2], [1])


@pytest.mark.parametrize(
    ("r", "f", "m", "segment"),
    [
        (3, 3, 3, "important_value"),
        (5, 2, 4, "important_develop"),
        (2, 5, 3, "important_keep"),
        (1, 1, 5, "important_retain"),
        (4, 4, 2, "general_value"),
        (3, 1, 1, "general_develop"),
        (2, 3, 2, "general_keep"),
        (1, 2, 1, "general_retain"),
    ],
)
def test_rfm_segment(r: int, f: int, m: int, segment: str) -> None:
    assert rules.RFM_HIGH_SCORE == 3
    assert rfm_segment(r, f, m) == segment
    assert segment in RFM_SEGMENTS


# --------------------------------------------------------------------------- activity


def test_activity_score() -> None:
    w = (0.4, 0.4, 0.2)
    full = activity_score(days_since_purchase=0, purchases_in_window=12,
                          followups_in_window=24, window_days=365, weights=w)
    assert full == pytest.approx(100.0)
    assert activity_score(days_since_purchase=None, purchases_in_window=0,
                          followups_in_window=0, window_days=365, weights=w) == 0.0
    # 73/365 days -> recency 80; 6/12 purchases -> 50; 6/24 follow-ups -> 25.
    # 0.4*80 + 0.4*50 + 0.2*25 = 32 + 20 + 5 = 57.
    mid = activity_score(days_since_purchase=73, purchases_in_window=6,
                         followups_in_window=6, window_days=365, weights=w)
    assert mid == pytest.approx(57.0)
    # Weights are normalised: (2, 2, 1) is the same mix.
    assert activity_score(days_since_purchase=73, purchases_in_window=6,
                          followups_in_window=6, window_days=365,
                          weights=(2, 2, 1)) == pytest.approx(57.0)
    # Beyond the window recency is 0; saturation caps at 100 each.
    assert activity_score(days_since_purchase=500, purchases_in_window=50,
                          followups_in_window=99, window_days=365,
                          weights=w) == pytest.approx(60.0)


def test_activity_score_rejects_bad_weights() -> None:
    with pytest.raises(ValueError):
        activity_score(days_since_purchase=0, purchases_in_window=0, followups_in_window=0,
                       window_days=365, weights=(0, 0, 0))
    with pytest.raises(ValueError):
        activity_score(days_since_purchase=0, purchases_in_window=0, followups_in_window=0,
                       window_days=0, weights=(1, 1, 1))


# --------------------------------------------------------------------------- repurchase


def test_repurchase_rates() -> None:
    # Buyers: 1, 2, 3 orders (the 0 is not a buyer): 2 of 3 bought again.
    assert repurchase_rate_by_customers([1, 2, 3, 0]) == pytest.approx(2 / 3)
    # Orders: 6 in all; repeats 0 + 1 + 2 = 3.
    assert repurchase_rate_by_orders([1, 2, 3, 0]) == pytest.approx(0.5)
    assert repurchase_rate_by_customers(c for c in [1, 1]) == 0.0
    assert repurchase_rate_by_orders([1, 1]) == 0.0
    assert repurchase_rate_by_customers([]) is None
    assert repurchase_rate_by_orders([0, 0]) is None
    with pytest.raises(ValueError):
        repurchase_rate_by_orders([-1])


def test_retention_rate() -> None:
    assert retention_rate({1, 2, 3, 4}, {2, 3, 4, 9}) == 0.75
    assert retention_rate([1, 1, 2], [1]) == 0.5  # duplicates ignored
    assert retention_rate(set(), {1}) is None


def test_won_back() -> None:
    period = (D(2023, 1, 1), D(2023, 12, 31))
    # Gap of more than 12 months before a purchase in the period.
    assert is_won_back([D(2022, 1, 10), D(2023, 3, 1)], *period, 12)
    # Exactly 12 months: dormant on that day (as in lifecycle_stage), so won back.
    assert is_won_back([D(2022, 3, 1), D(2023, 3, 1)], *period, 12)
    assert not is_won_back([D(2022, 3, 2), D(2023, 3, 1)], *period, 12)
    # The first purchase ever is a new customer.
    assert not is_won_back([D(2023, 3, 1)], *period, 12)
    assert not is_won_back([], *period, 12)
    # Unsorted input; period bounds are inclusive.
    assert is_won_back([D(2023, 12, 31), D(2021, 5, 5)], *period, 12)
    assert is_won_back([D(2023, 1, 1), D(2021, 5, 5)], *period, 12)
    # The return happened before the period; in the period only a regular purchase.
    assert not is_won_back([D(2020, 1, 1), D(2022, 6, 1), D(2023, 2, 1)], *period, 12)
    # The return is after the period.
    assert not is_won_back([D(2022, 1, 1), D(2024, 1, 1)], *period, 12)


def test_won_back_leap_day() -> None:
    # 12 months before 2024-02-29 is 2023-02-28.
    period = (D(2024, 1, 1), D(2024, 12, 31))
    assert is_won_back([D(2023, 2, 28), D(2024, 2, 29)], *period, 12)
    assert not is_won_back([D(2023, 3, 1), D(2024, 2, 29)], *period, 12)


# --------------------------------------------------------------------------- profit and CLV


def test_margin() -> None:
    assert margin(100_00, 60_00) == pytest.approx(0.4)
    assert margin(100_00, 125_00) == pytest.approx(-0.25)
    assert margin(0, 10_00) is None


def test_top_profit_share_by_hand() -> None:
    # 10 customers -> top 2: 500 + 300 = 800; total 500+300+100+100+50+0-50 = 1000.
    profits = [500_00, 300_00, 100_00, 100_00, 50_00, 0, -50_00, 0, 0, 0]
    assert top_profit_share(profits) == pytest.approx(0.8)
    # 7 customers -> ceil(1.4) = 2: (100 + 50) / 220.
    assert top_profit_share([10, 100, 20, 5, 50, 30, 5]) == pytest.approx(150 / 220)
    # Losses elsewhere push the share above 1.
    assert top_profit_share([100, -50]) == pytest.approx(2.0)
    assert top_profit_share([100, -100]) is None
    assert top_profit_share([]) is None


def test_clv() -> None:
    assert historical_clv(123_45) == 123_45
    assert expected_years(None) == 1.0
    assert expected_years(0.75) == pytest.approx(4.0)
    assert expected_years(0.95) == 10.0  # 20 years, capped
    assert expected_years(1.0) == 10.0
    assert expected_years(0.5, cap=1.5) == 1.5
    assert expected_years(-0.2) == 1.0
    # 200.00 x 3 a year x 40% x 4 years = 960.00.
    assert predicted_clv(average_order_cents=200_00, purchases_per_year=3, margin=0.4,
                         years=4) == 960_00
    # Halves round away from zero, not to even.
    assert predicted_clv(average_order_cents=2.5, purchases_per_year=1, margin=1,
                         years=1) == 3
    assert predicted_clv(average_order_cents=2.5, purchases_per_year=1, margin=-1,
                         years=1) == -3


# --------------------------------------------------------------------------- contact frequency


@pytest.mark.parametrize(
    ("frequency", "days", "expected"),
    [
        (7, 0, CONTACT_STATUS_GREEN),
        (7, 6, CONTACT_STATUS_GREEN),
        (7, 7, CONTACT_STATUS_AMBER),  # round(1.4) = 1 amber day: due today
        (7, 8, CONTACT_STATUS_RED),
        (14, 11, CONTACT_STATUS_GREEN),  # round(2.8) = 3 amber days: 12..14
        (14, 12, CONTACT_STATUS_AMBER),
        (14, 15, CONTACT_STATUS_RED),
        (30, 24, CONTACT_STATUS_GREEN),  # 6 amber days: 25..30
        (30, 25, CONTACT_STATUS_AMBER),
        (30, 30, CONTACT_STATUS_AMBER),
        (30, 31, CONTACT_STATUS_RED),
        (1, 0, CONTACT_STATUS_GREEN),
        (1, 1, CONTACT_STATUS_AMBER),
        (1, 2, CONTACT_STATUS_RED),
        (7, -3, CONTACT_STATUS_GREEN),  # a contact dated in the future
    ],
)
def test_contact_status(frequency: int, days: int, expected: str) -> None:
    last = D(2024, 6, 1)
    today = last + timedelta(days=days)
    assert contact_status(last, today, frequency) == expected
    # Red exactly when today is past the due date.
    due = contact_due_date(last, frequency)
    assert due is not None
    assert (expected == CONTACT_STATUS_RED) == (today > due)


def test_contact_never_and_due_date() -> None:
    assert contact_status(None, D(2024, 6, 1), 30) == CONTACT_STATUS_RED
    assert contact_due_date(D(2024, 6, 1), 7) == D(2024, 6, 8)
    assert contact_due_date(None, 7) is None
    with pytest.raises(ValueError):
        contact_status(D(2024, 6, 1), D(2024, 6, 1), 0)


# --------------------------------------------------------------------------- customer stage


@pytest.mark.parametrize(
    ("deals", "followup", "orders", "expected"),
    [
        ([], None, False, "potential"),
        ([], None, True, "deal"),
        (["lost", "won"], None, False, "deal"),
        (["lost", "lost"], None, True, "deal"),  # an order beats lost deals
        ([], "won", False, "deal"),
        (["potential"], None, False, "potential"),
        (["quote"], None, False, "intent"),
        (["lost", "intent"], None, False, "intent"),
        ([], "intent", False, "intent"),
        (["potential"], "negotiation", False, "intent"),
        (["lost"], "negotiation", False, "intent"),  # interest again after a lost deal
        (["lost", "lost"], None, False, "lost"),
        (["lost", "lost"], "potential", False, "lost"),
        (["lost", "potential"], None, False, "potential"),
        ([], "lost", False, "lost"),
        (["potential"], "lost", False, "potential"),  # an open deal is still open
        (["no-such-stage"], None, False, "potential"),
    ],
)
def test_customer_stage(deals: list[str], followup: str | None, orders: bool,
                        expected: str) -> None:
    assert expected in CUSTOMER_STAGES
    assert customer_stage(deals, followup, has_orders=orders, settings=S) == expected


def test_customer_stage_with_renamed_stages() -> None:
    settings = dataclasses.replace(S, deal_stages=[
        DealStageSpec("lead", "线索", 5),
        DealStageSpec("qualified", "已确认", 50),
        DealStageSpec("signed", "签约", 100, is_won=True),
        DealStageSpec("dropped", "放弃", 0, is_lost=True),
    ])
    assert customer_stage(["lead"], None, has_orders=False, settings=settings) == "potential"
    assert customer_stage(["qualified"], None, has_orders=False, settings=settings) == "intent"
    assert customer_stage(["signed"], None, has_orders=False, settings=settings) == "deal"
    assert customer_stage(["dropped"], None, has_orders=False, settings=settings) == "lost"


# --------------------------------------------------------------------------- satisfaction


def test_satisfaction_trend() -> None:
    d0 = D(2024, 1, 1)
    up = [(d0, 3), (d0 + timedelta(days=30), 4), (d0 + timedelta(days=60), 5)]
    assert satisfaction_trend(up) == "up"  # slope 1 point per 30 days
    assert satisfaction_trend(list(reversed(up))) == "up"  # input order does not matter
    down = [(d0, 5), (d0 + timedelta(days=30), 4), (d0 + timedelta(days=60), 3)]
    assert satisfaction_trend(down) == "down"
    # One point over 300 days is exactly 0.1 per 30 days: flat (the threshold is strict).
    assert satisfaction_trend([(d0, 4), (d0 + timedelta(days=300), 5)]) == "flat"
    assert satisfaction_trend([(d0, 4), (d0 + timedelta(days=299), 5)]) == "up"
    assert satisfaction_trend([(d0, 5), (d0 + timedelta(days=299), 4)]) == "down"
    # A dip and a recovery: least squares slope 0.
    assert satisfaction_trend([(d0, 4), (d0 + timedelta(days=30), 2),
                               (d0 + timedelta(days=60), 4)]) == "flat"
    assert satisfaction_trend([(d0, 1), (d0, 5)]) == "flat"  # same day, no slope
    assert satisfaction_trend([(d0, 5)]) == "none"
    assert satisfaction_trend([]) == "none"


def test_average_satisfaction() -> None:
    d0 = D(2024, 1, 1)
    assert average_satisfaction([(d0, 5), (d0, 4), (d0, 3), (d0, 5)]) == pytest.approx(4.25)
    assert average_satisfaction([]) is None


# --------------------------------------------------------------------------- funnel


def test_funnel() -> None:
    # Currently at potential 40, intent 30, quote 20, negotiation 0, won 10.
    reached = funnel_reached([40, 30, 20, 0, 10])
    assert reached == [100, 60, 30, 10, 10]
    assert funnel_conversion(reached) == pytest.approx([0.6, 0.5, 1 / 3, 1.0])
    assert funnel_conversion([5, 0, 0]) == [0.0, None]
    assert funnel_conversion([7]) == []
    assert funnel_reached([]) == []
