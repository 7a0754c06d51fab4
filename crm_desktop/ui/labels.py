"""Translated labels for the codes stored in the database (tiers, stages, kinds...).

The database keeps stable English codes; people see these labels in their language. Each
table is built when asked for, so it uses the translator installed at that moment.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crm_desktop.domain.settings import DealStageSpec, default_deal_stages


def tiers() -> dict[str, str]:
    return {
        "ordinary": QCoreApplication.translate("Labels", "Ordinary"),
        "vip": QCoreApplication.translate("Labels", "VIP"),
        "super": QCoreApplication.translate("Labels", "Super"),
    }


def customer_stages() -> dict[str, str]:
    return {
        "potential": QCoreApplication.translate("Labels", "Potential"),
        "intent": QCoreApplication.translate("Labels", "Intent"),
        "deal": QCoreApplication.translate("Labels", "Deal"),
        "lost": QCoreApplication.translate("Labels", "Lost"),
    }


def lifecycles() -> dict[str, str]:
    return {
        "prospect": QCoreApplication.translate("Labels", "Prospect"),
        "honeymoon": QCoreApplication.translate("Labels", "Honeymoon"),
        "active": QCoreApplication.translate("Labels", "Active"),
        "churning": QCoreApplication.translate("Labels", "Churning"),
        "dormant": QCoreApplication.translate("Labels", "Dormant"),
    }


def value_classes() -> dict[str, str]:
    return {
        "value": QCoreApplication.translate("Labels", "Value customer"),
        "potential": QCoreApplication.translate("Labels", "Potential customer"),
        "migrating": QCoreApplication.translate("Labels", "Migrating customer"),
        "frozen": QCoreApplication.translate("Labels", "Frozen customer"),
    }


def rfm_segments() -> dict[str, str]:
    return {
        "important_value": QCoreApplication.translate("Labels", "Important value"),
        "important_develop": QCoreApplication.translate("Labels", "Important to develop"),
        "important_keep": QCoreApplication.translate("Labels", "Important to keep"),
        "important_retain": QCoreApplication.translate("Labels", "Important to win back"),
        "general_value": QCoreApplication.translate("Labels", "General value"),
        "general_develop": QCoreApplication.translate("Labels", "General to develop"),
        "general_keep": QCoreApplication.translate("Labels", "General to keep"),
        "general_retain": QCoreApplication.translate("Labels", "General to win back"),
    }


def contact_statuses() -> dict[str, str]:
    return {
        "green": QCoreApplication.translate("Labels", "On schedule"),
        "amber": QCoreApplication.translate("Labels", "Due soon"),
        "red": QCoreApplication.translate("Labels", "Overdue"),
    }


def follow_up_statuses() -> dict[str, str]:
    return {
        "overdue": QCoreApplication.translate("Labels", "Overdue"),
        "due_today": QCoreApplication.translate("Labels", "Due today"),
        "upcoming": QCoreApplication.translate("Labels", "Upcoming 7 days"),
        "never": QCoreApplication.translate("Labels", "Never contacted"),
    }


def customer_kinds() -> dict[str, str]:
    return {
        "company": QCoreApplication.translate("Labels", "Company"),
        "person": QCoreApplication.translate("Labels", "Person"),
    }


def risk_levels() -> dict[str, str]:
    return {
        "": QCoreApplication.translate("Labels", "Not assessed"),
        "low": QCoreApplication.translate("Labels", "Low"),
        "medium": QCoreApplication.translate("Labels", "Medium"),
        "high": QCoreApplication.translate("Labels", "High"),
    }


def service_kinds() -> dict[str, str]:
    return {
        "inquiry": QCoreApplication.translate("Labels", "Inquiry"),
        "complaint": QCoreApplication.translate("Labels", "Complaint"),
        "repair": QCoreApplication.translate("Labels", "Repair"),
        "return_visit": QCoreApplication.translate("Labels", "Return visit"),
    }


def service_statuses() -> dict[str, str]:
    return {
        "open": QCoreApplication.translate("Labels", "Open"),
        "in_progress": QCoreApplication.translate("Labels", "In progress"),
        "resolved": QCoreApplication.translate("Labels", "Resolved"),
        "closed": QCoreApplication.translate("Labels", "Closed"),
    }


def priorities() -> dict[str, str]:
    return {
        "low": QCoreApplication.translate("Labels", "Low"),
        "normal": QCoreApplication.translate("Labels", "Normal"),
        "high": QCoreApplication.translate("Labels", "High"),
        "urgent": QCoreApplication.translate("Labels", "Urgent"),
    }


def need_statuses() -> dict[str, str]:
    return {
        "identified": QCoreApplication.translate("Labels", "Identified"),
        "in_progress": QCoreApplication.translate("Labels", "In progress"),
        "met": QCoreApplication.translate("Labels", "Met"),
        "dropped": QCoreApplication.translate("Labels", "Dropped"),
    }


def satisfaction() -> dict[int, str]:
    return {
        5: QCoreApplication.translate("Labels", "Very satisfied"),
        4: QCoreApplication.translate("Labels", "Satisfied"),
        3: QCoreApplication.translate("Labels", "Neutral"),
        2: QCoreApplication.translate("Labels", "Dissatisfied"),
        1: QCoreApplication.translate("Labels", "Very dissatisfied"),
    }


def tier_reasons() -> dict[str, str]:
    return {
        "rule": QCoreApplication.translate("Labels", "By rule"),
        "hand": QCoreApplication.translate("Labels", "By hand"),
    }


def _default_stage_labels() -> dict[str, str]:
    return {
        "potential": QCoreApplication.translate("Labels", "Potential"),
        "intent": QCoreApplication.translate("Labels", "Intent"),
        "quote": QCoreApplication.translate("Labels", "Solution / quote"),
        "negotiation": QCoreApplication.translate("Labels", "Negotiation"),
        "won": QCoreApplication.translate("Labels", "Won"),
        "lost": QCoreApplication.translate("Labels", "Lost"),
    }


def deal_stage(spec: DealStageSpec) -> str:
    """A deal stage's name: the user's own name, or the translated default one."""
    defaults = {s.key: s.name for s in default_deal_stages()}
    if defaults.get(spec.key) == spec.name:
        return _default_stage_labels().get(spec.key, spec.name)
    return spec.name


def fields() -> dict[str, str]:
    """Names of customer fields, for forms, column headers and messages."""
    return {
        "customer": QCoreApplication.translate("Labels", "Customer"),
        "code": QCoreApplication.translate("Labels", "Customer code"),
        "name": QCoreApplication.translate("Labels", "Name"),
        "short_name": QCoreApplication.translate("Labels", "Short name"),
        "kind": QCoreApplication.translate("Labels", "Type"),
        "industry": QCoreApplication.translate("Labels", "Industry"),
        "source": QCoreApplication.translate("Labels", "Source"),
        "province": QCoreApplication.translate("Labels", "Province"),
        "city": QCoreApplication.translate("Labels", "City"),
        "district": QCoreApplication.translate("Labels", "District"),
        "address": QCoreApplication.translate("Labels", "Address"),
        "website": QCoreApplication.translate("Labels", "Website"),
        "phones": QCoreApplication.translate("Labels", "Phone"),
        "mobiles": QCoreApplication.translate("Labels", "Mobile"),
        "email": QCoreApplication.translate("Labels", "E-mail"),
        "wechat": QCoreApplication.translate("Labels", "WeChat"),
        "owner_id": QCoreApplication.translate("Labels", "Owner"),
        "owner": QCoreApplication.translate("Labels", "Owner"),
        "referred_by_id": QCoreApplication.translate("Labels", "Referred by"),
        "first_contact_date": QCoreApplication.translate("Labels", "First contact"),
        "is_valid": QCoreApplication.translate("Labels", "Valid"),
        "invalid_by_hand": QCoreApplication.translate("Labels", "Marked invalid"),
        "notes": QCoreApplication.translate("Labels", "Notes"),
        "hobbies": QCoreApplication.translate("Labels", "Hobbies"),
        "habits": QCoreApplication.translate("Labels", "Habits"),
        "preferences": QCoreApplication.translate("Labels", "Preferences"),
        "risk_level": QCoreApplication.translate("Labels", "Risk level"),
        "risk_reason": QCoreApplication.translate("Labels", "Risk reason"),
        "credit_grade": QCoreApplication.translate("Labels", "Credit grade"),
        "credit_limit": QCoreApplication.translate("Labels", "Credit limit"),
        "credit_code": QCoreApplication.translate("Labels", "Unified social credit code"),
        "contract_amount": QCoreApplication.translate("Labels", "Contract amount"),
        "service_start": QCoreApplication.translate("Labels", "Service start"),
        "service_expiry": QCoreApplication.translate("Labels", "Service expiry"),
        "tier": QCoreApplication.translate("Labels", "Tier"),
        "tier_manual": QCoreApplication.translate("Labels", "Tier set by hand"),
        "stage": QCoreApplication.translate("Labels", "Stage"),
        "lifecycle": QCoreApplication.translate("Labels", "Lifecycle"),
        "value_class": QCoreApplication.translate("Labels", "Value class"),
        "rfm_segment": QCoreApplication.translate("Labels", "RFM segment"),
        "last_contact": QCoreApplication.translate("Labels", "Last contact"),
        "next_follow_up": QCoreApplication.translate("Labels", "Next follow-up"),
        "last_purchase": QCoreApplication.translate("Labels", "Last purchase"),
        "purchase_count": QCoreApplication.translate("Labels", "Purchases"),
        "purchase_total": QCoreApplication.translate("Labels", "Total purchases"),
        "profit": QCoreApplication.translate("Labels", "Profit"),
        "activity": QCoreApplication.translate("Labels", "Activity"),
        "tags": QCoreApplication.translate("Labels", "Tags"),
        "created": QCoreApplication.translate("Labels", "Created"),
        "contact_status": QCoreApplication.translate("Labels", "Contact status"),
        "region": QCoreApplication.translate("Labels", "Region"),
    }


def field(name: str) -> str:
    """A field's name: a customer field, else an import field (mobile, contact_name...)."""
    return fields().get(name) or import_fields().get(name, name)


