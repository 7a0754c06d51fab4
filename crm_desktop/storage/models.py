"""The peewee models: everything FEATURES.md sections 1 to 6 and 9 keep.

Conventions:
- Money is integer cents (`*_cents`), never float.
- Phones are text: the normalised numbers (space separated) plus the raw value as typed.
- Dates are `DateField` (ISO text in SQLite, so they sort); moments are `DateTimeField`.
- Codes (tier, stage, lifecycle...) are the constants of `crm_desktop.domain.settings`.
- A few facts about a customer that the list sorts and filters by (last contact, next
  follow-up, last purchase, totals, tier, value class, RFM segment) are kept on the customer
  row by the services, because computing them per row from follow-ups and orders cannot sort
  a million customers in under a second. `services.facts` is the one place that writes them.
"""

from __future__ import annotations

import datetime as dt

from peewee import (
    AutoField,
    BooleanField,
    CharField,
    CompositeKey,
    DatabaseProxy,
    DateField,
    DateTimeField,
    Field,
    FloatField,
    ForeignKeyField,
    IntegerField,
    Model,
    SmallIntegerField,
    TextField,
)

database_proxy = DatabaseProxy()


def now() -> dt.datetime:
    """The current local time to the second: what every timestamp in the database holds."""
    return dt.datetime.now().replace(microsecond=0)


class BaseModel(Model):
    class Meta:
        database = database_proxy
        legacy_table_names = False


class Staff(BaseModel):
    """A staff member who can own customers and log follow-ups."""

    id = AutoField()
    name = CharField(unique=True)
    email = CharField(default="")
    phone = CharField(default="")
    active = BooleanField(default=True)
    created_at = DateTimeField(default=now)


LIST_INDEXED_COLUMNS = (
    "code",
    "source",
    "industry",
    "city",
    "is_valid",
    "service_expiry",
    "tier",
    "stage",
    "value_class",
    "rfm_segment",
    "last_contact_at",
    "next_follow_up",
    "last_purchase",
    "purchase_total_cents",
    "profit_cents",
    "activity_score",
    "sort_name",
    "created_at",
)

# Every column the list filters or sorts by is indexed together with archived_at: the list
# shows unarchived customers, and with archived_at in the index SQLite checks it without
# reading a million table rows (the sort is then an index scan). Only the list reads these.
CUSTOMER_LIST_INDEXES = (
    *(((column, "archived_at"), False) for column in LIST_INDEXED_COLUMNS),
    (("owner", "tier", "archived_at"), False),
    (("province", "city", "archived_at"), False),
)


class Customer(BaseModel):
    id = AutoField()
    code = CharField(null=True, unique=True)  # 客户编号: unique when given
    name = CharField()
    short_name = CharField(default="")
    kind = CharField(default="company")  # company | person
    industry = CharField(default="")
    source = CharField(default="")
    province = CharField(default="")
    city = CharField(default="")
    district = CharField(default="")
    address = TextField(default="")
    website = CharField(default="")
    phones = CharField(default="")  # normalised landlines, space separated
    phones_raw = CharField(default="")
    mobiles = CharField(default="")  # normalised mobiles, space separated
    mobiles_raw = CharField(default="")
    mobile = CharField(null=True)  # the first mobile: duplicate matching
    email = CharField(default="")
    email_key = CharField(null=True)  # lower-cased e-mail: duplicate matching
    wechat = CharField(default="")
    credit_code = CharField(null=True)  # 统一社会信用代码
    # The (owner, tier, archived_at) index below serves owner lookups.
    owner = ForeignKeyField(
        Staff, null=True, backref="customers", on_delete="SET NULL", index=False
    )
    referred_by = ForeignKeyField(
        "self", null=True, backref="referrals", on_delete="SET NULL", index=False
    )
    first_contact_date = DateField(null=True)
    # Valid unless there is no way to reach the customer, or marked invalid by hand.
    is_valid = BooleanField(default=True)
    invalid_by_hand = BooleanField(default=False)
    notes = TextField(default="")
    # Profile (客户概况)
    hobbies = TextField(default="")
    habits = TextField(default="")
    preferences = TextField(default="")
    risk_level = CharField(default="")  # low | medium | high | "" (not assessed)
    risk_reason = TextField(default="")
    # Credit (资信)
    credit_grade = CharField(default="")  # A | B | C | D | ""
    credit_limit_cents = IntegerField(null=True)
    # Service terms
    contract_amount_cents = IntegerField(null=True)
    service_start = DateField(null=True)
    service_expiry = DateField(null=True)
    # Classification: the tier in force, and a manual tier that wins until cleared.
    tier = CharField(default="ordinary")
    tier_manual = CharField(null=True)
    stage = CharField(default="potential")
    value_class = CharField(null=True)
    rfm_segment = CharField(null=True)
    rfm_score = CharField(default="")  # e.g. "545": R, F and M scores
    activity_score = FloatField(default=0.0)
    # Facts kept by services.facts for sorting and filtering.
    last_contact_at = DateTimeField(null=True)
    next_follow_up = DateField(null=True)
    first_purchase = DateField(null=True)
    last_purchase = DateField(null=True)
    purchase_count = IntegerField(default=0)
    purchase_total_cents = IntegerField(default=0)
    profit_cents = IntegerField(default=0)
    name_key = CharField(default="", index=True)  # normalised name for duplicate matching
    sort_name = CharField(default="")  # pinyin of the name: Chinese sorts by sound
    created_at = DateTimeField(default=now)
    updated_at = DateTimeField(default=now)
    archived_at = DateTimeField(null=True)

    class Meta:
        indexes = CUSTOMER_LIST_INDEXES


