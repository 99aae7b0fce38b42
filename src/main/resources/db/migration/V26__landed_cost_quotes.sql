-- A landed-cost quote given at checkout, kept so that the order filed with it can be compared
-- with what was quoted, and the party that asked can read it again. The request's essentials
-- are columns; the lines and the whole answer are kept as JSON, as they were given.
create table landed_cost_quote (
    id               uuid           primary key,
    party_id         uuid           not null,
    client_id        varchar(100)   not null,
    destination      char(2)        not null,
    channel          varchar(20)    not null,
    assessment_date  date           not null,
    consumer_id      varchar(100),
    currency         char(3)        not null,
    customs_value    numeric(19, 4) not null,
    gross_mass_kg    numeric(19, 3) not null,
    items            text           not null,
    regime_id        varchar(80)    not null,
    total_due        numeric(19, 4),
    total_currency   char(3),
    lines            text           not null,
    answer           text           not null,
    created_at       timestamp with time zone not null,
    valid_until      timestamp with time zone not null
);

-- The quote an order was filed with, so a later assessment of its consignment can be compared.
alter table platform_order add column quote_id uuid;
