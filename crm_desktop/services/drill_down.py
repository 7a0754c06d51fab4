"""The customers behind a chart's bar when the customer list cannot filter by it itself.

Most bars of the analysis map to a customer list filter (a tier, a lifecycle stage...). A
funnel stage counts deals, which the list cannot filter by: `funnel_stage_customers` finds
the customers of the deals a stage counts (services.analytics: deals of the scoped
customers, created in the period, now at the stage), so the list can show exactly them.
"""

from __future__ import annotations

from datetime import date, timedelta

from crm_desktop.services import settings as settings_service
from crm_desktop.services.analytics import Period, Scope
from crm_desktop.storage.database import bound_database


def funnel_stage_customers(
    period: Period, scope: Scope, stage: str, today: date | None = None
) -> list[int]:
    """Ids of the scoped customers with a deal created in `period` and now at `stage`."""
    where, params = scope.where(today or date.today(), settings_service.business_settings())
    # Moments are ISO text: the period's last day ends where the next day starts.
    end_moment = (period.end + timedelta(days=1)).isoformat()
    cursor = bound_database().execute_sql(
        "SELECT DISTINCT d.customer_id FROM deal d JOIN customer c ON c.id = d.customer_id "
        f"WHERE d.stage = ? AND d.created_at >= ? AND d.created_at < ? AND {where} "
        "ORDER BY d.customer_id",
        [stage, period.start.isoformat(), end_moment, *params],
    )
    return [int(row[0]) for row in cursor.fetchall()]
