"""services.analytics against a small hand-built base whose answers are worked out below.

Today is 2026-06-15 (a Monday). Two staff members, 王经理 (A) and 李销售 (B); seven customers:

  C1 甲贸易  owner A, manual tier VIP, tag 高端; created 2024-01-01
     orders 2025-03-10 (100 yuan, cost 60), 2026-02-01 (200, 100), 2026-05-20 (300, 150)
  C2 乙科技  owner A; created 2024-01-01
     orders 2024-06-01 (400, 200), 2026-03-01 (600, 300)
  C3 丙餐饮  owner B, tag 高端; created 2024-01-01
     order 2025-06-15 (1000, 700)  (exactly 12 months before today)
  C4 丁物流  owner B; created 2024-01-01
     orders 2025-09-01 (200, 100), 2025-10-01 (200, 100)
  C5 戊教育  owner B; created 2026-06-01
     orders 2026-06-15 (50, 10), (50, 10), (100, 20)
  C6 己咨询  owner A; created 2026-04-10; no orders (a prospect)
  C7 庚建筑  owner A; created 2026-03-01, archived: a won deal and a follow-up, left out
     of every figure.

Deals (created, closed, history):
  D1 C1 owner A 1000 yuan: created 2026-01-05, potential > intent > quote > negotiation > won,
     closed 2026-02-01.
  D2 C2 owner A 500: created 2026-02-01, potential > intent > lost, closed 2026-03-01.
  D3 C4 owner B 300: created 2026-03-01, potential > quote (skipped intent), open.
  D4 C3 owner B 200: created 2026-04-01, potential, open.
  D5 C1 owner A 9999: created 2025-05-01, won 2025-06-01 (before 2026).
  D6 C7 owner A 7777: created 2026-03-02, won 2026-03-05 (archived customer).
Follow-ups: A on C1 2026-01-10 (next 2026-01-20); A on C2 2026-05-01 (next 2026-07-01);
  B on C3 2025-12-31 23:00 (next 2026-01-05); B on C4 2026-12-31 23:59 (no next);
  A on C7 2026-03-03.
Service records with scores: C1 closed 2026-02-10, 5; C3 opened 2026-03-05 (still open), 3;
  C2 closed 2025-12-20, 4 (before 2026); C5 closed 2026-04-01 without a score.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from peewee import SqliteDatabase

from crm_desktop.domain import rules
from crm_desktop.services import analytics, facts, staff, tags
from crm_desktop.services.analytics import Period, Scope
from crm_desktop.services.customer_list import CustomerFilter
from crm_desktop.storage.models import (
    Customer,
    Deal,
    DealStageChange,
    FollowUp,
    Order,
    ServiceRecord,
)

TODAY = dt.date(2026, 6, 15)
D = dt.date.fromisoformat


def moment(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


@dataclass(frozen=True)
class Base:
    staff_a: int
    staff_b: int
    tag: int
    c1: int
    c2: int
    c3: int
    c4: int
    c5: int
    c6: int
    c7: int


def _order(customer_id: int, day: str, amount_yuan: int, cost_yuan: int) -> None:
    Order.insert(customer=customer_id, order_date=D(day), amount_cents=amount_yuan * 100,
                 cost_cents=cost_yuan * 100, paid_cents=amount_yuan * 100).execute()


def _deal(customer_id: int, owner: int, amount_yuan: int, created: str, path: list[str],
          closed: str | None = None) -> None:
    deal_id = Deal.insert(
        customer=customer_id, title="项目", amount_cents=amount_yuan * 100, stage=path[-1],
        owner=owner, created_at=moment(created),
        closed_at=moment(closed) if closed else None,
    ).execute()
    previous = None
    for stage in path:
        DealStageChange.insert(deal=deal_id, customer=customer_id, from_stage=previous,
                               to_stage=stage, changed_at=moment(created)).execute()
        previous = stage


@pytest.fixture
def base(db: SqliteDatabase, new_customer: Callable[..., int]) -> Base:
    staff_a, _ = staff.add_staff({"name": "王经理"})
    staff_b, _ = staff.add_staff({"name": "李销售"})
    tag = tags.find_or_create("消费偏好", "高端")
    c1 = new_customer("甲贸易", owner_id=staff_a, tier_manual="vip")
    c2 = new_customer("乙科技", owner_id=staff_a)
    c3 = new_customer("丙餐饮", owner_id=staff_b)
    c4 = new_customer("丁物流", owner_id=staff_b)
    c5 = new_customer("戊教育", owner_id=staff_b)
    c6 = new_customer("己咨询", owner_id=staff_a)
    c7 = new_customer("庚建筑", owner_id=staff_a)
    tags.set_customer_tags(c1, [tag])
    tags.set_customer_tags(c3, [tag])
    for customer_id, day, amount, cost in (
        (c1, "2025-03-10", 100, 60), (c1, "2026-02-01", 200, 100), (c1, "2026-05-20", 300, 150),
        (c2, "2024-06-01", 400, 200), (c2, "2026-03-01", 600, 300),
        (c3, "2025-06-15", 1000, 700),
        (c4, "2025-09-01", 200, 100), (c4, "2025-10-01", 200, 100),
        (c5, "2026-06-15", 50, 10), (c5, "2026-06-15", 50, 10), (c5, "2026-06-15", 100, 20),
    ):
        _order(customer_id, day, amount, cost)
    _deal(c1, staff_a, 1000, "2026-01-05 09:00:00",
          ["potential", "intent", "quote", "negotiation", "won"], "2026-02-01 10:00:00")
    _deal(c2, staff_a, 500, "2026-02-01 09:00:00", ["potential", "intent", "lost"],
          "2026-03-01 10:00:00")
    _deal(c4, staff_b, 300, "2026-03-01 09:00:00", ["potential", "quote"])
    _deal(c3, staff_b, 200, "2026-04-01 09:00:00", ["potential"])
    _deal(c1, staff_a, 9999, "2025-05-01 09:00:00", ["potential", "won"], "2025-06-01 10:00:00")
    _deal(c7, staff_a, 7777, "2026-03-02 09:00:00", ["potential", "won"], "2026-03-05 10:00:00")
    for customer_id, who, occurred, next_date in (
        (c1, staff_a, "2026-01-10 10:00:00", "2026-01-20"),
        (c2, staff_a, "2026-05-01 10:00:00", "2026-07-01"),
        (c3, staff_b, "2025-12-31 23:00:00", "2026-01-05"),
        (c4, staff_b, "2026-12-31 23:59:00", None),
        (c7, staff_a, "2026-03-03 10:00:00", None),
    ):
        FollowUp.insert(customer=customer_id, staff=who, occurred_at=moment(occurred),
                        next_follow_up=D(next_date) if next_date else None).execute()
    for customer_id, score, opened, closed in (
        (c1, 5, "2026-02-01 09:00:00", "2026-02-10 09:00:00"),
        (c3, 3, "2026-03-05 09:00:00", None),
        (c2, 4, "2025-12-01 09:00:00", "2025-12-20 09:00:00"),
        (c5, None, "2026-03-20 09:00:00", "2026-04-01 09:00:00"),
    ):
        ServiceRecord.insert(customer=customer_id, kind="return_visit", satisfaction=score,
                             status="closed" if closed else "open", opened_at=moment(opened),
                             closed_at=moment(closed) if closed else None).execute()
    with db.atomic():
        facts.refresh_customers([c1, c2, c3, c4, c5, c6, c7], today=TODAY)
    facts.refresh_classification(TODAY)
    for customer_id, created in (
        (c1, "2024-01-01"), (c2, "2024-01-01"), (c3, "2024-01-01"), (c4, "2024-01-01"),
        (c5, "2026-06-01"), (c6, "2026-04-10"), (c7, "2026-03-01"),
    ):
        Customer.update(created_at=moment(f"{created} 08:00:00")).where(
            Customer.id == customer_id).execute()
    Customer.update(archived_at=moment("2026-05-01 08:00:00")).where(Customer.id == c7).execute()
    return Base(staff_a, staff_b, tag, c1, c2, c3, c4, c5, c6, c7)


def counts(bars: list[analytics.Bar]) -> dict[str, int]:
    return {bar.key: bar.count for bar in bars if bar.count}


# ---------------------------------------------------------------------------------------
# Periods
# ---------------------------------------------------------------------------------------


def test_named_periods_and_the_periods_before_them() -> None:
    month = Period.this_month(dt.date(2024, 2, 10))
    assert (month.start, month.end, month.code) == (D("2024-02-01"), D("2024-02-29"), "this_month")
    assert (month.previous().start, month.previous().end) == (D("2024-01-01"), D("2024-01-31"))
    quarter = Period.this_quarter(dt.date(2026, 5, 20))
    assert (quarter.start, quarter.end) == (D("2026-04-01"), D("2026-06-30"))
    assert (quarter.previous().start, quarter.previous().end) == (D("2026-01-01"), D("2026-03-31"))
    year = Period.this_year(TODAY)
    assert (year.start, year.end, year.previous().start) == (
        D("2026-01-01"), D("2026-12-31"), D("2025-01-01"))
    # The 12 months to today start the day after "exactly 12 months ago" (rules' convention).
    last = Period.last_12_months(TODAY)
    assert (last.start, last.end) == (D("2025-06-16"), D("2026-06-15"))
    assert (last.previous().start, last.previous().end) == (D("2024-06-16"), D("2025-06-15"))
    # A custom range of 10 days is preceded by the 10 days before it.
    custom = Period.custom(D("2026-03-11"), D("2026-03-20"))
    assert (custom.previous().start, custom.previous().end) == (D("2026-03-01"), D("2026-03-10"))
    assert custom.months() == ["2026-03"]
    assert Period.named("this_year", TODAY) == year


def test_a_period_ending_before_it_starts_is_refused_clearly() -> None:
    with pytest.raises(ValueError, match=r"ends .*2026-01-01.* before it starts .*2026-02-01"):
        Period.custom(D("2026-02-01"), D("2026-01-01"))
    with pytest.raises(ValueError, match="unknown period"):
        Period.named("next_week", TODAY)


def test_months_before_in_sql_matches_the_rule(db: SqliteDatabase) -> None:
    days = [D("2024-02-29"), D("2024-03-31"), D("2025-03-31"), D("2024-12-31"),
            D("2025-01-01"), D("2023-05-31"), D("2024-08-15")]
    for months in (1, 3, 12, 13):
        sql = analytics._months_before_sql("?1", months)
        for day in days:
            got = db.execute_sql(f"SELECT {sql}", [day.isoformat()]).fetchone()[0]
            assert got == rules.months_before(day, months).isoformat(), (day, months)


# ---------------------------------------------------------------------------------------
# The whole base over 2026
# ---------------------------------------------------------------------------------------


def test_headline_figures_for_the_year(base: Base) -> None:
    result = analytics.analyse(Period.this_year(TODAY), today=TODAY)
    h = result.headline
    assert result.as_of == TODAY  # the year has not ended: lifecycle as of today
    # C1..C6 (C7 is archived); created in 2026: C5 and C6.
    assert (h.customers, h.new_customers) == (6, 2)
    # Lifecycle on 2026-06-15 (3/6/12 months ago: 2026-03-15, 2025-12-15, 2025-06-15):
    # C1 last 05-20 honeymoon, C5 06-15 honeymoon, C2 03-01 active, C4 2025-10-01 churning,
    # C3 2025-06-15 (exactly 12 months) dormant, C6 prospect. Active = honeymoon + active.
    assert (h.active, h.churning, h.dormant) == (3, 1, 1)
    assert counts(result.lifecycle) == {
        "prospect": 1, "honeymoon": 2, "active": 1, "churning": 1, "dormant": 1}
    # Buyers in 2026: C1 (2 orders), C2 (1), C5 (3): 6 orders.
    # By customers 2 of 3 bought again; by orders (6 - 3) repeats / 6.
    assert (h.buyers, h.orders) == (3, 6)
    assert h.repurchase_rate_customers == pytest.approx(2 / 3)
    assert h.repurchase_rate_orders == pytest.approx(0.5)
    # Bought in 2025: C1, C3, C4; of them only C1 bought in 2026.
    assert h.retention_rate == pytest.approx(1 / 3)
    # C2's 2026-03-01 order follows 2024-06-01, before 2025-03-01: won back. C1's 2026-02-01
    # follows 2025-03-10, after 2025-02-01: not.
    assert h.won_back == 1
    # Revenue 500 + 600 + 200 = 1300 yuan; profit 250 + 300 + 160 = 710 yuan.
    assert (h.revenue_cents, h.total_profit_cents) == (130_000, 71_000)
    assert h.margin == pytest.approx(710 / 1300)
    # Top 20% of 3 buyers = ceil(0.6) = 1 buyer: C2 with 300 of 710.
    assert h.top20_profit_share == pytest.approx(300 / 710)
    # Scores dated in 2026: C1 5 (closed 02-10) and C3 3 (open, opened 03-05); C2's is 2025.
    assert (h.average_satisfaction, h.satisfaction_ratings) == (4.0, 2)
    # Closed in 2026: D1 won (1000 yuan), D2 lost; D5 closed 2025, D6 is C7's (archived).
    assert (h.deals_won, h.deals_lost, h.won_amount_cents) == (1, 1, 100_000)
    assert h.conversion_rate == pytest.approx(0.5)


def test_clv_historical_and_predicted(base: Base) -> None:
    h = analytics.analyse(Period.this_year(TODAY), today=TODAY).headline
    # Historical CLV = profit to date of each customer who bought:
    # C1 40 + 100 + 150 = 290, C2 200 + 300 = 500, C3 300, C4 200, C5 160 -> 1450 / 5 = 290.
    assert h.average_clv_cents == 29_000
    # Predicted: average order to date = 3200 yuan / 11 orders; margin to date = 1450 / 3200.
    # 12 months to today (2025-06-16..2026-06-15): buyers C1, C2, C4, C5 with 2 + 1 + 2 + 3 = 8
    # orders -> 2 a year. The 12 before (2024-06-16..2025-06-15): C1 and C3; C1 stayed ->
    # retention 1/2 -> expected years 1 / (1 - 1/2) = 2.
    expected = rules.predicted_clv(average_order_cents=320_000 / 11, purchases_per_year=2,
                                   margin=1450 / 3200, years=2.0)
    assert h.predicted_clv_cents == expected == round(320_000 / 11 * 2 * 1450 / 3200 * 2)


def test_tiers_stages_and_classifications(base: Base) -> None:
    result = analytics.analyse(Period.this_year(TODAY), today=TODAY)
    # C1's manual VIP wins; nobody reaches a rule tier (far below 50,000 yuan or 4 orders).
    assert [bar.key for bar in result.tiers] == ["ordinary", "vip", "super"]
    assert counts(result.tiers) == {"ordinary": 5, "vip": 1}
    # Revenue in 2026 behind each tier: VIP C1 500 yuan; ordinary C2 600 + C5 200.
    assert {bar.key: bar.amount_cents for bar in result.tiers} == {
        "ordinary": 80_000, "vip": 50_000, "super": 0}
    # Customer stage: everyone with orders is "deal"; C6 has nothing: potential.
    assert counts(result.stages) == {"deal": 5, "potential": 1}
    # RFM over 2025-06-16..2026-06-15 (scores by rank among the 5 buyers, 3+ is high):
    #   recency days C3 365, C4 257, C2 106, C1 26, C5 0      -> R 1, 2, 3, 4, 5
    #   frequency   C3 0, C2 1, C1 2, C4 2 (tied), C5 3        -> F 1, 2, 4, 4, 5
    #   monetary    C3 0, C5 200, C4 400, C1 500, C2 600 yuan  -> M 1, 2, 3, 4, 5
    # C1 R4F4M4 important_value, C2 R3F2M5 important_develop, C3 R1F1M1 general_retain,
    # C4 R2F4M3 important_keep, C5 R5F5M2 general_value.
    assert counts(result.rfm_segments) == {
        "important_value": 1, "important_develop": 1, "general_retain": 1,
        "important_keep": 1, "general_value": 1}
    # Value classes: the top-20% threshold of 12-month amounts (600, 500, 400, 200) is 600:
    # C2 value; C1 grew from 100 to 500 (>= +30%): potential; C5 new since 2025-12-15 with a
    # repeat purchase: potential; C3 last bought exactly 12 months ago: frozen; C4 none.
    assert counts(result.value_classes) == {"value": 1, "potential": 2, "frozen": 1}
    assert counts(result.new_per_month) == {"2026-04": 1, "2026-06": 1}
    assert [bar.key for bar in result.new_per_month][:2] == ["2026-01", "2026-02"]
    assert len(result.new_per_month) == 12


def test_funnel_counts_reached_and_conversion(base: Base) -> None:
    funnel = analytics.analyse(Period.this_year(TODAY), today=TODAY).funnel
    by_stage = {stage.stage: stage for stage in funnel}
    assert [stage.stage for stage in funnel] == [
        "potential", "intent", "quote", "negotiation", "won", "lost"]
    # Created in 2026 (C7's archived deal left out): D1 won, D2 lost, D3 at quote, D4 at
    # potential. Furthest stage: D1 won, D2 intent, D3 quote, D4 potential, so reached:
    # potential 4, intent 3 (D1, D2, D3 passed it: D3 skipped it to quote), quote 2,
    # negotiation 1, won 1.
    assert [stage.reached for stage in funnel[:5]] == [4, 3, 2, 1, 1]
    assert [stage.conversion_from_previous for stage in funnel[:5]] == [
        None, pytest.approx(3 / 4), pytest.approx(2 / 3), pytest.approx(1 / 2), 1.0]
    assert (by_stage["potential"].count, by_stage["potential"].amount_cents) == (1, 20_000)
    assert (by_stage["quote"].count, by_stage["quote"].amount_cents) == (1, 30_000)
    assert (by_stage["won"].count, by_stage["won"].amount_cents) == (1, 100_000)
    assert (by_stage["lost"].count, by_stage["lost"].is_lost) == (1, True)
    assert by_stage["lost"].conversion_from_previous is None
    assert by_stage["quote"].name == "方案报价"


def test_top_customers_satisfaction_trend_and_staff(base: Base) -> None:
    result = analytics.analyse(Period.this_year(TODAY), today=TODAY)
    assert [(bar.key, bar.label, bar.amount_cents, bar.count) for bar in result.top_by_profit] == [
        (str(base.c2), "乙科技", 30_000, 1),
        (str(base.c1), "甲贸易", 25_000, 2),
        (str(base.c5), "戊教育", 16_000, 3),
    ]
    assert result.top_by_profit[0].value == 300.0  # yuan
    assert [(bar.key, bar.value, bar.count) for bar in result.satisfaction_trend] == [
        ("2026-02", 5.0, 1), ("2026-03", 3.0, 1)]
    kpis = {kpi.name: kpi for kpi in result.staff}
    a, b = kpis["王经理"], kpis["李销售"]
    # A owns C1, C2, C6 (C7 archived): new C6; follow-ups on C1 and C2 (C7's left out);
    # D1 won, D2 lost; profit C1 250 + C2 300; satisfaction C1's 5; C1 overdue (next
    # 2026-01-20 before today).
    assert (a.customers, a.new_customers, a.follow_ups, a.overdue_follow_ups) == (3, 1, 2, 1)
    assert (a.deals_won, a.deals_lost, a.won_amount_cents, a.conversion_rate) == (
        1, 1, 100_000, 0.5)
    assert (a.profit_cents, a.average_satisfaction) == (55_000, 5.0)
    # B owns C3, C4, C5: new C5; follow-ups: C4's at 2026-12-31 23:59 is inside the year,
    # C3's at 2025-12-31 23:00 is not; no deal closed; profit C5 160; C3's score 3; C3 overdue.
    assert (b.customers, b.new_customers, b.follow_ups, b.overdue_follow_ups) == (3, 1, 1, 1)
    assert (b.deals_won, b.conversion_rate, b.profit_cents, b.average_satisfaction) == (
        0, None, 16_000, 3.0)


# ---------------------------------------------------------------------------------------
# Scope and period boundaries
# ---------------------------------------------------------------------------------------


def test_scope_by_owner_tier_tag_and_list_filter(base: Base) -> None:
    year = Period.this_year(TODAY)
    by_owner = analytics.analyse(year, Scope(owner_id=base.staff_a), today=TODAY).headline
    # C1, C2, C6: buyers C1 (2 orders) and C2 (1); 2025 buyers: C1, who came back.
    assert (by_owner.customers, by_owner.buyers, by_owner.orders) == (3, 2, 3)
    assert by_owner.repurchase_rate_customers == pytest.approx(1 / 2)
    assert by_owner.retention_rate == 1.0
    assert by_owner.won_back == 1  # C2

    by_tier = analytics.analyse(year, Scope(tier="vip"), today=TODAY)
    assert (by_tier.headline.customers, by_tier.headline.revenue_cents) == (1, 50_000)
    assert [kpi.customers for kpi in by_tier.staff] == [1]  # only A owns a VIP

    by_tag = analytics.analyse(year, Scope(tag_id=base.tag), today=TODAY).headline
    # C1 and C3: in 2025 both bought, in 2026 only C1.
    assert (by_tag.customers, by_tag.buyers, by_tag.retention_rate) == (2, 1, 0.5)
    assert by_tag.dormant == 1

    honeymoon = CustomerFilter(lifecycles=["honeymoon"])  # C1 and C5, as the list sees them
    by_filter = analytics.analyse(year, Scope(customer_filter=honeymoon), today=TODAY).headline
    assert (by_filter.customers, by_filter.buyers, by_filter.repurchase_rate_customers) == (
        2, 2, 1.0)
    both = analytics.analyse(
        year, Scope(owner_id=base.staff_b, customer_filter=honeymoon), today=TODAY).headline
    assert (both.customers, both.total_profit_cents) == (1, 16_000)  # C5 only


def test_period_boundaries_are_inclusive(base: Base) -> None:
    # One day, today: C5's three orders; none of the day before.
    today_only = analytics.analyse(Period.custom(TODAY, TODAY), today=TODAY).headline
    assert (today_only.buyers, today_only.orders, today_only.revenue_cents) == (1, 3, 20_000)
    assert today_only.retention_rate is None  # nobody bought on 2026-06-14
    # 2026-01-01..2026-02-01 holds C1's order on its last day; D1 closed that day too.
    january = analytics.analyse(Period.custom(D("2026-01-01"), D("2026-02-01")), today=TODAY)
    assert (january.headline.buyers, january.headline.won_amount_cents) == (1, 100_000)
    assert january.headline.new_customers == 0
    # Nothing in February 2026 after the 1st but C1's order on the 1st.
    march = analytics.analyse(Period.custom(D("2026-02-02"), D("2026-03-01")), today=TODAY)
    assert (march.headline.buyers, march.headline.won_back) == (1, 1)  # C2 on 03-01
    assert march.headline.conversion_rate == 0.0  # D2 lost on 03-01


def test_a_past_period_takes_the_lifecycle_at_its_end(base: Base) -> None:
    result = analytics.analyse(Period.custom(D("2025-01-01"), D("2025-12-31")), today=TODAY)
    assert result.as_of == D("2025-12-31")
    # On 2025-12-31 (3/6/12 months: 2025-09-30, 2025-06-30, 2024-12-31): C4 last 2025-10-01
    # honeymoon; C1 2025-03-10 and C3 2025-06-15 churning; C2 2024-06-01 dormant; C5 (whose
    # orders are later) and C6 prospects.
    assert counts(result.lifecycle) == {
        "honeymoon": 1, "churning": 2, "dormant": 1, "prospect": 2}
    h = result.headline
    assert (h.active, h.churning, h.dormant) == (1, 2, 1)
    # 2025 buyers: C1, C3, C4 with one, one and two orders.
    assert (h.buyers, h.orders, h.repurchase_rate_orders) == (3, 4, 0.25)
    assert h.retention_rate == 0.0  # 2024's only buyer, C2, did not buy in 2025


def test_won_back_over_a_period_longer_than_the_dormant_gap(base: Base) -> None:
    # 2024-01-01..2026-06-15 checks every order: C2's 2026-03-01 (after 2024-06-01) is the
    # only one following a gap of 12 months or more.
    long = analytics.analyse(Period.custom(D("2024-01-01"), TODAY), today=TODAY).headline
    assert (long.won_back, long.buyers) == (1, 5)
    assert rules.is_won_back([D("2024-06-01"), D("2026-03-01")], D("2024-01-01"), TODAY, 12)


def test_an_empty_base_gives_zeros_and_no_rates(db: SqliteDatabase) -> None:
    result = analytics.analyse(Period.this_month(TODAY), today=TODAY)
    h = result.headline
    assert (h.customers, h.buyers, h.won_back, h.total_profit_cents) == (0, 0, 0, 0)
    assert (h.repurchase_rate_customers, h.retention_rate, h.average_satisfaction,
            h.conversion_rate, h.top20_profit_share, h.average_clv_cents,
            h.predicted_clv_cents) == (None,) * 7
    assert [bar.count for bar in result.tiers] == [0, 0, 0]
    assert result.staff == [] and result.top_by_profit == []


def test_cancel_stops_the_analysis(base: Base) -> None:
    asked: list[int] = []

    def cancel() -> bool:
        asked.append(1)
        return len(asked) > 2

    with pytest.raises(analytics.AnalysisCancelled):
        analytics.analyse(Period.this_year(TODAY), today=TODAY, cancel=cancel)
    # The work tables are gone, so the next analysis starts clean.
    assert analytics.analyse(Period.this_year(TODAY), today=TODAY).headline.customers == 6
    assert len(asked) == 3