class Contact(BaseModel):
    """A contact person (联系人) of a company customer."""

    id = AutoField()
    customer = ForeignKeyField(Customer, backref="contacts", on_delete="CASCADE")
    name = CharField()
    title = CharField(default="")
    mobile = CharField(default="")
    mobile_raw = CharField(default="")
    phone = CharField(default="")
    phone_raw = CharField(default="")
    email = CharField(default="")
    wechat = CharField(default="")
    notes = TextField(default="")
    is_primary = BooleanField(default=False)


class TagGroup(BaseModel):
    id = AutoField()
    name = CharField(unique=True)
    sort_order = IntegerField(default=0)


class Tag(BaseModel):
    id = AutoField()
    # The unique (group, name) index below serves group lookups.
    group = ForeignKeyField(TagGroup, backref="tags", on_delete="CASCADE", index=False)
    name = CharField()

    class Meta:
        indexes = ((("group", "name"), True),)


class CustomerTag(BaseModel):
    # The primary key (customer, tag) serves customer lookups.
    customer = ForeignKeyField(Customer, backref="tag_links", on_delete="CASCADE", index=False)
    tag = ForeignKeyField(Tag, backref="customer_links", on_delete="CASCADE", index=True)

    class Meta:
        primary_key = CompositeKey("customer", "tag")


class FollowUp(BaseModel):
    """One logged contact with a customer (跟进记录)."""

    id = AutoField()
    # The (customer, occurred_at) index below serves customer lookups.
    customer = ForeignKeyField(Customer, backref="follow_ups", on_delete="CASCADE", index=False)
    occurred_at = DateTimeField(default=now, index=True)
    channel = CharField(default="")
    contact = ForeignKeyField(Contact, null=True, on_delete="SET NULL", index=False)
    content = TextField(default="")
    outcome = TextField(default="")
    stage_after = CharField(null=True)
    next_follow_up = DateField(null=True)
    staff = ForeignKeyField(Staff, null=True, backref="follow_ups", on_delete="SET NULL")
    created_at = DateTimeField(default=now)

    class Meta:
        indexes = ((("customer", "occurred_at"), False),)


class Need(BaseModel):
    """A need the customer has voiced (需求)."""

    id = AutoField()
    customer = ForeignKeyField(Customer, backref="needs", on_delete="CASCADE")
    description = TextField()
    priority = CharField(default="normal")
    status = CharField(default="identified")
    note = TextField(default="")
    created_at = DateTimeField(default=now)
    updated_at = DateTimeField(default=now)


class Deal(BaseModel):
    """A sales opportunity (销售机会)."""

    id = AutoField()
    customer = ForeignKeyField(Customer, backref="deals", on_delete="CASCADE")
    title = CharField()
    amount_cents = IntegerField(default=0)
    stage = CharField(default="potential", index=True)  # a DealStageSpec key
    probability = SmallIntegerField(default=10)
    expected_close = DateField(null=True)
    lost_reason = TextField(default="")
    owner = ForeignKeyField(Staff, null=True, backref="deals", on_delete="SET NULL")
    created_at = DateTimeField(default=now, index=True)
    updated_at = DateTimeField(default=now)
    closed_at = DateTimeField(null=True)


class DealStageChange(BaseModel):
    """Every move of a deal between stages: the funnel's conversion and the timeline."""

    id = AutoField()
    deal = ForeignKeyField(Deal, backref="stage_changes", on_delete="CASCADE")
    # The (customer, changed_at) index below serves customer lookups.
    customer = ForeignKeyField(Customer, on_delete="CASCADE", index=False)
    from_stage = CharField(null=True)
    to_stage = CharField()
    changed_at = DateTimeField(default=now, index=True)

    class Meta:
        indexes = ((("customer", "changed_at"), False),)


class Order(BaseModel):
    """A purchase (成交记录): drives tiers, value classes, RFM, lifecycle and profit."""

    id = AutoField()
    # No index of its own: the (customer, order_date, ...) index below serves customer lookups.
    customer = ForeignKeyField(Customer, backref="orders", on_delete="CASCADE", index=False)
    order_date = DateField(index=True)
    description = TextField(default="")
    category = CharField(default="")
    amount_cents = IntegerField(default=0)
    cost_cents = IntegerField(default=0)
    paid_cents = IntegerField(default=0)
    deal = ForeignKeyField(Deal, null=True, on_delete="SET NULL", index=False)
    created_at = DateTimeField(default=now)

    class Meta:
        table_name = "orders"
        # Amount and cost in the index: purchase totals, profit, RFM and the analysis read
        # them per customer and date without touching the table rows.
        indexes = ((("customer", "order_date", "amount_cents", "cost_cents"), False),)