def import_fields() -> dict[str, str]:
    """Names of the fields a spreadsheet column can be imported into (the import mapping's
    keys, `crm_desktop.domain.headers.FIELD_SYNONYMS`)."""
    names = fields()
    return {
        **{key: names[key] for key in (
            "code", "name", "short_name", "kind", "industry", "source", "province", "city",
            "district", "address", "website", "email", "wechat", "owner", "first_contact_date",
            "notes", "hobbies", "preferences", "risk_level", "credit_grade", "credit_limit",
            "credit_code", "contract_amount", "service_start", "service_expiry", "tier", "tags",
            "next_follow_up",
        )},
        "phone": QCoreApplication.translate("Labels", "Phone"),
        "mobile": QCoreApplication.translate("Labels", "Mobile"),
        "referred_by": QCoreApplication.translate("Labels", "Referred by"),
        "status": QCoreApplication.translate("Labels", "Status (valid / invalid)"),
        "contact_name": QCoreApplication.translate("Labels", "Contact name"),
        "contact_title": QCoreApplication.translate("Labels", "Contact title"),
        "contact_mobile": QCoreApplication.translate("Labels", "Contact mobile"),
        "contact_phone": QCoreApplication.translate("Labels", "Contact phone"),
        "contact_email": QCoreApplication.translate("Labels", "Contact e-mail"),
        "created_at": QCoreApplication.translate("Labels", "Created on"),
        "first_name": QCoreApplication.translate("Labels", "First name"),
        "last_name": QCoreApplication.translate("Labels", "Last name"),
        "followup_at": QCoreApplication.translate("Labels", "Follow-up date"),
        "channel": QCoreApplication.translate("Labels", "Channel"),
        "content": QCoreApplication.translate("Labels", "Content"),
        "outcome": QCoreApplication.translate("Labels", "Outcome"),
        "deal_title": QCoreApplication.translate("Labels", "Deal title"),
        "deal_amount": QCoreApplication.translate("Labels", "Deal amount"),
        "deal_stage": QCoreApplication.translate("Labels", "Deal stage"),
        "expected_close": QCoreApplication.translate("Labels", "Expected close date"),
        "order_date": QCoreApplication.translate("Labels", "Order date"),
        "order_amount": QCoreApplication.translate("Labels", "Order amount"),
        "order_cost": QCoreApplication.translate("Labels", "Order cost"),
        "order_paid": QCoreApplication.translate("Labels", "Amount paid"),
        "order_category": QCoreApplication.translate("Labels", "Product category"),
        "order_description": QCoreApplication.translate("Labels", "Products / description"),
    }


def import_kinds() -> dict[str, str]:
    """What the rows of an imported sheet are."""
    return {
        "customers": QCoreApplication.translate("Labels", "Customers"),
        "follow_ups": QCoreApplication.translate("Labels", "Follow-ups"),
        "deals": QCoreApplication.translate("Labels", "Deals"),
        "orders": QCoreApplication.translate("Labels", "Orders"),
    }


def import_statuses() -> dict[str, str]:
    return {
        "done": QCoreApplication.translate("Labels", "Done"),
        "running": QCoreApplication.translate("Labels", "Running"),
        "interrupted": QCoreApplication.translate("Labels", "Interrupted"),
        "failed": QCoreApplication.translate("Labels", "Failed"),
        "undone": QCoreApplication.translate("Labels", "Undone"),
    }
