-- Caravan foundation schema. Runs unchanged on H2 (PostgreSQL mode) and PostgreSQL 15+.
-- Ids are UUIDv7 so primary keys append; secondary indexes only where a query needs them.

-- reference ---------------------------------------------------------------
create table hs_nomenclature (
    code        varchar(6)    primary key,
    level       smallint      not null,
    description varchar(1000),
    parent      varchar(10),
    section     varchar(10)
);

create table fx_rate (
    currency      char(3)        not null,
    rate_date     date           not null,
    units_per_eur numeric(24, 10) not null,
    source        varchar(300)   not null,
    primary key (currency, rate_date)
);

create table watchlist_entry (
    id              uuid          primary key,
    list_name       varchar(40)   not null,
    name            varchar(500)  not null,
    normalised_name varchar(500)  not null,
    reference       varchar(500)
);

-- party -------------------------------------------------------------------
create table party (
    id             uuid          primary key,
    client_id      varchar(100)  not null unique,
    secret_hash    varchar(200)  not null,
    name           varchar(200)  not null,
    role           varchar(20)   not null,
    administration char(2),
    created_at     timestamp with time zone not null
);

-- filing ------------------------------------------------------------------
create table idempotency_record (
    party_id      uuid          not null,
    idem_key      varchar(200)  not null,
    request_hash  varchar(64)   not null,
    status        int           not null,
    response_body text          not null,
    created_at    timestamp with time zone not null,
    primary key (party_id, idem_key)
);

create table platform_order (
    id                 uuid          primary key,
    platform_party_id  uuid          not null,
    platform_code      varchar(100)  not null,
    platform_order_ref varchar(100)  not null,
    ordered_at         timestamp with time zone not null,
    destination        char(2)       not null,
    currency           char(3)       not null,
    goods_value        numeric(19, 4) not null,
    shipping_cost      numeric(19, 4),
    consignee_name     varchar(200)  not null,
    consumer_id        varchar(100),
    seller_name        varchar(200)  not null,
    seller_country     char(2)       not null,
    items              text          not null,
    payment            text,
    filed_at           timestamp with time zone not null,
    unique (platform_code, platform_order_ref)
);

create table manifest (
    id                 uuid          primary key,
    courier_party_id   uuid          not null,
    manifest_ref       varchar(100)  not null,
    transport_mode     varchar(10)   not null,
    conveyance_ref     varchar(100),
    departure_country  char(2)       not null,
    departure_location varchar(5),
    arrival_country    char(2)       not null,
    arrival_location   varchar(5),
    expected_at        timestamp with time zone,
    route              varchar(100)  not null,
    consignment_count  int           not null,
    filed_at           timestamp with time zone not null,
    unique (courier_party_id, manifest_ref)
);

create table consignment (
    id                 uuid          primary key,
    manifest_id        uuid          not null,
    tracking_number    varchar(40)   not null unique,
    courier_party_id   uuid          not null,
    platform_code      varchar(100),
    platform_order_ref varchar(100),
    order_id           uuid,
    consignee_name     varchar(200)  not null,
    consumer_id        varchar(100),
    consignee_city     varchar(100),
    consignee_country  char(2)       not null,
    gross_mass_kg      numeric(12, 3) not null,
    declared_value     numeric(19, 4) not null,
    currency           char(3)       not null,
    items              text          not null,
    match_signals      varchar(500)  not null,
    filed_at           timestamp with time zone not null
);
create index consignment_by_manifest on consignment (manifest_id);

-- clearance ---------------------------------------------------------------
create table clearance_case (
    id               uuid          primary key,
    consignment_id   uuid          not null,
    tracking_number  varchar(40)   not null,
    manifest_id      uuid          not null,
    courier_party_id uuid          not null,
    platform_code    varchar(100),
    jurisdiction     char(2)       not null,
    status           varchar(40)   not null,
    lane             varchar(10)   not null,
    risk_score       int           not null,
    risk_reasons     text          not null,
    assessment       text          not null,
    amount_due       numeric(19, 4),
    amount_currency  char(3),
    category         varchar(40)   not null,
    lane_key         varchar(20)   not null,
    filed_at         timestamp with time zone not null,
    decided_at       timestamp with time zone not null,
    arrived_at       timestamp with time zone,
    closed_at        timestamp with time zone,
    unique (tracking_number, jurisdiction)
);

create table case_event (
    id          uuid          primary key,
    case_id     uuid          not null,
    occurred_at timestamp with time zone not null,
    actor       varchar(100)  not null,
    action      varchar(40)   not null,
    status      varchar(40)   not null,
    detail      varchar(2000)
);
create index case_event_by_case on case_event (case_id);

create table officer_task (
    id               uuid          primary key,
    case_id          uuid          not null,
    tracking_number  varchar(40)   not null,
    jurisdiction     char(2)       not null,
    queue            varchar(20)   not null,
    state            varchar(20)   not null,
    reasons          text          not null,
    created_at       timestamp with time zone not null,
    outcome          varchar(30),
    note             varchar(2000),
    completed_by     varchar(100),
    completed_at     timestamp with time zone
);
create index officer_task_open on officer_task (jurisdiction, queue, state);

create table recipient_allowance (
    jurisdiction char(2)        not null,
    regime_id    varchar(60)    not null,
    consumer_id  varchar(100)   not null,
    period       varchar(7)     not null,
    used         numeric(19, 4) not null,
    currency     char(3)        not null,
    primary key (jurisdiction, regime_id, consumer_id, period)
);

-- tracking ----------------------------------------------------------------
create table tracking_event (
    id              uuid          primary key,
    tracking_number varchar(40)   not null,
    occurred_at     timestamp with time zone not null,
    status          varchar(40)   not null,
    explanation     varchar(500)  not null,
    jurisdiction    char(2)
);
create index tracking_event_by_number on tracking_event (tracking_number);

-- Spring Modulith event publication registry (transactional outbox), with a
-- text column so per-manifest events are not cut at 4,000 characters.
create table event_publication (
    id                     uuid          not null primary key,
    completion_date        timestamp(9) with time zone,
    event_type             varchar(512)  not null,
    listener_id            varchar(512)  not null,
    publication_date       timestamp(9) with time zone not null,
    serialized_event       text          not null,
    status                 varchar(20),
    completion_attempts    int,
    last_resubmission_date timestamp(9) with time zone
);
create index event_publication_by_completion_date on event_publication (completion_date);