class ServiceRecord(BaseModel):
    """An inquiry, complaint, repair or return visit, with satisfaction (1 to 5)."""

    id = AutoField()
    # The (customer, opened_at) index below serves customer lookups.
    customer = ForeignKeyField(Customer, backref="services", on_delete="CASCADE", index=False)
    kind = CharField(default="inquiry")
    status = CharField(default="open", index=True)
    priority = CharField(default="normal")
    owner = ForeignKeyField(Staff, null=True, on_delete="SET NULL")
    subject = CharField(default="")
    description = TextField(default="")
    resolution = TextField(default="")
    satisfaction = SmallIntegerField(null=True)
    opened_at = DateTimeField(default=now, index=True)
    closed_at = DateTimeField(null=True)

    class Meta:
        indexes = ((("customer", "opened_at"), False),)


class CreditCheck(BaseModel):
    id = AutoField()
    customer = ForeignKeyField(Customer, backref="credit_checks", on_delete="CASCADE")
    checked_on = DateField()
    source = CharField(default="")
    result = CharField(default="")
    note = TextField(default="")


class TierChange(BaseModel):
    """The tier history: every change of tier with why (rule or hand)."""

    id = AutoField()
    customer = ForeignKeyField(Customer, backref="tier_changes", on_delete="CASCADE")
    changed_at = DateTimeField(default=now)
    old_tier = CharField(null=True)
    new_tier = CharField()
    reason = CharField()  # rule | hand
    note = TextField(default="")


class Operation(BaseModel):
    """A change a user could regret (import, bulk edit, delete), recorded so it can be undone."""

    id = AutoField()
    kind = CharField()  # import | bulk_edit | delete | merge
    description = TextField(default="")
    status = CharField(default="running", index=True)  # running | done | undone | failed
    created_at = DateTimeField(default=now)
    finished_at = DateTimeField(null=True)
    undone_at = DateTimeField(null=True)


class JournalEntry(BaseModel):
    """One change inside an operation (services/journal.py); replayed backwards to undo it."""

    id = AutoField()
    # The unique (operation, seq) index below serves operation lookups.
    operation = ForeignKeyField(Operation, backref="entries", on_delete="CASCADE", index=False)
    seq = IntegerField()
    table_name = CharField()
    row_id = IntegerField()
    action = CharField()  # insert | insert_run | update | delete
    # JSON: the row before an update or delete; {"last_id": n} for an insert_run of ids from
    # row_id to n; empty for an insert.
    before = TextField(null=True)

    class Meta:
        indexes = ((("operation", "seq"), True),)


class ImportBatch(BaseModel):
    """One run of the importer; its rows' changes are in the operation's journal."""

    id = AutoField()
    operation = ForeignKeyField(Operation, unique=True, on_delete="CASCADE")
    kind = CharField(default="customers")  # customers | follow_ups | deals | orders
    file_name = TextField()
    sheet = CharField(default="")
    created = IntegerField(default=0)
    updated = IntegerField(default=0)
    skipped = IntegerField(default=0)
    failed = IntegerField(default=0)
    options = TextField(default="{}")


class Setting(BaseModel):
    """Key/value settings stored with the data (business rules, remembered mappings)."""

    key = CharField(primary_key=True)
    value = TextField()


class SavedFilter(BaseModel):
    id = AutoField()
    name = CharField(unique=True)
    definition = TextField()  # JSON of a CustomerFilter
    created_at = DateTimeField(default=now)


def _index_where_set(*fields: Field) -> None:
    """Index each field only on rows where it is set: lookups by value (duplicate matching,
    the rows pointing at a deleted contact or deal, the archive) find them, and the many
    empty rows cost nothing to store or to keep up to date."""
    for field in fields:
        field.model.add_index(field, where=field.is_null(False))


_index_where_set(
    Customer.mobile,
    Customer.email_key,
    Customer.credit_code,
    Customer.referred_by,
    Customer.archived_at,
    FollowUp.contact,
    Order.deal,
)


ALL_MODELS: tuple[type[BaseModel], ...] = (
    Staff,
    Customer,
    Contact,
    TagGroup,
    Tag,
    CustomerTag,
    FollowUp,
    Need,
    Deal,
    DealStageChange,
    Order,
    ServiceRecord,
    CreditCheck,
    TierChange,
    Operation,
    JournalEntry,
    ImportBatch,
    Setting,
    SavedFilter,
)

# Models whose rows hang off a customer: deleting a customer journals them too.
CUSTOMER_CHILDREN: tuple[type[BaseModel], ...] = (
    Contact,
    CustomerTag,
    FollowUp,
    Need,
    Deal,
    DealStageChange,
    Order,
    ServiceRecord,
    CreditCheck,
    TierChange,
)
