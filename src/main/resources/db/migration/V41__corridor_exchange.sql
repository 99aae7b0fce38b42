-- The corridor (docs/corridor.md): what this administration knows of each consignment that
-- crosses several countries, whichever role it plays on the route (origin, transit or
-- destination), the results each administration shared, and the transit events.
create table corridor_passage (
    tracking_number   varchar(64)   primary key,
    role              varchar(12)   not null,
    route             varchar(64)   not null,
    previous_administration char(2),
    next_administration     char(2),
    status            varchar(24)   not null,
    -- the filing as it was shared or filed, so this administration screens and shares it on without asking the courier
    shared_filing     text,
    -- every administration's result on the route so far, this one's included (JSON)
    results           text          not null,
    courier_client_id varchar(100),
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null
);

create table corridor_transit_event (
    id              uuid          primary key,
    tracking_number varchar(64)   not null,
    administration  char(2)       not null,
    event           varchar(12)   not null,
    occurred_at     timestamp with time zone not null,
    location        varchar(10),
    recorded_at     timestamp with time zone not null,
    unique (tracking_number, administration, event)
);

-- Every message taken from a partner, once: a message delivered again is recognised and changes nothing.
create table corridor_inbound (
    message_id      uuid          primary key,
    sender          char(2)       not null,
    kind            varchar(24)   not null,
    tracking_number varchar(64)   not null,
    received_at     timestamp with time zone not null
);

-- Messages refused: a signature that does not verify, an unknown sender, another recipient, an unreadable record.
create table corridor_refusal (
    id              uuid          primary key,
    received_at     timestamp with time zone not null,
    topic           varchar(100)  not null,
    kafka_partition integer       not null,
    kafka_offset    bigint        not null,
    claimed_sender  varchar(64),
    reason          varchar(500)  not null
);
create index corridor_refusal_by_time on corridor_refusal (received_at);
